"""What sits between a reporting verb and its clause.

After the verb may come the person told ("told CBC News", "told his wife"),
a channel ("in a statement"), a bare time ("said Tuesday") and a "that",
possibly a few words on ("said in its annual report, published last month,
that ..."). `clause_head` skips them to where the reported clause would
start; `clauses` then decides whether a clause starts there at all.
"""

from __future__ import annotations

from reader.analysis.lexicon import (
    CHANNEL_PHRASES,
    MEDIA_HEADS,
    NUMBER_WORDS,
    TELL_VERBS,
    TIME_UNITS,
    TITLE_SMALL_WORDS,
    WEEKDAYS,
    words,
)
from reader.analysis.phrases.common_phrases import DETERMINERS
from reader.analysis.templates.cues import lemma
from reader.analysis.text.finite import FINITE_WORDS
from reader.analysis.text.tokens import Tok

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

#: Things told that are not a reported clause ("told jokes", "told the truth").
_TALES = words("story stories tale tales truth lie lies joke jokes anecdote anecdotes")


def clause_head(toks: list[Tok], lem: str) -> tuple[int, bool, bool] | None:
    """Where the clause after a verb would start, past objects, channels and "that".

    Gives the token there, whether a "that" was passed and whether a comma
    came just before; None when what was told is a thing ("told a story")
    or nothing follows.
    """
    if lem == "ask" and toks and _asks_anonymity([t.low for t in toks[:2]]):
        # "asked not to be named", "asked for anonymity": a request, no clause told.
        return None
    if (
        lem == "say"
        and len(toks) > 1
        and toks[0].text == ","
        and toks[1].low.endswith("ing")
        and lemma(toks[1].text) is not None  # not "citing ...", which is passed
    ):
        return None  # "Clause, Berg said, adding that ...": the "that" is the participle's
    k = 0
    # Objects and channels: "told CBC News", "said in a statement on Monday".
    for _ in range(4):
        k = _skip_when(toks, _skip_channel(toks, _skip_citing(toks, k)))
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
                k = _skip_when(toks, _skip_channel(toks, k))
    if lem == "tell" and not told_whom and k < len(toks) and toks[k].low in ("a", "an"):
        # "told an old joke": an indefinite object is what was told, not whom,
        # unless a "that" follows it ("told a crowded hall in Baltimore that ...").
        far = _that_ahead(toks, k, far=True)
        if far == k:
            return None
        k = far
    if k < len(toks) and toks[k].low != "that":
        # Past a person told, the "that" may stand further off: "told The Post and
        # Courier newspaper of Charleston on Saturday that ...".
        # "told the state Senate transportation committee in July that": a long
        # description of whom is still whom.
        whom = told_whom or (lem == "tell" and toks[k].low == "the")
        k = _that_ahead(toks, k, far=whom)
    has_that = k < len(toks) and toks[k].low == "that"
    if has_that:
        k += 1
        while k < len(toks) and toks[k].text == ",":
            k += 1
    if k >= len(toks):
        return None
    return k, has_that, after_comma


def _skip_citing(toks: list[Tok], k: int) -> int:
    """Skip a source cited on the way: "reported, citing two officials, that ..."."""
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low in ("citing", "quoting"):
        for j in range(k + 2, min(len(toks), k + 14)):
            if toks[j].text == ",":
                return j + 1
            if toks[j].text in '.;:!?"“”':
                break
    return k


def _asks_anonymity(lows: list[str]) -> bool:
    """`asked not to ...`, `asked to remain/be ...`, `asked for anonymity`, not
    `asks the government to ...` or `asks to the regional government to ...`."""
    first, second = [*lows, "", ""][:2]
    return first == "not" or (first, second) in (
        ("to", "remain"),
        ("to", "be"),
        ("to", "stay"),
        ("for", "anonymity"),
    )


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _that_ahead(toks: list[Tok], k: int, *, far: bool = False) -> int:
    """`said in its annual report, published last month, that ...`."""
    if toks[k].low in _SUBJECT_PRONOUNS:
        return k  # "say they see it that way": the clause has begun; that "that" is its own
    # "said in an interview with The Associated Press last week that ...".
    # "... in a statement released by the council on Friday that": a participle's agent too.
    by_agent = k + 1 < len(toks) and toks[k].text.isalpha() and toks[k + 1].low == "by"
    reach = 16 if far or by_agent or toks[k].low in BRIDGE_START or toks[k].low == "with" else 6
    title_end = -1
    for j in range(k + 1, min(len(toks), k + reach)):
        if j <= title_end:
            continue
        w = toks[j].low
        if w == "that":
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if (
                nxt is not None
                and nxt.text.islower()
                and (nxt.low in FINITE_WORDS or nxt.low.endswith("ed"))
            ):
                continue  # "after a crash that killed ...": a relative clause
            if j + 2 < len(toks) and toks[j + 2].low == "that" and toks[j - 1].low in NOT_CLAUSE:
                continue  # "in that case that ...": a determiner; the next "that" opens
            if toks[j - 1].low in ("and", "but", "or"):
                return k  # "told AP he was working with him and that ...": two clauses
            return j
        if toks[j].text in '"“”':
            title_end = _title_end(toks, j)
            if title_end > j:
                continue  # 'said on ABC's "This Week" that ...': a programme named on the way
        if toks[j].text in '.;:!?"“”':
            return k
        if w in _NEW_CLAUSE or _finite_cue(toks, j):
            # A new clause of its own ("said the poll showed that"): not this verb's "that".
            return k
    return k


