"""`Mayor Says Bridge Will Reopen In May`: a headline in title case with its cue.

Headlines capitalise every word, so the reporting verb is "Says" or "Tells"
and the verb scan, which reads lower-case verbs, passes over it. Only the
first line of the text is read, and only when most of its words are
capitalised: there a capitalised present or past reporting verb after a
name is the cue, the name before it the speaker and the rest of the line the
claim ("Mayor Says Ferry Will Return ..."); a verb closing the line after a
comma puts the claim first ("..., Harbour Master Says."). The first line is
read once per text, with string finds, never the whole text.
"""

from __future__ import annotations

import regex

from reader.analysis.limits import HEADLINE_CHARS, LEDE_CHARS, SHORT_TIMEOUT
from reader.analysis.phrases.classify import Phrase
from reader.analysis.templates.clauses import claim_kind
from reader.analysis.templates.cues import Found, subject_of
from reader.analysis.text.quotes import Quote
from reader.analysis.text.segments import Segments
from reader.analysis.text.title_case import SMALL_WORDS, nearly_title_case
from reader.analysis.text.tokens import Tok, tokens

#: Cue forms a title-case headline uses.
_CUES = frozenset(
    {
        "Says", "Said", "Tells", "Told", "Warns", "Warned", "Claims", "Claimed",
        "Admits", "Admitted", "Insists", "Insisted", "Explains", "Explained",
        "Predicts", "Predicted", "Argues", "Argued", "Denies", "Denied",
    }
)  # fmt: skip
#: Words after which a cue's form is a noun ("Against Claims", "Over Denials").
_NOUN_BEFORE = SMALL_WORDS | frozenset({"against", "about", "amid", "after", "despite", "new"})
#: Adverbs a headline puts between the name and its verb ("Sharpton Just Said").
_ADVERBS = frozenset({"just", "also", "now", "again", "still", "finally", "reportedly"})
#: The fewest words a headline's claim holds.
_MIN_WORDS = 3


def title_headline(
    seg: Segments, quotes: list[Quote], qstarts: list[int], lo: int, hi: int
) -> Found | None:
    """The claim of a title-case first line with a capitalised cue, or None."""
    text = seg.text
    end = text.find("\n", lo, hi)
    end = hi if end < 0 else end
    if end - lo > HEADLINE_CHARS:
        return None
    toks = tokens(text, lo, end)
    words = [t for t in toks if t.text[0].isalpha()]
    if len(words) < 4 or not nearly_title_case([t.text for t in words]):
        return None
    for k, t in enumerate(toks):
        if k == 0 or t.text not in _CUES or toks[k - 1].low in _NOUN_BEFORE:
            continue  # "Fights Back Against Claims ...": the cue's form is a noun
        found = _forward(text, toks, k, lo, end) or _inverted(text, toks, k, lo)
        if found is not None:
            c0, c1, ph = found
            if (
                " " not in ph.core
                and ph.kind in ("person", "org")
                and surname_below(text, ph.core, end)
            ):
                # "Vikander Says ...": the surname of the person named below in the lede.
                ph.kind, ph.person_label = "person", True
            kind = claim_kind(quotes, qstarts, c0, c1)
            return Found(c0, c1, kind, (t.start, t.end), ph, "title-headline")
    return None


def _forward(
    text: str, toks: list[Tok], k: int, lo: int, end: int
) -> tuple[int, int, Phrase] | None:
    """`Name Says Claim`: the name fills the line (or what follows a comma) up to the verb."""
    start = lo
    for t in toks[:k]:
        if t.text in ",:;—–":
            start = -1
        elif start < 0:
            start = t.start
    if start < 0:
        return None
    verb = k - 1 if toks[k - 1].low in _ADVERBS else k
    ph = subject_of(text, start, toks[verb].start)
    if ph is None or ph.start != start or ph.kind == "pronoun":
        return None
    c0 = toks[k].end + 1
    c1 = end
    while c1 > c0 and text[c1 - 1] in " \t.":
        c1 -= 1
    if len(text[c0:c1].split()) < _MIN_WORDS:
        return None
    return c0, c1, ph


def _inverted(text: str, toks: list[Tok], k: int, lo: int) -> tuple[int, int, Phrase] | None:
    """`Claim, Name Says.`: the verb ends the line and a comma closes the claim."""
    rest = [t for t in toks[k + 1 :] if t.text not in ".!"]
    if rest and not (toks[k].text in ("Tells", "Told") and all(t.text[0].isupper() for t in rest)):
        return None  # only "..., Pilot Tells Harbour Board." has words after the verb
    comma = next((j for j in range(k - 1, 0, -1) if toks[j].text == ","), -1)
    if comma < 0:
        return None
    ph = subject_of(text, toks[comma + 1].start, toks[k].start)
    if ph is None or ph.start != toks[comma + 1].start or ph.kind == "pronoun":
        return None
    c0, c1 = lo, toks[comma].start
    if len(text[c0:c1].split()) < _MIN_WORDS:
        return None
    return c0, c1, ph


def surname_below(text: str, word: str, end: int) -> bool:
    """`word` ends a person's name in the lede after the headline ("Mr. Vikander",
    "Tove Vikander"): a bounded window, never the whole text."""
    pattern = r"(?:\b(?:Mr|Mrs|Ms|Dr)\.|\b\p{Lu}[\p{L}'’\-]+)[ \t]+" + regex.escape(word) + r"\b"
    hi = min(len(text), end + LEDE_CHARS)
    return regex.search(pattern, text, pos=end, endpos=hi, timeout=SHORT_TIMEOUT) is not None
