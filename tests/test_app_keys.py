"""Every key of the reader under Pilot: scrolling, search, copy, themes, help, quit, remapping."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from rich.text import Text
from test_app_fixtures import (
    active_screen,
    current_id,
    focused,
    harbour,
    long_analysis,
    long_document,
    notes,
    one_quote,
    pilot_test,
    shown,
    status,
)
from textual.binding import Binding
from textual.widgets import Static

import reader.clipboard
from reader.citation import bare_quote
from reader.tui.app import NewsReaderApp
from reader.tui.screens.cite_chooser import CitationText
from reader.tui.screens.help import HelpScreen, help_table
from reader.tui.themes import theme_names
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.figures import FigureList
from reader.tui.widgets.search import SearchBar, SearchInput

SIZE = (120, 36)


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No real config file, no system clipboard tool, saved copies under tmp."""
    monkeypatch.setenv("NEWSREADER_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setattr(reader.clipboard, "system_commands", lambda env=None: [])
    monkeypatch.setattr(reader.clipboard, "state_file", lambda: tmp_path / "last.txt")
    return tmp_path


@pilot_test
async def test_less_like_scrolling_keys() -> None:
    doc = long_document()
    app = NewsReaderApp(doc, long_analysis(doc))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.article
        page = view.scrollable_content_region.height
        expectations = [
            ("j", 1),
            ("down", 2),
            ("k", 1),
            ("up", 0),
            ("space", page),
            ("b", 0),
            ("pagedown", page),
            ("pageup", 0),
            ("d", page // 2),
            ("u", 0),
        ]
        for key, row in expectations:
            await pilot.press(key)
            assert int(view.scroll_y) == row, key
        for key in ("G", "end"):
            await pilot.press("g")
            await pilot.press(key)
            assert view.scroll_y == view.max_scroll_y > page, key
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("end", "home")
        assert view.scroll_y == 0


@pilot_test
async def test_incremental_search_counter_and_match_stepping() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        bar = app.query_one(SearchBar)
        assert shown(bar) and isinstance(focused(app), SearchInput)
        await pilot.press("p")
        many = len(app.search.matches)
        await pilot.press("l", "a", "n")
        assert many > len(app.search.matches) == 2  # "harbour plan", "the plan meets"
        assert status(app) == "search “plan” · match 1/2"
        count = app.query_one("#search-count", Static).content
        assert isinstance(count, Text) and count.plain == "1/2"
        await pilot.press("enter")
        assert not shown(bar) and isinstance(focused(app), ArticleView)
        assert "n next  N previous  esc ends" in status(app)
        await pilot.press("n")
        assert app.search.current == 1 and "match 2/2" in status(app)
        await pilot.press("n")
        assert app.search.current == 0
        await pilot.press("N")
        assert app.search.current == 1
        assert current_id(app) is None  # n and N stepped matches, not claims
        await pilot.press("escape")
        assert app.search.matches == [] and status(app).startswith("5 claims")
        await pilot.press("n")
        assert current_id(app) == 0


@pilot_test
async def test_search_without_match_and_cancel() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "z", "q", "x")
        assert status(app) == "search “zqx” · no match"
        await pilot.press("enter")
        assert app.search.query == "" and status(app).startswith("5 claims")
        await pilot.press("slash", "r", "u", "l", "e", "escape")
        assert not app.query_one(SearchBar).display
        assert app.search.matches == [] and isinstance(app.focused, ArticleView)


@pilot_test
async def test_c_copies_a_citation_and_says_how() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        assert notes(app)[-1].startswith("No claim selected")
        await pilot.press("n", "c")
        assert "We are delighted" in app.clipboard
        assert "Jane Doe" in app.clipboard and "Harbour plan approved" in app.clipboard
        # a notification says what was copied and how; no dialog holds the keys
        assert not isinstance(app.screen, CitationText)
        note = notes(app)[-1]
        assert note.startswith("Plain citation copied: Sent to the terminal clipboard (OSC 52")
        assert "saved to" in note
        await pilot.press("n")  # the next key reaches the reader
        assert current_id(app) == 1


@pilot_test
async def test_y_copies_the_bare_quote_and_Y_all_claims_of_the_figure() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "y")
        assert app.clipboard == bare_quote(analysis.claims[0])
        assert notes(app)[-1].startswith("Quote copied: ")
        await pilot.press("Y")
        assert "We are delighted" in app.clipboard
        assert "The work starts in spring" in app.clipboard
        assert "the budget had doubled" not in app.clipboard


@pilot_test
async def test_copy_with_no_clipboard_at_all_shows_the_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSREADER_CLIPBOARD", "osc52")  # and the terminal refuses it
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)

    def refuse(text: str) -> None:
        raise OSError("no terminal")

    async with app.run_test(size=SIZE) as pilot:
        monkeypatch.setattr(app, "copy_to_clipboard", refuse)
        await pilot.press("n", "y")
        assert isinstance(app.screen, CitationText)
        assert app.screen.text == bare_quote(analysis.claims[0])


@pilot_test
async def test_C_chooses_the_citation_format(isolated: Path) -> None:
    from reader.tui.screens.cite_chooser import CiteChooser

    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "C")
        assert isinstance(active_screen(app), CiteChooser)
        await pilot.press("escape")
        assert not isinstance(active_screen(app), CiteChooser) and app.citation_style == "plain"
        await pilot.press("C", "down", "enter")
        await pilot.pause()
        assert app.citation_style == "markdown"
        assert app.clipboard.startswith(">")
        assert 'style = "markdown"' in (isolated / "config.toml").read_text()


