"""Clause boundaries of reported speech: where the reported clause starts and ends.

After the verb come objects ("told CBC News"), channels ("in a statement on
Monday") and "that"; the clause then runs to the end of its sentence, but
stops before a second reporting verb ("and added"), an absolute "with X
saying", "according to" or a colon that opens a quote. The closing full
stop is left out; a closing quote mark stays in.
"""

from __future__ import annotations

from bisect import bisect_left

from reader.analysis.lexicon import (
    CHANNEL_PHRASES,
    DOCUMENT_HEADS,
    MEDIA_HEADS,
    PRONOUN_OBJECTS,
    REQUEST_VERBS,
    SUBORDINATORS,
    TELL_VERBS,
    TIME_UNITS,
    WEAK_VERBS,
    WEEKDAYS,
    words,
)
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.common_phrases import DETERMINERS
from reader.analysis.templates.cues import lemma, verbs_in
from reader.analysis.text.finite import FINITE_WORDS, finite, finite_at, opens_clause
from reader.analysis.text.quotes import Quote
from reader.analysis.text.segments import Segments
from reader.analysis.text.tokens import Tok, tokens

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

_STOP_AFTER = (
    ", adding",
    ", and added",
    ", and said",
    ", according to",
    ", but added",
    "; ",
    ", saying",
    ", insisting",
    ", arguing",
    ", warning",
    ", claiming",
)

#: Words right after a verb that show no clause follows ("said in Paris").
NOT_CLAUSE = words(
    """
    in on at to for with by from about of during after before as like and
    but or so goodbye hello yes no sorry thanks nothing something anything
    what how why when where whether if which who whom whose against into
    onto over under up down out off through via than then
    """
)

#: Words that may sit between a verb and a distant "that" (channels, objects).
BRIDGE_START = words(
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

_HOW_VERBS = frozenset(
    {"explain", "describe", "reveal", "recount", "detail", "show", "note", "observe"}
)

#: Who is told, as a plain noun: "told the press the deal was off".
AUDIENCES = words(
    """
    press court jury committee hearing audience crowd meeting conference
    parliament senate assembly council newspaper broadcaster agency station
    magazine outlet paper inquiry tribunal panel board television radio tv
    media
    """
)

#: Channel phrases by their first word, as word tuples.
_CHANNELS: dict[str, list[tuple[str, ...]]] = {}
for _ph in CHANNEL_PHRASES:
    _CHANNELS.setdefault(_ph.split()[0], []).append(tuple(_ph.split()))


def content_start(text: str, ve: int, s_hi: int, lem: str, subj: Phrase) -> int | None:
    """Where the reported clause starts after the verb, or None if no clause."""
    toks = tokens(text, ve, min(s_hi, ve + 240))
    k = 0
    # Objects and channels: "told CBC News", "said in a statement on Monday".
    for _ in range(4):
        k = _skip_when(toks, _skip_channel(text, toks, k))
        if 0 < k < len(toks) and toks[k].text == ",":
            k += 1
    after_comma = 0 < k < len(toks) and toks[k - 1].text == ","
    told_whom = False
    if lem == "tell" and any(x.low in _TALES for x in toks[k : k + 3]):
        # "told a story about ...", "told the truth": what was told is a thing.
        return None
    if lem in TELL_VERBS and k < len(toks):
        k2 = _skip_object(toks, k)
        told_whom = k2 > k
        if k2 > k:
            k = k2
            for _ in range(3):
                k = _skip_when(toks, _skip_channel(text, toks, k))
    if lem == "tell" and not told_whom and k < len(toks) and toks[k].low in ("a", "an"):
        # "told an old joke": an indefinite object is what was told, not whom.
        return None
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
    if after_comma and not has_that and t.low in SUBORDINATORS:
        # "said on Monday, while protesters gathered": a clause hung on the sentence.
        return None
    if lem in REQUEST_VERBS and not has_that:
        # Requests are reported as "asked X to ...": a question is no claim.
        for j in range(k, min(len(toks), k + 8)):
            if toks[j].low == "to":
                return _to_clause(toks, j) if j + 1 < len(toks) else None
            if toks[j].text in ".,;:!?" or toks[j].low in NOT_CLAUSE - {"to"}:
                return None
        return None
    if lem == "warn" and not has_that and t.low not in NOT_CLAUSE - {"to"}:
        # "warned residents to stay indoors": a request; "warned the plan would fail": a clause.
        for j in range(k, min(len(toks) - 1, k + 6)):
            if toks[j].low == "to":
                if not any(finite_at(toks, x) for x in range(k + 1, j)):
                    return _to_clause(toks, j)
                break
            if toks[j].text in ".,;:!?":
                break
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
        and not documentish(subj)
        and lem
        not in ("add", "note", "state", "stress", "maintain", "promise", "estimate", "forecast")
    ):
        return None
    if lem in _HOW_VERBS and t.low in ("how", "why", "what"):
        return t.start
    if lem == "detail":
        return None  # "detailed plans to ...": an object; only "detailed how ..." reports
    if t.low == "no" and opens_clause(toks[k : k + 8]):
        return t.start  # "said no one would lose their job", "no decision had been made"
    if t.low in NOT_CLAUSE or (t.low.endswith("ly") and t.text.islower()):
        return None
    if t.low in FINITE_WORDS and t.text.islower():
        # "the case on which the court has ruled was ...": the verb is the sentence's.
        return None
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    if t.low.endswith("ing") and nxt in ("his", "her", "its", "their", "the", "a", "an", "our"):
        # "tweeted using his account": a manner, not what was said.
        return None
    if len(toks) - k < 3:
        return None
    if lem in _OBJECT_VERBS and not finite(toks[k : k + 10]):
        # "admitted 12 counts of theft", "denied the charges": an object, no clause.
        return None
    return t.start


