"""A long article is analysed by a child process that ends with the reader."""

from __future__ import annotations

from test_app_fixtures import pilot_test

from reader.document import from_text
from reader.tui.app import BACKGROUND_ANALYSIS, NewsReaderApp

PARAGRAPH = (
    "Paragraph {}: Anna Petrova said the plan would fail, and officials said talks would resume."
)


def _long_article() -> str:
    paragraphs: list[str] = []
    while sum(map(len, paragraphs)) < 3 * BACKGROUND_ANALYSIS:
        paragraphs.append(PARAGRAPH.format(len(paragraphs)))
    return "\n\n".join(paragraphs)


@pilot_test
async def test_quitting_ends_the_analysis_child_at_once() -> None:
    app = NewsReaderApp(from_text(_long_article(), "long.txt"))
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(40):
            await pilot.pause(0.05)
            if app._background is not None and app._background._process is not None:
                break
        background = app._background
        assert background is not None and background._process is not None
        child = background._process
        assert child.poll() is None, "the analysis finished before the test could quit"
        await pilot.press("q")
    assert child.poll() is not None, "the analysis child outlived the reader"
