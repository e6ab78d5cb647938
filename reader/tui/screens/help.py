"""The help screen (`?`, `f1`): every key, as currently bound, and the mouse.

Keys are read from the bindings themselves, with the app's keymap applied, so
a remapped key shows up here under its new name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

#: Sections of the help screen: a title and the bindings listed under it.
Section = tuple[str, Sequence[BindingType]]

MOUSE = (
    ("click a claim", "select it"),
    ("click", "a statement in the panel: jump to it"),
    ("wheel", "scroll"),
    ("ctrl+p", "command palette: jump to a figure or claim, switch theme"),
)

_NAMES = {
    "down": "↓",
    "up": "↑",
    "left": "←",
    "right": "→",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "question_mark": "?",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "slash": "/",
    "escape": "esc",
    "enter": "enter",
    "space": "space",
}


def key_names(keys: str) -> str:
    """`j,down` as `j ↓`; single characters and names read as a user types them."""
    out = []
    for key in keys.split(","):
        key = key.strip()
        out.append(_NAMES.get(key, key))
    return "  ".join(out)


def _bindings(items: Iterable[BindingType]) -> list[Binding]:
    return [b for b in items if isinstance(b, Binding)]


def help_table(sections: Sequence[Section], keymap: Mapping[str, str]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(justify="right", no_wrap=True, width=14)
    table.add_column(ratio=1)
    for title, bindings in sections:
        table.add_row("", "")
        table.add_row(Text(""), Text(title, style="bold underline"))
        for binding in _bindings(bindings):
            keys = keymap.get(binding.id or "", binding.key)
            what = binding.tooltip or binding.description
            what = what[:1].upper() + what[1:]
            table.add_row(Text(key_names(keys), style="bold"), Text(what))
    table.add_row("", "")
    table.add_row(Text(""), Text("Mouse and palette", style="bold underline"))
    for what, does in MOUSE:
        table.add_row(Text(what, style="bold"), Text(does))
    return table


class HelpScreen(ModalScreen[None]):
    """A scrollable list of every key; any of its close keys returns."""

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        & #help-body {
            width: 80;
            max-width: 100%;
            height: 90%;
            border: round $primary;
            background: $surface;
            padding: 0 2;
        }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="close_help"),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
        Binding("g,home", "scroll_to(0)", "Top", show=False),
        Binding("G,end", "scroll_to(1)", "Bottom", show=False),
    ]

    def __init__(self, sections: Sequence[Section], keymap: Mapping[str, str]) -> None:
        super().__init__()
        self._sections = sections
        self._keymap = keymap

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys"
            body.border_subtitle = "esc closes"
            yield Static(help_table(self._sections, self._keymap), id="help-table")

    def action_scroll_to(self, end: int) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        if end:
            body.scroll_end(animate=False)
        else:
            body.scroll_home(animate=False)

    def action_scroll(self, direction: int) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_relative(y=direction, animate=False)
