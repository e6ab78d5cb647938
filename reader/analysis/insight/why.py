"""Why: how one claim's attribution was decided, in plain words.

The rule that found the claim (from the catalogue), its cue, the speaker
mention, and the steps from that mention to the figure: a back-reference
("he", "the source") is followed back to the mention it stands for, with
its paragraph, so the reader can check each link. A claim without a
resolved speaker says "speaker unknown" rather than guess.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from reader.analysis.model import Analysis, Claim, Span
from reader.analysis.rules import CATALOGUE
from reader.paragraphs import paragraph_offsets

UNKNOWN = "speaker unknown"
#: How far back a chain of back-references is followed.
_MAX_LINKS = 8


@dataclass(frozen=True, slots=True)
class Why:
    """One claim's attribution, explained."""

    rule: str
    #: "direct quote" or "reported speech".
    family: str
    #: The rule's one-line description from the catalogue.
    description: str
    cue: Span | None
    speaker: Span | None
    #: From the speaker mention to the figure: "‘he’ (paragraph 5)",
    #: "‘a source close to the company’ (paragraph 3)", "source close to the company #1";
    #: just ("speaker unknown",) when nobody was found.
    steps: tuple[str, ...]
    #: The resolver's own words for the last link ("pronoun 'he' -> ...").
    resolution: str

    @property
    def known(self) -> bool:
        return self.steps != (UNKNOWN,)


def _is_backref(claim: Claim) -> bool:
    how = claim.resolution
    return "->" in how or how.startswith("inherited")


class Explainer:
    """Explains the claims of one analysis; paragraphs and each figure's
    claims are indexed once, so explaining every claim stays linear."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.paragraphs = paragraph_offsets(analysis.text, 0)[0]
        #: Each figure's claims in text order, and their starts (for bisect).
        self.by_figure: dict[str, list[Claim]] = {}
        self.starts: dict[str, list[int]] = {}
        for claim in analysis.claims:
            if claim.figure is not None:
                self.by_figure.setdefault(claim.figure, []).append(claim)
                self.starts.setdefault(claim.figure, []).append(claim.start)

    def __call__(self, claim: Claim) -> Why:
        info = CATALOGUE.get(claim.rule)  # type: ignore[call-overload]
        return Why(
            rule=claim.rule,
            family=info.family if info is not None else "",
            description=info.description if info is not None else claim.rule,
            cue=claim.cue,
            speaker=claim.speaker,
            steps=self._steps(claim),
            resolution=claim.resolution,
        )

    def mention(self, span: Span) -> str:
        paragraph = max(1, bisect_right(self.paragraphs, span.start))
        return f"‘{' '.join(span.text.split())}’ (paragraph {paragraph})"

    def _steps(self, claim: Claim) -> tuple[str, ...]:
        if claim.figure is None:
            return (UNKNOWN,)
        steps: list[str] = []
        if claim.speaker is not None:
            steps.append(self.mention(claim.speaker))
        elif claim.cue is None:
            steps.append("no cue: continues the quote before")
        chain = self.by_figure.get(claim.figure, [])
        k = bisect_right(self.starts.get(claim.figure, []), claim.start) - 2
        current, links = claim, 0
        while _is_backref(current) and k >= 0 and links < _MAX_LINKS:
            current, k, links = chain[k], k - 1, links + 1
            if current.speaker is not None and not _is_backref(current):
                steps.append(self.mention(current.speaker))
        steps.append(claim.figure)
        return tuple(dict.fromkeys(steps))


def explain(analysis: Analysis, claim: Claim) -> Why:
    """The why of one claim of `analysis` (use `Explainer` for many)."""
    return Explainer(analysis)(claim)
