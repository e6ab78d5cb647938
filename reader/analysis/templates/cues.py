"""Cue finding shared by direct and reported speech: verbs and speaker phrases.

A `Found` is a claim before its figure is known: where the content is, the
cue words and the speaker phrase the template matched. `figures.py` turns
the phrase into a figure afterwards, in reading order. A `CueContext` is
what the reported-speech templates read around one verb.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from dataclasses import dataclass

import regex

from reader.analysis.lexicon import (
    BODY_NOUNS,
    OPENING_FORMS,
    OUTLET_NOUNS,
    REPORTING_VERBS,
    ROLE_WORDS,
)
from reader.analysis.limits import (
    ACCORDING_CHARS,
    SHORT_TIMEOUT,
    SPEAKER_AFTER_CHARS,
    VERB_EDGE_CHARS,
)
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.names import phrase_before
from reader.analysis.text.quotes import Quote
from reader.analysis.text.segments import Segments
from reader.analysis.text.tokens import Tok, tokens


def _trie(words: list[str]) -> str:
    """One alternation factored by prefix: linear and fast for many words."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = [regex.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


#: Any reporting verb form as a whole word, and "according to". A hyphen or
#: apostrophe right before the match ("well-said") is rejected by the caller.
VERB = regex.compile(
    r"\b(?:[Aa]ccording[ \t\n]+to|"
    + _trie(sorted(REPORTING_VERBS.keys() | OPENING_FORMS))
    + r")\b(?![\-'’])"
)
_INVERTED_TAIL = regex.compile(r"[ \t]*(?:[.,;:!?—–)]|\Z|\n[ \t]*(?:\n|\Z))")


@dataclass(slots=True)
class Found:
    """A claim found by a template, before its speaker is resolved."""

    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    speaker: Phrase | None
    rule: str
    #: Take the speaker of the nearest earlier claim (unattributed quote).
    inherit: bool = False
    #: Claim with no stated source ("she was told to ...").
    sourceless: bool = False


@dataclass(frozen=True, slots=True)
class CueContext:
    """A reporting verb in its sentence, with the text's quotes around it.

    The templates that read a claim around one verb all need the same seven
    values; built once per verb tried, it travels as one argument.
    """

    seg: Segments
    #: The text's top-level quotes, and each one's opening mark (for bisecting).
    quotes: list[Quote]
    qstarts: list[int]
    #: The cue: the verb, or "called on" read as one request verb.
    cue_start: int
    cue_end: int
    #: The sentence holding the cue.
    sent_start: int
    sent_end: int


def lemma(word: str) -> str | None:
    w = word.lower()
    if w.startswith("according"):
        return "according"
    return REPORTING_VERBS.get(w)


def phrase_after(text: str, pos: int, hi: int) -> Phrase | None:
    """The speaker phrase starting at `pos` ("said Jane Doe, a ...")."""
    toks = tokens(text, pos, min(hi, pos + SPEAKER_AFTER_CHARS))
    k = 0
    while k < len(toks) and toks[k].text not in ',.;:!?—–()"“”':
        k += 1
    if k == 0:
        return None
    # Read the run as if a verb followed it, from its end back to its start.
    ph = phrase_before(text, toks[0].start, toks[k - 1].end)
    if (
        ph is not None
        and ph.kind in ("person", "org", "media")
        and ph.start != toks[0].start
        and describes_name([t for t in toks[:k] if t.start < ph.start])
    ):
        return _described_name(text, toks[0].start, ph)
    # "according to the company's annual report": the phrase leaves out only its article.
    if ph is None or any(t.low not in ("the", "a", "an") for t in toks[:k] if t.start < ph.start):
        ph = _leading_phrase(text, toks, k)
        if ph is None:
            return None
    if ph.kind not in ("person", "org", "media") and k < len(toks):
        named = _name_after_comma(text, toks, k, ph)
        if named is not None:
            return named
    if k < len(toks) and toks[k].text == ",":
        _take_appositive_role(text, toks, k, ph)
    return ph


_RELATIVES = frozenset({"who", "whom", "whose", "which"})
#: "polls conducted for X": the name after "for" is whom the thing was made for.
_LINKING = frozenset({"for"})


def describes_name(lead: list[Tok]) -> bool:
    """The words before a name describe it: all lower-case ("the market research
    firm"), an owner ("Saudi Arabia's"), or an affiliation then a role noun
    ("Republican strategist"). A relative clause is no description: in "a source
    who spoke to the newspaper X" the name is whom the source spoke to."""
    if any(t.text.lower() in _RELATIVES for t in lead):
        return False
    if lead[-1].low in _LINKING:
        return False  # "exit polls conducted for the Associated Press": its object
    if all(t.text.islower() for t in lead):
        return True
    if lead[-1].text.endswith(("'s", "’s")) and len(lead) <= 3:
        return True
    return (
        len(lead) <= 4
        and lead[-1].text.islower()
        and all(t.text.replace("-", "").isalpha() for t in lead)  # "ferry-supply"
    )


