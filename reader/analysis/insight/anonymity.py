"""Anonymity: the reason an article gives for not naming a source, if any.

The reason follows a small set of phrases that take a source off the
record ("spoke on condition of anonymity because ...", "asked not to be
named for fear of ...", "whose name was withheld because ...") or is one on
its own ("was not authorised to speak publicly"). Each reason belongs to
the unnamed source named in its sentence, or else to the one that spoke
just before it ("A banker said ... He spoke on condition of anonymity
because ...").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

import regex

from reader.analysis.insight.stretches import Stretches
from reader.analysis.model import Claim, Span

_STOP = r"[^.;,:!?—–()\"“”\n]"
_MARKER = (
    r"(?:on\s+(?:the\s+)?condition\s+(?:of\s+"
    # "on condition that he not be named", "... that they were not identified".
    r"|(?:that\s+)?(?:[\w'’]+\s+){1,3}?(?:not|n['’]t)\s+(?:be\s+)?(?:named|identified)\s*"
    # "on the condition that neither he nor his firm be named".
    r"|that\s+neither\s+(?:[\w'’]+\s+){1,3}?nor\s+(?:[\w'’]+\s+){1,3}?be\s+(?:named|identified"
    r"|published)\s*"
    r")?(?:anonymity)?"
    r"|anonymously|on\s+background"
    # "a trust insider, unnamed because ...": only with the reason after it.
    r"|unnamed(?=\s*+,?\s*+(?:because|as|for\s+fear|since))"
    # "requested anonymity", "asking for anonymity", "was granted anonymity".
    r"|(?:request(?:ed|ing)?|ask(?:ed|ing)?\s+for|granted|given|insist(?:ed|ing)?\s+on"
    r"|in\s+exchange\s+for)\s+(?:the\s+)?anonymity"
    r"|not\s+to\s+be\s+(?:named|identified|quoted\s+by\s+name)"
    r"|(?:declined|refused)\s+to\s+be\s+(?:named|identified)"
    # "would not be named for fear of", "asked that neither of them be named", "asked
    # that his name be kept out of print".
    r"|would\s+not\s+be\s+(?:named|identified)"
    r"|(?:asked|requested)\s+that\s+(?:[\w'’]+\s+){1,3}?(?:not\s+)?be\s+(?:named|identified)"
    r"|names?\s+be\s+kept\s+out\s+of\s+(?:print|the\s+(?:paper|story|article|report))"
    r"|without\s+being\s+(?:named|identified)"
    # "agreed to speak only if they were not named", "would talk only if his name
    # was withheld", "only if her name was not used".
    r"|only\s+if\s+(?:[\w'’]+\s+){1,3}?(?:(?:was|were)\s+not\s+(?:named|identified|used"
    r"|published)|(?:was|were)\s+withheld)"
    r"|(?:not|n['’]t)\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)"
    r"|(?:asked|wanted|wished|preferred|requested)\s+to\s+(?:remain|stay)\s+anonymous"
    # "asked that her name be withheld", "that his identity be kept private".
    r"|(?:name|names|identity|identities)\s+(?:not\s+be\s+(?:used|published|disclosed|revealed)"
    r"|be\s+(?:withheld|kept\s+(?:private|secret|confidential))"
    r"|(?:is|was|were|are|has\s+been|have\s+been)\s+(?:being\s+)?(?:withheld|not\s+disclosed)))"
)
#: Words that may follow a marker before its reason: "not to be identified by
#: name because", "whose identity is being withheld by the Gazette because".
_AFTER_MARKER = (
    r"(?:\s+(?:by\s+name|publicly|in\s+(?:this|the)\s+(?:article|story|report)"
    r"|by\s+(?:the\s+)?(?-i:\p{Lu}[\w'’-]*+)(?:\s+(?-i:\p{Lu}[\w'’-]*+)){0,3}))?"
)
_BECAUSE = (
    r"(?:because|as(?!\s+(?:saying|telling|stating|writing|adding)\b)|since|for\s+fear|out\s+of\s+fear|fearing|citing|given|due\s+to"
    r"|owing\s+to|in\s+order\s+(?:not\s+)?to|so\s+as\s+(?:not\s+)?to|while|until|pending"
    # "so she could speak freely", "out of concern for her safety", "for her own
    # safety", "for security reasons", "saying she feared retaliation".
    r"|so\s+(?:that\s+)?(?:he|she|they|I|we)\s+(?:could|can|would|might)"
    r"|out\s+of\s+concern|for\s+(?:(?:his|her|their|its|my|our|own|personal)\s+)*(?:safety"
    r"|security|privacy|protection)\b|for\s+(?:[\w-]+\s+)?reasons"
    r"|saying\s+(?:that\s+)?(?:he|she|they)\s+(?:feared|fears|was\s+afraid|were\s+afraid"
    r"|worried|worries|could|would|might)"
    # "asked not to be identified discussing private talks"; "under the ground rules
    # of the briefing", "in line with ministry policy": a purpose or a rule.
    r"|discussing|describing|detailing|(?:speaking|talking)\s+about"
    r"|under|in\s+(?:line|keeping|accordance)\s+with|as\s+is\s+(?:customary|standard|usual)"
    # A purpose ("to speak freely", "to offer a frank assessment", "to candidly
    # describe"), not the one spoken to ("to reporters", "to the Gazette").
    r"|to\s+(?:(?-i:\p{Ll}+ly)\s+)?(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my"
    r"|your|him|them|me|us|you|it|reporters|journalists|media|press)\b)(?-i:\p{Ll}+))\b"
)
#: A marker and the reason after it (group "r"), or a reason on its own.
#: "anonymously after he told the judge he feared for his job": the reason is
#: what the source told the court or the reporter.
_TOLD_WHY = (
    r"(?:after|because|when)\s+(?:(?:he|she|they)\s+(?:told|said\s+to)\s+(?:the|a)\s+[\w-]+"
    r"|telling\s+(?:the|a)\s+[\w-]+)\s+(?:that\s+)?"
)
REASON = regex.compile(
    r"\b"
    + _MARKER
    + _AFTER_MARKER
    + r"\s*,?\s*(?:"
    + _TOLD_WHY
    + r")?(?P<r>"
    + _BECAUSE
    + _STOP
    + r"*+)"
    r"|\b" + _MARKER + r"\s*,?\s*" + _TOLD_WHY + r"(?P<r>(?:he|she|they)\s+"
    r"(?:feared|fears|was\s+afraid|were\s+afraid|is\s+afraid|are\s+afraid|worried|worries)"
    + _STOP
    + r"*+)"
    # "not authorized to speak", "wasn't authorized to comment".
    r"|(?P<r>(?:\bnot|\b(?:was|were|is|are|has|have|had)n['’]t)\s+(?:been\s+)?"
    r"(?:authori[sz]ed|permitted|allowed|cleared)\s+to\s+"
    r"(?:speak|talk|comment|discuss|disclose|brief|be\s+(?:named|quoted|identified))"
    + _STOP
    + r"*+)",
    regex.IGNORECASE,
)

#: Words one of which every match of `REASON` holds, and the characters none
#: holds (`_STOP` leaves them out, and the markers are words).
_WORDS = (
    "condition", "anonym", "background", "name", "identi", "authori", "permitted", "allowed",
    "cleared",
)  # fmt: skip
_BREAK = regex.compile(r"[.;:!?—–()\"“”]")
_BREAK_BACK = regex.compile(r"[.;:!?—–()\"“”]", regex.REVERSE)


def reasons(text: Stretches) -> list[Span]:
    """Every reason for anonymity in the text after its start, in order."""
    return [
        Span(m.start("r"), m.start("r") + len(m.group("r").rstrip()), m.group("r").rstrip())
        for lo, hi in text.around(_WORDS, _BREAK, _BREAK_BACK)
        for m in REASON.finditer(text.text, lo, hi, timeout=text.timeout)
    ]


def _before_cue(reason: Span, cues: Sequence[tuple[int, int]]) -> Span:
    """The reason up to the cue of the claim its source makes: "who requested
    anonymity to discuss the plans said the deal was close" gives "to discuss
    the plans"; in "because they said they feared reprisals" the one saying
    speaks inside the reason, which goes on."""
    k = bisect_right(cues, (reason.start, reason.start))
    for cue, speaker in cues[k:]:
        if cue >= reason.end:
            break
        if speaker < reason.start:
            text = reason.text[: cue - reason.start].rstrip(" ,")
            return Span(reason.start, reason.start + len(text), text) if text else reason
    return reason


def assign(
    found: Sequence[Span],
    claims: Sequence[Claim],
    anonymous: set[str],
    sentence_of: Callable[[int], tuple[int, int]],
    para_of: Callable[[int], int],
    text: str,
) -> dict[str, Span]:
    """Each unnamed source's first reason: the source named in the reason's
    sentence (as a claim's speaker, or by its description: "Four former
    employees, who spoke on condition of anonymity because ..., described an
    office ... They said ..."), else the unnamed source of the claim just
    before (same or previous paragraph)."""
    # By where the speaker is named (a quote's speaker comes after its words).
    spoken = sorted(
        (c.speaker.start, c.start, c.figure)
        for c in claims
        if c.speaker is not None and c.figure in anonymous
    )
    at = [sp for sp, _c, _f in spoken]
    cues = sorted((c.cue.start, c.speaker.start) for c in claims if c.cue and c.speaker)
    out: dict[str, Span] = {}
    for reason in (_before_cue(r, cues) for r in found):
        s, e = sentence_of(reason.start)
        inside = [(sp, f) for sp, _c, f in spoken[bisect_left(at, s) : bisect_left(at, e)]]
        k = bisect_right(at, reason.start) - 1
        figure: str | None
        if inside:
            before = [f for sp, f in inside if sp <= reason.start]
            figure = before[-1] if before else inside[0][1]
        elif (named := _described_before(text, s, reason.start, anonymous)) is not None:
            figure = named
        elif k >= 0 and para_of(reason.start) - para_of(spoken[k][1]) <= 1:
            figure = spoken[k][2]
        else:
            continue
        if figure is not None and figure not in out:
            out[figure] = reason
    return out


def _described_before(text: str, s: int, at: int, anonymous: set[str]) -> str | None:
    """The unnamed source whose description opens the words `text[s:at]`
    ("Four former employees, who spoke on condition ..."), if one does."""
    words = text[s:at].lstrip().casefold()
    for name in anonymous:
        description = name.split(" #", 1)[0].casefold()
        if " " in description and words.startswith((description, f"the {description}")):
            return name
    return None
