"""A quote after a colon whose speaker opens the sentence: 'Holm put it
plainly: "..."', 'Said Feld: "..."', 'Commissioner Jan Berg: "..."'.
"""

from __future__ import annotations

import regex

from reader.analysis.lexicon import SPEECH_PREDICATE
from reader.analysis.templates.cues import (
    Found,
    lemma,
    phrase_after,
    subject_of,
)
from reader.analysis.text.finite import finite
from reader.analysis.text.quotes import Quote
from reader.analysis.text.segments import budget
from reader.analysis.text.tokens import Tok, tokens

#: Verbs that open a sentence in inverted order: 'Said Feld: "..."'.
_INVERTED_OPENERS = frozenset({"say", "add", "write", "explain", "note", "reply", "continue"})


def colon_subject(text: str, q: Quote, sent_lo: int) -> Found | None:
    """`Her daughter, Sanna Lindqvist, put it differently: "..."`: the subject speaks.

    Only with a predicate about speaking: "held up a sign:" or "opens with a
    line:" introduce a quote that is not the subject's speech.
    """
    toks = tokens(text, sent_lo, q.open)
    labelled = _named_before_colon(text, q, toks) or _subject_verbed(text, q, toks)
    if labelled is not None:
        return labelled
    if not any(t.low in SPEECH_PREDICATE for t in toks[:40]):
        return None
    seg_start = _past_links(toks, 0)
    for k, t in enumerate(toks[:40]):
        if t.text != ",":
            continue
        if k > seg_start:
            ph = subject_of(text, toks[seg_start].start, toks[k - 1].end)
            if (
                ph is not None
                and ph.start == toks[seg_start].start
                and ph.end == toks[k - 1].end
                and ph.kind in ("person", "org", "media")
                and (ph.kind != "person" or " " in ph.core)
            ):
                return Found(q.start, q.end, "direct", None, ph, "colon-subject")
        seg_start = _past_links(toks, k + 1)
        if seg_start > 12:
            break
    # No comma: the name at the very start of the sentence ("As Anna Lind put it:").
    first = _past_links(toks, 0)
    for k in range(min(len(toks), first + 5), first, -1):
        ph = subject_of(text, toks[first].start, toks[k - 1].end)
        if (
            ph is not None
            and ph.start == toks[first].start
            and ph.kind == "person"
            and " " in ph.core
            and not toks[k - 1].low.endswith(("'s", "’s"))
        ):
            return Found(q.start, q.end, "direct", None, ph, "colon-subject")
    return None


def _past_links(toks: list[Tok], k: int) -> int:
    """Past the words that open a clause before its subject ("Or, as Lind put it")."""
    while k < len(toks) and toks[k].low in _SUBJECT_OPENERS:
        k += 1
    return k


#: Words before the subject of a clause that ends in a colon: "As Lind put it:".
_SUBJECT_OPENERS = frozenset({"as", "or", "and", "but", "so"})


def comma_subject(text: str, q: Quote, sent_lo: int) -> Found | None:
    """`Lind shot back, "..."`, `Anna Lind interjected, "..."`: the clause before
    the comma is only a subject and a verb in the past, so its subject speaks."""
    return _subject_verbed(text, q, tokens(text, sent_lo, q.open), ",")


def _subject_verbed(text: str, q: Quote, toks: list[Tok], mark: str = ":") -> Found | None:
    """`And Mr. Brek gloated: "..."`, `Pressed on the delay, Lind shot back: "..."`:
    a clause of only a subject and a verb in the past (perhaps with "back" or an
    adverb) introduces the quote its subject speaks, whatever the verb."""
    if len(toks) < 3 or toks[-1].text != mark:
        return None
    k = max((i for i, t in enumerate(toks[:-1]) if t.text == ","), default=-1) + 1
    if k < len(toks) and toks[k].low in _OPENING_LINKS:
        k += 1
    tail = toks[k:-1]
    if not 2 <= len(tail) <= _SUBJECT_VERB_WORDS:
        return None
    v = len(tail) - 1
    if tail[v].low in _AFTER_VERB and v > 1:
        v -= 1  # "shot back", "replied tersely"
    verb = tail[v]
    if not verb.text.islower() or not (verb.low.endswith("ed") or verb.low in _PAST_FORMS):
        return None
    ph = subject_of(text, tail[0].start, verb.start)
    if ph is None or ph.start != tail[0].start or ph.kind not in _SPEAKER_KINDS:
        return None
    if text[ph.end : verb.start].strip():
        return None  # "Lind's office resisted": words the subject does not cover
    rule = "colon-subject" if mark == ":" else "cue-then-quote"
    return Found(q.start, q.end, "direct", (verb.start, verb.end), ph, rule)


