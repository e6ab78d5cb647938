"""The reader app under Pilot: start-up, claim navigation, panel, filters, states."""

from __future__ import annotations

import pytest
from rich.console import RenderableType
from rich.style import Style
from rich.text import Text
from test_app_fixtures import (
    current_id,
    focused,
    harbour,
    long_analysis,
    long_document,
    pilot_test,
    row_text,
    screen_text,
    shown,
    status,
)
from textual.screen import Screen
from textual.widgets import Static

from reader.analysis.model import Analysis
from reader.document import from_text
from reader.tui.app import NewsReaderApp
from reader.tui.widgets.article import TOP, ArticleView
from reader.tui.widgets.figures import Entry, FigureList, FiguresPanel
from reader.tui.widgets.legend import Legend
from reader.tui.widgets.outline import Node

SIZE = (120, 36)


def expanded(node: Node[Entry]) -> bool:
    """Whether a node of the panel is open now (read by a call: see test_app_fixtures)."""
    return node.expanded


@pilot_test
async def test_opens_with_header_panel_and_summary() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        header = app.query_one("#header", Static).content
        assert isinstance(header, Text)
        assert header.plain == "Harbour plan approved · The Courier · 2024-11-06"
        assert app.panel.display
        assert status(app).startswith("5 claims from 3 figures")
        assert isinstance(app.focused, ArticleView)
        assert "The council approved the harbour plan" in screen_text(app.article)


@pilot_test
async def test_n_p_and_brackets_walk_claims_in_order() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert current_id(app) == 0
        assert status(app).startswith("claim 1/5 · direct · named person · Jane Doe")
        await pilot.press("n", "n")
        assert current_id(app) == 2
        assert "anonymous source" in status(app)
        await pilot.press("p")
        assert current_id(app) == 1
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert current_id(app) == 3
        await pilot.press("left_square_bracket")
        assert current_id(app) == 2
        await pilot.press("n", "n", "n", "n")  # stays on the last one
        assert current_id(app) == 4
        assert status(app).startswith("claim 5/5 · mixed")


@pilot_test
async def test_N_and_P_follow_the_same_figure() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "N")
        assert current_id(app) == 1
        await pilot.press("N")
        assert current_id(app) == 4  # skips the anonymous source and the ministry
        await pilot.press("P")
        assert current_id(app) == 1
        await pilot.press("p", "p")  # nothing before the first claim
        assert current_id(app) == 0


@pilot_test
async def test_current_claim_is_drawn_marked_and_kept_in_view() -> None:
    doc = long_document()
    app = NewsReaderApp(doc, long_analysis(doc))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        view = app.article
        claim = analysis_claim = long_analysis(doc).claims[0]
        row = view._index.row_of(analysis_claim.start) + TOP
        top = int(view.scroll_y)
        assert top > 0
        assert top <= row < top + view.size.height
        strip = view._render_row(row, view.scrollable_content_region.width)
        marked = [seg for seg in strip if claim.content in seg.text]
        assert marked and marked[0].style is not None and marked[0].style.bgcolor is not None


@pilot_test
async def test_speaker_is_bold_and_kinds_differ() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.article
        width = view.scrollable_content_region.width

        def style_of(needle: str) -> Style:
            offset = doc.text.index(needle)
            strip = view._render_row(view._index.row_of(offset) + TOP, width)
            style = next(s.style for s in strip if needle in s.text)
            assert style is not None, needle
            return style

        direct = style_of("We are delighted")
        speaker = style_of("Mayor Jane Doe")
        indirect = style_of("the budget had doubled")
        assert speaker.bold and speaker.color == direct.color
        assert not direct.underline and indirect.underline
        assert indirect.color != direct.color  # another source type


@pilot_test
async def test_tab_enter_in_panel_jumps_and_j_k_move() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")
        outline = app.query_one(FigureList)
        assert app.focused is outline
        assert outline.cursor == 0
        await pilot.press("j")  # group line -> Jane Doe
        node = outline.cursor_node
        assert node is not None and node.data == Entry("named_person", "Jane Doe")
        await pilot.press("enter")  # opens the figure and goes to its first claim
        assert expanded(node) and current_id(app) == 0
        await pilot.press("j", "down", "j")  # role line, first, second statement
        await pilot.press("enter")
        assert current_id(app) == 1
        await pilot.press("k")
        assert outline.cursor_node is not None and outline.cursor_node.data.claim == 0
        await pilot.press("up", "up", "space")  # role line, Jane Doe: closes it
        assert not expanded(node) and outline.cursor_node is node
        await pilot.press("shift+tab")
        assert isinstance(focused(app), ArticleView)


