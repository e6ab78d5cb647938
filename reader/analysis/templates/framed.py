"""Reported speech framed by another construction.

`The paper quoted X as saying ...` and `X is quoted as saying ...` (X
speaks, not the paper); `..., X, who added that ...` and `..., a report,
which found that ...` (the antecedent speaks); a headline labelled with
its source (`Police: two held after raid`); `the jury heard that ...`
(evidence with no stated source); a sentence that says it was
`reportedly` so (reports, unnamed).
"""

from __future__ import annotations

import regex

from reader.analysis.lexicon import HEARING_BODIES, QUOTE_OK_WEAK, REQUEST_VERBS, WEAK_VERBS
from reader.analysis.limits import (
    CLAUSE_TEST_CHARS,
    FRAME_CHARS,
    HEADLINE_CHARS,
    LABEL_COLON_CHARS,
    QUOTED_AS_CHARS,
    SHORT_TIMEOUT,
)
from reader.analysis.phrases.classify import Phrase
from reader.analysis.templates.clauses import claim_kind, content_end, content_start
from reader.analysis.templates.cues import CueContext, Found, subject_of
from reader.analysis.templates.headlines import surname_below
from reader.analysis.text.finite import finite
from reader.analysis.text.quotes import Quote, inside_quote
from reader.analysis.text.segments import Segments
from reader.analysis.text.tokens import Tok, tokens


def relative_who(
    cue: CueContext, lem: str, comma: int, rel: str, restrictive: bool = False
) -> Found | None:
    """`..., said Jane Doe, a spokeswoman, who added that ...`: the antecedent speaks;
    `..., according to an audit by X, which warned that ...`: so does a document.
    `restrictive`: no comma before "who" ("voters who said ..."), and `comma` is
    where "who" starts; the antecedent is then a plural, people or a body of them."""
    text = cue.seg.text
    vs, ve, s_lo, s_hi = cue.cue_start, cue.cue_end, cue.sent_start, cue.sent_end
    if lem in REQUEST_VERBS or (rel == "who" and lem in WEAK_VERBS and lem not in QUOTE_OK_WEAK):
        return None  # "who asked not to be named", "who believed ...": no report
    ph = subject_of(text, s_lo, vs) if rel == "who" else None  # "X, an appositive, who"
    if ph is None or ph.kind not in ("person", "org", "media"):
        ph = subject_of(text, s_lo, comma)
    if ph is None or ph.kind == "pronoun":
        return None
    people = ph.kind in ("person", "anon", "backref") or (
        restrictive and ph.kind in ("org", "group") and ph.core.endswith("s")
    )
    if (rel == "who") != people:
        return None  # "who" for people, "which" for bodies, outlets and documents
    c0 = content_start(cue, lem, ph)
    if c0 is None:
        return None
    if "that" not in text[ve:c0].split() and not finite(
        tokens(text, c0, min(s_hi, c0 + CLAUSE_TEST_CHARS))
    ):
        return None
    c1 = content_end(cue, c0)
    kind = claim_kind(cue.quotes, cue.qstarts, c0, c1)
    if kind == "indirect":
        # The relative clause ends at the next comma: "..., who said that A, resigned".
        cut = text.find(",", c0, c1)
        c1 = cut if cut > 0 else c1
    if c1 - c0 < 3:
        return None
    return Found(c0, c1, kind, (vs, ve), ph, "relative-clause")


_PASSIVE_AUX = frozenset({"is", "was", "were", "are", "been", "has", "have", "had"})


def _quoted_one(text: str, toks: list[Tok], q: int, as_at: int) -> Phrase | None:
    """Whom "quoted X as saying" quotes: the phrase right after the verb, or a
    name in apposition to it ("a deputy minister, Jan Berg,"), or the phrase up
    to an aside's comma ("a trust insider, who asked not to be named,")."""
    start = toks[q + 1].start
    ph = subject_of(text, start, as_at)
    if ph is not None and ph.start != start and not (ph.kind == "person" and ph.role):
        ph = None
    if ph is None and toks[-2].text == ",":
        comma = next(t.start for t in toks[q + 1 :] if t.text == ",")
        ph = subject_of(text, start, comma)
        if ph is not None and ph.start != start:
            ph = None
    return ph


