"""The figures panel: who speaks, grouped by source type, with their statements.

Labels are `Text` built from parts, never markup: names come from the
article. Selecting a statement, or a figure, asks the app to jump there; the
panel itself never moves the article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from reader.analysis.model import (
    SOURCE_TYPE_LABELS,
    SOURCE_TYPES,
    Analysis,
    Claim,
    Figure,
    SourceType,
)
from reader.tui.widgets.legend import Legend
from reader.tui.widgets.outline import INDENT, MARK, Node, Outline
from reader.tui.widgets.palette import ClaimStyles

_STATEMENT_CHARS = 80


@dataclass(frozen=True, slots=True)
class Entry:
    """What a tree node stands for: a group, a figure, or one statement."""

    #: None for the group of figures that are only mentioned.
    source_type: SourceType | None
    figure: str | None = None
    claim: int | None = None
    #: A detail line (role, no comment): jumps to the figure's first claim.
    detail: bool = False


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _first_line(text: str) -> str:
    line = " ".join(text.split())
    if len(line) > _STATEMENT_CHARS:
        line = line[: _STATEMENT_CHARS - 1].rstrip() + "…"
    return line


def _unnumbered(name: str) -> str:
    """`insider #2` as `insider`; other names as they are."""
    base, mark, number = name.rpartition(" #")
    return base if mark and number.isdigit() and base else name


def shown_names(figures: Iterable[Figure]) -> dict[str, str]:
    """Each figure's name as the panel shows it: `#1` only when several share the rest."""
    figures = list(figures)
    bases = Counter(_unnumbered(f.name) for f in figures)
    return {
        f.name: f.name if bases[_unnumbered(f.name)] > 1 else _unnumbered(f.name) for f in figures
    }


def figure_label(figure: Figure, styles: ClaimStyles, name: str | None = None) -> Text:
    count = len(figure.claims)
    text = Text(no_wrap=True, overflow="ellipsis")
    style = styles.speaker(figure.source_type) if count else Style(dim=True)
    text.append(" ".join((name or figure.name).split()), style=style)
    text.append(_figure_count(figure), style="dim")
    text.append(_warning(figure), style="bold")
    return text


def _figure_count(figure: Figure) -> str:
    return f"  ({len(figure.claims)})" if figure.claims else ""


#: After an anonymous source that speaks with no reason given for its anonymity.
NO_REASON = "  ⚠ no reason"


def _warning(figure: Figure) -> str:
    unexplained = figure.claims and figure.source_type == "anonymous" and figure.anonymity is None
    return NO_REASON if unexplained else ""


def _group_counts(claims: int, sources: int) -> str:
    return f"{_count(claims, 'claim')} · {_count(sources, 'source')}"


def group_label(source_type: SourceType, claims: int, sources: int, styles: ClaimStyles) -> Text:
    label = Text(no_wrap=True, overflow="ellipsis")
    label.append(SOURCE_TYPE_LABELS[source_type], style=styles.speaker(source_type))
    label.append(f"  {_group_counts(claims, sources)}", "dim")
    return label


def natural_width(analysis: Analysis | None, hidden: Collection[SourceType]) -> int:
    """Columns the group and figure rows need, so the panel can be as wide as that."""
    if analysis is None:
        return 0
    names = shown_names(analysis.figures)
    widths = [0]
    for source_type in SOURCE_TYPES:
        if source_type in hidden:
            continue
        figures = [f for f in analysis.figures if f.source_type == source_type]
        speaking = [f for f in figures if f.claims]
        if speaking:
            claims = sum(len(f.claims) for f in speaking)
            words = f"{SOURCE_TYPE_LABELS[source_type]}  {_group_counts(claims, len(speaking))}"
            widths.append(MARK + cell_len(words))
        for figure in figures:
            words = " ".join(names[figure.name].split()) + _figure_count(figure) + _warning(figure)
            depth = 1 if figure.claims else 2  # the silent ones sit under "mentioned only"
            widths.append(depth * INDENT + MARK + cell_len(words))
    return max(widths)


def statement_label(claim: Claim, styles: ClaimStyles) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(f"{claim.number:>3} ", style="dim")
    quoted = (
        f"“{_first_line(claim.content)}”" if claim.kind == "direct" else _first_line(claim.content)
    )
    text.append(quoted, style=styles.claim(claim.source_type, claim.kind))
    return text


class FigureList(Outline[Entry]):
    """The outline of figures (a class of its own so styles and tests can name it)."""


