"""Reported speech: `X said (that) ...`, `according to X, ...`, `..., X said.`

Each reporting verb found in one pass over the text is tried against the
templates below; the content is the reported clause only (without "that"
and without the closing full stop). A clause that embeds a quote is `mixed`
and runs to its last closing mark.
"""

from __future__ import annotations

from bisect import bisect_left

from reader.analysis.classify import Phrase
from reader.analysis.cues import (
    TIMEOUT,
    VERB,
    Found,
    glued,
    lemma,
    phrase_after,
    subject_of,
    verbs_in,
)
from reader.analysis.lexicon import (
    CHANNEL_PHRASES,
    PRONOUN_OBJECTS,
    REQUEST_VERBS,
    TELL_VERBS,
    WEAK_VERBS,
    words,
)
from reader.analysis.names import DETERMINERS
from reader.analysis.quotes import Quote
from reader.analysis.segments import Segments, budget
from reader.analysis.tokens import Tok, tokens

_CLAUSE_STARTERS = DETERMINERS | {
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "there",
    "this",
    "these",
    "those",
    "no",
    "all",
    "both",
    "every",
    "each",
    "any",
    "none",
    "more",
    "less",
    "its",
    "if",
    "whether",
}
_STOP_AFTER = (", adding", ", and added", ", and said", ", according to", ", but added", "; ")


def reported_speech(
    seg: Segments,
    quotes: list[Quote],
    qstarts: list[int],
    used: set[int],
    direct: list[Found],
    lo: int,
    hi: int,
) -> list[Found]:
    """Reported speech cued by verbs in [lo, hi) (one paragraph at a time)."""
    text = seg.text
    taken = sorted((f.start, f.end) for f in direct if not f.inherit or f.cue is not None)
    spans_lo = [a for a, _ in taken]
    found: list[Found] = []
    for m in VERB.finditer(text, pos=lo, endpos=hi, timeout=budget(hi - lo)):
        if m.start() in used or glued(text, m.start()):
            continue
        para = seg.para_of(m.start())
        if seg.furniture[para]:
            continue
        if _inside(quotes, qstarts, m.start()) or _inside_spans(taken, spans_lo, m.start()):
            continue
        f = _one(seg, quotes, qstarts, m.start(), m.end(), m.group())
        if f is not None and f.end > f.start:
            found.append(f)
    return found


def _inside(quotes: list[Quote], qstarts: list[int], pos: int) -> bool:
    i = bisect_left(qstarts, pos) - 1
    return i >= 0 and quotes[i].open < pos < quotes[i].close


