"""Failure classes found by the extraction benchmarks, each on a small page of our own.

Each test failed before its fix: the story was lost, swallowed or garbled.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import web
from reader.decoding import LoadError, decode

FIXTURES = Path(__file__).parent / "fixtures" / "web"
OPENING = "The ferry to Holm Island will sail again on Monday"
QUOTE = "Islanders can plan their trips again."


def _page(name: str) -> str:
    return (FIXTURES / name).read_text("utf-8")


@pytest.mark.parametrize("name", ["chrome-class.html", "svg-title.html", "open-banner.html"])
def test_the_story_is_found(name: str) -> None:
    text, meta = web.extract(_page(name))
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Ferry sails again"
    assert paragraphs[1].startswith(OPENING)
    assert QUOTE in paragraphs[2]
    assert meta.title == "Ferry sails again"


def test_a_class_with_a_chrome_word_holding_the_story_is_kept() -> None:
    text, _ = web.extract(_page("chrome-class.html"))
    assert "Write to the editor" not in text
    assert "Sign up to our weekly letter" not in text


def test_a_self_closed_raw_element_is_empty() -> None:
    page = "<head><title>Kept</title></head><body><script/><p>After the script.</p></body>"
    text, meta = web.extract(page)
    assert text.endswith("After the script.")
    assert meta.title == "Kept"


def test_a_page_opening_with_a_long_style_sheet_is_a_page() -> None:
    page = _page("style-first.html")
    assert page.index("<div") > 4096
    assert web.looks_like_html(page)
    assert web.extract(page)[0].startswith("Ferry sails again\n\n" + OPENING)


def test_an_article_quoting_a_style_tag_is_still_prose() -> None:
    assert not web.looks_like_html("<style> is a tag the designers argued about for years.\n")


def test_one_bad_byte_in_a_utf8_page_is_replaced_not_a_reason_to_guess() -> None:
    good = (
        "<p>Die Fähre nach Holm fährt ab Montag wieder, teilte die Hafenbehörde mit.</p>" * 6
    ).encode()
    text, encoding = decode(good[:30] + b"\x96" + good[30:], "page")
    assert encoding == "utf-8"
    assert text.count("\ufffd") == 1
    assert "Fähre nach Holm fährt" in text


def test_text_in_a_legacy_code_page_is_still_read_as_one() -> None:
    assert decode("Die Fähre fährt wieder.".encode("cp1252"))[0] == "Die Fähre fährt wieder."


def test_a_few_stray_nul_bytes_do_not_make_a_page_binary() -> None:
    page = ("<p>" + OPENING + ", the board said.</p>\n") * 20
    text, _ = decode(page[:100].encode() + b"\x00" + page[100:].encode())
    assert OPENING in text
    with pytest.raises(LoadError, match="binary"):
        decode(b"\x00\x01\x02" + page[:200].encode())


def test_links_and_chrome_inside_the_article_are_left_out() -> None:
    text, _ = web.extract(_page("landmark-chrome.html"))
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Library keeps its late opening"
    assert paragraphs[1].startswith("The central library will stay open")
    assert "two thousand names" in paragraphs[1]  # a link inside a paragraph stays
    assert paragraphs[-1].startswith("The county said the extra hours would be paid")
    for chrome in ("Tomas Lindqvist", "Share", "Swimming pool", "Filed under"):
        assert chrome not in text


def test_a_story_written_between_line_breaks_beats_a_paragraph_elsewhere() -> None:
    text, _ = web.extract(_page("br-story.html"))
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Orchard saved by late bid"
    assert paragraphs[1].startswith("An orchard planted by monks")
    assert paragraphs[-1].startswith("Volunteers will meet on Saturday")
    assert "small files" not in text and "Rosa Quint" not in text


def test_the_block_a_page_marks_as_the_article_body_is_the_story() -> None:
    text, _ = web.extract(_page("itemprop-body.html"))
    assert "Night trains will run between the valley towns" in text
    assert "Fares will match the daytime ones" in text
    assert "Reader 1" not in text


DATES = (FIXTURES / "dates.html").read_text("utf-8")


@pytest.mark.parametrize(
    ("page", "date"),
    [
        (DATES, "2024-11-06"),  # "Published 6 November 2024" under the headline
        (DATES.replace("6 November 2024", "06.11.2024"), "2024-11-06"),
        (DATES.replace("6 November 2024", "6. November 2024"), "2024-11-06"),
        (DATES.replace("6 November 2024", "3. März 2023"), "2023-03-03"),
        (DATES.replace("<h1>", '<time datetime="2024-10-30T08:00:00Z"></time><h1>'), "2024-10-30"),
        (
            DATES.replace(
                "<h1>",
                '<div><time datetime="2019-02-02">Feb</time></div>'
                '<h1><time datetime="2024-10-31">Thu</time>',
            ),
            "2024-10-31",
        ),
        (DATES.replace("/news/harbour", "/news/2024/10/29/harbour"), "2024-10-29"),
    ],
    ids=["dateline", "dotted", "german-dotted", "german-umlaut", "time", "time-after", "path"],
)
def test_a_date_only_the_reader_sees_is_found(page: str, date: str) -> None:
    assert web.extract(page)[1].date == date


def test_a_date_in_the_head_still_comes_first() -> None:
    page = DATES.replace(
        "</title>", '</title><meta property="article:published_time" content="2024-11-05">'
    )
    assert web.extract(page)[1].date == "2024-11-05"


def test_no_date_is_made_up() -> None:
    page = DATES.replace("Published 6 November 2024, updated 8 November 2024", "On the quay")
    assert web.extract(page)[1].date is None


@pytest.mark.parametrize("name", ["postfooter", "jp-relatedposts", "sharedaddy sd-block"])
def test_a_chrome_word_run_into_a_longer_name_is_still_chrome(name: str) -> None:
    chrome = (
        f'<div class="{name}"><p>Posted in Town news by the desk. Comments are closed.</p></div>'
    )
    page = _page("landmark-chrome.html").replace("<ul class=", chrome + "<ul class=")
    text, _ = web.extract(page)
    assert "The county said the extra hours" in text
    assert "Posted in Town news" not in text


def test_a_story_split_over_sibling_blocks_keeps_both() -> None:
    text, _ = web.extract(_page("split-story.html"))
    assert "The Mill Street community choir won" in text
    assert "A concert in the church hall" in text


ARTICLE = _page("landmark-chrome.html")
LAST = "from its reserves until the end of the year."


def test_short_lines_after_the_last_sentence_are_not_the_story() -> None:
    tail = "<p>Related stories</p><p>Bus timetable changes from April</p>"
    text, _ = web.extract(ARTICLE.replace("<ul class=", tail + "<ul class="))
    assert text.endswith(LAST)


def test_a_short_last_sentence_or_a_short_text_is_kept() -> None:
    tail = "<p>The library thanks its readers.</p>"
    text, _ = web.extract(ARTICLE.replace("<ul class=", tail + "<ul class="))
    assert text.endswith(LAST + "\n\nThe library thanks its readers.")
    short = "<article><p>The library stays open.</p><p>Opening hours</p></article>"
    assert web.extract(short)[0] == "The library stays open.\n\nOpening hours"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Jo Aldane. Published 6 November 2024", "Jo Aldane"),
        ("Von Jo Aldane | 6. November 2024", "Jo Aldane"),
        ('<a rel="author" href="/staff/jo">Jo Aldane</a>, 6 November 2024', "Jo Aldane"),
        ('<a rel="author" href="/staff">All our reporters</a>', None),
        ("By the harbour, a quiet morning", None),
    ],
)
def test_an_author_only_the_reader_sees_is_found(byline: str, author: str | None) -> None:
    page = DATES.replace("By Jo Aldane. Published 6 November 2024, updated 8 November 2024", byline)
    assert web.extract(page)[1].author == author


def test_an_author_in_the_head_still_comes_first() -> None:
    page = DATES.replace("</title>", '</title><meta name="author" content="Ria Fenn">')
    assert web.extract(page)[1].author == "Ria Fenn"
