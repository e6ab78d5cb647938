"""Cues in -ing form and request phrases: who asks, urges or says, and where it starts.

A reporting verb in -ing form after a comma shares the subject of the clause
before it. When that clause has a reporting verb of its own, the engine
takes that verb's subject; otherwise the subject is the one of the
sentence's main verb, found here: the first word that reads as a finite
verb, after any opening subordinate clause ("After the vote, ...").
"""

from __future__ import annotations

from reader.analysis.lexicon import OPENER_VERBS, WEEKDAYS, words
from reader.analysis.limits import CALLED_ON_CHARS
from reader.analysis.phrases.classify import Phrase
from reader.analysis.templates.clauses import claim_kind
from reader.analysis.templates.cues import CueContext, Found, VerbHit, subject_of
from reader.analysis.text.finite import finite_at
from reader.analysis.text.tokens import Tok, tokens

#: Words that open a subordinate clause before the main one.
_OPENERS = words(
    """
    after when while whilst as because although though if since before once
    until unless despite following
    """
)

#: Prepositions that open a fronted phrase ending at a comma ("In a speech on
#: Tuesday, ...", "In May, ..."): the main clause starts after that comma.
_FRONTED = words("in on at during after before by for from with under over amid since")

#: Past forms of common verbs a main clause opens with that neither end in -ed
#: nor are among the finite words ("struck the bell", "threw a party").
_PAST_FORMS = words(
    """
    struck threw drew withdrew swept fought caught taught sought bought forgot
    blew flew drove rode wore tore swore dealt lent slept wept fled stuck shook
    woke stole understood withheld upheld overcame laid
    """
)


#: Words between a subject and a cue in -ing form: auxiliaries ("has been asking")
#: and verbs that take one ("have started asking", "kept urging").
ING_LEADS = words(
    """
    is are was were be been has have had will would also still now
    started start starts begun began begin begins continued continue continues
    kept keep keeps
    """
)


def called_on(text: str, ve: int, s_hi: int, lem: str) -> tuple[int, str]:
    """ "called on the council to ...": a request, cued by "called on"; else as it was."""
    toks = tokens(text, ve, min(s_hi, ve + CALLED_ON_CHARS))
    if (
        len(toks) > 1
        and toks[0].low in ("on", "upon")
        and toks[1].low not in WEEKDAYS  # "called on Monday to ..."
        and not toks[1].text[0].isdigit()
    ):
        return toks[0].end, "urge"
    return ve, lem


def main_subject(text: str, s_lo: int, comma: int) -> Phrase | None:
    """The subject of the main verb in text[s_lo:comma], or None."""
    toks = tokens(text, s_lo, comma)
    k = 0
    if toks and (toks[0].low in _OPENERS or toks[0].low in _FRONTED or _participle(toks[0])):
        while k < len(toks) and toks[k].text != ",":
            k += 1
        k += 1  # the main clause starts after the subordinate one (or the fronted phrase)
    x = k + 1
    while x < len(toks):
        if toks[x].text in ";:":
            return None
        if toks[x].low in ("who", "which") and toks[x - 1].text == ",":
            # "Jan Berg, who lost the vote, praised ...": the relative clause's verb
            # is not the main one; go on after its closing comma.
            while x < len(toks) and toks[x].text != ",":
                x += 1
        elif _main_verb(toks, x):
            return subject_of(text, toks[k].start, toks[x].start)
        x += 1
    return None


def _participle(t: Tok) -> bool:
    """A capitalised participle opening the sentence ("Pressed by a member, she
    ...", "Noting the delay, the minister ..."): a phrase before the main clause."""
    return t.text[:1].isupper() and t.low.endswith(("ed", "ing")) and len(t.low) > 5


def _main_verb(toks: list[Tok], x: int) -> bool:
    """The word at `x` reads as a finite verb in lower case ("In May," holds no
    "may"), or a common past form the finite words leave out ("struck")."""
    t = toks[x]
    return t.text.islower() and (finite_at(toks, x) or t.low in _PAST_FORMS)


_QUOTE_MARKS = frozenset('"“”«»„') | {"''"}


def ing_then_quote(text: str, start: int, end: int, m: VerbHit, sent_lo: int) -> Found | None:
    """'Vold opened the pier, saying, "..."', '..., telling the Ledger: "..."': a quote
    after an -ing cue that follows a comma is the main verb's subject's."""
    word = m.group()
    if not (word.endswith("ing") and word.islower()):
        return None
    before = text[sent_lo : m.start()].rstrip(" \t")
    if not before.endswith(",") or any(c in before for c in _QUOTE_MARKS):
        return None  # '"...," Holm said, adding, "..."': the quote before has the speaker
    ph = main_subject(text, sent_lo, sent_lo + len(before) - 1)
    if ph is None:
        return None
    return Found(start, end, "direct", (m.start(), m.end()), ph, "main-subject cue-then-quote")


def participle_opener(cue: CueContext, lem: str) -> Found | None:
    """`Noting that the ferry was late, the mayor said ...`: a sentence opened by an
    -ing cue and "that"; its clause, up to the comma, is the main subject's."""
    if lem not in OPENER_VERBS:
        return None
    text = cue.seg.text
    toks = tokens(text, cue.cue_end, cue.sent_end)
    if len(toks) < 5 or toks[0].low != "that":
        return None
    comma = next((x for x in range(2, len(toks)) if toks[x].text in ",;:"), -1)
    if comma < 0 or toks[comma].text != "," or comma + 2 >= len(toks):
        return None
    c0, c1 = toks[1].start, toks[comma - 1].end
    if comma < 4 or not any(finite_at(toks, x) for x in range(2, comma)):
        return None  # "Noting that, ..." or no clause of its own
    ph = main_subject(text, toks[comma + 1].start, cue.sent_end)
    if ph is None or ph.start != toks[comma + 1].start:
        return None
    kind = claim_kind(cue.quotes, cue.qstarts, c0, c1)
    return Found(c0, c1, kind, (cue.cue_start, cue.cue_end), ph, "participle-opener")
