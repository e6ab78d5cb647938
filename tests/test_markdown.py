"""Markdown articles: markup removed before analysis and display, the first heading as title."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import analyze
from reader.document import load
from reader.markdown import inline, looks_like_markdown, to_plain


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        ("said **Ana Ruiz** today", "said Ana Ruiz today"),
        ("said __Ana Ruiz__ today", "said Ana Ruiz today"),
        ("an *early* and _quiet_ start", "an early and quiet start"),
        ("said [Ana Ruiz](https://example.com/ana)", "said Ana Ruiz"),
        ("said [Ana Ruiz][ana]", "said Ana Ruiz"),
        ("see <https://example.com/x>", "see https://example.com/x"),
        ("the `budget` line", "the budget line"),
        ("![a photo](p.jpg)The mayor", "The mayor"),
        ("~~cancelled~~ moved", "cancelled moved"),
        (r"a \*literal\* star and snake_case_name", "a *literal* star and snake_case_name"),
        ("2 * 3 * 4 stays", "2 * 3 * 4 stays"),
    ],
)
def test_inline_markup_is_removed(marked: str, plain: str) -> None:
    assert inline(marked) == plain


def test_blocks_headings_quotes_lists_rules_and_code() -> None:
    text = (
        "# The **bridge** opens\n\n"
        '> "We are ready," the mayor said.\n\n'
        "* first\n+ second\n\n"
        "---\n\n"
        "```\nkeep **this**\n```\n"
        "[ana]: https://example.com/ana\n"
    )
    plain, title = to_plain(text)
    assert title == "The bridge opens"
    lines = [line for line in plain.split("\n") if line]
    assert lines == [
        "The bridge opens",
        '"We are ready," the mayor said.',
        "- first",
        "- second",
        "keep **this**",
    ]


def test_setext_heading_is_the_title() -> None:
    plain, title = to_plain("Bridge opens in May\n===================\n\nText here.\n")
    assert title == "Bridge opens in May"
    assert "===" not in plain


def test_only_markdown_names_are_read_as_markdown() -> None:
    assert looks_like_markdown("a.md") and looks_like_markdown("NOTES.Markdown")
    assert not looks_like_markdown("a.txt") and not looks_like_markdown("<stdin>")


def test_a_markdown_file_is_analysed_and_shown_without_markup(tmp_path: Path) -> None:
    path = tmp_path / "bridge.md"
    path.write_text(
        "# Bridge **opens** in May\n\n"
        '"It opens in *May*," said [Ana Ruiz](https://example.com/ana), the engineer.\n',
        encoding="utf-8",
    )
    document = load(str(path))
    assert document.metadata.title == "Bridge opens in May"
    assert "*" not in document.text and "](" not in document.text
    claims = analyze(document.text, document.body_start).claims
    assert [(c.content, c.figure) for c in claims] == [("It opens in May,", "Ana Ruiz")]


def test_front_matter_title_wins_over_the_heading(tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_text("Title: Own title\n\n# A heading\n\nBody text.\n", encoding="utf-8")
    assert load(str(path)).metadata.title == "Own title"
