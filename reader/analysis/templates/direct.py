"""Direct quotes: which quotes are claims, and the cue and speaker of each.

Templates, tried in this order for every top-level quote:
`quote-then-cue` ("...," she said / "...," said Jane Doe),
`cue-then-quote` (Jane Doe said: "..."; told reporters, "..."),
`according-to-quote`, `colon-quote` (a sentence with a subject ends in a
colon), and `continued-quote` (no cue of its own: inherits the speaker of
the claim just before it, as in split and multi-paragraph quotes).
Short quotes inside a sentence (scare quotes, titles) are left to the
reported-speech pass, which may make them part of a mixed claim.
"""

from __future__ import annotations

import regex

from reader.analysis.lexicon import (
    QUOTE_OK_WEAK,
    WEAK_VERBS,
)
from reader.analysis.limits import (
    AFTER_QUOTE_CHARS,
    AFTER_QUOTE_LONG_VERB_CHARS,
    AFTER_QUOTE_VERB_CHARS,
    BEFORE_CUE_CHARS,
    BEFORE_QUOTE_CHARS,
    CUE_GAP_CHARS,
    CUE_TAIL_CHARS,
    SHORT_TIMEOUT,
)
from reader.analysis.templates.blocks import block_quote
from reader.analysis.templates.colon_quotes import colon_subject, comma_subject
from reader.analysis.templates.cues import (
    Found,
    VerbHit,
    describes_name,
    lemma,
    phrase_after,
    subject_of,
    tail_is_end,
    verbs_in,
)
from reader.analysis.templates.described import (
    clause_follows,
    described_after,
    described_before,
    described_subject,
    participle_only,
    read_as_noun,
    role_before_name,
    sentence_ends,
)
from reader.analysis.templates.fragments import fragment_before
from reader.analysis.templates.labels import label_quote
from reader.analysis.templates.nonfinite_quotes import nonfinite_then_quote
from reader.analysis.templates.participles import ing_then_quote
from reader.analysis.templates.quote_context import (
    after_its_cue,
    after_possessive,
    embedded,
    inside_subject,
    is_title,
    programme_title,
)
from reader.analysis.templates.quote_verbs import quote_verb
from reader.analysis.templates.signed import dash_signed
from reader.analysis.text.finite import finite, opens_clause
from reader.analysis.text.quotes import Quote, words
from reader.analysis.text.segments import Segments
from reader.analysis.text.tokens import Tok, tokens


def attribute_quotes(seg: Segments, quotes: list[Quote]) -> tuple[list[Found], set[int]]:
    """Claims from quotes, and the offsets of verbs they used as cues."""
    text = seg.text
    found: list[Found] = []
    used: set[int] = set()
    last: tuple[Quote, Found] | None = None
    bounds: dict[int, tuple[int, int]] = {}
    for q in quotes:
        if seg.furniture[q.para] or q.end <= q.start:
            continue
        content = text[q.start : q.end]
        if not content.strip() or programme_title(text, q, seg.para_starts[q.para]):
            continue
        pstart, pend = seg.para_starts[q.para], seg.para_ends[q.para]
        f = _after(text, q, pend) if q.closed else None
        if (
            f is not None
            and words(content) < 4
            and (
                inside_subject(text, seg, q)
                or after_possessive(text, q, pstart)
                or (embedded(text, seg, q, pstart) and _clause_after_cue(text, f, pend))
            )
        ):
            # 'Humphrey, who calls him a "sociopath," said ...': a word quoted in
            # passing inside the subject, or a title after a possessive
            # ('on Vestby TV's "Meet the Voters," Holm said'), or a chant in a fronted
            # phrase before "the senator said his campaign ..."; not its cue.
            f = None
        if f is None:
            f = _before(text, seg, q, pstart) or label_quote(text, seg, q)
        if f is None and q.closed:
            f = dash_signed(text, q, pstart, pend)
        if f is None and q.closed and _fills(text, pstart, pend, q, bounds):
            f = block_quote(seg, q.para, q)  # 'Holm said:', then a paragraph that is one quote
        if f is None:
            if (
                last is not None
                and last[0].para == q.para
                and content.rstrip().endswith((".", "?", "!", "…", ","))
                and after_its_cue(text, last[1], q)
            ):
                # '"A," he said. "B?"': a sentence quoted right after the cue
                # sentence of the quote before goes on with it, however short, even
                # as a question ('"Non-paper" is a term ...' is no sentence of speech).
                pass
            elif (
                embedded(text, seg, q, pstart)
                or is_title(text, q, pstart)
                or (words(content) < 3 and not content.rstrip().endswith(("?", "!", ",")))
            ):
                continue
            elif content.rstrip().endswith("?"):
                # A quoted question with no speaker of its own: an example, not speech.
                continue
            f = Found(q.start, q.end, "direct", None, None, "continued-quote", inherit=True)
        elif f.cue is not None and f.rule != "colon-quote":
            # A colon quote leaves its verb to the clause before the colon too:
            # 'told Sky News any process "must be well thought out": "..."'.
            used.add(f.cue[0])
            opening = fragment_before(seg, f)
            if opening is not None:
                found.append(opening)
        found.append(f)
        last = (q, f)
    return found, used


