"""The reader's sourcing-insight keys: `w` explains a claim, `L` marks loaded cues, `s` sums up.

A mixin of the app, like `copying`: the screens and their texts are in
`screens/insight.py` and imported at the first use of a key, since the first
screen of the reader needs none of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.analysis.model import Analysis, Claim

if TYPE_CHECKING:
    from textual.app import App

    from reader.tui.widgets.article import ArticleView

    _AppBase = App[int]
else:
    _AppBase = object


class InsightActions(_AppBase):
    """Insight keys over the reading state the app holds."""

    analysis: Analysis | None
    current: Claim | None
    _loaded_shown: bool

    if TYPE_CHECKING:  # the app's own, seen by the type checker only

        @property
        def article(self) -> ArticleView: ...

    def action_why(self) -> None:
        # the insight screens and their analysis are imported on first use, not at start-up
        from reader.tui.screens.insight import WhyScreen

        if self.analysis is None or self.current is None:
            self.notify("Select a claim first (n), then w explains it.", timeout=3)
            return
        self.push_screen(WhyScreen(self.analysis, self.current))

    def action_toggle_loaded(self) -> None:
        from reader.tui.screens.insight import loaded_marks

        self._loaded_shown = not self._loaded_shown
        message = loaded_marks(self.analysis if self._loaded_shown else None)
        self.article.set_loaded(message[1])
        self.notify(message[0] if self._loaded_shown else "Loaded cues unmarked.", timeout=3)

    def action_sourcing(self) -> None:
        from reader.tui.screens.insight import SourcingScreen

        if self.analysis is not None:
            self.push_screen(SourcingScreen(self.analysis))
