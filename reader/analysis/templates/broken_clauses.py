"""Reported speech split in two: broken by its cue ("The tolls will stay, Lind
said, because ..."), or two clauses of one verb ("said that A, and that B").

A quote split by its cue gives two claims with one speaker; reported speech
split the same way does too, when each side is a clause: the words before
the cue's comma are one claim, the words after the comma that follows the
speaker the other. A subject or a fronted adverbial alone before the cue
("The plan, Lind said, will fail", "Still, Lind said, ...") keeps the
sentence one claim, cue and all; words after the cue with no verb of their
own ("..., Lind said, with the money going to repairs") are the reporter's.
"""

from __future__ import annotations

from reader.analysis.templates.clauses import claim_kind
from reader.analysis.templates.cues import Found
from reader.analysis.text.finite import finite
from reader.analysis.text.quotes import Quote, inside_quote
from reader.analysis.text.tokens import tokens


def around_cue(text: str, quotes: list[Quote], qstarts: list[int], f: Found) -> list[Found]:
    """`f` as the claims on either side of its cue, when the cue sits inside it."""
    if f.cue is None or not f.start < f.cue[0] < f.end:
        return [f]
    head = f.cue[0] if f.speaker is None else min(f.cue[0], f.speaker.start)
    tail = f.cue[1] if f.speaker is None else max(f.cue[1], f.speaker.end)
    cut = text.rfind(",", f.start, head)
    resume = text.find(",", tail, f.end)
    if cut < 0 or resume < 0 or text[cut:head].strip(", ") or "\n" in text[f.start : f.end]:
        return [f]
    resume += 1
    while resume < f.end and text[resume] in " \t":
        resume += 1
    if not finite(tokens(text, f.start, cut)):
        # "The company, Lind said, will close", "Still, Lind said, ...": a subject
        # or a fronted adverbial alone says nothing; the sentence stays one claim.
        return [f]
    after = _part(quotes, qstarts, f, resume, f.end)
    first = _part(quotes, qstarts, f, f.start, cut)
    # "..., Aalto said, with production moving to ...": no clause after the cue is
    # the reporter's addition, not a second claim.
    rest = tokens(text, resume, f.end)
    if not rest or not finite(rest) or (rest[0].low.endswith("ing") and rest[0].text.islower()):
        # "..., Lind said, adding that ...": the participle reports a claim of its own.
        return [first]
    return [first, after]


def _part(quotes: list[Quote], qstarts: list[int], f: Found, start: int, end: int) -> Found:
    kind = claim_kind(quotes, qstarts, start, end)
    return Found(start, end, kind, f.cue, f.speaker, f.rule, f.inherit, f.sourceless)


def split_that(text: str, quotes: list[Quote], qstarts: list[int], f: Found) -> list[Found]:
    """`said that A, and that B`: two reported clauses, two claims, one speaker."""
    cut = text.find(", and that ", f.start, f.end)
    if cut < 0 or inside_quote(quotes, qstarts, cut):
        return [f]
    second = cut + len(", and that ")
    if f.end - second < 3:
        return [f]
    first = Found(f.start, cut, claim_kind(quotes, qstarts, f.start, cut), f.cue, f.speaker, f.rule)
    rest = Found(
        second, f.end, claim_kind(quotes, qstarts, second, f.end), f.cue, f.speaker, f.rule
    )
    return [first, *split_that(text, quotes, qstarts, rest)]
