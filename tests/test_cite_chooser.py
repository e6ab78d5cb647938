"""The citation chooser and the copy-by-hand screen, driven by Pilot in a minimal host app."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import OptionList, Static, TextArea

from reader.analysis.model import Analysis, Claim, Figure, Span
from reader.citation import STYLES, cite
from reader.publication import Metadata
from reader.tui.screens.cite_chooser import CitationText, CiteChooser

CLAIM = Claim(
    0, 0, 29, "We have no knowledge of this.", "direct", None, Span(40, 53, "Dmitry Peskov"),
    "Dmitry Peskov", "named_person",
)  # fmt: skip
ANALYSIS = Analysis(
    "x" * 60,
    (CLAIM,),
    (Figure("Dmitry Peskov", (), "Kremlin spokesperson", "named_person", (0,)),),
)
META = Metadata(title="[bold]Kremlin[/bold] denies talks", outlet="The Moscow Times")

R = TypeVar("R")


class Host(App[None], Generic[R]):
    """Pushes one screen and keeps what it is dismissed with."""

    def __init__(self, screen_factory: Callable[[], Screen[R]]) -> None:
        super().__init__()
        self.factory = screen_factory
        self.results: list[R | None] = []

    def compose(self) -> ComposeResult:
        yield Static("host")

    def on_mount(self) -> None:
        self.push_screen(self.factory(), self.results.append)


def run(
    factory: Callable[[], Screen[R]],
    keys: Sequence[str],
    check: Callable[[Host[R]], None] | None = None,
) -> list[R | None]:
    async def go() -> list[R | None]:
        app = Host(factory)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            if check is not None:
                check(app)
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
            return app.results

    return asyncio.run(go())


def chooser(style: str = "plain") -> Callable[[], CiteChooser]:
    return lambda: CiteChooser(CLAIM, ANALYSIS, META, style)


def test_opens_on_the_current_style_with_its_preview() -> None:
    def check(app: Host[str | None]) -> None:
        screen = app.screen
        assert isinstance(screen, CiteChooser)
        assert screen.query_one(OptionList).highlighted == STYLES.index("apa")
        preview = screen.query_one("#cite-preview", TextArea).text
        assert preview == cite(CLAIM, ANALYSIS, META, "apa")
        # article text is shown as text: the markup-looking title is intact
        assert "[bold]Kremlin[/bold] denies talks" in preview

    assert run(chooser("apa"), [], check) == []


def test_moving_updates_the_preview_and_enter_chooses() -> None:
    seen: dict[str, str] = {}

    async def go() -> list[str | None]:
        app = Host(chooser("plain"))
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            await pilot.press("down", "down")
            await pilot.pause()
            seen["preview"] = app.screen.query_one("#cite-preview", TextArea).text
            await pilot.press("enter")
            await pilot.pause()
            return app.results

    assert asyncio.run(go()) == ["apa"]
    assert seen["preview"] == cite(CLAIM, ANALYSIS, META, "apa")


def test_every_style_has_a_preview() -> None:
    screen = CiteChooser(CLAIM, ANALYSIS, META, "nonsense")
    assert screen.current_style == "plain"
    for style in STYLES:
        assert screen.preview(style) == cite(CLAIM, ANALYSIS, META, style)


def test_escape_cancels() -> None:
    assert run(chooser("mla"), ["escape"]) == [None]


def test_citation_text_is_shown_selected_and_read_only() -> None:
    text = "“We have no knowledge of this.” — Dmitry Peskov [red]x[/red]"
    message = "No clipboard reachable (over SSH); saved to /tmp/last-citation.txt"

    def check(app: Host[None]) -> None:
        area = app.screen.query_one("#cite-text", TextArea)
        assert area.read_only
        assert area.has_focus
        assert area.selected_text == text
        shown = app.screen.query(Static).first()
        assert str(shown.render()) == message

    assert run(lambda: CitationText(text, message), ["x", "escape"], check) == [None]
