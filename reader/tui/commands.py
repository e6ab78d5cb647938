"""Command palette (`ctrl+p`): jump to any figure or any claim by typing, size the panel.

Names and quotes come from the article, so prompts are `Content` built from
plain text (the stock fuzzy highlighter would parse them as markup) and help
lines are escaped before the palette reads them as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from reader.analysis.model import SOURCE_TYPE_LABELS, Analysis

_QUOTE_CHARS = 70


def _short(text: str, limit: int = _QUOTE_CHARS) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class ClaimCommands(Provider):
    """Every figure (to its first claim) and every claim, as palette commands."""

    def _entries(self) -> Iterator[tuple[str, str, Callable[[], None]]]:
        app = self.app
        width: Callable[[int], None] | None = getattr(app, "action_panel_width", None)
        if width is not None:
            yield ("Figures panel: wider", "four columns more (key >)", partial(width, 4))
            yield ("Figures panel: narrower", "four columns fewer (key <)", partial(width, -4))
        analysis: Analysis | None = getattr(app, "analysis", None)
        jump: Callable[[int], None] | None = getattr(app, "jump_to_claim", None)
        if analysis is None or jump is None:
            return
        for figure in analysis.figures:
            if not figure.claims:
                continue
            words = SOURCE_TYPE_LABELS[figure.source_type]
            role = f"{figure.role}, " if figure.role else ""
            count = len(figure.claims)
            yield (
                f"Figure: {_short(figure.name, 50)}",
                f"{role}{words}; {count} claim{'s' if count != 1 else ''}",
                partial(jump, figure.claims[0]),
            )
        for claim in analysis.claims:
            who = claim.figure or (claim.speaker.text if claim.speaker else "speaker unknown")
            yield (
                f"Claim {claim.number}: {_short(claim.content)}",
                f"{claim.kind}, {_short(who, 40)} ({SOURCE_TYPE_LABELS[claim.source_type]})",
                partial(jump, claim.id),
            )

    async def discover(self) -> Hits:
        for prompt, help_text, command in self._entries():
            if prompt.startswith("Figure"):
                yield DiscoveryHit(Content(prompt), command, text=prompt, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for prompt, help_text, command in self._entries():
            score, offsets = matcher.fuzzy_search.match(matcher.query, prompt)
            if score <= 0:
                continue
            display = Content(prompt)
            for offset in offsets:
                display = display.stylize(matcher.match_style, offset, offset + 1)
            yield Hit(score, display, command, text=prompt, help=escape(help_text))
