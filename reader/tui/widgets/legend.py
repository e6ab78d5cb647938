"""The legend: the five source-type colours, their keys, and which are hidden.

Colour is never the only signal, so every swatch carries its name in words,
and the kinds (direct, indirect, mixed) are shown with their own styling.
"""

from __future__ import annotations

from collections.abc import Collection

from rich.style import Style
from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets import Static

from reader.analysis.model import SOURCE_TYPE_LABELS, SOURCE_TYPES, SourceType
from reader.tui.widgets.palette import ClaimStyles


def legend_text(styles: ClaimStyles, hidden: Collection[SourceType]) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    for number, source_type in enumerate(SOURCE_TYPES, start=1):
        if number > 1:
            text.append("\n")
        text.append(f"{number} ", style="bold")
        label = SOURCE_TYPE_LABELS[source_type]
        if source_type in hidden:
            text.append("■ ", style=Style(dim=True))
            text.append(label, style=Style(dim=True, strike=True))
            text.append("  hidden", style=Style(dim=True, italic=True))
        else:
            text.append("■ ", style=styles.colour(source_type))
            # the type's own text style too: the monochrome theme tells types apart by it
            text.append(label, style=styles.claim(source_type, "direct"))
    sample = SOURCE_TYPES[0]
    text.append("\n")
    text.append("direct", style=styles.claim(sample, "direct"))
    text.append("  ")
    text.append("indirect", style=styles.claim(sample, "indirect"))
    text.append("  ")
    text.append("mixed", style=styles.claim(sample, "mixed"))
    text.append("  ")
    text.append("speaker", style=styles.speaker(sample))
    return text


class Legend(Static):
    """Swatches with names; keys 1-5, or a click on a row, show or hide a type."""

    class Toggle(Message):
        """Show or hide the source type on this row (0-4, as keys 1-5)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(
        self, styles: ClaimStyles, hidden: Collection[SourceType] = (), **kwargs: str | None
    ) -> None:
        text = legend_text(styles, hidden)
        super().__init__(text, markup=False, **kwargs)  # type: ignore[arg-type]

    def set_state(self, styles: ClaimStyles, hidden: Collection[SourceType]) -> None:
        self.update(legend_text(styles, hidden))

    def on_click(self, event: events.Click) -> None:
        point = event.get_content_offset(self)
        if point is not None and 0 <= point.y < len(SOURCE_TYPES):
            self.post_message(self.Toggle(point.y))
