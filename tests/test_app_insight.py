"""Insight keys: `w` (or a click on the status line) explains a claim; `s` shows the sourcing."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_app_fixtures import pilot_test
from textual.widgets import Static

from reader.analysis import analyze
from reader.document import Document, from_text, load
from reader.tui.app import NewsReaderApp
from reader.tui.screens.insight import SourcingScreen, WhyScreen
from reader.tui.widgets.figures import FigureList
from reader.tui.widgets.highlights import LOADED_CUE
from reader.tui.widgets.status import StatusLine

SEED = Path(__file__).parent.parent / "samples" / "dev" / "a_anonymous.txt"


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSREADER_CONFIG", str(tmp_path / "config.toml"))


def _app() -> NewsReaderApp:
    doc: Document = load(str(SEED))
    return NewsReaderApp(doc, analyze(doc.text, doc.body_start))


def _body(app: NewsReaderApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


@pilot_test
async def test_w_explains_the_current_claim_and_closes_again() -> None:
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n", "n", "n", "n")
        await pilot.press("w")
        assert isinstance(app.screen, WhyScreen)
        body = _body(app, "#why-body")
        assert app.current is not None
        assert app.current.rule in body
        assert "→" in body
        assert app.current.figure is not None and app.current.figure in body
        await pilot.press("escape")
        assert not isinstance(app.screen, WhyScreen)


@pilot_test
async def test_w_without_a_claim_says_what_to_do() -> None:
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("w")
        assert not isinstance(app.screen, WhyScreen)


@pilot_test
async def test_a_click_on_the_status_line_explains_the_claim() -> None:
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        await pilot.click(StatusLine)
        assert isinstance(app.screen, WhyScreen)


@pilot_test
async def test_s_shows_the_sourcing_summary() -> None:
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, SourcingScreen)
        body = _body(app, "#sourcing-body")
        assert "come from unnamed sources" in body
        assert "no reason" in body
        assert "Declined to comment: Halvorsen Shipping" in body
        await pilot.press("s")
        assert not isinstance(app.screen, SourcingScreen)


@pilot_test
async def test_the_panel_marks_unnamed_sources_without_a_reason() -> None:
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        labels = [node.label.plain for node in app.query_one(FigureList).nodes()]
        marked = [label for label in labels if "⚠ no reason" in label]
        # "#1" only where several share the description (issue 13)
        assert any(label.startswith("insider") for label in marked)
        assert not any(label.startswith("banker") for label in marked)
        assert any("unnamed: because he is not involved" in label for label in labels)
        assert any(label.startswith("no comment: declined to comment") for label in labels)


@pilot_test
async def test_the_status_line_shows_a_loaded_stance() -> None:
    doc = from_text("Jane Doe denied that the plant would close.\n", name="x.txt")
    app = NewsReaderApp(doc, analyze(doc.text, doc.body_start))
    async with app.run_test(size=(120, 20)) as pilot:
        await pilot.press("n")
        assert "denial" in str(app.query_one(StatusLine).render())


@pilot_test
async def test_capital_l_marks_and_unmarks_loaded_cues() -> None:
    doc = from_text(
        "Jane Doe denied that the plant would close.\n\nJohn Roe said it would.\n", name="x.txt"
    )
    app = NewsReaderApp(doc, analyze(doc.text, doc.body_start))
    async with app.run_test(size=(120, 20)) as pilot:
        await pilot.press("L")
        cue = doc.text.index("denied")
        assert app.article._loaded == [(cue, cue + len("denied"))]
        row = app.article._intervals(0, len(doc.text))
        assert any(s == cue and style == LOADED_CUE for s, _e, style in row)
        await pilot.press("L")
        assert not app.article._loaded
