"""The reader's search: `/` opens the line, typing finds, enter keeps the matches, esc clears.

A mixin of the app, like `copying`: the matching itself is `Search` in
`widgets/navigation.py`; here are only the keys and what the widgets are told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Input

from reader.analysis.model import Claim
from reader.document import Document
from reader.tui.widgets.navigation import Search
from reader.tui.widgets.search import SearchBar, SearchInput
from reader.tui.widgets.status import StatusLine

if TYPE_CHECKING:
    from textual.app import App

    from reader.tui.widgets.article import ArticleView

    _AppBase = App[int]
else:
    _AppBase = object


class SearchActions(_AppBase):
    """Search keys over the reading state the app holds."""

    document: Document
    current: Claim | None
    search: Search

    if TYPE_CHECKING:  # the app's own, seen by the type checker only

        @property
        def article(self) -> ArticleView: ...

        def _show_status(self) -> None: ...

    async def action_search(self) -> None:
        """Open the search line (mounted on first use: most readings never search)."""
        view, current = self.article, self.current
        here = current is not None and view.in_view(current.start, current.end)
        self.search.begin(current.start if here and current else view.top_offset())
        bars = self.query(SearchBar)
        if bars:
            bar = bars.first()
        else:
            bar = SearchBar(id="search")
            await self.mount(bar, after=self.query_one(StatusLine))
        bar.open()
        self._show_status()

    def on_input_changed(self, event: Input.Changed) -> None:
        if isinstance(event.input, SearchInput):
            document = self.document
            self.search.update(document.text, event.value, document.body_start)
            self._show_matches()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if isinstance(event.input, SearchInput):
            self.search.accept()
            self._close_search()

    def on_search_input_cancelled(self, _: SearchInput.Cancelled) -> None:
        self.action_end_search()

    def action_end_search(self) -> None:
        self.search.clear()
        self._close_search()

    def _close_search(self) -> None:
        for bar in self.query(SearchBar):
            bar.close()
        self.article.focus()
        self._show_matches()

    def _step_match(self, direction: int) -> None:
        self.search.step(direction)
        self._show_matches()

    def _show_matches(self) -> None:
        search = self.search
        self.article.set_matches(search.matches, search.current)
        for bar in self.query(SearchBar):
            bar.set_count(search.current, len(search.matches), search.capped)
        self._show_status()