def _to_clause(toks: list[Tok], j: int) -> int:
    """Where "to ..." of a request starts, with its "not" ("urged drivers not to travel")."""
    return toks[j - 1].start if j > 0 and toks[j - 1].low == "not" else toks[j].start


def documentish(ph: Phrase) -> bool:
    """A document or outlet, named or referred back to ("the data", "the paper")."""
    if ph.kind in ("document", "media"):
        return True
    head = ph.core.split()[-1].lower() if ph.kind == "backref" and ph.core.split() else ""
    return head in DOCUMENT_HEADS or head in MEDIA_HEADS


#: Things told that are not a reported clause ("told jokes", "told the truth").
_TALES = words("story stories tale tales truth lie lies joke jokes anecdote anecdotes")

#: Verbs that often take a plain noun object instead of a reported clause.
_OBJECT_VERBS = words(
    """
    admit deny confirm announce acknowledge reveal report reject dismiss detail
    defend claim promise predict estimate forecast stress welcome rule
    """
)


def _that_ahead(toks: list[Tok], k: int) -> int:
    """`said in its annual report, published last month, that ...`."""
    reach = 16 if toks[k].low in BRIDGE_START else 6
    for j in range(k + 1, min(len(toks), k + reach)):
        w = toks[j].low
        if w == "that":
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if (
                nxt is not None
                and nxt.text.islower()
                and (nxt.low in FINITE_WORDS or nxt.low.endswith("ed"))
            ):
                continue  # "after a crash that killed ...": a relative clause
            return j
        if toks[j].text in '.;:!?"“”':
            return k
        if w in _NEW_CLAUSE or _finite_cue(toks, j):
            # A new clause of its own ("said the poll showed that"): not this verb's "that".
            return k
    return k


def _finite_cue(toks: list[Tok], j: int) -> bool:
    """A reporting verb in the past or present tense ("the poll showed"), not a
    noun ("in its annual report")."""
    t = toks[j]
    if not (t.low.endswith(("ed", "s")) or t.low in FINITE_WORDS) or not t.text.islower():
        return False
    if lemma(t.text) is None:
        return False
    p = toks[j - 1].low if j > 0 else ""
    return p not in DETERMINERS and not p.endswith(("'s", "’s"))