#: Words that open a clause before its subject: "And Lind gloated:".
_OPENING_LINKS = frozenset({"and", "but", "so", "then", "yet"})
#: Words after the verb in such a clause: a particle or a manner.
_AFTER_VERB = frozenset(
    {"back", "in", "again", "tersely", "simply", "flatly", "bluntly", "angrily"}
)
#: Past forms without -ed that introduce a quote this way.
_PAST_FORMS = frozenset({"shot", "fired", "hit", "struck", "spoke", "wrote", "went", "put"})
#: Who may speak so: a named person, body or outlet, or a pronoun.
_SPEAKER_KINDS = frozenset({"person", "org", "media", "pronoun"})
#: The most words such a clause holds: a subject of a few words and its verb.
_SUBJECT_VERB_WORDS = 7


def _named_before_colon(text: str, q: Quote, toks: list[Tok]) -> Found | None:
    """A name before the colon that needs no speaking predicate: an inverted cue
    (`Said Feld: "..."`) or a headline that is only a name (`Whitcombe: "..."`)."""
    if len(toks) >= 3 and toks[0].cap and lemma(toks[0].low) in _INVERTED_OPENERS:
        # 'Said Feld: "..."': an inverted cue opens the sentence, the speaker follows.
        ph = phrase_after(text, toks[1].start, q.open)
        if ph is not None and ph.start == toks[1].start and ph.kind in ("person", "org", "media"):
            cue = (toks[0].start, toks[0].end)
            return Found(q.start, q.end, "direct", cue, ph, "cue-name-colon")
    if 2 <= len(toks) <= 5 and toks[-1].text == ":" and all(t.cap for t in toks[:-1]):
        # A headline that is only a name named again below: 'Whitcombe: "We will rebuild"'.
        ph = subject_of(text, toks[0].start, toks[-2].end)
        if (
            ph is not None
            and ph.start == toks[0].start
            and ph.kind == "person"
            and q.para == 0
            and (
                text.find(ph.core, q.close) >= 0
                if " " in ph.core
                else _surname_of_someone(text, ph.core)
            )
        ):
            ph.person_label = True
            return Found(q.start, q.end, "direct", None, ph, "name-colon")
    return _listed_speaker(text, q, toks)


def _listed_speaker(text: str, q: Quote, toks: list[Tok]) -> Found | None:
    """A line of a quote list: a full name, perhaps a short description after a
    comma, a colon, then the quote ('Mara Lind, Vestby Post: "..."', 'Tomas Brek,
    harbour master: "..."'). Only at the start of a line, with no verb before
    the colon: the name labels the words, as a speaker does."""
    if q.para == 0 or len(toks) < 2 or len(toks) > _LIST_LABEL_WORDS or toks[-1].text != ":":
        return None  # (a headline's label is `name-colon`'s)
    at = toks[0].start
    line_start = at == 0 or text[at - 1] == "\n"
    if not line_start and text[max(0, at - 3) : at].rstrip()[-1:] not in (".", '"', "”", "!", "?"):
        return None  # a sentence's words before the name: no label
    comma = next((k for k, t in enumerate(toks) if t.text == ","), len(toks) - 1)
    if comma < 1 or any(t.text in _NOT_IN_LABEL for t in toks[:-1]) or finite(toks[:-1]):
        return None
    if not line_start and comma != len(toks) - 1:
        return None  # inside a paragraph only a bare name labels a quote
    ph = subject_of(text, at, toks[comma - 1].end)
    if ph is None or ph.start != at or ph.end != toks[comma - 1].end or ph.kind != "person":
        return None
    if " " not in ph.core and not _surname_of_someone(text, ph.core):
        return None  # 'Bush: "..."' with Jeb Bush named: a surname labels too
    return Found(q.start, q.end, "direct", None, ph, "name-colon-quote")


#: The most tokens a quote list's label holds: a name and a short description.
_LIST_LABEL_WORDS = 14
#: Marks no such label holds (a sentence, a quote or an aside of its own).
_NOT_IN_LABEL = frozenset('.;!?"“”()—–')


def _surname_of_someone(text: str, word: str) -> bool:
    """A headline's one-word label is the surname of a full name in the text.

    Searched for the first paragraph (the headline) only, so about once per article.
    """
    pattern = r"\b\p{Lu}[\p{L}'’\-]+[ \t]+" + regex.escape(word) + r"\b"
    return regex.search(pattern, text, timeout=budget(len(text))) is not None