@pilot_test
async def test_clicking_a_statement_in_the_panel_jumps() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()  # the panel comes just after the first frame
        outline = app.query_one(FigureList)
        jane = outline.roots[0].children[0]
        mark = outline.line_of(jane)
        assert mark is not None
        await pilot.click(FigureList, offset=(2, mark))  # on the mark
        assert jane.expanded and current_id(app) is None
        statement = next(n for n in jane.children if n.data.claim == 4 and not n.data.detail)
        line = outline.line_of(statement)
        assert line is not None
        await pilot.click(FigureList, offset=(12, line - int(outline.scroll_y)))
        assert current_id(app) == 4


@pilot_test
async def test_clicking_a_claim_in_the_article_selects_it() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.article
        offset = doc.text.index("the plan meets every rule") + 4
        row = view._index.row_of(offset) + TOP - int(view.scroll_y)
        found = view._index.row(row - TOP + int(view.scroll_y))
        assert found is not None
        column = view._margin + (offset - found[1][0])
        await pilot.click(ArticleView, offset=(column, row))
        assert current_id(app) == 3
        speaker = doc.text.index("A source close") + 2
        row = view._index.row_of(speaker) + TOP - int(view.scroll_y)
        found = view._index.row(row - TOP + int(view.scroll_y))
        assert found is not None
        await pilot.click(ArticleView, offset=(view._margin + speaker - found[1][0], row))
        assert current_id(app) == 2


@pilot_test
async def test_f_toggles_the_panel() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        assert shown(app.panel)
        await pilot.press("tab", "f")  # hiding the focused panel gives the keys back
        assert not shown(app.panel) and isinstance(focused(app), ArticleView)
        await pilot.press("f")
        assert shown(app.panel)


@pilot_test
async def test_number_keys_hide_a_source_type_in_both_panes() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")  # named person
        assert app.hidden == {"named_person"}
        await pilot.press("n")
        assert current_id(app) == 2  # Jane Doe's claims are skipped
        await pilot.press("n", "n")
        assert current_id(app) == 3
        outline = app.query_one(FigureList)
        names = {n.data.figure for n in outline.roots[0].children}
        labels = [g.label.plain for g in outline.roots]
        assert "Jane Doe" not in names and not any("named person" in x for x in labels)
        legend = app.query_one(Legend).content
        assert isinstance(legend, Text) and "named person  hidden" in legend.plain
        view = app.article
        offset = doc.text.index("We are delighted")
        strip = view._render_row(view._index.row_of(offset) + TOP, 120)
        plain = next(s.style for s in strip if "We are delighted" in s.text)
        assert plain == view.rich_style  # drawn as narration
        for key in "2345":
            await pilot.press(key)
        assert app.hidden == {"anonymous", "institution", "media", "document", "named_person"}
        assert not outline.display
        for key in "12345":
            await pilot.press(key)
        assert app.hidden == set()
        assert outline.display


@pilot_test
async def test_empty_article_says_so() -> None:
    app = NewsReaderApp(from_text("", "empty.txt"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "j", "G", "c")
        assert status(app) == "This article is empty."
        assert "This article is empty" in row_text(app.article, TOP)


@pilot_test
async def test_article_without_claims_says_so() -> None:
    doc = from_text("Rain fell all day.\n\nThe river rose by a metre.\n", "rain.txt")
    app = NewsReaderApp(doc, Analysis(doc.text, (), ()))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "N", "p")
        assert app.current is None
        assert status(app) == "No attributed claims found in this article."
        empty = app.query_one("#figures-empty", Static).content
        assert isinstance(empty, Text) and "No figures" in empty.plain


@pilot_test
async def test_resizing_down_to_40x12_and_back() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "n")
        wide = app.article._index.width
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        view = app.article
        assert not shown(app.panel)
        assert view._index.width <= 40
        assert view.size.height >= 5
        assert "claim 2/5" in status(app)
        rows = [row_text(view, y) for y in range(view._index.height)]
        assert all(len(r) <= 40 for r in rows)
        await pilot.press("n")
        assert current_id(app) == 2
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        assert shown(app.panel) and view._index.width == wide > 40


