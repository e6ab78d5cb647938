"""The why panel (`w`) and the sourcing summary screen (`s`): modal, text only, esc closes."""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.analysis.model import Analysis, Claim
from reader.tui.screens.insight_text import sourcing_text, why_text

_CSS = """
{name} {{
    align: center middle;
    & VerticalScroll {{
        width: 100;
        max-width: 100%;
        height: auto;
        max-height: 90%;
        border: round $primary;
        background: $surface;
        padding: 0 2;
    }}
}}
"""


def loaded_marks(analysis: Analysis | None) -> tuple[str, list[tuple[int, int]]]:
    """The loaded cues of an analysis as spans to mark, and a line saying what they are."""
    if analysis is None:
        return "", []
    loaded = [c for c in analysis.claims if c.stance != "neutral" and c.cue is not None]
    spans = [(c.cue.start, c.cue.end) for c in loaded if c.cue is not None]
    if not spans:
        return "No loaded reporting verbs in this article.", []
    kinds = Counter(c.stance for c in loaded)
    words = ", ".join(f"{n} {kind}" for kind, n in kinds.most_common())
    return f"{len(spans)} loaded cues marked: {words}.", spans


class _TextScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss", "Close", id="close_insight"),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
    ]
    TITLE_TEXT = ""

    def __init__(self, body: Static) -> None:
        super().__init__()
        self._body = body

    def compose(self) -> ComposeResult:
        with VerticalScroll() as box:
            box.border_title = self.TITLE_TEXT
            box.border_subtitle = "esc closes"
            yield self._body

    def action_scroll(self, direction: int) -> None:
        self.query_one(VerticalScroll).scroll_relative(y=direction, animate=False)


class WhyScreen(_TextScreen):
    """Why this claim was attributed as it is."""

    DEFAULT_CSS = _CSS.format(name="WhyScreen")
    BINDINGS: ClassVar[list[BindingType]] = [
        *_TextScreen.BINDINGS,
        Binding("w", "dismiss", "Close", show=False),
    ]
    TITLE_TEXT = "Why this attribution"

    def __init__(self, analysis: Analysis, claim: Claim) -> None:
        super().__init__(Static(why_text(analysis, claim), id="why-body"))


class SourcingScreen(_TextScreen):
    """How the whole article is sourced."""

    DEFAULT_CSS = _CSS.format(name="SourcingScreen")
    BINDINGS: ClassVar[list[BindingType]] = [
        *_TextScreen.BINDINGS,
        Binding("s", "dismiss", "Close", show=False),
    ]
    TITLE_TEXT = "Sourcing summary"

    def __init__(self, analysis: Analysis) -> None:
        super().__init__(Static(sourcing_text(analysis), id="sourcing-body"))