def _fills(text: str, pstart: int, pend: int, q: Quote, bounds: dict[int, tuple[int, int]]) -> bool:
    """The quote is all its paragraph holds, but for white space before it and
    spaces and stops after it. The paragraph's first and last such characters
    are found once, so a paragraph of many quotes is read once, not per quote."""
    known = bounds.get(pstart)
    if known is None:
        lo = len(text[pstart:pend]) - len(text[pstart:pend].lstrip()) + pstart
        hi = pstart + len(text[pstart:pend].rstrip(" ."))
        known = bounds[pstart] = (lo, hi)
    return known[0] >= q.open and known[1] <= q.close


def _clause_after_cue(text: str, f: Found, pend: int) -> bool:
    """A clause of its own follows the cue and speaker of `f` ("said his campaign was ...")."""
    if f.cue is None or f.speaker is None:
        return False
    at = max(f.cue[1], f.speaker.end)
    toks = tokens(text, at, min(pend, at + CUE_TAIL_CHARS))
    return bool(toks) and (toks[0].low == "that" or opens_clause(toks))


def _description_before_name(before: list[Tok]) -> bool:
    """A few words that describe the name between a quote and its verb: "team
    member", "Republican strategist" (see `describes_name`); lower-case ones
    only up to three, since more is another clause."""
    if not before or not all(t.text.isalpha() or _owner(t.text) for t in before):
        return False  # '"...," Harbour Survey's Lena Vold wrote': an owner may describe
    if before[0].low in _CLAUSE_LINKS and not (len(before) > 1 and before[1].low == "as"):
        # '"fantasy", and the mayor said ...': the verb opens a clause of its own
        # (but '"...", and as the mayor said' still attributes the quote).
        return False
    if all(t.text.islower() for t in before):
        return len(before) <= 3
    return describes_name(before)


def _owner(word: str) -> bool:
    return word.endswith(("'s", "’s")) and word[:-2].isalpha()


#: Words that join a new clause after a quote, so a verb after them is not its cue.
_CLAUSE_LINKS = frozenset(
    {"and", "but", "or", "while", "whilst", "when", "because", "although", "though",
     "so", "yet", "then", "after", "before", "since", "if", "where", "whereas", "until",
     # 'were "quietly furious" that KPH had announced': a clause of the sentence's own.
     "that", "which", "who", "whom", "whose"}
)  # fmt: skip


def _cue_ok(word: str, strict: bool) -> bool:
    lem = lemma(word)
    if lem is None:
        return False
    return not (strict and lem in WEAK_VERBS and lem not in QUOTE_OK_WEAK)