def _described_name(text: str, lead_start: int, ph: Phrase) -> Phrase:
    """ "the market research firm Scandata": the words before the name are its role,
    and a body noun among them makes a one-word name a body or outlet."""
    lead = text[lead_start : ph.start].strip()
    ph.role = ph.role or _drop_article(lead)
    noun = lead.split()[-1].lower() if lead.split() else ""
    if ph.kind == "person" and " " not in ph.core and noun in BODY_NOUNS:
        ph.kind = "media" if noun in OUTLET_NOUNS else "org"
    return ph


def _leading_phrase(text: str, toks: list[Tok], k: int) -> Phrase | None:
    """The longest phrase opening the run when it holds more than a name
    ("said the boy was ..."), or None."""
    top = min(k, _LEADING_WORDS)
    who = next((x for x in range(1, top) if toks[x].low in ("who", "whom")), None)
    if who is not None and k > top:
        top = who  # a relative clause the cap would cut in two is left out whole
    for cut in range(top, 0, -1):
        ph = phrase_before(text, toks[0].start, toks[cut - 1].end)
        if ph is not None and ph.start == toks[0].start:
            return ph
        lead = [t for t in toks[:cut] if ph is not None and t.start < ph.start]
        if ph is not None and ph.kind == "person" and _role_words(lead, ph):
            # "said former harbour engineer Mara Lind at a hearing": the name ends
            # the phrase, the words before it are its role.
            ph.role = " ".join(t.text for t in lead) + (" " + ph.role if ph.role else "")
            ph.start, ph.text = toks[0].start, text[toks[0].start : ph.end]
            return ph
    if k > 2 and toks[0].low in _MEMBER_OF and toks[1].low == "of":
        # "according to one of his senior aides": a member of a group nobody names.
        group = phrase_before(text, toks[2].start, toks[k - 1].end)
        if group is not None and group.kind == "anon" and group.start == toks[2].start:
            start, end = toks[0].start, group.end
            return Phrase(start, end, text[start:end], "anon", group.core)
    return None


_MEMBER_OF = frozenset({"one", "two", "some", "several", "many", "none"})
#: The most words a leading phrase is read over.
_LEADING_WORDS = 8


def _role_words(lead: list[Tok], ph: Phrase) -> bool:
    """Up to four lower-case words ending in a role noun, the name's own or the
    last of them ("former harbour engineer"): a description, not a clause or a
    preposition's phrase."""
    return (
        0 < len(lead) <= 4
        and (lead[-1].low in ROLE_WORDS or (ph.role is not None and ph.text[0].islower()))
        and all(t.text.isalpha() and t.text.islower() and t.low not in _NOT_ROLE for t in lead)
    )


#: Words that never open or sit inside a role before a name.
_NOT_ROLE = frozenset({"the", "a", "an", "in", "of", "to", "for", "at", "on", "by", "with"})


def _name_after_comma(text: str, toks: list[Tok], k: int, ph: Phrase) -> Phrase | None:
    """ "according to the team's coach, Alireza Mehraban, ...": the person named
    after a description speaks, with the description as role."""
    m = k + 1
    while m < len(toks) and toks[m].text not in ',.;:!?"“”' and m - k < 8:
        m += 1
    if toks[k].text == "," and m < len(toks) and toks[m].text == "," and m > k + 1:
        named = phrase_before(text, toks[k + 1].start, toks[m - 1].end)
        if named is not None and named.kind == "person" and named.start == toks[k + 1].start:
            named.role = named.role or _drop_article(text[ph.start : ph.end])
            return named
    return None


def _take_appositive_role(text: str, toks: list[Tok], k: int, ph: Phrase) -> None:
    """ "said Jane Doe, a spokeswoman for X," keeps the appositive as the person's role."""
    m = k + 1
    while m < len(toks) and toks[m].text not in ',.;:!?"“”' and m - k < 20:
        m += 1
    opener = toks[k + 1].low if k + 1 < len(toks) else ""
    describes = (
        opener in ("a", "an", "the")
        or opener in ROLE_WORDS
        or (k + 1 < len(toks) and toks[k + 1].cap)
    )
    if m < len(toks) and toks[m].text in ",." and m > k + 1 and ph.kind == "person" and describes:
        inner = text[toks[k + 1].start : toks[m - 1].end]
        if inner.split(" ", 1)[0].lower() in ("a", "an", "the") or ph.role is None:
            ph.role = ph.role or inner.split(" ", 1)[-1]


def _drop_article(s: str) -> str:
    for det in ("the ", "a ", "an "):
        if s.lower().startswith(det):
            return s[len(det) :]
    return s


def subject_of(text: str, lo: int, verb: int) -> Phrase | None:
    """The subject right before a verb, or None."""
    return phrase_before(text, lo, verb)


_LOCAL = threading.local()
#: Characters after a window end that read like the end of the text to the
#: verb pattern (neither a word character nor a hyphen or apostrophe).
_CLEAN_EDGE = frozenset(' \t\n\r.,;:!?"“”«»()[]—–')


