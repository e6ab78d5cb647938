"""Clause boundaries of reported speech: where the reported clause starts and ends.

After the verb come objects ("told CBC News"), channels ("in a statement on
Monday") and "that" (skipped in `after_verb`); the clause then runs to the
end of its sentence, but stops before a second reporting verb ("and
added"), an absolute "with X saying", "according to" or a colon that opens
a quote. The closing full stop is left out; a closing quote mark stays in.
"""

from __future__ import annotations

from bisect import bisect_left

from reader.analysis.lexicon import (
    DOCUMENT_HEADS,
    MEDIA_HEADS,
    PRONOUN_OBJECTS,
    REQUEST_VERBS,
    SUBORDINATORS,
    WEAK_VERBS,
    words,
)
from reader.analysis.limits import (
    CLAUSE_START_CHARS,
    COORDINATOR_CHARS,
    SUBJECT_CHARS,
    WHILE_CHARS,
    WITH_CHARS,
)
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.shares import share_phrase
from reader.analysis.templates.after_verb import NOT_CLAUSE, clause_head
from reader.analysis.templates.asides import past_aside
from reader.analysis.templates.clause_tails import (
    ANONYMITY_ASIDES,
    hung_clause_end,
    kept_before_tail,
)
from reader.analysis.templates.cues import CueContext, VerbHit, lemma, subject_of, verbs_in
from reader.analysis.templates.rough_numbers import number_opens
from reader.analysis.text.finite import FINITE_WORDS, finite, finite_at, opens_clause
from reader.analysis.text.quotes import Quote
from reader.analysis.text.tokens import Tok, tokens

#: Words after a request verb that end the request before its "to".
_NOT_CLAUSE_BUT_TO = NOT_CLAUSE - {"to"}

_HOW_VERBS = frozenset(
    {"explain", "describe", "reveal", "recount", "detail", "show", "note", "observe"}
)

#: Weak verbs that still report a clause without "that" ("added the plan had failed").
_CLAUSE_WEAK_VERBS = frozenset(
    {"add", "note", "state", "stress", "maintain", "promise", "estimate", "forecast"}
)

#: Verbs that often take a plain noun object instead of a reported clause.
_OBJECT_VERBS = words(
    """
    admit deny confirm announce acknowledge reveal report reject dismiss detail
    defend claim promise pledge vow predict estimate forecast stress welcome rule
    """
)


def content_start(cue: CueContext, lem: str, subj: Phrase) -> int | None:
    """Where the reported clause starts after the verb, or None if no clause."""
    ve = cue.cue_end
    text = cue.seg.text
    if text.startswith(",", ve) and text[ve + 1 : ve + 40].lstrip().lower().startswith(
        ANONYMITY_ASIDES
    ):
        return None  # "he said, on the condition that he not be named": no clause
    toks = tokens(text, ve, min(cue.sent_end, ve + CLAUSE_START_CHARS))
    head = clause_head(toks, lem)
    if head is None:
        return None
    k, has_that, after_comma = head
    t = toks[k]
    if after_comma and not has_that and t.low in SUBORDINATORS:
        # "said on Monday, while protesters gathered": a clause hung on the sentence.
        return None
    if lem in REQUEST_VERBS and not has_that:
        # Requests are reported as "asked X to ...": a question is no claim.
        return _request_start(toks, k)
    if lem in COMMIT_VERBS and not has_that and not after_comma:
        # "vowed to fight on", "pledged not to raise taxes": a commitment put as speech.
        to = k + 1 if t.low == "not" else k
        if (
            to + 1 < len(toks)
            and toks[to].low == "to"
            and (toks[to + 1].text.islower() or toks[to + 1].text in '"“‘')
        ):  # 'vowed to "fight on"': the words may be quoted
            return _to_clause(toks, to)
    if lem == "warn" and not has_that and t.low not in _NOT_CLAUSE_BUT_TO:
        # "warned residents to stay indoors": a request; "warned the plan would fail": a clause.
        j = _warned_to(toks, k)
        if j is not None:
            return _to_clause(toks, j)
    if lem in ("describe", "call") and t.low == "as":
        return toks[k + 1].start if k + 1 < len(toks) else None
    if t.text in ".,;:!?)—–(":
        # "said, in a long interview with the Post, that ...": past an aside; not
        # when the cue itself is one ("Most of the ferries, he said, are ...").
        if has_that or text[max(0, subj.start - 2) : subj.start].strip() == ",":
            return None
        return past_aside(toks, k)
    if has_that:
        return t.start  # "noted that the ferries, left idle, ...": a clause, not an object
    if t.low in PRONOUN_OBJECTS and _only_pronoun(toks, k):
        return None
    if t.low in ("this", "these", "that", "those", "such") and _short_object(toks, k):
        return None
    if lem in ("call", "describe") and quote_soon(toks, k):
        # 'called the ruling "dangerous"': a characterisation in the speaker's words.
        return t.start
    if lem in ("tell", "remind", "assure", "inform") and _told_to(toks, k):
        return None  # "told clergy not to discuss the report": an instruction, not a clause
    return _bare_clause_start(toks, k, lem, subj)