def _quote_soon(toks: list[Tok], k: int) -> bool:
    for t in toks[k : k + 6]:
        if t.text in "\"“«„‘'":
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


def _skip_channel(text: str, toks: list[Tok], k: int) -> int:
    if k >= len(toks):
        return k
    for phrase in _CHANNELS.get(toks[k].low, ()):
        n = len(phrase)
        if k + n <= len(toks) and all(toks[k + x].low == phrase[x] for x in range(1, n)):
            return k + n
    return k


def _skip_when(toks: list[Tok], k: int) -> int:
    """Skip a US-style bare time after the verb: "said Tuesday", "said on Friday night"."""
    j = k + 1 if k < len(toks) and toks[k].low == "on" else k
    if j < len(toks) and toks[j].low in WEEKDAYS:
        j += 1
        if j < len(toks) and toks[j].low in TIME_UNITS:
            j += 1
        return j
    return k


def _bare_plural(w: str) -> bool:
    return (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is"))
        and (w not in NOT_CLAUSE and w not in _NEW_CLAUSE and w not in _CLAUSE_STARTERS)
    )


def _skip_object(toks: list[Tok], k: int) -> int:
    """Skip the person told: `him`, `reporters`, `the press`, `CBC News`."""
    t = toks[k]
    if t.low in ("him", "her", "them", "me", "us", "you", "reporters", "journalists"):
        return k + 1
    if (
        t.low in ("state", "local", "national", "public", "private")
        and k + 2 < len(toks)
        and toks[k + 1].low in AUDIENCES
    ):
        return k + 2  # "told state television the ..."
    if (
        t.text.isalpha()
        and t.text.islower()
        and (t.low in ("police", "staff", "parliament", "congress") or _bare_plural(t.low))
        and k + 1 < len(toks)
        and toks[k + 1].text not in ".,;:!?"
    ):
        # "told investors the worst was over": a plural audience told.
        return k + 1
    if t.low in ("the", "a", "an", "his", "her", "their", "its") and k + 1 < len(toks):
        j = k + 1
        while j < len(toks) and j - k < 6 and (toks[j].cap or toks[j].text.islower()):
            if toks[j].low in ("that", "to", "he", "she", "they", "it", "was", "is", "will", "for"):
                break  # "asked the court for more time to ...": "for" ends the object
            j += 1
            if j < len(toks) and toks[j].low in ("that", "to"):
                return j
        if j > k + 1 and j < len(toks) and toks[j].low in ("he", "she", "they", "it", "we", "i"):
            # "told his wife he was leaving": the person told, then the clause.
            return j
        nxt = toks[k + 1]
        if nxt.cap:
            # "told the Harbour Gazette ...": an outlet or body told.
            j = k + 1
            while j < len(toks) and toks[j].cap and j - k < 6:
                j += 1
            return j
        if nxt.low in AUDIENCES:
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


def content_end(
    text: str, seg: Segments, quotes: list[Quote], qstarts: list[int], c0: int, s_hi: int
) -> int:
    end = s_hi
    # A quote open across the sentence end extends the clause to its mark.
    i = bisect_left(qstarts, end) - 1
    if i >= 0 and quotes[i].open < end < quotes[i].close and quotes[i].open >= c0:
        end = quotes[i].close
    span = text[c0:end]
    coordinated = " and " in span or " but " in span or ", with " in span or ", while " in span
    for m in verbs_in(text, c0, end) if coordinated else ():
        while_at = text.rfind(", while ", max(c0, m.start() - 60), m.start())
        if while_at > c0 and m.group().islower() and not m.group().endswith("ing"):
            # "..., while Save the Children warned that ...": another source speaks.
            end = while_at
            break
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


def claim_kind(quotes: list[Quote], qstarts: list[int], c0: int, c1: int) -> str:
    """Mixed if a quote of somebody's words opens inside the content (a quoted name does not)."""
    i = bisect_left(qstarts, c0)
    while i < len(quotes) and quotes[i].open < c1:
        if not quotes[i].naming:
            return "mixed"
        i += 1
    return "indirect"