class FiguresPanel(Vertical):
    """Right-hand panel: the figures outline and the legend."""

    # its place and width are in reader.tcss, with the rest of the screen's layout
    DEFAULT_CSS = """
    FiguresPanel {
        height: 1fr;
        border-left: vkey $panel-lighten-1;
        background: $surface;
        padding: 0 0 0 1;
        &:focus-within {
            /* the keys go to the panel: say so by more than the cursor */
            border-left: thick $primary;
        }
        & > FigureList {
            /* as tall as its rows, so the legend sits right under them (see _fit_list) */
            height: auto;
            background: $surface;
            scrollbar-size-vertical: 1;
        }
        & #figures-empty {
            height: 1fr;
            padding: 1 1;
        }
        & #legend {
            height: auto;
            padding: 0 1 0 0;
            border-top: hkey $panel-lighten-1;
        }
        &.-short #legend {
            display: none;
        }
    }
    """

    class Jump(Message):
        """Go to this claim in the article."""

        def __init__(self, claim: int) -> None:
            super().__init__()
            self.claim = claim

    def __init__(
        self, styles: ClaimStyles, analysis: Analysis | None = None, **kwargs: str | None
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._styles = styles
        self._analysis: Analysis | None = analysis
        self._hidden: frozenset[SourceType] = frozenset()
        #: Open or closed, by key, kept across rebuilds (filters, themes).
        self._open: dict[str, bool] = {}
        #: Nodes by figure name and by claim id, so following is a lookup.
        self._figure_nodes: dict[str, Node[Entry]] = {}
        self._claim_nodes: dict[int, Node[Entry]] = {}
        #: Figure names as shown (`#1` only where several share a description).
        self._names: dict[str, str] = {}
        #: Shown or hidden with `f`; None leaves it to the width of the screen.
        self.wanted: bool | None = None
        #: Columns added (or taken away) with `>` and `<`.
        self.extra = 0
        #: Rows the outline may take, leaving the legend its own.
        self._list_room = 0
        #: The claim to follow once composed (the panel is mounted after the first frame).
        self._following: Claim | None = None
        self._composed = False
        self.border_title = "Figures"

    def compose(self) -> ComposeResult:
        outline = FigureList(id="figure-list")
        empty = Static(Text("Reading the article…", style="dim"), id="figures-empty")
        self._fill(outline, empty)
        self._composed = True
        yield outline
        yield empty
        yield Legend(self._styles, self._hidden, id="legend")

    def on_mount(self) -> None:
        self.follow(self._following)

    def on_resize(self) -> None:
        self.fit_list()

    def fit_list(self) -> None:
        """Let the outline grow only as far as leaves the legend on screen."""
        legend = 0 if self.has_class("-short") else len(SOURCE_TYPES) + 3  # rows, pad, rule
        room = max(3, self.content_size.height - legend)
        if self._composed and room != self._list_room:
            self._list_room = room
            self.figure_list.styles.max_height = room

    def natural_width(self) -> int:
        """Columns the names and counts need (0 while the figures are not known)."""
        return natural_width(self._analysis, ())

    @property
    def figure_list(self) -> FigureList:
        return self.query_one(FigureList)

    def set_analysis(self, analysis: Analysis) -> None:
        self._analysis = analysis
        self.rebuild()

    def set_claim_styles(self, styles: ClaimStyles) -> None:
        self._styles = styles
        self.rebuild()

    def set_hidden(self, hidden: Collection[SourceType]) -> None:
        self._hidden = frozenset(hidden)
        self.rebuild()

    def rebuild(self) -> None:
        """Draw the outline and the legend again, keeping what was open.

        Before the panel is composed there is nothing to draw: composing
        uses the state as it is then.
        """
        if not self._composed:
            return
        self.query_one(Legend).set_state(self._styles, self._hidden)
        outline = self.figure_list
        for node in outline.nodes():
            key = _open_key(node.data)
            if key is not None:
                self._open[key] = node.expanded
        self._fill(outline, self.query_one("#figures-empty", Static))

    def _is_open(self, key: str, default: bool = False) -> bool:
        return self._open.get(key, default)

    def _fill(self, outline: FigureList, empty: Static) -> None:
        self._figure_nodes.clear()
        self._claim_nodes.clear()
        analysis = self._analysis
        roots: list[Node[Entry]] = []
        if analysis is not None:
            shown = [f for f in analysis.figures if f.source_type not in self._hidden]
            if not analysis.figures:
                empty.update(Text("No figures: nobody is quoted or named as a source.", "dim"))
            elif not shown:
                empty.update(Text("Every source type is hidden (keys 1-5).", style="dim"))
            by_id = {c.id: c for c in analysis.claims}
            self._names = shown_names(analysis.figures)
            for source_type in SOURCE_TYPES:
                figures = [f for f in shown if f.source_type == source_type and f.claims]
                if figures:  # a type nobody speaks for gets no group
                    roots.append(self._group(source_type, figures, by_id))
            silent = [f for f in shown if not f.claims]
            if silent:
                roots.append(self._mentioned(silent, by_id))
        empty.display = not roots
        outline.display = bool(roots)
        outline.set_roots(roots)

    def _group(
        self, source_type: SourceType, figures: list[Figure], by_id: dict[int, Claim]
    ) -> Node[Entry]:
        """One source type: who speaks for it, most claims first."""
        speaking = sorted(figures, key=lambda f: (-len(f.claims), f.name))
        claims = sum(len(f.claims) for f in speaking)
        label = group_label(source_type, claims, len(speaking), self._styles)
        entry = Entry(source_type)
        group = Node(label, entry, expanded=self._is_open(_open_key(entry) or "", True))
        for figure in speaking:
            self._figure(group, figure, by_id)
        return group

    def _mentioned(self, silent: list[Figure], by_id: dict[int, Claim]) -> Node[Entry]:
        """Everyone named who makes no claim, in one closed group after the types."""
        entry = Entry(None, detail=True)
        label = Text(f"mentioned only ({len(silent)})", style="dim italic")
        others = Node(label, entry, expanded=self._is_open(_open_key(entry) or ""))
        for figure in sorted(silent, key=lambda f: f.name.casefold()):
            self._figure(others, figure, by_id)
        return others

    def _figure(self, parent: Node[Entry], figure: Figure, by_id: dict[int, Claim]) -> None:
        node = parent.add(
            figure_label(figure, self._styles, self._names.get(figure.name)),
            Entry(figure.source_type, figure.name),
            expanded=self._is_open(figure.name),
        )
        self._figure_nodes[figure.name] = node
        first = figure.claims[0] if figure.claims else None
        about = Text(style="dim italic", no_wrap=True, overflow="ellipsis")
        if figure.role:
            about.append(" ".join(figure.role.split()) + " · ")
        about.append(SOURCE_TYPE_LABELS[figure.source_type])
        node.add(about, Entry(figure.source_type, figure.name, first, detail=True))
        if figure.source_type == "anonymous" and figure.claims:
            reason = figure.anonymity
            words = "no reason given for anonymity" if reason is None else reason.text
            node.add(
                Text(f"unnamed: {_first_line(words)}", style="dim italic"),
                Entry(figure.source_type, figure.name, first, detail=True),
            )
        for span in figure.no_comment:
            node.add(
                Text(f"no comment: {_first_line(span.text)}", style="dim"),
                Entry(figure.source_type, figure.name, first, detail=True),
            )
        if not figure.claims:
            node.add(
                Text("mentioned, no statements", style="dim"),
                Entry(figure.source_type, figure.name, detail=True),
            )
        for claim_id in figure.claims:
            claim = by_id.get(claim_id)
            if claim is not None:
                self._claim_nodes[claim_id] = node.add(
                    statement_label(claim, self._styles),
                    Entry(figure.source_type, figure.name, claim_id),
                )

    def on_outline_selected(self, event: Outline.Selected) -> None:
        event.stop()
        node: Node[Entry] = event.node
        entry = node.data
        outline = self.figure_list
        if entry.figure is None:  # a group, or its "mentioned only" list
            outline.toggle_node(node)
            return
        if entry.claim is None and not entry.detail:
            outline.open_node(node)
            figure = self._analysis.figure(entry.figure) if self._analysis else None
            if figure and figure.claims:
                self.post_message(self.Jump(figure.claims[0]))
            return
        if entry.claim is not None:
            self.post_message(self.Jump(entry.claim))

    def follow(self, claim: Claim | None) -> None:
        """Put the cursor on the current claim's row (or its figure's) without jumping."""
        self._following = claim
        if claim is None or claim.figure is None or not self.is_mounted:
            return
        figure = self._figure_nodes.get(claim.figure)
        if figure is None:
            return
        row = self._claim_nodes.get(claim.id) if figure.expanded else None
        self.figure_list.move_cursor(row or figure)


def _open_key(entry: Entry) -> str | None:
    """What remembers a node's open state across rebuilds."""
    if entry.claim is not None:
        return None
    if entry.figure is None:
        return "mentioned" if entry.detail else f"group:{entry.source_type}"
    return None if entry.detail else entry.figure