def _after(text: str, q: Quote, pend: int) -> Found | None:
    """`"...," she said` and `"...," said Jane Doe`."""
    pos = q.close
    hi = min(pend, pos + AFTER_QUOTE_CHARS)
    lead = pos
    while lead < hi and text[lead] in " ,\t—–-":
        lead += 1
    if lead >= hi:
        return None
    toks = tokens(text, lead, hi)
    if not toks:
        return None
    # '"...done." She said ...' starts a sentence of its own, yet is still the
    # quote's cue when that sentence is only the attribution.
    first = toks[0]
    if (
        _cue_ok(first.text, True)
        and first.text.islower()
        and (not first.low.endswith("ing") or lemma(first.text) == "according")
    ):
        # ('"...," saying the plan ...' has no speaker after its -ing cue.)
        # Inverted: said Jane Doe / added the minister / according to X.
        cue_end = first.end
        if lemma(first.text) == "according" and len(toks) > 1:
            cue_end = toks[1].end
        elif clause_follows(toks[1:]):
            return None  # 'X, citing "...," said the plan would fail': X's cue and clause
        ph = phrase_after(text, cue_end + 1, hi)
        if ph is None:
            ph = described_after(text, toks[1:] if cue_end == first.end else toks[2:])
        if ph is None:
            return None
        return Found(q.start, q.end, "direct", (first.start, cue_end), ph, "quote-then-cue")
    for m in verbs_in(text, lead, min(hi, lead + AFTER_QUOTE_LONG_VERB_CHARS)):
        if not _cue_ok(m.group(), True) or not m.group().islower():
            continue
        if m.start() > lead + AFTER_QUOTE_VERB_CHARS and sentence_ends(text, lead, m.start()):
            return None  # past the quote's sentence: the verb is another's
        if read_as_noun(text, lead, m, hi):
            continue  # "the mayor's comments", '"...," the (new) report said'
        last = text[lead : m.start()].rsplit(None, 1)[-1:]
        if last == ["to"]:
            return None  # "declined to comment", "wanted to say": an infinitive, not the cue
        if participle_only(m.group()) and last not in (["has"], ["have"], ["had"]):
            return None  # '"Salt Year," a biography written by ...': it names a work
        ph = subject_of(text, lead, m.start()) or described_before(
            text, [t for t in toks if t.end <= m.start()], lemma(m.group()) == "read"
        )
        if ph is None:
            return None
        if ph.start != lead:
            # A few lower-case words before the name ("team member Jane Doe") are
            # description; anything else means the verb belongs to another clause.
            before = [t for t in toks if t.end <= ph.start]
            if (
                len(before) > 1
                and before[-1].text == ","
                and before[0].low in ("his", "her", "their", "its", "the", "a", "an", "our")
            ):
                before = before[:-1]  # "her sister, Leah Moore, said": a described name
            if not _description_before_name(before) and not role_before_name(text, lead, ph):
                return None
        soft = text[q.end - 1] in ",—–-" or text[q.close : lead].strip(" \t").startswith(",")
        if not _cue_tail_ok(text, m.end(), pend, soft):
            return None
        return Found(q.start, q.end, "direct", (m.start(), m.end()), ph, "quote-then-cue")
    plain = quote_verb(text, text[q.start : q.end], toks, hi)
    if plain is not None:
        # '"Sit down," the mayor barked': a verb that attributes only here.
        return Found(q.start, q.end, "direct", plain[0], plain[1], "quote-then-cue")
    return None


def _cue_tail_ok(text: str, pos: int, pend: int, soft: bool) -> bool:
    """After `she said` comes punctuation, an object or a channel, not a clause.

    `soft` (the quote ended in a comma, or a comma follows it) means the quote
    cannot stand as a sentence, so the cue belongs to it whatever follows.
    """
    if _ASKS_ANONYMITY.match(text, pos, pend, timeout=SHORT_TIMEOUT):
        return False  # '"..." The pilot asked not to be named': a request, not the cue
    if soft or tail_is_end(text, pos, pend):
        return True
    toks = tokens(text, pos, min(pend, pos + CUE_TAIL_CHARS))
    if not toks:
        return True
    # "...done." He said the talks had failed: a sentence of its own, also when
    # the clause comes after how it was said ("claimed in a post that ...").
    if any(t.low == "that" for t in toks[1:_THAT_WITHIN]):
        return False
    if any(
        t.text in '"“' and k + 1 < len(toks) and toks[k + 1].text.islower()
        for k, t in enumerate(toks[1:_THAT_WITHIN], 1)
    ):
        return False  # '"...unacceptable." He said voters "know all too well"': a clause
    return toks[0].low not in _CLAUSE_OPENERS and not opens_clause(toks)


#: After "asked": anonymity requested, which says nothing about who spoke a quote.
_ASKS_ANONYMITY = regex.compile(
    r"(?<![ \t])[ \t]++"
    r"(?:not[ \t]+to[ \t]+be[ \t]|to[ \t]+remain[ \t]+anonymous|for[ \t]+anonymity)"
)
#: How far into the words after a cue a "that" opens a clause of the cue's own.
_THAT_WITHIN = 8
_CLAUSE_OPENERS = frozenset({"that", "i", "he", "she", "they", "it", "we", "there", "this"})