@pilot_test
async def test_t_cycles_themes_and_recolours() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        before_theme, before = app.theme, app.article._styles
        await pilot.press("t")
        await pilot.pause()
        assert app.theme != before_theme
        assert app.article._styles != before
        seen = {app.theme}
        for _ in range(len(app._theme_names)):
            await pilot.press("t")
            seen.add(app.theme)
        assert seen == set(app._theme_names)


@pilot_test
async def test_question_mark_and_f1_open_help_listing_every_key() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(active_screen(app), HelpScreen)
        await pilot.press("escape")
        assert not isinstance(active_screen(app), HelpScreen)
        await pilot.press("f1")
        assert isinstance(active_screen(app), HelpScreen)
        await pilot.press("q")  # closes help, not the app
        assert not isinstance(active_screen(app), HelpScreen) and app.is_running
    sections = [
        ("Anywhere", NewsReaderApp.BINDINGS),
        ("Article", ArticleView.BINDINGS),
        ("Panel", FigureList.BINDINGS),
    ]
    table = help_table(sections, {})
    cells = [str(c) for column in table.columns for c in column._cells]
    for section in sections:
        for binding in section[1]:
            assert isinstance(binding, Binding)
            what = binding.tooltip or binding.description
            assert what[:1].upper() + what[1:] in cells


@pytest.mark.parametrize("key", ["q", "ctrl+q"])
def test_q_and_ctrl_q_quit(key: str) -> None:
    @pilot_test
    async def run() -> None:
        doc, analysis = harbour()
        app = NewsReaderApp(doc, analysis)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press(key)
            await pilot.pause()
            assert app._exit

    run()


@pilot_test
async def test_every_binding_has_an_id_and_can_be_remapped() -> None:
    for owner in (NewsReaderApp, ArticleView, FigureList):
        for binding in owner.BINDINGS:
            assert isinstance(binding, Binding) and binding.id, (owner, binding)
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        app.set_keymap({"next_claim": "x", "toggle_panel": "v"})
        await pilot.press("n")
        assert current_id(app) is None
        await pilot.press("x")
        assert current_id(app) == 0
        await pilot.press("v")
        assert not shown(app.panel)


@pilot_test
async def test_command_palette_jumps_to_a_claim() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Claim 4")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.current is not None and app.current.id == 3


def test_no_color_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    assert app.no_color
    assert any(type(f).__name__ in {"Monochrome", "NoColor"} for f in app._filters)


@pilot_test
async def test_the_start_theme_reaches_the_stylesheet() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis, theme="light")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        _, background = app.article.background_colors
        assert app.theme == "light" and background.brightness > 0.5


@pytest.mark.parametrize("name", theme_names())
def test_every_theme_reaches_the_screen(name: str) -> None:
    """A light theme gives a light page, a dark theme a dark one, from the first frame.

    (Setting the start theme with `set_reactive` skips the stylesheet update,
    so `--theme light` drew the light claim colours on the dark background.)
    """

    async def run() -> tuple[bool, float, float]:
        doc, analysis = harbour()
        app = NewsReaderApp(doc, analysis, theme=name)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            _, article = app.query_one("#article").background_colors
            _, screen = app.screen.background_colors
            return app.current_theme.dark, article.brightness, screen.brightness

    dark, article, screen = asyncio.run(run())
    for brightness in (article, screen):
        assert (brightness < 0.5) if dark else (brightness > 0.5), (name, brightness)


def test_an_unknown_theme_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    from reader.tui.app import run_app

    doc, _ = harbour()
    assert run_app(doc, theme="no-such-theme") == 2
    assert "unknown theme 'no-such-theme'" in capsys.readouterr().err


@pilot_test
async def test_palette_entries_show_article_text_as_text() -> None:
    from textual.content import Content

    from reader.document import from_text
    from reader.tui.commands import ClaimCommands

    doc = from_text('"[bold]Hi[/bold] there," said [red]Zed[/red].\n', "odd.txt")
    analysis = one_quote(doc, "[bold]Hi[/bold] there,", "[red]Zed[/red]")
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE):
        provider = ClaimCommands(app.screen)
        hits = [hit async for hit in provider.search("zed")]
        quotes = [hit async for hit in provider.search("claim 1")]
        found = [hit async for hit in provider.discover()]
    assert hits and quotes and found
    for hit in [*hits, *quotes, *found]:
        assert isinstance(hit.prompt, Content)
    hit_texts = [hit.prompt.plain for hit in hits if isinstance(hit.prompt, Content)]
    quote_texts = [hit.prompt.plain for hit in quotes if isinstance(hit.prompt, Content)]
    assert any("[red]Zed[/red]" in text for text in hit_texts)
    assert any("[bold]Hi[/bold]" in text for text in quote_texts)


@pilot_test
async def test_a_confirmed_system_clipboard_only_notifies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader.clipboard, "system_commands", lambda env=None: [["cat"]])
    monkeypatch.setattr(reader.clipboard, "over_ssh", lambda *a, **k: False)
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "c")
        assert not isinstance(app.screen, CitationText)
        assert "system clipboard (cat)" in notes(app)[-1]
