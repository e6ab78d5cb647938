"""The figures panel as a reader meets it: a visible cursor and focus, in every theme."""

from __future__ import annotations

import pytest
from rich.style import Style
from rich.table import Table
from rich.text import Text
from test_app_fixtures import harbour, pilot_test
from textual.widgets import Static

from reader.analysis.model import SOURCE_TYPE_LABELS, SOURCE_TYPES
from reader.tui.app import NewsReaderApp
from reader.tui.screens.help import HelpScreen
from reader.tui.themes import BUILTIN_ORDER
from reader.tui.widgets.figures import FigureList
from reader.tui.widgets.palette import claim_styles

SIZE = (120, 36)


def row_backgrounds(outline: FigureList, line: int) -> set[str]:
    """The background colours drawn on one row of the outline."""
    strip = outline._draw_row(line, outline.scrollable_content_region.width)
    return {
        str(seg.style.bgcolor.triplet)
        for seg in strip
        if isinstance(seg.style, Style) and seg.style.bgcolor is not None and seg.text.strip()
    }


@pytest.mark.parametrize("theme", BUILTIN_ORDER)
@pilot_test
async def test_the_panel_cursor_and_focus_show_in_every_theme(theme: str) -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis, theme=theme)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        panel = app.panel
        unfocused_border = panel.styles.border_left
        await pilot.press("tab", "down", "down")
        outline = app.query_one(FigureList)
        assert app.focused is outline and outline.cursor == 2
        cursor, other = row_backgrounds(outline, 2), row_backgrounds(outline, 1)
        assert cursor and other and cursor.isdisjoint(other), (cursor, other)
        assert panel.styles.border_left != unfocused_border
        await pilot.press("shift+tab")  # the cursor stays visible, more quietly
        await pilot.pause()
        assert row_backgrounds(outline, 2).isdisjoint(row_backgrounds(outline, 1))
        assert panel.styles.border_left == unfocused_border


@pilot_test
async def test_help_says_how_to_read_the_colours() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-table", Static).content
        assert isinstance(table, Table)
        keys, what = (list(column.cells) for column in table.columns)
        said = " ".join(str(cell) for cell in what)
        assert "How to read the colours" in said
        for source_type in SOURCE_TYPES:
            assert SOURCE_TYPE_LABELS[source_type] in said
        for words in ("direct:", "indirect:", "mixed:", "in the panel", "the main keys"):
            assert words in said
        shown = [str(cell) for cell in keys]
        assert "mentioned only" in shown and "key row" in shown
        # each type's swatch is drawn in that type's colour
        styles = claim_styles(app)
        for number, source_type in enumerate(SOURCE_TYPES, start=1):
            row = next(c for c in keys if isinstance(c, Text) and c.plain.startswith(f"{number} ■"))
            swatch = next(span for span in row.spans if row.plain[span.start : span.end] == "■ ")
            assert Style.parse(str(swatch.style)).color == styles.colour(source_type).color
