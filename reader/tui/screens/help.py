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

from reader.analysis.model import SOURCE_TYPE_LABELS, SOURCE_TYPES, Kind, SourceType
from reader.tui.widgets.palette import ClaimStyles

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
    "less_than_sign": "<",
    "greater_than_sign": ">",
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


#: What each source type covers, in the order of keys 1-5.
TYPE_NOTES: dict[SourceType, str] = {
    "named_person": "a person the article names",
    "anonymous": "a person or group it does not name, or no stated source",
    "institution": "a body speaking as one: ministry, company, police, officials",
    "media": "another outlet or publication",
    "document": "a report, filing, poll or data speaking for itself",
}
_TYPE_WORDS: dict[SourceType, str] = {
    "named_person": "named",
    "anonymous": "anonymous",
    "institution": "institution",
    "media": "media",
    "document": "document",
}


def _colour_rows(table: Table, styles: ClaimStyles) -> None:
    """How to read the colours: types, kinds, the marks, the panel and the key row."""
    table.add_row("", "")
    table.add_row(Text(""), Text("How to read the colours", style="bold underline"))
    for number, source_type in enumerate(SOURCE_TYPES, start=1):
        key = Text(f"{number} ")
        key.append("■ ", style=styles.colour(source_type))
        key.append(_TYPE_WORDS[source_type], style=styles.claim(source_type, "direct"))
        what = Text(SOURCE_TYPE_LABELS[source_type], style="bold")
        what.append(f": {TYPE_NOTES[source_type]} (key {number} hides or shows it)")
        table.add_row(key, what)
    sample = SOURCE_TYPES[0]
    kinds: tuple[tuple[Kind, str], ...] = (
        ("direct", "direct: the source's own words, inside quotation marks"),
        ("indirect", "indirect: reported speech, the reporter's words for what was said"),
        ("mixed", "mixed: reported speech that quotes some of the source's words"),
    )
    for kind, meaning in kinds:
        table.add_row(Text(kind, style=styles.claim(sample, kind)), Text(meaning))
    table.add_row(Text("speaker", style=styles.speaker(sample)), Text("who says it, where named"))
    table.add_row(Text("▌"), Text("beside the current claim, whose words have a background"))
    table.add_row(
        Text("mentioned only"),
        Text("in the panel: people and bodies the article names who make no claim"),
    )
    table.add_row(
        Text("key row"),
        Text("the main keys, at the foot; the status line above it says where you are"),
    )


def _bindings(items: Iterable[BindingType]) -> list[Binding]:
    return [b for b in items if isinstance(b, Binding)]


def help_table(
    sections: Sequence[Section], keymap: Mapping[str, str], styles: ClaimStyles | None = None
) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(justify="right", no_wrap=True, width=15)
    table.add_column(ratio=1)
    if styles is not None:
        _colour_rows(table, styles)
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

    def __init__(
        self,
        sections: Sequence[Section],
        keymap: Mapping[str, str],
        styles: ClaimStyles | None = None,
    ) -> None:
        super().__init__()
        self._sections = sections
        self._keymap = keymap
        self._styles = styles

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Help"
            body.border_subtitle = "esc closes"
            table = help_table(self._sections, self._keymap, self._styles)
            yield Static(table, id="help-table")

    def action_scroll_to(self, end: int) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        if end:
            body.scroll_end(animate=False)
        else:
            body.scroll_home(animate=False)

    def action_scroll(self, direction: int) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_relative(y=direction, animate=False)
