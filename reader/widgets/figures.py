"""The figures panel: who speaks, grouped by source type, with their statements.

Labels are `Text` built from parts (Tree would parse a plain string as
markup, and names come from the article). Selecting a statement, or a figure,
asks the app to jump there; the panel itself never moves the article.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static, Tree
from textual.widgets.tree import TreeNode

from reader.analysis.model import (
    SOURCE_TYPE_LABELS,
    SOURCE_TYPES,
    Analysis,
    Claim,
    Figure,
    SourceType,
)
from reader.widgets.legend import Legend
from reader.widgets.palette import ClaimStyles

_STATEMENT_CHARS = 80


@dataclass(frozen=True, slots=True)
class Entry:
    """What a tree node stands for: a group, a figure, or one statement."""

    source_type: SourceType
    figure: str | None = None
    claim: int | None = None
    #: A detail line (role, no comment): jumps to the figure's first claim.
    detail: bool = False


def _first_line(text: str) -> str:
    line = " ".join(text.split())
    if len(line) > _STATEMENT_CHARS:
        line = line[: _STATEMENT_CHARS - 1].rstrip() + "…"
    return line


def figure_label(figure: Figure, styles: ClaimStyles) -> Text:
    count = len(figure.claims)
    text = Text(no_wrap=True, overflow="ellipsis")
    style = styles.speaker(figure.source_type) if count else Style(dim=True)
    text.append(" ".join(figure.name.split()), style=style)
    text.append(f"  ({count})", style="dim")
    return text


def statement_label(claim: Claim, styles: ClaimStyles) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(f"{claim.id + 1:>3} ", style="dim")
    quoted = (
        f"“{_first_line(claim.content)}”" if claim.kind == "direct" else _first_line(claim.content)
    )
    text.append(quoted, style=styles.claim(claim.source_type, claim.kind))
    return text


class FigureTree(Tree[Entry]):
    """The tree, with less-like keys as in the article."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="panel_down"),
        Binding("k", "cursor_up", "Up", show=False, id="panel_up"),
    ]


class FiguresPanel(Vertical):
    """Right-hand panel: the figures tree and the legend."""

    class Jump(Message):
        """Go to this claim in the article."""

        def __init__(self, claim: int) -> None:
            super().__init__()
            self.claim = claim

    def __init__(self, styles: ClaimStyles, **kwargs: str | None) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._styles = styles
        self._analysis: Analysis | None = None
        self._hidden: frozenset[SourceType] = frozenset()
        self._expanded: set[str] = set()
        self.border_title = "Figures"

    def compose(self) -> ComposeResult:
        tree = FigureTree(Text("figures"), id="figure-tree")
        tree.show_root = False
        tree.auto_expand = False
        tree.guide_depth = 2
        yield tree
        yield Static(Text("Reading the article…", style="dim"), id="figures-empty")
        yield Legend(self._styles, id="legend")

    @property
    def figure_tree(self) -> FigureTree:
        return self.query_one(FigureTree)

    def set_analysis(self, analysis: Analysis) -> None:
        self._analysis = analysis
        self.rebuild()

    def set_claim_styles(self, styles: ClaimStyles) -> None:
        self._styles = styles
        self.query_one(Legend).set_state(styles, self._hidden)
        self.rebuild()

    def set_hidden(self, hidden: Collection[SourceType]) -> None:
        self._hidden = frozenset(hidden)
        self.query_one(Legend).set_state(self._styles, self._hidden)
        self.rebuild()

    def rebuild(self) -> None:
        """Redraw the tree, keeping which figures were open."""
        tree = self.figure_tree
        for node in _walk(tree.root):
            if node.data and node.data.figure and node.data.claim is None:
                if node.is_expanded:
                    self._expanded.add(node.data.figure)
                else:
                    self._expanded.discard(node.data.figure)
        tree.clear()
        analysis = self._analysis
        empty = self.query_one("#figures-empty", Static)
        if analysis is None:
            return
        shown = [f for f in analysis.figures if f.source_type not in self._hidden]
        if not analysis.figures:
            empty.update(Text("No figures: nobody is quoted or named as a source.", style="dim"))
        elif not shown:
            empty.update(Text("Every source type is hidden (keys 1-5).", style="dim"))
        empty.display = not shown
        tree.display = bool(shown)
        by_id = {c.id: c for c in analysis.claims}
        for source_type in SOURCE_TYPES:
            figures = [f for f in shown if f.source_type == source_type]
            if not figures:
                continue
            figures.sort(key=lambda f: (-len(f.claims), f.name.casefold()))
            claims = sum(len(f.claims) for f in figures)
            label = Text(no_wrap=True, overflow="ellipsis")
            label.append(SOURCE_TYPE_LABELS[source_type], style=self._styles.speaker(source_type))
            label.append(f"  {len(figures)} · {claims} claims", style="dim")
            group = tree.root.add(label, data=Entry(source_type), expand=True)
            for figure in figures:
                self._add_figure(group, figure, by_id)

    def _add_figure(self, group: TreeNode[Entry], figure: Figure, by_id: dict[int, Claim]) -> None:
        node = group.add(
            figure_label(figure, self._styles),
            data=Entry(figure.source_type, figure.name),
            expand=figure.name in self._expanded,
        )
        first = figure.claims[0] if figure.claims else None
        about = Text(style="dim italic", no_wrap=True, overflow="ellipsis")
        if figure.role:
            about.append(" ".join(figure.role.split()) + " · ")
        about.append(SOURCE_TYPE_LABELS[figure.source_type])
        node.add_leaf(about, data=Entry(figure.source_type, figure.name, first, detail=True))
        for span in figure.no_comment:
            node.add_leaf(
                Text(f"no comment: {_first_line(span.text)}", style="dim"),
                data=Entry(figure.source_type, figure.name, first, detail=True),
            )
        if not figure.claims:
            node.add_leaf(
                Text("mentioned, no statements", style="dim"),
                data=Entry(figure.source_type, figure.name, detail=True),
            )
        for claim_id in figure.claims:
            claim = by_id.get(claim_id)
            if claim is not None:
                node.add_leaf(
                    statement_label(claim, self._styles),
                    data=Entry(figure.source_type, figure.name, claim_id),
                )

    def on_tree_node_selected(self, event: Tree.NodeSelected[Entry]) -> None:
        event.stop()
        node = event.node
        entry = node.data
        if entry is None:
            return
        if entry.figure is None:
            node.toggle()
            return
        if entry.claim is None and not entry.detail:
            node.expand()
            figure = self._analysis.figure(entry.figure) if self._analysis else None
            if figure and figure.claims:
                self.post_message(self.Jump(figure.claims[0]))
            return
        if entry.claim is not None:
            self.post_message(self.Jump(entry.claim))

    def follow(self, claim: Claim | None) -> None:
        """Put the cursor on the current claim's line (or its figure's) without jumping."""
        if claim is None or claim.figure is None:
            return
        tree = self.figure_tree
        target: TreeNode[Entry] | None = None
        for node in _walk(tree.root):
            entry = node.data
            if entry is None or entry.figure != claim.figure:
                continue
            if entry.claim is None and not entry.detail:
                target = node
                if not node.is_expanded:
                    break
            elif (
                not entry.detail
                and entry.claim == claim.id
                and node.parent is not None
                and node.parent.is_expanded
            ):
                target = node
                break
        if target is not None:
            found = target
            self.call_after_refresh(lambda: tree.move_cursor(found))


def _walk(node: TreeNode[Entry]) -> list[TreeNode[Entry]]:
    out: list[TreeNode[Entry]] = []
    stack = list(reversed(node.children))
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(reversed(current.children))
    return out
