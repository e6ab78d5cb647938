"""Choosing a citation format with a live preview, and showing one to copy by hand.

Both screens show citations in a read-only TextArea: article text is never
markup there, and a user whose terminal took no clipboard path can still
select the text with the mouse or the keyboard and copy it themselves.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option

from reader.analysis.model import Analysis, Claim
from reader.citation import STYLES, cite
from reader.cleaning import clean
from reader.publication import Metadata

#: Below this size (columns, rows) the dialogs fill the screen and stack their parts.
SMALL = (60, 20)

#: Each style's name as written in a sentence ("APA citation", not "Apa").
STYLE_NAMES = {
    "plain": "plain",
    "markdown": "Markdown",
    "apa": "APA",
    "mla": "MLA",
    "chicago": "Chicago",
    "bibtex": "BibTeX",
    "csl-json": "CSL-JSON",
}

#: What each style is for, beside its name in the list.
STYLE_NOTES = {
    "plain": "plain text",
    "markdown": "Markdown quote",
    "apa": "APA 7",
    "mla": "MLA 9",
    "chicago": "Chicago 17 notes",
    "bibtex": "BibTeX entry",
    "csl-json": "CSL-JSON item",
}


def fit_small(screen: Widget, event: Resize) -> None:
    """On a small terminal a dialog takes the whole screen, so the citation stays visible."""
    columns, rows = SMALL
    screen.set_class(event.size.width < columns or event.size.height < rows, "-small")


class CiteChooser(ModalScreen[str | None]):
    """The styles with a preview of each; enter chooses, esc cancels."""

    DEFAULT_CSS = """
    CiteChooser { align: center middle; }
    CiteChooser > Vertical {
        width: 90%; max-width: 120; height: 80%; max-height: 30;
        border: round $accent; background: $surface; padding: 0 1;
    }
    CiteChooser .cite-title { text-style: bold; height: 1; }
    CiteChooser Horizontal { height: 1fr; }
    CiteChooser OptionList { width: 30; height: 100%; }
    CiteChooser TextArea { width: 1fr; height: 100%; }
    CiteChooser .cite-hint { color: $text-muted; height: 1; }
    CiteChooser.-small > Vertical { width: 100%; height: 100%; max-height: 100%; }
    CiteChooser.-small Horizontal { layout: vertical; }
    CiteChooser.-small OptionList { width: 100%; height: 1fr; min-height: 3; }
    CiteChooser.-small TextArea { height: 1fr; min-height: 3; }
    CiteChooser.-small .cite-title { display: none; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(
        self,
        claim: Claim,
        analysis: Analysis,
        metadata: Metadata,
        current_style: str,
        max_words: int | None = None,
    ) -> None:
        super().__init__()
        self.claim = claim
        self.analysis = analysis
        self.metadata = metadata
        self.current_style = current_style if current_style in STYLES else STYLES[0]
        self.max_words = max_words
        self._previews: dict[str, str] = {}

    def preview(self, style: str) -> str:
        """The citation in `style`, as it would be copied."""
        if style not in self._previews:
            self._previews[style] = cite(
                self.claim, self.analysis, self.metadata, style, self.max_words
            )
        return self._previews[style]

    def compose(self) -> ComposeResult:
        options = [
            Option(Content(f"{style:<9} {STYLE_NOTES[style]}"), id=style) for style in STYLES
        ]
        with Vertical():
            yield Static(Content("Citation format"), classes="cite-title")
            with Horizontal():
                yield OptionList(*options, id="cite-styles", markup=False)
                yield TextArea(
                    clean(self.preview(self.current_style)),
                    read_only=True,
                    soft_wrap=True,
                    id="cite-preview",
                )
            yield Static(
                Content(
                    "↑↓ style · enter use this style · tab preview (select by hand) · esc cancel"
                ),
                classes="cite-hint",
            )

    def on_resize(self, event: Resize) -> None:
        fit_small(self, event)

    def on_mount(self) -> None:
        styles = self.query_one("#cite-styles", OptionList)
        styles.highlighted = STYLES.index(self.current_style)
        styles.focus()

    @on(OptionList.OptionHighlighted, "#cite-styles")
    def _show(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_id:
            preview = clean(self.preview(event.option_id))
            self.query_one("#cite-preview", TextArea).load_text(preview)

    @on(OptionList.OptionSelected, "#cite-styles")
    def _choose(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option_id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class CitationText(ModalScreen[None]):
    """A citation shown selected, for copying by hand when no clipboard is confirmed."""

    DEFAULT_CSS = """
    CitationText { align: center middle; }
    CitationText > Vertical {
        width: 90%; max-width: 120; height: 70%; max-height: 24;
        border: round $warning; background: $surface; padding: 0 1;
    }
    CitationText .cite-message { height: auto; }
    CitationText TextArea { height: 1fr; }
    CitationText .cite-hint { color: $text-muted; height: 1; }
    CitationText.-small > Vertical { width: 100%; height: 100%; max-height: 100%; }
    CitationText.-small TextArea { min-height: 3; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close"),
        Binding("q", "close", "Close", show=False),
    ]

    def __init__(self, text: str, message: str = "") -> None:
        super().__init__()
        self.text = text
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical():
            if self.message:
                yield Static(Content(self.message), classes="cite-message")
            # shown cleaned: metadata from flags (--title) never passed the loader,
            # and a TextArea writes control characters to the terminal as they are
            yield TextArea(clean(self.text), read_only=True, soft_wrap=True, id="cite-text")
            yield Static(
                Content("selected: copy with your terminal (or ctrl+c) · esc close"),
                classes="cite-hint",
            )

    def on_resize(self, event: Resize) -> None:
        fit_small(self, event)

    def on_mount(self) -> None:
        area = self.query_one("#cite-text", TextArea)
        area.focus()
        area.select_all()

    def action_close(self) -> None:
        self.dismiss(None)
