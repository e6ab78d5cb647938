"""The claim model shared by every consumer: plain, frozen data with offsets.

Offsets are character indices into the loaded text (the whole input after
decoding and normalisation, front matter included), so any consumer can
slice the text and get back exactly what the analysis saw.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Literal, get_args

SourceType = Literal["named_person", "anonymous", "institution", "media", "document"]
Kind = Literal["direct", "indirect", "mixed"]
#: How the cue frames the claim: neutral ("said") or loaded, by kind.
Stance = Literal["neutral", "doubt", "concession", "insistence", "denial", "emotive"]
#: How the source spoke, when the text says so.
Channel = Literal[
    "statement",
    "interview",
    "told_outlet",
    "press_conference",
    "social_media",
    "email",
    "court_filing",
    "testimony",
    "report",
]

#: Source types in the order the UI numbers them (keys 1-5) and lists them.
SOURCE_TYPES: tuple[SourceType, ...] = get_args(SourceType)
KINDS: tuple[Kind, ...] = get_args(Kind)
STANCES: tuple[Stance, ...] = get_args(Stance)
CHANNELS: tuple[Channel, ...] = get_args(Channel)

#: Source types in words, for the status line, the panel and citations.
SOURCE_TYPE_LABELS: dict[SourceType, str] = {
    "named_person": "named person",
    "anonymous": "anonymous source",
    "institution": "institution",
    "media": "media outlet",
    "document": "document",
}


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the loaded text: `text == loaded[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement the article attributes to a source."""

    id: int
    start: int
    end: int
    content: str
    kind: Kind
    cue: Span | None
    speaker: Span | None
    #: Canonical name of the figure (unique within an analysis), or None
    #: when the text names no source.
    figure: str | None
    source_type: SourceType
    #: How the claim was found (the rule or template), for the "why" view.
    rule: str = ""
    #: How the speaker was resolved to the figure ("named", "pronoun 'she'
    #: -> Jane Doe", "inherited from claim 3", ...).
    resolution: str = ""
    #: The cue's framing: "neutral", or the kind of loaded verb it is.
    stance: Stance = "neutral"
    #: How the source spoke ("statement", "interview", ...), None when unsaid.
    channel: Channel | None = None
    #: The outlet the claim reached the article through ("according to a
    #: source who spoke to Verstka"), as written; None when it came direct.
    via: str | None = None

    @property
    def number(self) -> int:
        """What a user sees: claims count from 1 in the reader, the export and `--cite`.

        `id` stays the index into `Analysis.claims` (and `Figure.claims`).
        """
        return self.id + 1

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.content)


@dataclass(frozen=True, slots=True)
class Figure:
    """A named person or body in the article, or one distinct unnamed source."""

    name: str
    aliases: tuple[str, ...]
    role: str | None
    source_type: SourceType
    #: Ids of the claims linked to this figure, in reading order.
    claims: tuple[int, ...] = ()
    #: Every mention found in the text (name, alias, resolved back-reference).
    mentions: tuple[Span, ...] = ()
    #: "declined to comment" and the like: recorded, never counted as claims.
    no_comment: tuple[Span, ...] = ()
    #: For an unnamed source: the words that say why it is not named, or
    #: None when the article gives no reason (always None for named figures).
    anonymity: Span | None = None


Stage = Literal["analysis", "mentions", "paragraph", "sentence", "speaker", "no-comment", "insight"]


@dataclass(frozen=True, slots=True)
class Problem:
    """Something the analysis could not do, recorded instead of raised (`errors="record"`).

    The result around it is still whole: a failed paragraph loses its own
    claims, a failed speaker leaves that one claim's source unknown.
    """

    #: The step that failed.
    stage: Stage
    #: Where in the text, when the failure belongs to a place (a paragraph,
    #: a claim); None for the text as a whole.
    start: int | None
    #: The exception's class name ("TimeoutError", "ValueError", ...), or
    #: "LimitReached" where a bound of the analysis left part of the text unread.
    error: str
    #: What failed and what was lost, in words, one line.
    message: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the analysis found in one text, and anything it failed to do."""

    text: str
    claims: tuple[Claim, ...]
    figures: tuple[Figure, ...]
    #: Failures recorded under `errors="record"`; empty when all went well.
    problems: tuple[Problem, ...] = ()
    _by_name: dict[str, Figure] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {f.name: f for f in self.figures})

    def figure(self, name: str | None) -> Figure | None:
        """The figure with this canonical name, if any."""
        return None if name is None else self._by_name.get(name)

    def claims_of(self, name: str) -> tuple[Claim, ...]:
        """The claims linked to one figure, in reading order."""
        return tuple(c for c in self.claims if c.figure == name)

    def count_by_source_type(self) -> dict[str, int]:
        """Claims per source type, only the types that occur."""
        counts = Counter(c.source_type for c in self.claims)
        return {t: counts[t] for t in SOURCE_TYPES if counts[t]}
