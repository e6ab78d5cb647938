"""The figures panel as a reader meets it: a visible cursor and focus, in every theme."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rich.style import Style
from rich.table import Table
from rich.text import Text
from test_app_fixtures import harbour, pilot_test
from textual.widgets import Static

from reader.analysis.model import SOURCE_TYPE_LABELS, SOURCE_TYPES, Analysis, Figure
from reader.document import Document
from reader.tui.app import NewsReaderApp
from reader.tui.commands import ClaimCommands
from reader.tui.screens.help import HelpScreen
from reader.tui.themes import BUILTIN_ORDER
from reader.tui.widgets.figures import FigureList, shown_names
from reader.tui.widgets.legend import Legend
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


def test_a_source_is_numbered_only_among_others_of_its_description() -> None:
    def figure(name: str) -> Figure:
        return Figure(name, (), None, "anonymous", ())

    names = shown_names(
        [
            figure("insider #1"),
            figure("source close to the company #1"),
            figure("source close to the company #2"),
            figure("official #1"),
            figure("official"),
            figure("Room #12 Collective"),
        ]
    )
    assert names["insider #1"] == "insider"
    assert names["source close to the company #2"] == "source close to the company #2"
    assert names["official #1"] == "official #1"  # another figure is plain "official"
    assert names["Room #12 Collective"] == "Room #12 Collective"


def with_figures(*extra: Figure) -> tuple[Document, Analysis]:
    doc, analysis = harbour()
    return doc, replace(analysis, figures=(*analysis.figures, *extra))


def labels(app: NewsReaderApp) -> list[str]:
    outline = app.query_one(FigureList)
    return [outline.node_at(i).label.plain for i in range(outline.line_count)]  # type: ignore[union-attr]


@pilot_test
async def test_types_nobody_speaks_for_get_no_group() -> None:
    doc, analysis = with_figures(Figure("Harbour Weekly", (), None, "media", ()))
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        rows = labels(app)
        assert not any(row.startswith("media outlet") for row in rows)
        assert rows[-1] == "mentioned only (2)"  # Harbour Authority and Harbour Weekly
        assert any(row.startswith("source close to the council  (1)") for row in rows)  # no #1
        await pilot.press("tab", "G", "space")
        rows = labels(app)
        assert rows[-2:] == ["Harbour Authority", "Harbour Weekly"]


@pilot_test
async def test_the_legend_follows_the_rows_without_a_gap() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        outline, legend = app.query_one(FigureList), app.query_one(Legend)
        assert outline.region.height == outline.line_count
        assert legend.region.y == outline.region.y + outline.region.height  # its rule, no gap


LONG = "spokeswoman for the regional ferry operators' association"


@pilot_test
async def test_the_panel_is_as_wide_as_its_names_within_limits() -> None:
    speaker = Figure(LONG, (), None, "institution", (3,))
    doc, analysis = harbour()
    figures = tuple(f for f in analysis.figures if f.name != "the ministry")
    claims = tuple(replace(c, figure=LONG) if c.id == 3 else c for c in analysis.claims)
    app = NewsReaderApp(doc, replace(analysis, figures=(*figures, speaker), claims=claims))
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        panel = app.panel
        assert 40 < panel.outer_size.width <= 56  # the article keeps its 100 columns
        assert any(row.startswith(LONG) for row in labels(app))
        wide, margin = panel.outer_size.width, app.article._margin
        await pilot.press("less_than_sign")
        await pilot.pause()
        assert panel.outer_size.width == wide - 4
        assert app.article._margin == margin  # the text stays where it was
        await pilot.press("greater_than_sign", "greater_than_sign")
        await pilot.pause()
        assert panel.outer_size.width == wide  # no wider than the limit
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert panel.outer_size.width == 40


@pilot_test
async def test_the_palette_can_widen_the_panel() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("less_than_sign", "less_than_sign")
        await pilot.pause()
        narrow = app.panel.outer_size.width
        assert narrow < 56  # short of the limit
        provider = ClaimCommands(app.screen)
        wider = next(c for p, _, c in provider._entries() if p == "Figures panel: wider")
        wider()
        await pilot.pause()
        assert app.panel.outer_size.width == narrow + 4
