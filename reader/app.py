"""The reader app: composes the widgets, holds the reading state, routes keys.

Nothing here decides what a claim is (that is `reader.analysis`) or how it is
drawn (that is `reader.widgets`); actions move the state and tell the widgets.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any, ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.theme import Theme
from textual.widgets import Footer, Input

from reader.analysis import analyze
from reader.analysis.model import SOURCE_TYPE_LABELS, SOURCE_TYPES, Analysis, Claim, SourceType
from reader.citation import bare_quote, cite, cite_figure
from reader.clipboard import copy as copy_text
from reader.commands import ClaimCommands
from reader.config import load_config, save_style
from reader.document import Document
from reader.screens.help import HelpScreen
from reader.themes import DEFAULT_THEME, load_themes
from reader.widgets.article import ArticleView
from reader.widgets.figures import FiguresPanel, FigureTree
from reader.widgets.navigation import (
    MAX_MATCHES,
    find_matches,
    match_from,
    step_claim,
    step_same_figure,
    visible_claims,
)
from reader.widgets.palette import claim_styles, theme_defaults
from reader.widgets.search import SearchBar, SearchInput
from reader.widgets.status import ArticleHeader, StatusLine, claim_status

#: Texts this long are analysed in a thread, so the article shows at once.
BACKGROUND_ANALYSIS = 200_000
#: Below this width the figures panel hides itself unless asked for with `f`.
PANEL_MIN_WIDTH = 100


class UnknownThemeError(ValueError):
    """`--theme` named a theme that is not installed."""


def _optional(name: str) -> ModuleType | None:
    """A module another part of newsreader provides, if it is installed yet."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


