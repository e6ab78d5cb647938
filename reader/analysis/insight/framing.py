"""The channel a claim takes from a sentence around it that holds no claim.

"In an interview with the broadcaster NRV, Solberg-Rey stopped short of an
ultimatum. 'I am not going to ...,' she said." and "Anita Sandhu read a
statement on behalf of both families. 'Our sons were locked in,' she said.":
the sentence before frames the quote, names its speaker and says how she
spoke, yet reports nothing itself. "The delegation said it would send a
team. Its statement did not mention the clause.": the sentence after names
the medium of the same words. A sentence that holds a claim of its own
frames only that claim: a later quote does not inherit its channel.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

import regex

from reader.analysis.insight.channel import PLATFORMS, Outlet, channel_of
from reader.analysis.insight.via import via_of
from reader.analysis.limits import SHORT_TIMEOUT
from reader.analysis.model import Analysis, Channel, Claim
from reader.analysis.text.segments import Segments

#: The channels a frame can give. A report or a filing framing a quote is the
#: subject of the sentence, not how the speaker spoke; so may a post be ("she
#: posted a video of the rally", "the weekend's tweet drew criticism"), so a post
#: frames only as the place the speaker spoke (`_SPOKE_ONLINE`).
_FRAMES: frozenset[Channel] = frozenset(
    {"interview", "statement", "press_conference", "told_outlet", "testimony", "social_media"}
)
#: "rejected the claims in a post on social media", "hit back on Twitter",
#: "tweeted": where the speaker said it, not a post the sentence is about.
_SPOKE_ONLINE = regex.compile(
    r"\b(?:in|on|via)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?-i:post|tweet)\b"
    r"|\bon\s+(?:social\s+media|" + PLATFORMS + r")\b|\btweeted\b",
    regex.IGNORECASE,
)
#: "Its statement did not mention ...": the words the claim's sentence said, named.
_NAMED_AFTER = regex.compile(
    r"(?:Its|His|Her|Their|The)\s+(?:(?:written|emailed|brief|short|later)\s+)?"
    r"(?P<noun>statement|post|tweet|e-?mail)\b"
)
#: The words `_NAMED_AFTER` opens with.
_NAMED_AFTER_OPENERS = ("Its", "His", "Her", "Their", "The")
_NOUN_CHANNEL: dict[str, Channel] = {
    "statement": "statement",
    "post": "social_media",
    "tweet": "social_media",
    "email": "email",
    "e-mail": "email",
}


class Framing:
    """The sentences of one article that hold no claim, and who they mention."""

    def __init__(self, analysis: Analysis, seg: Segments) -> None:
        self.seg = seg
        self.text = analysis.text
        spans = sorted((c.start, c.end) for c in analysis.claims)
        self.starts = [s for s, _e in spans]
        self.ends = [e for _s, e in spans]
        self.mentions = {
            f.name: sorted(m.start for m in f.mentions) for f in analysis.figures if f.claims
        }

    def _quiet(self, s: int, e: int) -> bool:
        """No claim starts, ends or runs in `text[s:e]`."""
        k = bisect_left(self.starts, e) - 1
        return k < 0 or self.ends[k] <= s

    def _mentions(self, figure: str | None, s: int, e: int) -> bool:
        at = self.mentions.get(figure or "", [])
        k = bisect_left(at, s)
        return k < len(at) and at[k] < e

    def before(
        self, claim: Claim, outlet: Outlet, own: Callable[[str], bool], person: bool
    ) -> tuple[Channel | None, str | None]:
        """The channel and outlet of the sentence before the claim, when that
        sentence, in the same paragraph, holds no claim and names its figure."""
        first = self.seg.sentence_bounds(claim.start)[0]
        if first == 0 or claim.cue is None:
            return None, None
        s, e = self.seg.sentence_bounds(first - 1)
        if not self._mentions(claim.figure, s, e) or not self._quiet(s, e):
            return None, None
        if self.seg.para_of(s) != self.seg.para_of(claim.start):
            return None, None
        pieces = [(s, self.text[s:e])]
        channel = channel_of(pieces, outlet, person)
        if channel not in _FRAMES:
            return None, None
        if channel == "social_media" and not _SPOKE_ONLINE.search(
            pieces[0][1], timeout=SHORT_TIMEOUT
        ):
            return None, None
        return channel, via_of(pieces, outlet, own, None)

    def after(self, claim: Claim) -> Channel | None:
        """The channel the next sentence names for the claim's words ("Its statement
        did not mention ..."), when it holds no claim of its own."""
        if claim.cue is None:
            return None
        end = self.seg.sentence_bounds(max(claim.start, claim.end - 1))[1]
        text = self.text
        while end < len(text) and text[end] in " \t":
            end += 1
        if end >= len(text) or self.seg.para_of(end) != self.seg.para_of(claim.start):
            return None
        if not text.startswith(_NAMED_AFTER_OPENERS, end):
            return None  # most next sentences open otherwise: no pattern call
        m = _NAMED_AFTER.match(text, end, min(len(text), end + 40), timeout=SHORT_TIMEOUT)
        if m is None:
            return None
        s, e = self.seg.sentence_bounds(end)
        if s != end or not self._quiet(s, e):
            return None
        return _NOUN_CHANNEL[m.group("noun").casefold()]