def _told_to(toks: list[Tok], k: int) -> bool:
    """The words from toks[k] are whom and then "to" or "not to" with a verb:
    "told clergy not to discuss", "told its drivers to slow down"."""
    for j in range(k, min(len(toks) - 1, k + 5)):
        t = toks[j]
        if t.low == "to" and j > k:
            return toks[j + 1].text.islower() and toks[j + 1].text.isalpha()
        if t.low == "not" and j > k:
            continue
        if (
            not t.text.isalpha()
            or t.low in FINITE_WORDS
            or t.low in _SUBJECT_PRONOUNS
            or t.low.endswith("ed")
        ):
            return False  # "told reporters he wanted to run": a clause with its verb
    return False


_SUBJECT_PRONOUNS = words("i you he she it we they")


def _request_start(toks: list[Tok], k: int) -> int | None:
    """Where "to ..." of "asked X to ..." starts, or None if the request has none."""
    for j in range(k, min(len(toks), k + 8)):
        if toks[j].low == "to":
            return _to_clause(toks, j) if j + 1 < len(toks) else None
        if toks[j].text in ".,;:!?" or toks[j].low in _NOT_CLAUSE_BUT_TO:
            return None
    return None


def _warned_to(toks: list[Tok], k: int) -> int | None:
    """The "to" of "warned residents to ...", unless a verb comes first (then a clause)."""
    for j in range(k, min(len(toks) - 1, k + 6)):
        if toks[j].low == "to":
            if not any(finite_at(toks, x) for x in range(k + 1, j)):
                return j
            return None
        if toks[j].text in ".,;:!?":
            return None
    return None


def _bare_clause_start(toks: list[Tok], k: int, lem: str, subj: Phrase) -> int | None:
    """Where a clause with no "that" starts ("said the plan had failed"), or None
    when the words after the verb read as its object or a manner."""
    t = toks[k]
    if lem in WEAK_VERBS and not documentish(subj) and lem not in _CLAUSE_WEAK_VERBS:
        return None
    if lem in _HOW_VERBS and t.low in ("how", "why", "what"):
        return t.start
    if lem == "detail":
        return None  # "detailed plans to ...": an object; only "detailed how ..." reports
    if t.low == "no" and (
        opens_clause(toks[k : k + 8]) or (k + 1 < len(toks) and toks[k + 1].low == "matter")
    ):
        # "said no one would lose their job", "no decision had been made", "said no
        # matter what the council decides, the ferry will run".
        return t.start
    if lem == "say" and answer_word(toks, k):
        return t.start  # "41 percent said yes": the answer is what was said
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    if number_opens(toks, k):
        return t.start  # "said at least 20 people were hurt", "about 200", "up to 30"
    if t.low == "if" and lem not in _ASKING and _conditional(toks, k):
        return t.start  # "said if he were elected, taxes would fall": a conditional claim
    if t.low in NOT_CLAUSE or (t.low.endswith("ly") and t.text.islower()):
        return None
    if t.low.endswith("ed") and t.text.islower() and nxt == "by":
        return None  # "told reporters at a briefing organised by ...": a participle
    if t.low in FINITE_WORDS and t.text.islower():
        # "the case on which the court has ruled was ...": the verb is the sentence's.
        return None
    if (
        t.low.endswith("ing")
        and nxt in ("his", "her", "its", "their", "the", "a", "an", "our")
        and not _gerund_subject(toks, k)
    ):
        # "tweeted using his account": a manner, not what was said.
        return None
    if len(toks) - k < 3:
        return None
    if lem in _OBJECT_VERBS and not finite(toks[k : k + 10]):
        # "admitted 12 counts of theft", "denied the charges": an object, no clause.
        return None
    return t.start