def _title_end(toks: list[Tok], j: int) -> int:
    """The closing mark of a quoted title of at most five capitalised words that
    toks[j] opens, or -1."""
    for m in range(j + 1, min(len(toks), j + 7)):
        if toks[m].text in '"“”':
            ok = m > j + 1 and all(
                t.cap or t.low in TITLE_SMALL_WORDS for t in toks[j + 1 : m] if t.text.isalpha()
            )
            return m if ok else -1
        if not (toks[m].text.isalpha() or toks[m].text in "'’-&"):
            return -1
    return -1


def _finite_cue(toks: list[Tok], j: int) -> bool:
    """A reporting verb in the past or present tense ("the poll showed"), not a
    noun ("in its annual report")."""
    t = toks[j]
    if not (t.low.endswith(("ed", "s")) or t.low in FINITE_WORDS) or not t.text.islower():
        return False
    if lemma(t.text) is None:
        return False
    if j + 1 < len(toks) and toks[j + 1].low == "by":
        return False  # "in remarks broadcast by Vale Sound": a participle, no clause
    p = toks[j - 1].low if j > 0 else ""
    if p.endswith("ing") and j > 1 and toks[j - 2].low in DETERMINERS:
        return False  # "in her opening remarks": an adjective, then the noun
    # "in remarks broadcast ...", "her remarks": a noun after a preposition or owner.
    return p not in DETERMINERS and p not in _PREPOSITIONS and not p.endswith(("'s", "’s"))


_PREPOSITIONS = frozenset({"in", "of", "with", "by", "for", "during", "after", "before"})


def _skip_channel(toks: list[Tok], k: int) -> int:
    """Skip a channel phrase after the verb: "said in a statement"."""
    if k >= len(toks):
        return k
    for phrase in _CHANNELS.get(toks[k].low, ()):
        n = len(phrase)
        if k + n <= len(toks) and all(toks[k + x].low == phrase[x] for x in range(1, n)):
            if k + n < len(toks) and toks[k + n].low in _CHANNEL_NOUNS:
                return k + n + 1  # "in a video message", "in a statement announcement"
            return k + n
    return k


#: Nouns that make a channel compound: "in a video message", "in an email exchange".
_CHANNEL_NOUNS = words("message messages address statement call clip exchange interview post")


#: Nouns that end a span of time after "for": "said for weeks", "for the first time".
_DURATIONS = words("days weeks months years decades hours time while")
#: Words between "for" and such a noun: "for the past six years", "for a long time".
_DURATION_FILLERS = NUMBER_WORDS | words("the a first last past some long several many few")


def _skip_duration(toks: list[Tok], k: int) -> int:
    """Skip how long or how often the speaking went on: "has said for weeks (that)",
    "said for the first time that"."""
    if k >= len(toks) or toks[k].low != "for":
        return k
    for j in range(k + 1, min(len(toks), k + 5)):
        if toks[j].low in _DURATIONS:
            return j + 1
        if toks[j].low not in _DURATION_FILLERS and not toks[j].text.isdigit():
            break
    return k


def _skip_when(toks: list[Tok], k: int) -> int:
    """Skip a US-style bare time after the verb: "said Tuesday", "said on Friday night",
    or a span of time: "said for weeks"."""
    k = _skip_duration(toks, k)
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
    mark = _past_owner(toks, k)
    if mark < len(toks) and toks[mark].text in '"“”' and _title_end(toks, mark) > mark:
        return _title_end(toks, mark) + 1  # 'told Vestby TV's "Face the Harbour" that ...': a show
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
        return _skip_determined_object(toks, k)
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


def _past_owner(toks: list[Tok], k: int) -> int:
    """Past a capitalised owner of up to four words ("Vestby TV's"), or `k`."""
    for j in range(k, min(len(toks), k + 4)):
        if not toks[j].cap:
            return k
        if toks[j].low.endswith(("'s", "’s")):
            return j + 1
    return k


def _skip_determined_object(toks: list[Tok], k: int) -> int:
    """Skip a person told that opens with an article or possessive: "told his wife"."""
    outlet = _skip_described_outlet(toks, k)
    if outlet > k:
        return outlet
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


def _skip_described_outlet(toks: list[Tok], k: int) -> int:
    """Skip an outlet described, then named: "told the local radio station Radio Kestle"."""
    j = k + 1
    while j < len(toks) and j - k <= 4 and toks[j].text.islower():
        j += 1
    if j == k + 1 or j >= len(toks) or toks[j - 1].low not in MEDIA_HEADS or not toks[j].cap:
        return k
    while j < len(toks) and toks[j].cap and j - k < 9:
        j += 1
    return j
