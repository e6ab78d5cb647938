"""The search line opened by `/`: incremental, like less, with a match counter.

The app does the searching; this widget only collects the query and says
when it changed, was accepted (`enter`) or abandoned (`esc`).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Static


class SearchInput(Input):
    """An input whose `esc` abandons the search instead of leaving focus."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel search", show=False, id="cancel_search"),
    ]

    class Cancelled(Message):
        """The reader pressed esc in the search line."""

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())


class SearchBar(Horizontal):
    """`/` prompt, the query, and how many matches it has."""

    DEFAULT_CSS = """
    SearchBar {
        height: 1;
        background: $panel;
        display: none;
        & #search-prompt {
            width: 3;
            padding: 0 1;
        }
        & #search-input {
            width: 1fr;
            height: 1;
            border: none;
            padding: 0;
            background: $panel;
        }
        & #search-count {
            width: auto;
            min-width: 10;
            padding: 0 2;
        }
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(Text("/", style="bold"), id="search-prompt")
        yield SearchInput(placeholder="search the article", id="search-input")
        yield Static(Text(""), id="search-count")

    def open(self) -> None:
        self.display = True
        field = self.query_one(SearchInput)
        field.value = ""
        field.focus()

    def close(self) -> None:
        self.display = False

    def set_count(self, current: int | None, total: int, capped: bool) -> None:
        more = "+" if capped else ""
        if total == 0:
            label = Text("no match", style="dim")
        else:
            label = Text(f"{(current or 0) + 1}/{total}{more}")
        self.query_one("#search-count", Static).update(label)