#: Verbs that make an -ing phrase the subject of a clause ("raising the tolls was").
_GERUND_VERBS = words("is was are were would will could can should might may has had")


def _gerund_subject(toks: list[Tok], k: int) -> bool:
    """ "said raising the tolls was a mistake": the -ing phrase at toks[k] is the
    subject of a verb a few words on, before any mark, so a clause opens."""
    for t in toks[k + 2 : k + 7]:
        if not t.text.isalnum():
            return False
        if t.low in _GERUND_VERBS:
            return True
    return False


#: One-word answers a verb of saying can report on its own ("said so" is a
#: pronoun object, as "confirmed this" is: no claim).
_ANSWERS = frozenset({"yes", "no"})
#: Words after an answer that leave it on its own ("said no publicly", "said yes when").
_AFTER_ANSWER = words("when while but and as after before because in on at publicly again too then")


def answer_word(toks: list[Tok], k: int) -> bool:
    """toks[k] is an answer standing alone: "said yes.", "said no when asked";
    not "said no decision had been made" or "said no to the plan"."""
    if toks[k].low.rstrip(".") not in _ANSWERS or not toks[k].text.islower():
        return False
    if toks[k].low == "no.":
        return True  # "said no." (the tokenizer joins the stop as in "no. 5")
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or nxt.text in ".,;:!?)—–" or nxt.low in _AFTER_ANSWER


def answer_end(text: str, c0: int, s_hi: int) -> int | None:
    """Where a one-word answer from `c0` ends, or None if no answer stands there."""
    if not text.startswith(("yes", "no"), c0):
        return None  # nearly every clause: no tokens read
    toks = tokens(text, c0, min(s_hi, c0 + 24))
    if not toks or not answer_word(toks, 0):
        return None
    return c0 + len(toks[0].text.rstrip("."))


#: Verbs of a commitment made in speech, reported with "to": "vowed to appeal".
COMMIT_VERBS = frozenset({"promise", "vow", "pledge"})

#: Verbs whose "if" asks ("asked if ..."), so it opens no claim.
_ASKING = frozenset({"ask", "wonder", "question", "inquire", "query"})


def _conditional(toks: list[Tok], k: int) -> bool:
    """'if' at toks[k] opens a condition and then its main clause: two verbs of
    their own before the sentence ends ("if elected he could work ...")."""
    verbs = 0
    for x in range(k + 1, len(toks)):
        if toks[x].text in ".;:!?":
            break
        if finite_at(toks, x):
            verbs += 1
            if verbs == 2:
                return True
    return False


def _to_clause(toks: list[Tok], j: int) -> int:
    """Where "to ..." of a request starts, with its "not" ("urged drivers not to travel")."""
    return toks[j - 1].start if j > 0 and toks[j - 1].low == "not" else toks[j].start


def documentish(ph: Phrase) -> bool:
    """A document or outlet, named or referred back to ("the data", "the paper")."""
    if ph.kind in ("document", "media"):
        return True
    head = ph.core.split()[-1].lower() if ph.kind == "backref" and ph.core.split() else ""
    return head in DOCUMENT_HEADS or head in MEDIA_HEADS


#: How far after a verb of calling its quoted label may open: past an object
#: (called both the mayor and her deputy "reckless").
_LABEL_WORDS = 10


def quote_soon(toks: list[Tok], k: int) -> bool:
    """A quotation mark opens within ten words of toks[k], before the sentence
    ends: 'called the ruling "dangerous"', 'calling him "a stiff"'."""
    for t in toks[k : k + _LABEL_WORDS]:
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