def prime_verbs(text: str, lo: int, hi: int) -> None:
    """Find the verb matches starting in [lo, hi) in one pass, for `verb_matches` there.

    `lo` and `hi` are paragraph bounds, which no match crosses, so the matches
    are the ones a pass over the whole text finds there; a process analysing
    only part of the text scans only that part.
    """
    hits = _scan_verbs(text, lo, hi)
    _LOCAL.verbs = (text, lo, hi, [h.start() for h in hits], hits)


class VerbHit:
    """A verb match: its offsets and words, asked the way a pattern match is."""

    __slots__ = ("_end", "_start", "_words")

    def __init__(self, start: int, end: int, words: str) -> None:
        self._start, self._end, self._words = start, end, words

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self._words


def _hit(m: regex.Match[str]) -> VerbHit:
    return VerbHit(m.start(), m.end(), m.group())


#: Words a verb match can start with: the lexicon's forms, the first word of a
#: phrase read as one verb ("made" of "made clear") and "according" (to).
_VERB_WORDS = (
    frozenset(REPORTING_VERBS)
    | OPENING_FORMS
    | {"according", "According"}
    | {k.split(" ", 1)[0] for k in REPORTING_VERBS if " " in k}
)
#: Verb forms that are a whole match on their own between two spaces.
_PLAIN_VERBS = frozenset(REPORTING_VERBS)


def _scan_verbs(text: str, lo: int, hi: int) -> list[VerbHit]:
    """What `VERB.finditer` finds starting in [lo, hi), a third faster.

    A match is a whole run of letters that is a verb form, so the pattern
    only needs trying where such a run starts. Most space-separated pieces
    are one plain word, tested by set lookup: a verb form with a space on
    each side is a match as it stands (the pattern asks no more of it). The
    rest are walked run by run, and the pattern decides each, on the whole text.
    """
    out: list[VerbHit] = []
    match = VERB.match
    words = _VERB_WORDS
    pos = lo
    pieces = text[lo:hi].split(" ")
    last = len(pieces) - 1
    for i, piece in enumerate(pieces):
        n = len(piece)
        if piece in words:
            if 0 < i < last and piece in _PLAIN_VERBS:
                out.append(VerbHit(pos, pos + n, piece))
            else:
                m = match(text, pos, timeout=SHORT_TIMEOUT)
                if m is not None:
                    out.append(_hit(m))
        elif n > 1 and not piece.isalpha():
            k = 0
            while k < n:
                if piece[k].isalpha():
                    e = k + 1
                    while e < n and piece[e].isalpha():
                        e += 1
                    if piece[k:e] in words:
                        m = match(text, pos + k, timeout=SHORT_TIMEOUT)
                        if m is not None:
                            out.append(_hit(m))
                    k = e
                else:
                    k += 1
        pos += n + 1
    return out


def forget_verbs() -> None:
    """Drop this thread's primed verb matches: they hold the last text alive."""
    _LOCAL.__dict__.pop("verbs", None)


def verb_hits(text: str, lo: int, hi: int) -> tuple[list[int], list[VerbHit]]:
    """The verb matches primed for a range holding [lo, hi), else those of the whole text."""
    cached = getattr(_LOCAL, "verbs", None)
    if cached is None or cached[0] is not text or not (cached[1] <= lo and hi <= cached[2]):
        prime_verbs(text, 0, len(text))
        cached = _LOCAL.verbs
    return cached[3], cached[4]


def verb_matches(text: str, lo: int, hi: int) -> list[VerbHit]:
    """What `VERB.finditer(text, pos=lo, endpos=hi)` finds, from the one pass.

    A match ending before `hi` sees the same characters either way; only a
    match ending exactly at `hi` can differ, when the word goes on after
    `hi` ("says" cut to "say"), so that edge alone is scanned again.
    """
    starts, ms = verb_hits(text, lo, hi)
    out: list[VerbHit] = []
    i = bisect_left(starts, lo)
    last_end = lo
    while i < len(ms) and ms[i].end() <= hi:
        out.append(ms[i])
        last_end = ms[i].end()
        i += 1
    if lo < hi < len(text) and text[hi - 1].isalpha() and text[hi] not in _CLEAN_EDGE:
        tail = max(last_end, hi - VERB_EDGE_CHARS)
        if tail > last_end and (
            text[tail - 1].isspace()
            or "ccording" in text[max(last_end, tail - ACCORDING_CHARS) : hi]
        ):
            tail = last_end  # "according   to" may start further back
        out += map(_hit, VERB.finditer(text, pos=tail, endpos=hi, timeout=SHORT_TIMEOUT))
    return out


def verbs_in(text: str, lo: int, hi: int) -> list[VerbHit]:
    return [m for m in verb_matches(text, lo, hi) if not glued(text, m.start())]


def glued(text: str, pos: int) -> bool:
    """The word continues a hyphenated or elided word ("well-said")."""
    return pos > 0 and text[pos - 1] in "-'’"


def tail_is_end(text: str, pos: int, hi: int) -> bool:
    """Only punctuation or the end of the paragraph follows `pos`."""
    return _INVERTED_TAIL.match(text, pos=pos, endpos=hi, timeout=SHORT_TIMEOUT) is not None
