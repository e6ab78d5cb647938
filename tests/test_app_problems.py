"""The reader records analysis failures and says so in one line, never a traceback."""

from __future__ import annotations

from typing import Any

import pytest
from test_app_fixtures import harbour, pilot_test, screen_text

from reader.analysis import engine
from reader.analysis.model import Analysis, Problem
from reader.analysis.templates.cues import Found
from reader.tui.app import NewsReaderApp
from reader.tui.widgets.status import problems_notice

SIZE = (120, 36)


def test_no_notice_for_a_clean_analysis() -> None:
    _, analysis = harbour()
    assert problems_notice(analysis) is None


def test_the_notice_names_the_first_problem_and_counts_the_rest() -> None:
    problems = tuple(
        Problem("paragraph", at, "TimeoutError", f"paragraph {n} lost its claims at offset {at}")
        for n, at in ((2, 40), (5, 90))
    )
    notice = problems_notice(Analysis("text", (), (), problems))
    assert notice == (
        "Some claims may be missing: paragraph 2 lost its claims at offset 40 (and 1 more)."
    )


@pilot_test
async def test_a_failing_paragraph_is_noticed_and_the_rest_shown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc, _ = harbour()
    real = engine._paragraph
    first = doc.para_starts[1]

    def paragraph(*args: Any) -> list[Found]:
        if args[6] == first:
            raise ValueError("a template broke")
        return real(*args)

    monkeypatch.setattr(engine, "_paragraph", paragraph)
    app = NewsReaderApp(doc)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("Some claims may be missing: paragraph") for m in messages)
        assert app.analysis is not None and app.analysis.claims
        assert "The council approved the harbour plan" in screen_text(app.article)