def content_end(cue: CueContext, c0: int) -> int:
    """Where the reported clause from `c0` ends: at its sentence's end, or before a
    second source, a stop phrase ("and added") or a colon that opens a quote."""
    text = cue.seg.text
    quotes = cue.quotes
    end = cue.sent_end
    # A quote open across the sentence end extends the clause to its mark.
    i = bisect_left(cue.qstarts, end) - 1
    if i >= 0 and quotes[i].open < end < quotes[i].close and quotes[i].open >= c0:
        end = quotes[i].close
    span = text[c0:end]
    if " and " in span or " but " in span or ", with " in span or ", while " in span:
        end = _coordinated_end(text, c0, end)
    end = hung_clause_end(text, cue.sent_start, cue.cue_start, c0, end)
    low = text[c0:end]
    keep = kept_before_tail(low)
    end, low = c0 + keep, low[:keep]
    # A colon that introduces a quote ends the clause.
    k = low.find(": ")
    if k > 0 and low[k + 2 : k + 3] in ('"', "“", "‘"):
        end = c0 + k
    while end > c0 and text[end - 1] in " \t\n":
        end -= 1
    if end > c0 and text[end - 1] in ".;:,!?…—":
        end -= 1
    return end


def _coordinated_end(text: str, c0: int, end: int) -> int:
    """The clause ends before a later reporting verb joined to it ("and added",
    ", while X warned", ", with X saying"): that verb has a claim of its own."""
    for m in verbs_in(text, c0, end):
        while_at = text.rfind(", while ", max(c0, m.start() - WHILE_CHARS), m.start())
        if while_at > c0 and m.group().islower() and not m.group().endswith("ing"):
            # "..., while Save the Children warned that ...": another source speaks.
            return while_at
        before = text[max(c0, m.start() - COORDINATOR_CHARS) : m.start()].lower()
        if before.endswith(_PRONOUN_SUBJECTS) and m.group().islower():
            # "..., and she accused the council of ...": a new clause, with its own claim.
            before = before[: before.rstrip().rfind(" ") + 1]
        if before.endswith((" and ", " but ", ", and ", ", but ", " and also ", " but also ")):
            cut = text.rfind(" and ", c0, m.start())
            cut2 = text.rfind(" but ", c0, m.start())
            return max(cut, cut2)
        joined = _joined_subject(text, c0, m)
        if joined > c0:
            return joined
        with_at = text.rfind(", with ", max(c0, m.start() - WITH_CHARS), m.start())
        if with_at > c0 and m.group().endswith("ing"):
            # ", with the i reporting ...": another source takes over.
            return with_at
    return end


#: Pronoun subjects that open a clause joined after a reported one.
_PRONOUN_SUBJECTS = (" and he ", " and she ", " and they ", " but he ", " but she ", " but they ")


def _joined_subject(text: str, c0: int, m: VerbHit) -> int:
    """`..., and 34% say ...`, `... and Jane Doe said ...`: a second speaker
    joined by "and" with a verb of speech of its own; where "and" starts, or -1."""
    word = m.group()
    if not word.islower() or word.endswith("ing") or lemma(word) not in _JOINED_VERBS:
        return -1
    lo = max(c0, m.start() - SUBJECT_CHARS)
    # "The company said the plant was safe, but residents say it leaks".
    at = max(text.rfind(" and ", lo, m.start()), text.rfind(" but ", lo, m.start()))
    if at < 0:
        return -1
    ph = subject_of(text, at + 5, m.start())
    if ph is None or ph.start != at + 5:
        ph = share_phrase(text, tokens(text, at + 5, m.start()))
    if ph is None:
        return -1
    return at - 1 if text[at - 1] == "," else at


#: Verbs with which a second speaker, joined by "and" or "but", says something of
#: its own ("but critics charge it is a prison").
_JOINED_VERBS = frozenset({"say", "tell", "argue", "charge", "contend", "counter", "insist"})


def claim_kind(quotes: list[Quote], qstarts: list[int], c0: int, c1: int) -> str:
    """Mixed if a quote of somebody's words opens inside the content (a quoted name does not)."""
    i = bisect_left(qstarts, c0)
    while i < len(quotes) and quotes[i].open < c1:
        if not quotes[i].naming:
            return "mixed"
        i += 1
    return "indirect"


#: Marks that can set off content before a verb: a comma ("Clause, X said"), a
#: quotation mark, a colon, a dash or a bracket.
_CONTENT_MARKS = frozenset(",\"“”‘’'«»:;—–(")


def nothing_reported(text: str, s_lo: int, vs: int, ve: int, s_hi: int) -> bool:
    """No word after the verb in its sentence and no mark before it: "word said."
    can cue no template, so none is tried (a page of such lines cost 50 µs each)."""
    if any(c.isalnum() for c in text[ve:s_hi]):
        return False
    return _CONTENT_MARKS.isdisjoint(text[s_lo:vs])