def quoted_as(cue: CueContext) -> Found | None:
    """`The paper quoted X as saying ...` (X speaks); `X is quoted as saying ...`."""
    text = cue.seg.text
    vs, s_lo = cue.cue_start, cue.sent_start
    toks = tokens(text, max(s_lo, vs - QUOTED_AS_CHARS), vs)
    q = len(toks) - 2
    while q >= 0 and toks[q].low not in ("quoted", "cited", "quotes", "cites"):
        if toks[q].text in ';:"“”' or (toks[q].text == "," and toks[-2].text != ","):
            return None
        q -= 1
    if q < 0:
        return None
    as_at = toks[-1].start
    if q == len(toks) - 2 or toks[q + 1].low == "by":
        # "X is quoted as saying", "X was quoted by the Ledger as saying": the
        # subject before the auxiliary speaks.
        k = q
        while k > 0 and toks[k - 1].low in _PASSIVE_AUX:
            k -= 1
        ph = subject_of(text, s_lo, toks[k].start) if k < q else None
    else:
        ph = _quoted_one(text, toks, q, as_at)
    if ph is None:
        return None
    c0 = content_start(cue, "say", ph)
    if c0 is None:
        return None
    c1 = content_end(cue, c0)
    if c1 - c0 < 3:
        return None
    kind = claim_kind(cue.quotes, cue.qstarts, c0, c1)
    return Found(c0, c1, kind, (toks[q].start, cue.cue_end), ph, "quoted-as-saying")


def label_headline(
    seg: Segments, quotes: list[Quote], qstarts: list[int], lo: int, hi: int
) -> Found | None:
    """A headline `Police: man held after crash` / `Reports: ...`: the label speaks."""
    text = seg.text
    line_end = text.find("\n", lo, hi)
    line_end = hi if line_end < 0 else line_end
    colon = text.find(": ", lo, min(line_end, lo + LABEL_COLON_CHARS))
    if colon < 0 or line_end - lo > HEADLINE_CHARS:
        return None
    toks = tokens(text, lo, colon)
    if not 1 <= len(toks) <= 3 or not all(t.text.isalpha() for t in toks):
        return None
    ph = subject_of(text, lo, colon)
    if ph is None or ph.start != lo:
        return None
    c0 = colon + 2
    c1 = line_end
    while c1 > c0 and text[c1 - 1] in " \t.":
        c1 -= 1
    if ph.kind not in ("group", "anon", "document", "media") and not _person_label(
        text, ph, tokens(text, c0, c1), line_end
    ):
        return None
    if c1 - c0 < 12 or text[c1 - 1] == "?":
        return None  # a question put by an interviewer ("Courier: Why did you ...?")
    if len(seg.para_starts) > 1 and _LABEL.match(
        text, pos=seg.para_starts[1], timeout=SHORT_TIMEOUT
    ):
        return None  # the first turn of a Q&A transcript, not a headline
    return Found(c0, c1, claim_kind(quotes, qstarts, c0, c1), None, ph, "label-headline")


#: Contracted verbs: "I'm", "We're", "Don't", "You'll" hold a verb.
_CONTRACTED = ("'m", "’m", "'re", "’re", "'ll", "’ll", "n't", "n’t", "'ve", "’ve")


#: Marks that open a quote inside a headline's claim ("Lind: Plan Is ‘A Disgrace’").
_OPENING_MARKS = frozenset({"‘", "'", "“", '"'})


