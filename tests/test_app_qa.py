"""Regressions found by hand in a real terminal: messages and layout at the edges."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from rich.text import Text
from test_app_fixtures import harbour, pilot_test
from textual.widgets import Static, TextArea

import reader.clipboard
from reader.analysis.model import SOURCE_TYPES, Analysis
from reader.document import from_text
from reader.tui.app import NewsReaderApp
from reader.tui.screens.cite_chooser import CitationText
from reader.tui.widgets.legend import Legend
from reader.tui.widgets.palette import UnknownThemeError

SIZE = (120, 36)


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSREADER_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setattr(reader.clipboard, "system_commands", lambda env=None: [])
    monkeypatch.setattr(reader.clipboard, "state_file", lambda: tmp_path / "last.txt")


def last_note(app: NewsReaderApp) -> str:
    return [n.message for n in app._notifications][-1]


@pilot_test
async def test_copy_without_claims_does_not_say_press_n() -> None:
    doc = from_text("Rain fell all day.\n\nThe river rose by a metre.\n", "rain.txt")
    app = NewsReaderApp(doc, Analysis(doc.text, (), ()))
    async with app.run_test(size=SIZE) as pilot:
        for key in ("c", "y", "Y", "C"):
            await pilot.press(key)
            assert last_note(app) == "Nothing to copy: this article has no attributed claims."


@pilot_test
async def test_copy_with_every_type_hidden_says_how_to_show_them() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*[str(i + 1) for i in range(len(SOURCE_TYPES))], "n", "c")
        assert app.current is None
        assert last_note(app).startswith("Nothing to copy: every claim is hidden")
        await pilot.press("1", "2", "3", "4", "5", "c")
        assert last_note(app) == "No claim selected: press n to go to one."


@pilot_test
async def test_short_terminal_leaves_the_panel_to_the_figures() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()  # the panel comes just after the first frame
        legend = app.query_one(Legend)
        assert legend.display and legend.region.height > 0
        await pilot.resize_terminal(40, 12)
        await pilot.press("f")
        await pilot.pause()
        assert app.panel.display and legend.region.height == 0
        outline = app.panel.figure_list
        assert outline.region.height >= min(8, outline.line_count)  # every row, room allowing
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        assert legend.region.height > 0


@pilot_test
async def test_copy_message_keeps_the_case_of_names() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "Y")
        assert last_note(app).startswith("All claims of Jane Doe copied: ")


@pilot_test
async def test_keys_that_stop_at_an_end_say_so() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "p")
        assert app.current is not None and app.current.id == 0
        assert last_note(app) == "First claim."
        await pilot.press("P")
        assert last_note(app) == "No earlier claim by Jane Doe."
        await pilot.press("N", "N", "N")
        assert app.current.id == 4 and last_note(app) == "No later claim by Jane Doe."
        await pilot.press("G", "n")
        assert app.current.id == 4 and last_note(app) == "Last claim."


@pilot_test
async def test_citation_dialogs_keep_the_citation_visible_on_a_small_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSREADER_CLIPBOARD", "system")  # none here: copied by hand
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("n", "C")
        await pilot.pause()
        preview = app.screen.query_one("#cite-preview")
        assert preview.region.width >= 30 and preview.region.height >= 3
        await pilot.press("escape", "c")
        await pilot.pause()
        assert isinstance(app.screen, CitationText)
        text = app.screen.query_one("#cite-text")
        assert text.region.height >= 3
        assert text.region.y + text.region.height <= 12


@pilot_test
async def test_metadata_from_flags_shows_no_control_in_header_or_dialogs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSREADER_CLIPBOARD", "system")  # none here: copied by hand
    doc, analysis = harbour()
    evil = "T\x1b]0;PWN\x07\x1b[2J\u202eX"
    doc = doc.with_metadata(replace(doc.metadata, title=evil))
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        header = app.query_one("#header", Static).content
        assert isinstance(header, Text) and header.plain.startswith("TX")
        await pilot.press("n", "c")
        assert isinstance(app.screen, CitationText)
        assert evil in app.screen.text  # kept as cited; only the display is cleaned
        shown = app.screen.query_one("#cite-text", TextArea).text
        assert "\x1b" not in shown and "\u202e" not in shown and "TX" in shown
        await pilot.press("escape", "C")
        await pilot.pause()
        preview = app.screen.query_one("#cite-preview", TextArea).text
        assert "\x1b" not in preview and "TX" in preview


@pilot_test
async def test_current_claim_keeps_its_bar_on_a_narrow_screen() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        view = app.article
        width = view.scrollable_content_region.width
        rows = [view._render_row(y, width).text for y in range(view.virtual_size.height)]
        marked = [r for r in rows if r.startswith("▌")]
        assert marked and "delighted" in " ".join(marked)
        assert all(not r.startswith("▌") for r in rows if "source close" in r)


@pilot_test
async def test_copy_message_spells_the_style_as_written() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        app.citation_style = "apa"
        await pilot.press("n", "c")
        assert last_note(app).startswith("APA citation copied: ")
        app.citation_style = "csl-json"
        await pilot.press("c")
        assert last_note(app).startswith("CSL-JSON citation copied: ")


@pilot_test
async def test_unknown_theme_in_the_config_warns_and_uses_the_default(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('theme = "gone"\n', encoding="utf-8")
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis, theme="gone")  # what the CLI passes on
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "dark"
        assert any("key 'theme': 'gone' is not installed" in n.message for n in app._notifications)


def test_unknown_theme_from_the_flag_is_still_a_usage_error() -> None:
    doc, analysis = harbour()
    with pytest.raises(UnknownThemeError):
        NewsReaderApp(doc, analysis, theme="gone")
