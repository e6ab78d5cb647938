"""Q&A interviews: answers are claims of the interviewee, questions are not.

A paragraph that opens with a label ("Q:", "A:", "PETROVA:", "Anna
Petrova:"), or with a quotation mark and a label (a transcript quoted turn
by turn), is a turn. The interviewer is "Q"/"Question"/"Interviewer" or
the label whose turns are mostly questions; every other label speaks its
answers. "A:" answers belong to the person the interview is with, read
from the text before the first question.
"""

from __future__ import annotations

from collections import Counter

import regex

from reader.analysis.limits import SHORT_TIMEOUT, TURN_LABEL_CHARS, TURN_LABEL_MAX
from reader.analysis.phrases.classify import Phrase, classify
from reader.analysis.templates.cues import Found
from reader.analysis.text.segments import Segments

# A label starts where a word starts (never inside a run of letters), so a
# scan over a long run of capitals tries it once.
_LABEL = regex.compile(
    r"(?<![\p{L}'’.\-])(?P<label>Q|A|Question|Answer|Interviewer|[\p{Lu}][\p{L}'’.\-]*+"
    r"(?:[ \t](?:(?:van|von|der|den|de|la|le|du|da|di|del|bin|al|el)[ \t])?+"
    r"[\p{Lu}][\p{L}'’.\-]*+){0,3})[ \t]*[:.][ \t]+(?=\S)"
)
_WITH = regex.compile(
    r"(?:interview(?:ed)?\s+with|spoke\s+(?:to|with)|talked\s+(?:to|with)|asked)\s+"
    r"(?:[\p{Ll}\-]+\s+){0,4}?(?P<name>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){1,3})"
)
_QUESTIONERS = frozenset({"q", "question", "interviewer"})
_ANSWERERS = frozenset({"a", "answer"})
_TURN_WORDS = _QUESTIONERS | _ANSWERERS

#: A turn: where its label starts, where its words start, the label, the paragraph.
_Turn = tuple[int, int, str, int]


def interview_answers(seg: Segments, start: int) -> list[Found]:
    """The answers of a Q&A interview as claims, one per turn not the interviewer's."""
    text = seg.text
    turns = _turns(seg)
    labels = Counter(t[2] for t in turns)
    if not any(lab.lower() in _QUESTIONERS for lab in labels) and len(labels) < 2:
        return []
    questioners = _questioners(seg, turns, labels)
    if sum(labels[q] for q in questioners) < 2:
        # One question is no interview: labels used once each head a list
        # ("Holm: Hold the north.", ..., "Lind: Time to go home?").
        return []
    first_q = min(t[0] for t in turns if t[2] in questioners)
    interviewee = _interviewee(text, start, first_q)
    found: list[Found] = []
    for ls, cs, label, p in turns:
        if label in questioners:
            continue
        speaker = _answerer(label, ls, interviewee)
        if speaker is not None:
            ph, rule = speaker
            end = seg.para_ends[p]
            if ls > seg.para_starts[p] and text[end - 1] in '"”':
                end -= 1  # the quotation mark that closes a transcript quoted turn by turn
            found.append(Found(cs, end, "direct", None, ph, rule))
    return found


def _turns(seg: Segments) -> list[_Turn]:
    """The paragraphs that open with a turn label ("Q:", "PETROVA:", "Anna Petrova:")."""
    text = seg.text
    turns: list[_Turn] = []
    for p, (ps, pe) in enumerate(zip(seg.para_starts, seg.para_ends, strict=True)):
        if seg.furniture[p]:
            continue
        # A label opens with a capital and ends in ":" or "." within the
        # window: cheaper to test than to match, and most paragraphs fail it.
        if text[ps] in '"“' and pe - ps > 2:
            ps += 1  # a transcript quoted turn by turn: '"PETROVA: We stay.'
        head_end = min(pe, ps + TURN_LABEL_CHARS)
        if not text[ps].isupper() or (
            text.find(":", ps, head_end) < 0 and text.find(".", ps, head_end) < 0
        ):
            continue
        m = _LABEL.match(text, pos=ps, endpos=head_end, timeout=SHORT_TIMEOUT)
        if m is None:
            continue
        label = m.group("label")
        if label.lower() not in _TURN_WORDS and (
            len(label) > TURN_LABEL_MAX
            or label.rstrip(".").lower() in ("mr", "dr", "ms", "mrs", "st")
        ):
            continue
        if text[m.end("label")] == "." and label.lower() not in ("q", "a"):
            continue
        turns.append((ps, m.end(), label, p))
    return turns


def _questioners(seg: Segments, turns: list[_Turn], labels: Counter[str]) -> set[str]:
    """The interviewer's labels: "Q" and the like, and any whose turns mostly ask."""
    asks: Counter[str] = Counter()
    for _ls, cs, label, p in turns:
        if seg.text[cs : seg.para_ends[p]].rstrip().endswith("?"):
            asks[label] += 1
    questioners = {lab for lab in labels if lab.lower() in _QUESTIONERS}
    questioners |= {lab for lab in labels if asks[lab] * 2 > labels[lab]}
    return questioners


def _answerer(label: str, at: int, interviewee: Phrase | None) -> tuple[Phrase, str] | None:
    """Who speaks an answer turn, and the rule: the interviewee for "A:", else the label."""
    if label.lower() in _ANSWERERS:
        if interviewee is None:
            return None
        ph = Phrase(
            interviewee.start,
            interviewee.end,
            interviewee.text,
            "person",
            interviewee.core,
            interviewee.role,
        )
        return ph, "interview-answer"
    ph = classify(label, at)
    if ph.kind != "person":
        ph.kind = "person"
        ph.core = label
    # A turn label names a person even when it is one word in capitals.
    ph.person_label = True
    return ph, "interview-label"


def _interviewee(text: str, start: int, first_q: int) -> Phrase | None:
    m = _WITH.search(text, pos=start, endpos=first_q, timeout=SHORT_TIMEOUT)
    if m is None:
        return None
    ph = classify(m.group("name"), m.start("name"))
    return ph if ph.kind == "person" else None
