"""The first frame comes before the analysis: the engine is imported and run just after it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from test_app_fixtures import current_id, harbour, pilot_test, screen_text

from reader.tui.app import NewsReaderApp
from reader.tui.widgets.status import StatusLine

#: What the first frame does without: imported when the reader first needs them.
DEFERRED = ("reader.analysis.engine", "reader.analysis.insight", "reader.citation")


def test_opening_the_reader_does_not_import_the_engine() -> None:
    code = (
        "import sys, reader.tui.app\n"
        f"early = [m for m in {DEFERRED!r} if m in sys.modules]\n"
        "print(early)\n"
        "sys.exit(bool(early))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, f"the engine is imported: {result.stdout}{result.stderr}"


@pilot_test
async def test_the_text_shows_first_and_a_key_pressed_meanwhile_is_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc, _ = harbour()
    app = NewsReaderApp(doc)
    monkeypatch.setattr(app, "_start_analysis", lambda: None)  # hold the analysis back
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert app.analysis is None
        status = app.query_one(StatusLine).content
        assert "Reading the article" in str(status)
        assert "The council approved the harbour plan" in screen_text(app.article)
        await pilot.press("n")
        assert current_id(app) is None
        app._analyse_here()
        await pilot.pause()
        assert current_id(app) == 0  # the n pressed before the claims were found