@pilot_test
async def test_article_text_is_never_markup() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "[bold]nobody[/bold]" in screen_text(app.article)


@pilot_test
async def test_analysis_runs_when_not_given() -> None:
    doc, _ = harbour()
    app = NewsReaderApp(doc)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.analysis is not None
        assert app.query_one(FiguresPanel)._analysis is app.analysis


@pilot_test
async def test_a_failing_analysis_leaves_the_article_readable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import reader.analysis

    def broken(text: str, start: int = 0, **options: object) -> Analysis:
        raise RuntimeError("engine under repair")

    monkeypatch.setattr(reader.analysis, "analyze", broken)  # the app imports it when it starts
    doc, _ = harbour()
    app = NewsReaderApp(doc)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert status(app) == "No attributed claims found in this article."
        assert any("engine under repair" in n.message for n in app._notifications)
        assert "The council approved the harbour plan" in screen_text(app.article)


@pilot_test
async def test_clicking_the_legend_hides_a_source_type() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()  # the panel comes just after the first frame
        row = app.query_one(Legend).gutter.top + 1  # the second row: anonymous source
        await pilot.click(Legend, offset=(4, row))
        assert app.hidden == {"anonymous"}
        await pilot.click(Legend, offset=(4, row))
        assert app.hidden == set()


@pilot_test
async def test_g_and_G_go_to_the_ends_of_the_panel_and_the_help() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", "G")
        outline = app.query_one(FigureList)
        assert outline.cursor > 0
        await pilot.press("g")
        assert outline.cursor == 0
        await pilot.press("shift+tab", "question_mark", "G")
        body = app.screen.query_one("#help-body")
        assert body.scroll_y > 0
        await pilot.press("g")
        assert body.scroll_y == 0


def _frames(app: NewsReaderApp) -> list[tuple[str, list[tuple[str | None, tuple[int, ...]]]]]:
    """Record every frame the app draws: its text and where each pane sits.

    Hooks the (private) call every frame passes through, as the UI benchmark does.
    """
    frames: list[tuple[str, list[tuple[str | None, tuple[int, ...]]]]] = []
    display = app._display

    def record(screen: Screen[object], renderable: RenderableType | None) -> None:
        display(screen, renderable)
        if renderable is not None and not app._batch_count:
            text = "\n".join(s.text for s in screen._compositor.render_strips())
            frames.append((text, [(w.id, tuple(w.region)) for w in screen.children]))

    vars(app)["_display"] = record  # an instance attribute: the app calls it in place
    return frames


@pilot_test
async def test_first_frame_shows_the_article_and_the_panel_follows_without_a_jump() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    frames = _frames(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
    first_text, first_panes = frames[0]
    panes = dict(first_panes)
    # the article, wrapped for its final width, its header and the status line
    assert "The council approved the harbour plan on Tuesday" in first_text
    assert "Harbour plan approved" in first_text and "5 claims from 3 figures" in first_text
    assert "Figures" not in first_text and "Quit" not in first_text
    # the room kept for the panel and the key hints: nothing moves when they come
    last = dict(frames[-1][1])
    assert panes["article"] == last["article"] and panes["header"] == last["header"]
    assert panes["status"][:2] == last["status"][:2]
    later = [i for i, (_, p) in enumerate(frames) if "figures" in dict(p) and "keys" in dict(p)]
    assert later and later[0] <= 3
    x, y, width, height = panes["article"]
    rows = [line[x : x + width] for line in first_text.splitlines()[y : y + height]]
    assert rows == [line[x : x + width] for line in frames[-1][0].splitlines()[y : y + height]]


@pilot_test
async def test_tab_visits_article_panel_and_search_line_in_reading_order() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "x")
        seen = [type(app.focused).__name__]
        for key in ("tab", "tab", "tab", "shift+tab", "shift+tab"):
            await pilot.press(key)
            seen.append(type(app.focused).__name__)
        assert seen == [
            "SearchInput",
            "ArticleView",
            "FigureList",
            "SearchInput",
            "FigureList",
            "ArticleView",
        ]
