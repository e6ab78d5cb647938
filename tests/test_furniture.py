"""Page furniture: dimmed in the reader, left out of the analysis, never a quote."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_app_fixtures import pilot_test

from reader.analysis import analyze
from reader.document import from_text, load
from reader.furniture import furniture_spans, masked
from reader.tui.app import NewsReaderApp
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.highlights import FURNITURE
from reader.tui.widgets.status import header_text

PAGE = """\
Skip to main content

Share this article

The council approved the harbour plan on Tuesday.

Photo: Mayor Ines Carvalho at the council meeting. (Jan Ruiz/Reuters)

"We are delighted," said Mayor Ines Carvalho.

Ines Carvalho at the council meeting. Getty Images

A source close to the council said the budget had doubled since March.

Ines Carvalho at the council meeting. Getty Images

Related stories

Port workers say the new cranes are unsafe

Mayor says the budget will not rise
"""


def _furniture(text: str) -> list[str]:
    document = from_text(text)
    return [document.text[s:e] for s, e in document.with_furniture().furniture or ()]


def test_chrome_captions_credits_and_related_links_are_found() -> None:
    assert _furniture(PAGE) == [
        "Skip to main content",
        "Share this article",
        "Photo: Mayor Ines Carvalho at the council meeting. (Jan Ruiz/Reuters)",
        "Ines Carvalho at the council meeting. Getty Images",
        "Ines Carvalho at the council meeting. Getty Images",
        "Related stories",
        "Port workers say the new cranes are unsafe",
        "Mayor says the budget will not rise",
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Share this article," she said.',  # a quote is never furniture
        "The photo agency Getty Images said it would appeal the ruling against it.",
        "Related talks will resume on Monday, officials said.",
        "Comments from the minister angered the union, which called a strike.",
    ],
)
def test_article_sentences_are_not_furniture(paragraph: str) -> None:
    assert _furniture(f"Intro line here.\n\n{paragraph}\n\nLast line here.\n") == []


def test_a_repeated_paragraph_that_reports_is_not_furniture() -> None:
    line = "The ferry operator added that sailings would resume in May."
    assert _furniture(f"{line}\n\nMiddle paragraph here.\n\n{line}\n") == []


def test_a_related_heading_followed_by_a_long_paragraph_takes_nothing() -> None:
    text = "One.\n\nTwo.\n\nRelated stories\n\n" + "The article goes on with a long paragraph. " * 6
    assert _furniture(text) == []


def test_furniture_is_left_out_of_the_analysis() -> None:
    document = from_text(PAGE)
    claims = analyze(document.analysable_text, document.body_start).claims
    contents = [c.content for c in claims]
    assert "We are delighted," in contents
    assert not any("cranes" in c or "budget will not rise" in c for c in contents)
    assert len(document.analysable_text) == len(document.text)


def test_masking_keeps_offsets_and_newlines() -> None:
    assert masked("ab\ncd\nef", [(1, 5)]) == "a \n  \nef"
    assert furniture_spans("", [], []) == ()


def test_loading_a_file_finds_furniture(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    document = load(str(path))
    assert document.furniture is None  # looked for when needed, not on loading
    assert len(document.with_furniture().furniture or ()) == 8


@pilot_test
async def test_the_reader_dims_furniture() -> None:
    # As the command line hands it over: furniture not yet looked for, no analysis.
    document = from_text(PAGE, "page.txt")
    assert document.furniture is None
    app = NewsReaderApp(document)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        start, end = (document.with_furniture().furniture or ())[0]
        layers = [layer for s, e, layer in view._intervals(start, end)]
        assert FURNITURE in layers
        body = document.text.index("The council approved")
        assert FURNITURE not in [layer for _, _, layer in view._intervals(body, body + 20)]
        assert app.analysis is not None
        assert not any("cranes" in c.content for c in app.analysis.claims)


def test_the_header_cuts_the_title_before_the_outlet() -> None:
    document = from_text(
        "Title: " + "A very long headline about the harbour plan " * 3 + "\n"
        "Source: The Harbour Courier\nDate: 2024-11-06\n\nBody.\n"
    )
    shown = header_text(document, 80).plain
    assert shown.endswith(" · The Harbour Courier · 2024-11-06") and len(shown) <= 80
    assert "…" in shown
    assert header_text(document).plain.startswith("A very long headline")
