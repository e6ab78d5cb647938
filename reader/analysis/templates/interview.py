"""Q&A interviews: answers are claims of the interviewee, questions are not.

A paragraph that opens with a label ("Q:", "A:", "PETROVA:", "Anna
Petrova:") is a turn. The interviewer is "Q"/"Question"/"Interviewer" or
the label whose turns are mostly questions; every other label speaks its
answers. "A:" answers belong to the person the interview is with, read
from the text before the first question.
"""

from __future__ import annotations

from collections import Counter

import regex

from reader.analysis.phrases.classify import Phrase, classify
from reader.analysis.templates.cues import Found
from reader.analysis.text.segments import Segments

_TIMEOUT = 0.5
_LABEL = regex.compile(
    r"(?P<label>Q|A|Question|Answer|Interviewer|[\p{Lu}][\p{L}'’.\-]*+"
    r"(?:[ \t](?:(?:van|von|der|den|de|la|le|du|da|di|del|bin|al|el)[ \t])?+"
    r"[\p{Lu}][\p{L}'’.\-]*+){0,3})[ \t]*[:.][ \t]+(?=\S)"
)
_WITH = regex.compile(
    r"(?:interview(?:ed)?\s+with|spoke\s+(?:to|with)|talked\s+(?:to|with)|asked)\s+"
    r"(?:[\p{Ll}\-]+\s+){0,4}?(?P<name>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){1,3})"
)
_QUESTIONERS = frozenset({"q", "question", "interviewer"})
_ANSWERERS = frozenset({"a", "answer"})


def interview_answers(seg: Segments, start: int) -> list[Found]:
    text = seg.text
    turns: list[tuple[int, int, str, int]] = []  # label start, content start, label, para
    for p, (ps, pe) in enumerate(zip(seg.para_starts, seg.para_ends, strict=True)):
        if seg.furniture[p]:
            continue
        # A label opens with a capital and ends in ":" or "." within the
        # window: cheaper to test than to match, and most paragraphs fail it.
        head_end = min(pe, ps + 60)
        if not text[ps].isupper() or (
            text.find(":", ps, head_end) < 0 and text.find(".", ps, head_end) < 0
        ):
            continue
        m = _LABEL.match(text, pos=ps, endpos=head_end, timeout=_TIMEOUT)
        if m is None:
            continue
        label = m.group("label")
        if label.lower() not in _QUESTIONERS | _ANSWERERS and (
            len(label) > 40 or label.rstrip(".").lower() in ("mr", "dr", "ms", "mrs", "st")
        ):
            continue
        if text[m.end("label")] == "." and label.lower() not in ("q", "a"):
            continue
        turns.append((ps, m.end(), label, p))
    labels = Counter(t[2] for t in turns)
    if not any(lab.lower() in _QUESTIONERS for lab in labels) and len(labels) < 2:
        return []
    # Labels that mostly ask are the interviewer's.
    asks: Counter[str] = Counter()
    for _ls, cs, label, p in turns:
        if text[cs : seg.para_ends[p]].rstrip().endswith("?"):
            asks[label] += 1
    questioners = {lab for lab in labels if lab.lower() in _QUESTIONERS}
    questioners |= {lab for lab in labels if asks[lab] * 2 > labels[lab]}
    if not questioners:
        return []
    first_q = min(t[0] for t in turns if t[2] in questioners)
    interviewee = _interviewee(text, start, first_q)
    found: list[Found] = []
    for ls, cs, label, p in turns:
        if label in questioners:
            continue
        pe = seg.para_ends[p]
        if label.lower() in _ANSWERERS:
            if interviewee is None:
                continue
            ph = Phrase(
                interviewee.start,
                interviewee.end,
                interviewee.text,
                "person",
                interviewee.core,
                interviewee.role,
            )
            rule = "interview-answer"
        else:
            ph = classify(label, ls)
            if ph.kind != "person":
                ph.kind = "person"
                ph.core = label
            # A turn label names a person even when it is one word in capitals.
            ph.person_label = True
            rule = "interview-label"
        found.append(Found(cs, pe, "direct", None, ph, rule))
    return found


def _interviewee(text: str, start: int, first_q: int) -> Phrase | None:
    m = _WITH.search(text, pos=start, endpos=first_q, timeout=_TIMEOUT)
    if m is None:
        return None
    ph = classify(m.group("name"), m.start("name"))
    return ph if ph.kind == "person" else None
