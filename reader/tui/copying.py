"""The reader's copy keys: a citation (c), a chosen style (C), the quote (y), a figure (Y).

A mixin of the app, kept apart because copying is its own concern: what to
copy comes from `reader.citation`, how it reaches the user from
`reader.clipboard`, and only the choice of key and the feedback live here.
Those, and the citation screens, are imported at the first copy: the first
screen of the reader needs none of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.analysis.model import Analysis, Claim
from reader.config import Config, save_style
from reader.document import Document
from reader.tui.widgets.navigation import ClaimOrder
from reader.tui.widgets.status import no_claim_reason

if TYPE_CHECKING:
    from textual.app import App

    _AppBase = App[int]
else:
    _AppBase = object


class CopyActions(_AppBase):
    """Copy actions over the reading state the app holds."""

    document: Document
    analysis: Analysis | None
    current: Claim | None
    citation_style: str
    config: Config
    _order: ClaimOrder

    def _need_claim(self) -> Claim | None:
        if self.current is None or self.analysis is None:
            self.notify(no_claim_reason(self.analysis, len(self._order)), markup=False, timeout=3)
            return None
        return self.current

    def action_copy_citation(self) -> None:
        from reader.citation import cite
        from reader.tui.screens.cite_chooser import STYLE_NAMES

        claim = self._need_claim()
        if claim is not None and self.analysis is not None:
            metadata = self.document.metadata
            text = cite(claim, self.analysis, metadata, self.citation_style, self.config.max_words)
            name = STYLE_NAMES.get(self.citation_style, self.citation_style)
            self._copy(text, f"{name} citation")

    def action_copy_quote(self) -> None:
        from reader.citation import bare_quote

        claim = self._need_claim()
        if claim is not None:
            self._copy(bare_quote(claim), "quote")

    def action_copy_figure(self) -> None:
        from reader.citation import cite_figure

        claim = self._need_claim()
        if claim is None or self.analysis is None:
            return
        if claim.figure is None:
            self.notify("The current claim has no known speaker.", markup=False, timeout=3)
            return
        metadata, words = self.document.metadata, self.config.max_words
        text = cite_figure(claim.figure, self.analysis, metadata, self.citation_style, words)
        self._copy(text, f"all claims of {claim.figure}")

    def action_choose_citation(self) -> None:
        from reader.tui.screens.cite_chooser import CiteChooser

        claim = self._need_claim()
        if claim is None or self.analysis is None:
            return
        metadata, words = self.document.metadata, self.config.max_words
        screen = CiteChooser(claim, self.analysis, metadata, self.citation_style, words)

        def chosen(style: str | None) -> None:
            if style and self.current is not None and self.analysis is not None:
                self.citation_style = style
                self.action_copy_citation()
                problem = save_style(style)
                if problem:
                    self.notify(problem, severity="warning", markup=False)

        self.push_screen(screen, chosen)

    def _copy(self, text: str, what: str) -> None:
        """Copy by every path and say in a notification which took the text.

        The text is shown to copy by hand only when no path took it at all
        (the `C` chooser shows it whenever asked): a dialog here would hold
        the keys the reader presses next.
        """
        from reader.clipboard import copy as copy_text
        from reader.tui.screens.cite_chooser import CitationText

        result = copy_text(text, self)
        # upper-case the first letter only: str.capitalize would lower-case names
        what = what[:1].upper() + what[1:]
        if result.reached:
            self.notify(f"{what} copied: {result.message}", markup=False, timeout=6)
        else:
            self.push_screen(CitationText(text, f"{what}: {result.message}"))
