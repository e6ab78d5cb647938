"""A 2 MB article: lazy wrapping, jumping far, and analysis in a child process."""

from __future__ import annotations

import time

from rich.text import Text
from test_app_fixtures import one_quote, pilot_test, screen_text

from reader.analysis.model import Analysis
from reader.document import Document, from_text
from reader.tui.app import NewsReaderApp
from reader.tui.widgets.status import StatusLine

SIZE = (120, 36)


def book() -> Document:
    paragraph = "The harbour board met again and the minutes ran long. " * 6
    parts = [f"{i}. {paragraph}" for i in range(6200)]
    parts.append('"We reached the end," said Ann Lee.')
    return from_text("\n\n".join(parts) + "\n", "book.txt")


def last_claim(doc: Document) -> Analysis:
    return one_quote(doc, "We reached the end,", "Ann Lee")


def analysis_of(app: NewsReaderApp) -> Analysis | None:
    """The app's analysis now (read by a call, not narrowed: see test_app_fixtures)."""
    return app.analysis


@pilot_test
async def test_a_book_opens_without_wrapping_it_all_and_jumps_to_the_end() -> None:
    doc = book()
    assert len(doc.text) > 2_000_000
    app = NewsReaderApp(doc, last_claim(doc))
    started = time.perf_counter()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.article
        assert "0. The harbour board met again" in screen_text(view)
        assert view._index.wrapped < 100  # the first screenful, not the book
        assert time.perf_counter() - started < 10  # generous: CI machines vary
        await pilot.press("n")
        assert app.current is not None
        assert "We reached the end," in screen_text(view)
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("G")
        assert view._index.complete
        assert "said Ann Lee" in screen_text(view)


@pilot_test
async def test_a_long_text_is_analysed_in_the_background() -> None:
    doc = book()
    app = NewsReaderApp(doc)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert analysis_of(app) is None
        status = app.query_one(StatusLine).content
        assert isinstance(status, Text) and status.plain.startswith("Reading the article")
        await app.workers.wait_for_complete()
        await pilot.pause()
        analysis = analysis_of(app)
        assert analysis is not None
        assert analysis.text == doc.text


@pilot_test
async def test_quitting_during_the_background_analysis_is_quick() -> None:
    app = NewsReaderApp(book())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        started = time.perf_counter()
        await pilot.press("q")
    assert time.perf_counter() - started < 5
    background = app._background
    assert background is not None and background._process is not None
    assert background._process.wait(timeout=5) is not None