def _person_label(text: str, ph: Phrase, content: list[Tok], line_end: int) -> bool:
    """`Ines Holm: Port Will Reopen in May`: a person's name labels a headline that
    is a sentence (it has a verb) or quotes the person's words ("Holm: Plan Is
    ‘A Disgrace’"), and the story names the person again: the full name, or for
    a surname alone a first name or title before it ("Holm: ..." then "Ines
    Holm said"). "Ines Holm: A Life at Sea" is a title, not a claim."""
    if ph.kind != "person":
        return False
    if not (
        finite(content)
        or any(t.low.endswith(_CONTRACTED) for t in content)
        or any(t.text in _OPENING_MARKS for t in content)
    ):
        return False
    if " " in ph.core:
        return text.find(ph.core, line_end) >= 0
    if ph.text.split()[0].lower() in ("the", "a", "an"):
        return False  # "The Briefing: ...": a series title, not a surname
    return surname_below(text, ph.core, line_end)


_LABEL = regex.compile(r"[\p{L}][\p{L} .'’\-]{0,30}:[ \t]")


def heard(cue: CueContext) -> Found | None:
    """`The jury heard that ...`: evidence reported with no stated source."""
    text = cue.seg.text
    vs, ve = cue.cue_start, cue.cue_end
    prev = tokens(text, max(cue.sent_start, vs - FRAME_CHARS), vs)
    if not prev or prev[-1].low not in HEARING_BODIES or text[vs:ve] != "heard":
        return None
    toks = tokens(text, ve, min(cue.sent_end, ve + CLAUSE_TEST_CHARS))
    if len(toks) < 3:
        return None
    if toks[0].low == "that":
        c0 = toks[1].start
    elif toks[0].low in ("the", "a", "an", "he", "she", "they", "his", "her") and finite(toks):
        c0 = toks[0].start  # "The court heard the victim had been ..."
    else:
        return None
    c1 = content_end(cue, c0)
    if c1 - c0 < 3:
        return None
    kind = claim_kind(cue.quotes, cue.qstarts, c0, c1)
    return Found(c0, c1, kind, (vs, ve), None, "heard-that", sourceless=True)


def reportedly(
    seg: Segments, quotes: list[Quote], qstarts: list[int], lo: int, hi: int, found: list[Found]
) -> list[Found]:
    """`The plan was reportedly dropped ...`: a claim the text credits to reports it does not name.

    The claim is the sentence, unless a claim already found in it gives it a source.
    """
    text = seg.text
    out: list[Found] = []
    i = text.find("reportedly", lo, hi)
    while i >= 0:
        end = i + len("reportedly")
        s_lo, s_hi = seg.sentence_of(i)
        c1 = s_hi
        while c1 > s_lo and text[c1 - 1] in " \t\n.!":
            c1 -= 1
        whole_word = not text[i - 1 : i].isalpha() and not text[end : end + 1].isalpha()
        if (
            whole_word
            and c1 - s_lo > 20
            and text[c1 - 1 : c1] != "?"
            and not inside_quote(quotes, qstarts, i)
            and not any(f.start < c1 and s_lo < f.end for f in found)
            and not _embedded_post(text[s_lo:c1])
            and not _adjunct(text, s_lo, i, end)
        ):
            kind = claim_kind(quotes, qstarts, s_lo, c1)
            out.append(Found(s_lo, c1, kind, (i, end), None, "reportedly", sourceless=True))
        i = text.find("reportedly", max(end, s_hi), hi)
    return out


def _adjunct(text: str, s_lo: int, at: int, end: int) -> bool:
    """ "..., reportedly winning over three delegates": only the -ing phrase hung
    on the sentence is credited to reports; the main clause is the reporter's."""
    nxt = text[end : end + 30].split(None, 1)
    return (
        at > s_lo and text[s_lo:at].rstrip().endswith(",") and bool(nxt) and nxt[0].endswith("ing")
    )


#: Marks of a social media post copied into the page: its link, its author's handle.
_POST_MARKS = ("http://", "https://", "(@")


def _embedded_post(sentence: str) -> bool:
    """A post embedded in the page ("... https://t.co/x — Name (@name) June 2"):
    its "reportedly" is the poster's, not the article's."""
    return any(mark in sentence for mark in _POST_MARKS)
