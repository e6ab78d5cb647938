"""The reader app: composes the widgets, holds the reading state, routes keys.

Nothing here decides what a claim is (that is `reader.analysis`) or how it is
drawn (that is `reader.tui.widgets`); actions move the state and tell the widgets.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import BindingType, Keymap
from textual.events import Resize
from textual.theme import Theme
from textual.widget import AwaitMount

from reader.analysis.model import SOURCE_TYPES, Analysis, Claim, SourceType
from reader.config import load_config
from reader.document import Document
from reader.tui.commands import ClaimCommands
from reader.tui.copying import CopyActions
from reader.tui.insight_keys import InsightActions
from reader.tui.searching import SearchActions
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.background import BackgroundAnalysis
from reader.tui.widgets.figures import FigureList, FiguresPanel
from reader.tui.widgets.frame import keep_room, mount_rest, place_panel, step_focus
from reader.tui.widgets.keys import APP_BINDINGS
from reader.tui.widgets.legend import Legend
from reader.tui.widgets.navigation import ClaimOrder, Search
from reader.tui.widgets.palette import (
    UnknownThemeError,
    claim_styles,
    set_up_themes,
    theme_defaults,
)
from reader.tui.widgets.search import SearchInput
from reader.tui.widgets.status import (
    ArticleHeader,
    KeyHints,
    StatusLine,
    claim_status,
    key_hints,
    no_claims_shown,
    problems_notice,
    search_status,
    summary_status,
)

#: Texts this long are analysed in a child process; shorter ones here, after the first frame.
BACKGROUND_ANALYSIS = 200_000


class NewsReaderApp(CopyActions, SearchActions, InsightActions, App[int]):
    """Read one article with its claims coloured and its sources listed."""

    TITLE = "newsreader"
    #: Absolute, so subclasses defined elsewhere (tests, tools) find it too.
    CSS_PATH = Path(__file__).with_name("reader.tcss")
    COMMANDS: ClassVar[set[Any]] = App.COMMANDS | {ClaimCommands}
    BINDINGS: ClassVar[list[BindingType]] = APP_BINDINGS
    #: False while App.__init__ runs: see `get_css_variables`.
    _themes_known = False

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
        self._problems: list[str] = [*self.config.warnings, *document.warnings]
        self._themes_known = True
        self._theme_names = set_up_themes(self, theme, self.config.theme, self._problems)
        if self.analysis is not None:
            notice = problems_notice(self.analysis)
            if notice is not None:
                self._problems.append(notice)
        self._styles = claim_styles(self)
        self.hidden: set[SourceType] = set()
        self._order = ClaimOrder(self.analysis)
        self._background: BackgroundAnalysis | None = None
        #: An n or p pressed before the analysis was ready (1 or -1), else 0.
        self._pending_step = 0
        self.current: Claim | None = None
        self.citation_style = self.config.style
        self.search = Search()
        self._panel = FiguresPanel(self._styles, self.analysis, id="figures")
        self._rest: AwaitMount | None = None
        self._loaded_shown = False

    # -- set-up -------------------------------------------------------------

    def set_keymap(self, keymap: Keymap) -> None:
        super().set_keymap(keymap)
        self._show_key_hints()

    def update_keymap(self, keymap: Keymap) -> None:
        super().update_keymap(keymap)
        self._show_key_hints()

    def _show_key_hints(self) -> None:
        for hints in self.query(KeyHints):
            hints.update(key_hints(self.BINDINGS, self._keymap))

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return theme_defaults()

    def get_css_variables(self) -> dict[str, str]:
        # App.__init__ asks for its default theme's before ours are registered, and
        # set_up_themes starts the theme in use: one palette to compute, not two
        return super().get_css_variables() if self._themes_known else {}

    def compose(self) -> ComposeResult:
        """What the first frame shows; the panel and key hints follow (see `frame`)."""
        keep_room(self.screen)
        room = place_panel(self._panel, self.screen, self.size)
        yield StatusLine(self._status_text(), markup=False, id="status")
        yield ArticleHeader(self.document, id="header")
        article = ArticleView(self.document, self._styles, self.analysis, id="article")
        article.centre_in = room
        yield article

    def on_ready(self) -> None:
        """The first frame is on screen: now the panes it could do without."""
        self._mount_rest()

    def _mount_rest(self) -> None:
        screen = self.article.screen
        if self._rest is None and screen.is_mounted and self.is_running:
            keys = KeyHints(key_hints(self.BINDINGS, self._keymap), markup=False, id="keys")
            self._rest = mount_rest(screen, self._panel, keys)

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def panel(self) -> FiguresPanel:
        return self._panel

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.article.focus()
        for problem in self._problems:
            self.notify(problem, severity="warning", markup=False)
        # after the first frame: the text shows at once, its furniture and colours follow
        self.call_after_refresh(self._start_analysis)

    def _start_analysis(self) -> None:
        if not self.is_running:
            return
        if self.document.furniture is None:  # the analysis reads around the furniture
            self.document = self.document.with_furniture()
            self.article.set_furniture(self.document.furniture or ())
        if self.analysis is not None or self._background is not None:
            return
        if len(self.document.text) < BACKGROUND_ANALYSIS:
            self._analyse_here()
        else:
            self._background = BackgroundAnalysis(
                self.document.analysable_text, self.document.body_start
            )
            self._background.hand_over(self, self._analysis_ready, self._analysis_failed)

    def _analyse_here(self) -> None:
        """A text of article size: analysed in this process, just after the first frame.

        The engine is imported here, not with the app: its import is the larger
        part of the start-up that the first frame can do without.
        """
        from reader.analysis import analyze

        document = self.document
        try:
            analysis = analyze(document.analysable_text, document.body_start, errors="record")
        except Exception as exc:  # the article is still worth reading without claims
            reason = f"No claims shown: the analysis failed ({exc!r})."
            self.notify(reason, severity="error", markup=False)
            analysis = Analysis(document.text, (), ())
        self._analysis_ready(analysis)

    def on_unmount(self) -> None:
        if self._background is not None:
            self._background.stop()

    def _analysis_failed(self, reason: str) -> None:
        self.notify(f"No claims shown: {reason}.", severity="error", markup=False)
        self.analysis = Analysis(self.document.text, (), ())
        self._analysis_ready(self.analysis)

    def _analysis_ready(self, analysis: Analysis) -> None:
        notice = problems_notice(analysis)
        if notice is not None:
            self.notify(notice, severity="warning", markup=False)
        self.analysis = analysis
        self._reorder()
        self.article.set_analysis(analysis)
        self.panel.set_analysis(analysis)
        self._layout_panel(self.size)  # its width follows the names found
        self._show_status()
        if self._pending_step:
            self.action_step_claim(self._pending_step)
            self._pending_step = 0

    def _theme_changed(self, theme: Theme) -> None:
        styles = self._styles = claim_styles(self)
        self.article.set_claim_styles(styles)
        self.panel.set_claim_styles(styles)
        self._show_status()

    def on_resize(self, event: Resize) -> None:
        self._layout_panel(event.size)

    def _layout_panel(self, size: tuple[int, int]) -> None:
        panel = self._panel
        self.article.set_centre(place_panel(panel, self.article.screen, size))
        if not panel.display and panel.is_mounted and panel.figure_list.has_focus:
            self.article.focus()  # a hidden panel must not keep the keys

    # -- state --------------------------------------------------------------

    def _reorder(self) -> None:
        """Index the claims again after the analysis or the filter changed."""
        self._order = ClaimOrder(self.analysis, self.hidden)

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
        self.query_one(StatusLine).show(self._status_text())

    def _status_text(self) -> Text:
        """What the status line says now: search, claim, or what the article holds."""
        search = self.search
        if search.shown:
            return search_status(
                search.query, search.current, len(search.matches), search.capped, search.typing
            )
        current, analysis = self.current, self.analysis
        if current is not None and analysis is not None and current.id in self._order.position:
            # the claim's own number, as --cite and the export count it; a hidden
            # claim is not described (the summary names the filter instead)
            hidden = frozenset(self.hidden)
            return claim_status(current, current.number, len(analysis.claims), self._styles, hidden)
        return summary_status(
            self.document, self.analysis, len(self._order), frozenset(self.hidden)
        )

    # -- claim navigation -----------------------------------------------------

    def action_next(self) -> None:
        if self.search.stepping:
            self._step_match(1)
        else:
            self.action_step_claim(1)

    def action_previous(self) -> None:
        if self.search.stepping:
            self._step_match(-1)
        else:
            self.action_step_claim(-1)

    def action_step_claim(self, direction: int) -> None:
        if self.analysis is None:  # pressed before the claims are found: done when they are
            self._pending_step = direction
            return
        if not self._order and self.analysis is not None and self.analysis.claims:
            self.notify(no_claims_shown(), markup=False, timeout=3)
            return
        view, current = self.article, self.current
        if current is not None and not view.in_view(current.start, current.end):
            current = None  # scrolled away from it: go on from what is on screen
        found = self._order.step(current, direction > 0, view.top_offset())
        if found is None and current is not None:
            # the keys stop at either end; say so rather than seem to ignore the press
            self.notify("Last claim." if direction > 0 else "First claim.", timeout=2)
        self._select(found)

    def action_same_figure(self, direction: int) -> None:
        if self.search.stepping and direction > 0:
            self._step_match(-1)
            return
        current = self.current
        found = self._order.step_same_figure(current, direction > 0)
        if found is None and current is not None:
            if current.figure is None:
                note = "The current claim has no known speaker."
            else:
                where = "later" if direction > 0 else "earlier"
                note = f"No {where} claim by {current.figure}."
            self.notify(note, markup=False, timeout=2)
        self._select(found)

    # -- panel and filters ------------------------------------------------------

    def action_toggle_panel(self) -> None:
        self._panel.wanted = not self._panel.display
        self._layout_panel(self.size)

    def action_panel_width(self, step: int) -> None:
        self._panel.extra += step
        self._layout_panel(self.size)

    def action_focus_next(self) -> None:
        self._focus_pane(1)

    def action_focus_previous(self) -> None:
        self._focus_pane(-1)

    def _focus_pane(self, direction: int) -> None:
        if not self._panel.is_mounted:
            self._mount_rest()
            if self._rest is not None:  # a tab pressed before the panel came still reaches it
                self.call_after_refresh(self._focus_pane, direction)
                return
        panes = [self.article, *self._panel.query(FigureList), *self.query(SearchInput)]
        if not step_focus(self.screen, panes, direction):
            super().action_focus_next() if direction > 0 else super().action_focus_previous()

    def action_toggle_type(self, index: int) -> None:
        source_type = SOURCE_TYPES[index]
        self.hidden ^= {source_type}
        self._reorder()
        self.article.set_hidden(self.hidden)
        self.panel.set_hidden(self.hidden)
        self._show_status()

    def on_legend_toggle(self, message: Legend.Toggle) -> None:
        self.action_toggle_type(message.index)

    def on_figures_panel_jump(self, message: FiguresPanel.Jump) -> None:
        """A jump asked for from the panel leaves the panel's cursor where it is."""
        if self.analysis is not None:
            claim = next((c for c in self.analysis.claims if c.id == message.claim), None)
            self._select(claim, follow=False)

    def on_article_view_claim_clicked(self, message: ArticleView.ClaimClicked) -> None:
        self._select(message.claim)

    # -- other ------------------------------------------------------------------------

    def action_next_theme(self) -> None:
        names = self._theme_names or ["textual-dark", "textual-light"]
        index = names.index(self.theme) + 1 if self.theme in names else 0
        self.theme = names[index % len(names)]
        self.notify(f"Theme: {self.theme}", markup=False, timeout=2)

    def action_help(self) -> None:
        from reader.tui.screens.help import HelpScreen  # most readings never open it

        sections = [
            ("Anywhere", self.BINDINGS),
            ("Article", ArticleView.BINDINGS),
            ("Figures panel", FigureList.BINDINGS),
        ]
        self.push_screen(HelpScreen(sections, dict(self._keymap), self._styles))


def run_app(document: Document, theme: str | None = None) -> int:
    """Open the reader on a document; returns the exit status for the CLI."""
    try:
        app = NewsReaderApp(document, theme=theme)
    except UnknownThemeError as exc:
        print(f"newsreader: {exc}", file=sys.stderr)
        return 2
    result = app.run()
    return result if isinstance(result, int) else 0