def _before(text: str, seg: Segments, q: Quote, pstart: int) -> Found | None:
    """`Jane Doe said: "..."`, `told reporters, "..."`, `according to X, "..."`."""
    lo = max(pstart, q.open - BEFORE_QUOTE_CHARS)
    lead = text[lo : q.open].rstrip(" \t")
    if not lead:
        return None
    last = lead[-1]
    sent_lo = max(lo, seg.sentence_of(q.open - 1)[0]) if q.open > lo else lo
    verbs = [
        m for m in verbs_in(text, sent_lo, q.open) if m.group().islower() or m.start() == sent_lo
    ]
    if not verbs:
        if last == ":":
            return colon_subject(text, q, sent_lo)
        return comma_subject(text, q, sent_lo) if last == "," else None
    m = verbs[-1]
    gap = text[m.end() : q.open]
    colon = last == ":"
    before_m = tokens(text, max(sent_lo, m.start() - BEFORE_CUE_CHARS), m.start())
    if not colon and before_m and before_m[-1].low in ("be", "been", "being", "is", "was", "are"):
        # 'said details would be announced "in the coming days"': a passive verb
        # inside a reported clause; the clause is mixed speech, not this quote's cue.
        return None
    if len(gap) > CUE_GAP_CHARS and not colon:
        return None
    if not colon and any(c in gap for c in '"“”«»'):
        return None
    gap_low = gap.strip(" \t,:").lower()
    if not colon and last not in "," and gap_low not in ("", "that"):
        # Only `said "..."` with nothing between, or `said that "..."`.
        return None
    if colon or last in ",":
        return _cue_before_mark(text, q, verbs, sent_lo, colon)
    if not _cue_ok(m.group(), True):
        return None
    ph = subject_of(text, sent_lo, m.start())
    if ph is None:
        return nonfinite_then_quote(text, q.start, q.end, m, sent_lo)
    return Found(q.start, q.end, "direct", (m.start(), m.end()), ph, "cue-then-quote")


def _cue_before_mark(
    text: str, q: Quote, verbs: list[VerbHit], sent_lo: int, colon: bool
) -> Found | None:
    """The cue of a quote after a colon or a comma, read from the last verb back:
    one with a subject (`X said: "..."`), `according to X, "..."` or `Said X: "..."`."""
    m = verbs[-1]
    for mm in reversed(verbs):
        lem = lemma(mm.group())
        if lem == "according":
            ph = phrase_after(text, mm.end() + 1, q.open)
            if ph is not None:
                return Found(
                    q.start, q.end, "direct", (mm.start(), mm.end()), ph, "according-to-quote"
                )
            continue
        near = mm is m or len(text[mm.end() : q.open].split()) <= _ING_GAP_WORDS
        # ('..., saying at one point, "..."': "point" is no verb of its own there.)
        ing = ing_then_quote(text, q.start, q.end, mm, sent_lo) if near else None
        if ing is None and mm is m:
            # 'Lind went on to say, "..."', '... before saying: "..."'
            ing = nonfinite_then_quote(text, q.start, q.end, mm, sent_lo)
        if ing is not None and (colon or len(text[mm.end() : q.open].split()) <= 3):
            return ing  # 'X opened the pier, saying, "..."': the main verb's subject speaks
        ph = subject_of(text, sent_lo, mm.start()) or described_subject(text, sent_lo, mm)
        if ph is not None:
            long_gap = len(text[mm.end() : q.open].split()) > 3
            if long_gap and not colon and not _setting(text, mm.end(), q.open):
                # 'said, sitting ... after her new work, "Salt Year," opened': a comma
                # introduces a quote only right after its cue ('told reporters, "..."').
                return None
            rule = "cue-then-quote" if mm is m and not (long_gap and colon) else "colon-quote"
            return Found(q.start, q.end, "direct", (mm.start(), mm.end()), ph, rule)
        if mm.start() == sent_lo and mm.group()[0].isupper() and colon and mm is m:
            # 'Said Feld: "..."', 'Added the minister: "..."': the speaker follows.
            ph = phrase_after(text, mm.end() + 1, q.open)
            if ph is not None and ph.kind in ("person", "org", "media"):
                return Found(q.start, q.end, "direct", (mm.start(), mm.end()), ph, "cue-name-colon")
    return None


#: How many words may stand between an -ing cue that is not the last verb and its quote.
_ING_GAP_WORDS = 3

#: Words that open the setting of a cue: its audience, place or time.
_SETTING_OPENERS = frozenset(
    {"reporters", "journalists", "the", "a", "an", "in", "at", "on", "during", "last"}
    | {"this", "earlier", "later", "after", "before", "outside", "from"}
)


def _setting(text: str, lo: int, hi: int) -> bool:
    """The words between a cue and the comma before a quote only say to whom,
    where or when ('told reporters in Vestby last week, "..."'): no clause, no
    aside of its own."""
    gap = text[lo:hi].rstrip(" \t")
    if not gap.endswith(",") or "," in gap[:-1] or len(gap.split()) > 10:
        return False
    toks = tokens(text, lo, lo + len(gap) - 1)
    return (
        bool(toks)
        and toks[0].low in _SETTING_OPENERS
        and all(t.text[0].isalnum() for t in toks)
        and not finite(toks)
    )