class NewsReaderApp(App[int]):
    """Read one article with its claims coloured and its sources listed."""

    TITLE = "newsreader"
    CSS_PATH = "reader.tcss"
    COMMANDS: ClassVar[set[Any]] = App.COMMANDS | {ClaimCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next", "Next", id="next_claim"),
        Binding("p", "previous", "Prev", id="previous_claim"),
        Binding("right_square_bracket", "step_claim(1)", "Next claim", False, id="next_claim_2"),
        Binding("left_square_bracket", "step_claim(-1)", "Prev claim", False, id="prev_claim_2"),
        Binding("N", "same_figure(1)", "Same figure", False, id="next_same_figure"),
        Binding("P", "same_figure(-1)", "Same figure back", False, id="previous_same_figure"),
        Binding("f", "toggle_panel", "Figures", id="toggle_panel"),
        *(
            Binding(
                str(i),
                f"toggle_type({i - 1})",
                f"Show/hide {SOURCE_TYPE_LABELS[t]}",
                show=False,
                id=f"toggle_type_{i}",
            )
            for i, t in enumerate(SOURCE_TYPES, start=1)
        ),
        Binding("slash", "search", "Search", id="search"),
        Binding("escape", "end_search", "End search", show=False, id="end_search"),
        Binding("c", "copy_citation", "Copy", id="copy_citation"),
        Binding("C", "choose_citation", "Citation format", show=False, id="choose_citation"),
        Binding("y", "copy_quote", "Copy bare quote", show=False, id="copy_quote"),
        Binding("Y", "copy_figure", "Copy figure's claims", show=False, id="copy_figure"),
        Binding("t", "next_theme", "Theme", show=False, id="next_theme"),
        Binding("tab", "focus_next", "Focus next pane", show=False, id="focus_next"),
        Binding("shift+tab", "focus_previous", "Focus previous pane", False, id="focus_prev"),
        Binding("question_mark,f1", "help", "Help", id="help"),
        Binding("q,ctrl+q", "quit", "Quit", id="quit"),
    ]

    def __init__(
        self,
        document: Document,
        analysis: Analysis | None = None,
        theme: str | None = None,
    ) -> None:
        super().__init__()
        self.document = document
        self.analysis: Analysis | None = analysis
        self.config = load_config()
        self._problems: list[str] = list(self.config.warnings)
        self._theme_names = self._register_themes()
        wanted = theme or self.config.theme
        if wanted:
            if self.get_theme(wanted) is None:
                names = ", ".join(self._theme_names or sorted(self.available_themes))
                raise UnknownThemeError(f"unknown theme {wanted!r} (available: {names})")
            self.theme = wanted
        elif self._theme_names:
            self.theme = (
                DEFAULT_THEME if DEFAULT_THEME in self._theme_names else self._theme_names[0]
            )
        if self.analysis is None and len(document.text) < BACKGROUND_ANALYSIS:
            self.analysis = analyze(document.text, document.body_start)
        self.hidden: set[SourceType] = set()
        self.current: Claim | None = None
        self.citation_style = self.config.style
        self._panel_wanted: bool | None = None
        self._query = ""
        self._matches: list[tuple[int, int]] = []
        self._match: int | None = None
        self._searching = False

    # -- set-up -------------------------------------------------------------

    def _register_themes(self) -> list[str]:
        themes = load_themes(problems=self._problems)
        for theme in themes:
            self.register_theme(theme)
        return [t.name for t in themes]

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return theme_defaults()

    def compose(self) -> ComposeResult:
        styles = claim_styles(self)
        with Horizontal(id="main"):
            with Vertical(id="reading"):
                yield ArticleHeader(self.document, id="header")
                yield ArticleView(self.document, styles, id="article")
            yield FiguresPanel(styles, id="figures")
        yield SearchBar(id="search")
        yield StatusLine(Text(""), markup=False, id="status")
        yield Footer()

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def panel(self) -> FiguresPanel:
        return self.query_one(FiguresPanel)

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.article.focus()
        self._layout_panel(self.size.width)
        for problem in self._problems:
            self.notify(problem, severity="warning", markup=False)
        if self.analysis is not None:
            self._analysis_ready(self.analysis)
        else:
            self._show_status()
            self.run_worker(self._analyse, thread=True, exclusive=True, group="analysis")

    def _analyse(self) -> None:
        analysis = analyze(self.document.text, self.document.body_start)
        self.call_from_thread(self._analysis_ready, analysis)

    def _analysis_ready(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.article.set_analysis(analysis)
        self.panel.set_analysis(analysis)
        self._show_status()

    def _theme_changed(self, theme: Theme) -> None:
        styles = claim_styles(self)
        self.article.set_claim_styles(styles)
        self.panel.set_claim_styles(styles)
        self._show_status()

    def on_resize(self, event: Resize) -> None:
        self._layout_panel(event.size.width)

    def _layout_panel(self, width: int) -> None:
        """Show the panel when wanted, or by default when there is room for it."""
        wide = width >= PANEL_MIN_WIDTH
        shown = wide if self._panel_wanted is None else self._panel_wanted
        panel = self.panel
        panel.display = shown
        panel.set_class(shown and not wide, "-wide")

    # -- state --------------------------------------------------------------

    def _visible(self) -> list[Claim]:
        return visible_claims(self.analysis, self.hidden) if self.analysis else []

    def jump_to_claim(self, claim_id: int) -> None:
        """Make a claim current and bring it into view (panel, palette, mouse)."""
        if self.analysis is None:
            return
        claim = next((c for c in self.analysis.claims if c.id == claim_id), None)
        if claim is not None:
            self._select(claim)

    def _select(self, claim: Claim | None, follow: bool = True) -> None:
        if claim is None:
            return
        self.current = claim
        self.article.set_current(claim)
        if follow:
            self.panel.follow(claim)
        self._show_status()

    def _show_status(self) -> None:
        status = self.query_one(StatusLine)
        if self._searching or self._query:
            status.show(self._search_status())
            return
        analysis = self.analysis
        if not self.document.paragraphs:
            status.show("This article is empty.")
        elif analysis is None:
            status.show("Reading the article for claims…")
        elif not analysis.claims:
            status.show("No attributed claims found in this article.")
        elif self.current is not None:
            visible = self._visible()
            ids = [c.id for c in visible]
            position = ids.index(self.current.id) + 1 if self.current.id in ids else 0
            status.show(claim_status(self.current, position, len(visible), claim_styles(self)))
        else:
            figures = sum(1 for f in analysis.figures if f.claims)
            count = len(self._visible())
            text = f"{count} claims from {figures} figures · n goes to the next claim"
            if self.hidden:
                words = ", ".join(SOURCE_TYPE_LABELS[t] for t in SOURCE_TYPES if t in self.hidden)
                text += f" · hidden: {words}"
            status.show(text)

    def _search_status(self) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append("search ", style="bold")
        text.append(f"“{self._query}”")
        total = len(self._matches)
        if not total:
            text.append(" · no match" if self._query else "", style="dim")
        else:
            more = "+" if total >= MAX_MATCHES else ""
            text.append(f" · match {(self._match or 0) + 1}/{total}{more}")
            if not self._searching:
                text.append(" · n next  N previous  esc ends", style="dim")
        return text

    # -- claim navigation -----------------------------------------------------

    def action_next(self) -> None:
        if self._query and not self._searching:
            self._step_match(1)
        else:
            self.action_step_claim(1)

    def action_previous(self) -> None:
        self.action_step_claim(-1)

    def action_step_claim(self, direction: int) -> None:
        origin = self.article.top_offset()
        self._select(step_claim(self._visible(), self.current, direction > 0, origin))

    def action_same_figure(self, direction: int) -> None:
        if self._query and not self._searching and direction > 0:
            self._step_match(-1)
            return
        found = step_same_figure(self._visible(), self.current, direction > 0)
        if found is None and self.current is not None and self.current.figure is None:
            self.notify("The current claim has no known speaker.", markup=False, timeout=2)
        self._select(found)

    # -- panel and filters ------------------------------------------------------

    def action_toggle_panel(self) -> None:
        self._panel_wanted = not self.panel.display
        self._layout_panel(self.size.width)
        if not self.panel.display and self.panel.figure_tree.has_focus:
            self.article.focus()

    def action_toggle_type(self, index: int) -> None:
        source_type = SOURCE_TYPES[index]
        self.hidden ^= {source_type}
        self.article.set_hidden(self.hidden)
        self.panel.set_hidden(self.hidden)
        self._show_status()

    def on_figures_panel_jump(self, message: FiguresPanel.Jump) -> None:
        """A jump asked for from the panel leaves the panel's cursor where it is."""
        if self.analysis is not None:
            claim = next((c for c in self.analysis.claims if c.id == message.claim), None)
            self._select(claim, follow=False)

    def on_article_view_claim_clicked(self, message: ArticleView.ClaimClicked) -> None:
        self._select(message.claim)

    # -- search -------------------------------------------------------------------

    def action_search(self) -> None:
        self._searching = True
        self._search_origin = self.article.top_offset()
        self.query_one(SearchBar).open()
        self._show_status()

    def on_input_changed(self, event: Input.Changed) -> None:
        if not isinstance(event.input, SearchInput):
            return
        self._query = event.value
        self._matches = find_matches(self.document.text, self._query, self.document.body_start)
        self._match = match_from(self._matches, getattr(self, "_search_origin", 0))
        self._show_matches()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if isinstance(event.input, SearchInput):
            self._searching = False
            self.query_one(SearchBar).close()
            self.article.focus()
            if not self._matches:
                self._query = ""
                self.article.set_matches((), None)
            self._show_status()

    def on_search_input_cancelled(self, _: SearchInput.Cancelled) -> None:
        self.action_end_search()

    def action_end_search(self) -> None:
        self._searching = False
        self._query = ""
        self._matches = []
        self._match = None
        self.query_one(SearchBar).close()
        self.article.set_matches((), None)
        self.article.focus()
        self._show_status()

    def _step_match(self, direction: int) -> None:
        if not self._matches:
            return
        current = self._match if self._match is not None else -direction
        self._match = (current + direction) % len(self._matches)
        self._show_matches()

    def _show_matches(self) -> None:
        self.article.set_matches(self._matches, self._match)
        self.query_one(SearchBar).set_count(
            self._match, len(self._matches), len(self._matches) >= MAX_MATCHES
        )
        self._show_status()

    # -- copy -----------------------------------------------------------------------

    def _need_claim(self) -> Claim | None:
        if self.current is None or self.analysis is None:
            self.notify("No claim selected: press n to go to one.", markup=False, timeout=3)
            return None
        return self.current

    def action_copy_citation(self) -> None:
        claim = self._need_claim()
        if claim is not None and self.analysis is not None:
            metadata = self.document.metadata
            text = cite(claim, self.analysis, metadata, self.citation_style, self.config.max_words)
            self._copy(text, f"{self.citation_style} citation")

    def action_copy_quote(self) -> None:
        claim = self._need_claim()
        if claim is not None:
            self._copy(bare_quote(claim), "quote")

    def action_copy_figure(self) -> None:
        claim = self._need_claim()
        if claim is None or self.analysis is None:
            return
        if claim.figure is None:
            self.notify("The current claim has no known speaker.", markup=False, timeout=3)
            return
        text = cite_figure(claim.figure, self.analysis, self.document.metadata, self.citation_style)
        self._copy(text, f"all claims of {claim.figure}")

    def action_choose_citation(self) -> None:
        claim = self._need_claim()
        if claim is None or self.analysis is None:
            return
        chooser = _optional("reader.screens.cite_chooser")
        if chooser is None:
            self.notify("Citation formats are not available yet.", markup=False)
            return
        screen = chooser.CiteChooser(
            claim, self.analysis, self.document.metadata, self.citation_style
        )

        def chosen(style: str | None) -> None:
            if style and self.current is not None and self.analysis is not None:
                self.citation_style = style
                self.action_copy_citation()
                problem = save_style(style)
                if problem:
                    self.notify(problem, severity="warning", markup=False)

        self.push_screen(screen, chosen)

    def _copy(self, text: str, what: str) -> None:
        """Copy by every path; when none could take it, show the text to copy by hand."""
        result = copy_text(text, self)
        self.notify(f"{what.capitalize()}: {result.message}", markup=False, timeout=5)
        if not result.osc52 and not result.confirmed:
            chooser = _optional("reader.screens.cite_chooser")
            if chooser is not None:
                self.push_screen(chooser.CitationText(text, result.message))

    # -- other ------------------------------------------------------------------------

    def action_next_theme(self) -> None:
        names = self._theme_names or ["textual-dark", "textual-light"]
        index = names.index(self.theme) + 1 if self.theme in names else 0
        self.theme = names[index % len(names)]
        self.notify(f"Theme: {self.theme}", markup=False, timeout=2)

    def action_help(self) -> None:
        sections = [
            ("Anywhere", self.BINDINGS),
            ("Article", ArticleView.BINDINGS),
            ("Figures panel", [*FigureTree.BINDINGS, *PANEL_KEYS]),
        ]
        self.push_screen(HelpScreen(sections, dict(self._keymap)))


PANEL_KEYS: list[BindingType] = [
    Binding("enter", "select_cursor", "Jump to the statement, or the figure's first claim"),
    Binding("space", "toggle_node", "Open or close a figure"),
]


def run_app(document: Document, theme: str | None = None) -> int:
    """Open the reader on a document; returns the exit status for the CLI."""
    try:
        app = NewsReaderApp(document, theme=theme)
    except UnknownThemeError as exc:
        print(f"newsreader: {exc}", file=sys.stderr)
        return 2
    result = app.run()
    return result if isinstance(result, int) else 0
