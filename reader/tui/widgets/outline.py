"""A small collapsible outline drawn with the Line API, for the figures panel.

Textual's Tree costs more to start and to redraw than the rest of the reader
together, and a book can name thousands of figures; this draws only the rows
on screen, caches them, and redraws just the two rows a cursor move touches.
Labels are `Text` built by the caller, never markup.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

T = TypeVar("T")

#: Columns of indentation per level, and the width of the open/closed mark.
INDENT = 2
MARK = 2


@dataclass(eq=False, slots=True)
class Node(Generic[T]):
    """One row of the outline and the rows under it."""

    label: Text
    data: T
    children: list[Node[T]] = field(default_factory=list)
    expanded: bool = False

    def add(self, label: Text, data: T, expanded: bool = False) -> Node[T]:
        child = Node(label, data, expanded=expanded)
        self.children.append(child)
        return child


class Outline(ScrollView, Generic[T], can_focus=True):
    """Rows of nodes; `enter` or a click selects, `space` or the mark opens and closes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor(1)", "Next row", show=False, id="panel_down"),
        Binding("k,up", "cursor(-1)", "Previous row", show=False, id="panel_up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="panel_page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="panel_page_up"),
        Binding("g,home", "cursor_to(0)", "First row", show=False, id="panel_first"),
        Binding("G,end", "cursor_to(-1)", "Last row", show=False, id="panel_last"),
        Binding(
            "enter",
            "select",
            "Jump to the statement, or the figure's first claim",
            show=False,
            id="panel_select",
        ),
        Binding(
            "space", "toggle_node", "Open or close a figure or group", show=False, id="panel_toggle"
        ),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"outline--cursor", "outline--cursor-blurred"}
    DEFAULT_CSS = """
    Outline { overflow-x: hidden; }
    Outline > .outline--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: $block-cursor-text-style;
    }
    Outline > .outline--cursor-blurred { background: $primary 25%; }
    """

    class Selected(Message):
        """A row was chosen with enter or a click."""

        def __init__(self, node: Node[Any]) -> None:
            super().__init__()
            self.node = node

    def __init__(self, **kwargs: str | None) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.roots: list[Node[T]] = []
        self._rows: list[tuple[int, Node[T]]] = []
        self._where: dict[int, int] = {}
        self.cursor = 0
        self._cache: dict[int, Strip] = {}

    # -- content ------------------------------------------------------------

    def set_roots(self, roots: Sequence[Node[T]]) -> None:
        self.roots = list(roots)
        self.cursor = 0
        self._flatten()

    def _flatten(self, keep: Node[T] | None = None) -> None:
        rows: list[tuple[int, Node[T]]] = []

        def walk(nodes: Sequence[Node[T]], depth: int) -> None:
            for node in nodes:
                rows.append((depth, node))
                if node.expanded and node.children:
                    walk(node.children, depth + 1)

        walk(self.roots, 0)
        self._rows = rows
        self._where = {id(node): i for i, (_, node) in enumerate(rows)}
        if keep is not None and id(keep) in self._where:
            self.cursor = self._where[id(keep)]
        self.cursor = max(0, min(self.cursor, len(rows) - 1))
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(rows))
        self.refresh(layout=True)  # an auto height follows the rows

    @property
    def line_count(self) -> int:
        return len(self._rows)

    def node_at(self, line: int) -> Node[T] | None:
        return self._rows[line][1] if 0 <= line < len(self._rows) else None

    @property
    def cursor_node(self) -> Node[T] | None:
        return self.node_at(self.cursor)

    def line_of(self, node: Node[T]) -> int | None:
        """Where a node is drawn, or None while a closed parent hides it."""
        return self._where.get(id(node))

    def nodes(self) -> Iterator[Node[T]]:
        """Every node, open or not, in outline order."""
        stack = list(reversed(self.roots))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def toggle_node(self, node: Node[T]) -> None:
        if node.children:
            node.expanded = not node.expanded
            self._flatten(keep=self.cursor_node)

    def open_node(self, node: Node[T]) -> None:
        if node.children and not node.expanded:
            self.toggle_node(node)

    def move_cursor(self, node: Node[T]) -> None:
        line = self.line_of(node)
        if line is not None:
            self._set_cursor(line)

    def _set_cursor(self, line: int) -> None:
        if not self._rows:
            return
        line = max(0, min(line, len(self._rows) - 1))
        old, self.cursor = self.cursor, line
        for row in (old, line):
            self._cache.pop(row, None)
            self.refresh_line(row)
        height = max(1, self.scrollable_content_region.height)
        if line < self.scroll_y:
            self.scroll_to(y=line, animate=False, force=True)
        elif line >= self.scroll_y + height:
            self.scroll_to(y=line - height + 1, animate=False, force=True)

    # -- keys and mouse --------------------------------------------------------

    def action_cursor(self, step: int) -> None:
        self._set_cursor(self.cursor + step)

    def action_cursor_to(self, line: int) -> None:
        self._set_cursor(line if line >= 0 else len(self._rows) - 1)

    def action_page(self, direction: int) -> None:
        self._set_cursor(self.cursor + direction * max(1, self.scrollable_content_region.height))

    def action_select(self) -> None:
        node = self.cursor_node
        if node is not None:
            self.post_message(self.Selected(node))

    def action_toggle_node(self) -> None:
        node = self.cursor_node
        if node is not None:
            self.toggle_node(node)

    def on_click(self, event: events.Click) -> None:
        point = event.get_content_offset(self)
        if point is None:
            return
        line = int(self.scroll_y) + point.y
        node = self.node_at(line)
        if node is None:
            return
        depth = self._rows[line][0]
        self._set_cursor(line)
        if node.children and depth * INDENT <= point.x < depth * INDENT + MARK:
            self.toggle_node(node)
        else:
            self.post_message(self.Selected(node))

    def on_focus(self) -> None:
        self._forget_cursor()

    def on_blur(self) -> None:
        self._forget_cursor()

    def _forget_cursor(self) -> None:
        self._cache.pop(self.cursor, None)
        self.refresh_line(self.cursor)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def on_resize(self) -> None:
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._rows))

    # -- drawing ---------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        line = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        strip = self._cache.get(line)
        if strip is None:
            strip = self._draw_row(line, width)
            self._cache[line] = strip
        return strip

    def _draw_row(self, line: int, width: int) -> Strip:
        base = self.rich_style
        if not 0 <= line < len(self._rows):
            return Strip.blank(width, base)
        depth, node = self._rows[line]
        mark = ("▾ " if node.expanded else "▸ ") if node.children else "  "
        text = Text(" " * (depth * INDENT), no_wrap=True, end="")
        text.append(mark, style="dim")
        text.append_text(node.label)
        text.truncate(max(1, width), overflow="ellipsis")
        segments = [
            Segment(seg.text, base + seg.style if seg.style else base)
            for seg in text.render(self.app.console)
        ]
        if line == self.cursor:
            # on top of the labels' own styles: under them, the row's background
            # would hide the cursor and leave only its bold
            name = "outline--cursor" if self.has_focus else "outline--cursor-blurred"
            cursor = self.get_component_rich_style(name)
            segments = list(Segment.apply_style(segments, post_style=cursor))
            base = base + cursor
        return Strip(segments).adjust_cell_length(width, base)
