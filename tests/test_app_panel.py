"""The figures panel as a reader meets it: a visible cursor and focus, in every theme."""

from __future__ import annotations

import pytest
from rich.style import Style
from test_app_fixtures import harbour, pilot_test

from reader.tui.app import NewsReaderApp
from reader.tui.themes import BUILTIN_ORDER
from reader.tui.widgets.figures import FigureList

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