def _inside_spans(spans: list[tuple[int, int]], lo: list[int], pos: int) -> bool:
    i = bisect_left(lo, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _one(
    seg: Segments, quotes: list[Quote], qstarts: list[int], vs: int, ve: int, word: str
) -> Found | None:
    text = seg.text
    s_lo, s_hi = seg.sentence_of(vs)
    lem = lemma(word)
    if lem is None:
        return None
    if lem == "according":
        return _according(seg, quotes, qstarts, vs, ve, s_lo, s_hi)
    if not word.islower():
        return None
    prev = tokens(text, max(s_lo, vs - 30), vs)
    if prev and prev[-1].low in ("to", "not", "who", "which", "that", "be", "been", "being"):
        if prev[-1].low in ("be", "been", "being") or (
            prev[-1].low == "that" and len(prev) > 1 and prev[-2].low in ("was", "were")
        ):
            return _passive(seg, quotes, qstarts, vs, ve, word, s_lo, s_hi, prev)
        return None
    if prev and prev[-1].low in ("was", "were", "is", "are", "has", "have", "had"):
        if lem == "tell" and prev[-1].low in ("was", "were", "is", "are"):
            return _passive(seg, quotes, qstarts, vs, ve, word, s_lo, s_hi, prev)
        if prev[-1].low in ("was", "were", "is", "are") and not word.endswith("ing"):
            return None
    if prev and (prev[-1].low in DETERMINERS or prev[-1].low.endswith(("'s", "’s"))):
        # "the report", "its claim": the word is a noun here.
        return None
    ing = word.endswith("ing")
    subj_end = vs
    if ing and prev and prev[-1].low in ("is", "are", "was", "were", "also"):
        # "It is also encouraging citizens to ...": the subject precedes the auxiliary.
        k = len(prev) - 1
        while k >= 0 and prev[k].low in ("is", "are", "was", "were", "also", "still"):
            k -= 1
        subj_end = prev[k + 1].start
    subj = subject_of(text, s_lo, subj_end)
    rule_prefix = ""
    if (
        subj is None
        and prev
        and (prev[-1].low in ("and", "but", "while", "whilst") or (ing and prev[-1].text == ","))
    ):
        # "X tweeted and said ...", "X confirmed this, adding that ...".
        subj = _shared_subject(text, s_lo, vs)
        rule_prefix = "shared-subject "
    if subj is None:
        return _inverted(seg, quotes, qstarts, vs, ve, s_lo, s_hi)
    c0 = _content_start(text, ve, s_hi, lem, subj)
    if c0 is not None and ing and lem not in REQUEST_VERBS and "that" not in text[ve:c0].split():
        c0 = None
    if c0 is None:
        return _inverted(seg, quotes, qstarts, vs, ve, s_lo, s_hi)
    c1 = _content_end(text, seg, quotes, qstarts, c0, s_hi)
    if c1 - c0 < 3:
        return None
    cue_end = ve
    kind = _kind(quotes, qstarts, c0, c1)
    rule = "speaker-verb-that" if "that" in text[ve:c0].split() else "speaker-verb-clause"
    rule = rule_prefix + rule
    return Found(c0, c1, kind, (vs, cue_end), subj, rule)


def _content_start(text: str, ve: int, s_hi: int, lem: str, subj: Phrase) -> int | None:
    """Where the reported clause starts after the verb, or None if no clause."""
    toks = tokens(text, ve, min(s_hi, ve + 240))
    k = 0
    # Objects and channels: "told CBC News", "said in a statement on Monday".
    for _ in range(4):
        k = _skip_channel(text, toks, k)
        if 0 < k < len(toks) and toks[k].text == ",":
            k += 1
    if lem in TELL_VERBS and k < len(toks):
        k2 = _skip_object(toks, k)
        if k2 > k:
            k = k2
            for _ in range(3):
                k = _skip_channel(text, toks, k)
    if k < len(toks) and toks[k].low != "that":
        k = _that_ahead(toks, k)
    has_that = k < len(toks) and toks[k].low == "that"
    if has_that:
        k += 1
        while k < len(toks) and toks[k].text == ",":
            k += 1
    if k >= len(toks):
        return None
    t = toks[k]
    if lem in REQUEST_VERBS and not has_that:
        # Requests are reported as "asked X to ...": a question is no claim.
        for j in range(k, min(len(toks), k + 8)):
            if toks[j].low == "to":
                return toks[j].start if j + 1 < len(toks) else None
            if toks[j].text in ".,;:!?" or toks[j].low in _NOT_CLAUSE - {"to"}:
                return None
        return None
    if lem in ("describe", "call") and t.low == "as":
        return toks[k + 1].start if k + 1 < len(toks) else None
    if t.text in ".,;:!?)—–(":
        return None
    if t.low in PRONOUN_OBJECTS and _only_pronoun(toks, k):
        return None
    if t.low in ("this", "these", "that", "those", "such") and _short_object(toks, k):
        return None
    if has_that:
        return t.start
    if lem in ("call", "describe") and _quote_soon(toks, k):
        # 'called the ruling "dangerous"': a characterisation in the speaker's words.
        return t.start
    if (
        lem in WEAK_VERBS
        and subj.kind not in ("document", "media")
        and lem not in ("add", "note", "state", "stress", "maintain", "promise", "report")
    ):
        return None
    if lem in _HOW_VERBS and t.low in ("how", "why", "what"):
        return t.start
    if t.low in _NOT_CLAUSE or (t.low.endswith("ly") and t.text.islower()):
        return None
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    if t.low.endswith("ing") and nxt in ("his", "her", "its", "their", "the", "a", "an", "our"):
        # "tweeted using his account": a manner, not what was said.
        return None
    if len(toks) - k < 3:
        return None
    return t.start


#: Words right after a verb that show no clause follows ("said in Paris").
_NOT_CLAUSE = words(
    """
    in on at to for with by from about of during after before as like and
    but or so goodbye hello yes no sorry thanks nothing something anything
    what how why when where whether if which who whom whose against into
    onto over under up down out off through via than then
    """
)
#: Words that may sit between a verb and a distant "that" (channels, objects).
_BRIDGE_START = words(
    """
    in on at to during after before via through last this yesterday today
    earlier later analysts reporters journalists investors delegates
    lawmakers parliament colleagues members staff officials police
    """
)


_NEW_CLAUSE = words(
    """
    said says told tells he she they we i it how why what whether when where
    who which if
    """
)


def _that_ahead(toks: list[Tok], k: int) -> int:
    """`said in its annual report, published last month, that ...`."""
    reach = 16 if toks[k].low in _BRIDGE_START else 6
    for j in range(k + 1, min(len(toks), k + reach)):
        w = toks[j].low
        if w == "that":
            return j
        if toks[j].text in '.;:!?"“”':
            return k
        if w in _NEW_CLAUSE:
            # A new clause of its own: the "that" further on is not this verb's.
            return k
    return k


def _shared_subject(text: str, s_lo: int, vs: int) -> Phrase | None:
    """The subject of the first verb of the sentence, shared by a later one."""
    for m in verbs_in(text, s_lo, vs):
        if not m.group().islower():
            continue
        ph = subject_of(text, s_lo, m.start())
        if ph is not None:
            return ph
    return None


_HOW_VERBS = frozenset({"explain", "describe", "reveal", "recount", "detail", "show"})


def _quote_soon(toks: list[Tok], k: int) -> bool:
    for t in toks[k : k + 6]:
        if t.text in '"“«„‘':
            return True
        if t.text in ".;:!?":
            return False
    return False


def _short_object(toks: list[Tok], k: int) -> bool:
    """`denied these allegations.`: a demonstrative and a noun, then the end."""
    n = 0
    for t in toks[k:]:
        if t.text in ".,;:!?":
            break
        n += 1
    return n <= 3


def _only_pronoun(toks: list[Tok], k: int) -> bool:
    return k + 1 >= len(toks) or toks[k + 1].text in ".,;:!?" or toks[k + 1].low in ("to", "and")


#: Channel phrases by their first word, as word tuples.
_CHANNELS: dict[str, list[tuple[str, ...]]] = {}
for _ph in CHANNEL_PHRASES:
    _CHANNELS.setdefault(_ph.split()[0], []).append(tuple(_ph.split()))


def _skip_channel(text: str, toks: list[Tok], k: int) -> int:
    if k >= len(toks):
        return k
    for phrase in _CHANNELS.get(toks[k].low, ()):
        n = len(phrase)
        if k + n <= len(toks) and all(toks[k + x].low == phrase[x] for x in range(1, n)):
            return k + n
    return k


#: Who is told, as a plain noun: "told the press the deal was off".
_AUDIENCES = words(
    """
    press court jury committee hearing audience crowd meeting conference
    parliament senate assembly council newspaper broadcaster agency station
    magazine outlet paper inquiry tribunal panel board
    """
)


def _skip_object(toks: list[Tok], k: int) -> int:
    """Skip the person told: `him`, `reporters`, `the press`, `CBC News`."""
    t = toks[k]
    if t.low in ("him", "her", "them", "me", "us", "you", "reporters", "journalists"):
        return k + 1
    if t.low in ("the", "a", "an", "his", "her", "their", "its") and k + 1 < len(toks):
        j = k + 1
        while j < len(toks) and j - k < 6 and (toks[j].cap or toks[j].text.islower()):
            if toks[j].low in ("that", "to", "he", "she", "they", "it", "was", "is", "will"):
                break
            j += 1
            if j < len(toks) and toks[j].low in ("that", "to"):
                return j
        nxt = toks[k + 1]
        if nxt.cap:
            # "told the Harbour Gazette ...": an outlet or body told.
            j = k + 1
            while j < len(toks) and toks[j].cap and j - k < 6:
                j += 1
            return j
        if nxt.low in _AUDIENCES:
            return k + 2
        return k
    if t.cap:
        j = k
        while j < len(toks) and toks[j].cap and j - k < 5:
            j += 1
        if j < len(toks) and toks[j].low in ("that", "to", "on", "in", "at", ","):
            return j
        # "told CBC News the department will ...": a capitalised object.
        if j < len(toks) and j > k and toks[j].text.islower():
            return j
    return k


def _content_end(
    text: str, seg: Segments, quotes: list[Quote], qstarts: list[int], c0: int, s_hi: int
) -> int:
    end = s_hi
    # A quote open across the sentence end extends the clause to its mark.
    i = bisect_left(qstarts, end) - 1
    if i >= 0 and quotes[i].open < end < quotes[i].close and quotes[i].open >= c0:
        end = quotes[i].close
    span = text[c0:end]
    coordinated = " and " in span or " but " in span or ", with " in span
    for m in verbs_in(text, c0, end) if coordinated else ():
        before = text[max(c0, m.start() - 12) : m.start()].lower()
        if before.endswith((" and ", " but ", ", and ", ", but ", " and also ", " but also ")):
            cut = text.rfind(" and ", c0, m.start())
            cut2 = text.rfind(" but ", c0, m.start())
            end = max(cut, cut2)
            break
        with_at = text.rfind(", with ", max(c0, m.start() - 40), m.start())
        if with_at > c0 and m.group().endswith("ing"):
            # ", with the i reporting ...": another source takes over.
            end = with_at
            break
    low = text[c0:end]
    for stop in _STOP_AFTER:
        k = low.find(stop)
        if k > 0:
            end = c0 + k
            low = low[:k]
    # A colon that introduces a quote ends the clause.
    k = low.find(": ")
    if k > 0 and low[k + 2 : k + 3] in ('"', "“", "‘"):
        end = c0 + k
    while end > c0 and text[end - 1] in " \t\n":
        end -= 1
    if end > c0 and text[end - 1] in ".;:,!?…—":
        end -= 1
    return end


def _kind(quotes: list[Quote], qstarts: list[int], c0: int, c1: int) -> str:
    i = bisect_left(qstarts, c0)
    if i < len(quotes) and quotes[i].open < c1:
        return "mixed"
    return "indirect"


def _according(
    seg: Segments,
    quotes: list[Quote],
    qstarts: list[int],
    vs: int,
    ve: int,
    s_lo: int,
    s_hi: int,
) -> Found | None:
    """`According to X, ...` and `..., according to X.`"""
    text = seg.text
    ph = phrase_after(text, ve + 1, s_hi)
    if ph is None:
        return None
    lead = text[s_lo:vs].strip(" \t,")
    if not lead:
        # According to X, clause.
        k = ph.end
        while k < s_hi and text[k] != ",":
            k += 1
        c0 = k + 1
        while c0 < s_hi and text[c0] in " \t":
            c0 += 1
        c1 = _content_end(text, seg, quotes, qstarts, c0, s_hi)
    else:
        c0 = s_lo
        c1 = vs
        while c1 > c0 and text[c1 - 1] in " \t,":
            c1 -= 1
    if c1 - c0 < 3:
        return None
    return Found(c0, c1, _kind(quotes, qstarts, c0, c1), (vs, ve), ph, "according-to")


def _plural_people(text: str, lo: int, vs: int) -> Phrase | None:
    """`..., traders said.`: a plain plural noun in the tail slot names people."""
    toks = tokens(text, lo, vs)
    if not 1 <= len(toks) <= 3 or not all(t.text.isalpha() and t.text.islower() for t in toks):
        return None
    head = toks[-1].low
    if not head.endswith("s") or head.endswith("ss") or head in _NOT_CLAUSE:
        return None
    s0 = toks[0].start
    return Phrase(s0, toks[-1].end, text[s0 : toks[-1].end], "anon", text[s0 : toks[-1].end])


def _channel_tail(tail: str) -> bool:
    """What follows a tail cue is only its audience, channel or time."""
    body = tail.rstrip(".!?").strip()
    ws = body.split()
    if not ws or len(ws) > 8 or body != tail[: len(body)] or not tail.endswith((".", "!", "?")):
        return False
    if any(c in body for c in ',;:"“”«»'):
        return False
    return ws[0].lower() in _BRIDGE_START or ws[0][0].isupper() or ws[0].lower() in _AUDIENCES


def _inverted(
    seg: Segments,
    quotes: list[Quote],
    qstarts: list[int],
    vs: int,
    ve: int,
    s_lo: int,
    s_hi: int,
) -> Found | None:
    """`Clause, X said.`, `Clause, said X.` and `Clause, said X, clause.`"""
    text = seg.text
    before = text[s_lo:vs]
    if "," not in before:
        return None
    comma = before.rfind(",")
    between = before[comma + 1 :].strip()
    if between:
        # "Clause, X said." — X sits between the comma and the verb.
        ph = subject_of(text, s_lo + comma + 1, vs)
        if ph is None:
            ph = _plural_people(text, s_lo + comma + 1, vs)
        if ph is None or ph.start > s_lo + comma + 3:
            return None
    else:
        ph = phrase_after(text, ve + 1, s_hi)
    if ph is None:
        return None
    tail_from = max(ph.end, ve)
    tail = text[tail_from:s_hi].strip()
    c0 = s_lo
    if tail in ("", ".", "!", "?") or tail.startswith((".", "!", "?")):
        c1 = s_lo + comma
    elif tail.startswith(","):
        c1 = _content_end(text, seg, quotes, qstarts, c0, s_hi)
    elif _channel_tail(tail):
        # "..., the council said on Monday." / "..., Lind told Reuters."
        c1 = s_lo + comma
    else:
        return None
    if c1 - c0 < 12 or _inside(quotes, qstarts, c0):
        return None
    if text[c0] in '"“':
        return None
    return Found(c0, c1, _kind(quotes, qstarts, c0, c1), (vs, ve), ph, "clause-then-cue")


def _passive(
    seg: Segments,
    quotes: list[Quote],
    qstarts: list[int],
    vs: int,
    ve: int,
    word: str,
    s_lo: int,
    s_hi: int,
    prev: list[Tok],
) -> Found | None:
    """`She was told to ...`: reported with no stated source."""
    if lemma(word) != "tell":
        return None
    text = seg.text
    toks = tokens(text, ve, min(s_hi, ve + 40))
    if not toks or toks[0].low not in ("that", "to"):
        return None
    c0 = toks[1].start if toks[0].low == "that" and len(toks) > 1 else toks[0].start
    c1 = _content_end(text, seg, quotes, qstarts, c0, s_hi)
    if c1 - c0 < 3:
        return None
    return Found(
        c0, c1, _kind(quotes, qstarts, c0, c1), (vs, ve), None, "passive-told", sourceless=True
    )


__all__ = ["TIMEOUT", "reported_speech"]
