"""Saved web pages (reader.web): main text, metadata, detection, robustness on broken markup."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.document import from_text
from reader.publication import Metadata
from reader.web import extract, looks_like_html

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour plan stalls | The Coastal Ledger</title>
<meta property="og:title" content="Harbour plan stalls as council &amp; port disagree">
<meta property="og:site_name" content="The Coastal Ledger">
<meta property="og:url" content="https://ledger.example/og-url">
<link rel="canonical" href="https://ledger.example/local/harbour-plan-stalls">
<meta name="author" content="By Mira Osei">
<meta property="article:published_time" content="2025-03-14T08:15:00+00:00">
<script>window.dataLayer = ["<p>tracking</p>"];</script>
<style>p { margin: 0 }</style>
</head><body>
<header class="site-header"><h1 class="logo">The Coastal Ledger</h1>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav></header>
<div class="ad ad-top">Advertisement: buy a boat</div>
<!-- build 42 <p>commented out</p> -->
<main>
<article>
<header><h1>Harbour plan  stalls</h1></header>
<div class="share-tools"><a href="#">Share on social</a></div>
<p>PORTWICK &mdash; The harbour plan stalled on Tuesday after the council
   <em>refused</em> to sign, Mayor Ana Ruiz said.</p>
<figure><img src="crane.jpg" alt="crane"><figcaption>A crane. Photo: Staff</figcaption></figure>
<p>“We will not sign a blank cheque,” Ruiz told reporters.<p>A port official disagreed.
<blockquote><p>The deal is fair, the official said.</p></blockquote>
<ul><li>Cost: 40 million<li>Start: 2026</ul>
<aside><p>Related: last year's flood</p></aside>
<div class="newsletter-signup"><p>Sign up for our newsletter</p></div>
<p>First line<br>second line<br><br>After a double break.</p>
<footer>Tags: harbour, council</footer>
</article>
</main>
<script>document.write("<p>late script</p>")</script>
<footer class="site-footer"><p>© 2025 The Coastal Ledger</p></footer>
</body></html>
"""


def test_news_page_main_text() -> None:
    text, _ = extract(NEWS_PAGE)
    assert text.split("\n\n") == [
        "Harbour plan stalls",
        "PORTWICK — The harbour plan stalled on Tuesday after the council refused to sign,"
        " Mayor Ana Ruiz said.",
        "“We will not sign a blank cheque,” Ruiz told reporters.",
        "A port official disagreed.",
        "The deal is fair, the official said.",
        "Cost: 40 million\nStart: 2026",
        "First line\nsecond line",
        "After a double break.",
    ]


@pytest.mark.parametrize(
    "chrome",
    [
        "Advertisement",
        "tracking",
        "late script",
        "Home",
        "Share on",
        "commented out",
        "Photo: Staff",
        "Related:",
        "newsletter",
        "Tags:",
        "©",
        "margin",
        "The Coastal Ledger",
    ],
)
def test_news_page_drops_chrome(chrome: str) -> None:
    assert chrome not in extract(NEWS_PAGE)[0]


def test_metadata_from_og_tags_and_canonical() -> None:
    _, meta = extract(NEWS_PAGE)
    assert meta == Metadata(
        title="Harbour plan stalls as council & port disagree",
        outlet="The Coastal Ledger",
        author="Mira Osei",
        date="2025-03-14",
        url="https://ledger.example/local/harbour-plan-stalls",
    )


def test_og_url_when_no_canonical() -> None:
    page = '<html><head><meta property="og:url" content="https://x.example/a"></head></html>'
    assert extract(page)[1].url == "https://x.example/a"


def _ld_page(data: object, head: str = "") -> str:
    return (
        f"<!doctype html><html><head>{head}<script type='application/ld+json'>"
        f"{json.dumps(data)}</script></head><body><article><p>Body text here.</p>"
        "</article></body></html>"
    )


def test_json_ld_news_article_with_author_list() -> None:
    page = _ld_page(
        {
            "@context": "https://schema.org",
            "@type": ["NewsArticle"],
            "headline": "Ferry fares rise",
            "author": [
                {"@type": "Person", "name": "Ada Lind"},
                {"@type": "Person", "name": "Jon Berg"},
                "Kim Holt",
            ],
            "datePublished": "2024-02-29T10:00:00Z",
            "publisher": {"@type": "NewsMediaOrganization", "name": "Fjord Post"},
            "mainEntityOfPage": {"@id": "https://fjord.example/ferry"},
        }
    )
    assert extract(page)[1] == Metadata(
        title="Ferry fares rise",
        outlet="Fjord Post",
        author="Ada Lind, Jon Berg and Kim Holt",
        date="2024-02-29",
        url="https://fjord.example/ferry",
    )


def test_json_ld_graph_with_references() -> None:
    page = _ld_page(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebPage", "@id": "https://m.example/#page", "name": "Page name"},
                {
                    "@type": "ReportageNewsArticle",
                    "headline": "Bridge &amp; tunnel vote",
                    "author": {"@id": "https://m.example/#ola"},
                    "publisher": {"@id": "https://m.example/#org"},
                    "datePublished": "2023-07-01",
                    "url": "https://m.example/bridge",
                },
                {"@type": "Person", "@id": "https://m.example/#ola", "name": "Ola Nordmann"},
                {"@type": "Organization", "@id": "https://m.example/#org", "name": "Metro Daily"},
            ],
        }
    )
    assert extract(page)[1] == Metadata(
        title="Bridge & tunnel vote",
        outlet="Metro Daily",
        author="Ola Nordmann",
        date="2023-07-01",
        url="https://m.example/bridge",
    )


@pytest.mark.parametrize(
    "block",
    [
        "{not json",
        "[1, 2, null]",
        '{"@type": 5, "headline": ["a"], "author": 7}',
        '{"@type": "NewsArticle", "headline": {"x": 1}, "author": [null, 3, {"name": 4}]}',
        '{"@graph": "nope"}',
        '"just a string"',
        "[" * 5000 + "]" * 5000,
    ],
)
def test_messy_json_ld_is_ignored(block: str) -> None:
    page = (
        f"<html><head><title>Fallback title</title><script type='application/ld+json'>{block}"
        "</script></head><body><p>Text.</p></body></html>"
    )
    text, meta = extract(page)
    assert meta.title == "Fallback title"
    assert meta.author is None
    assert "Text." in text


def test_json_ld_in_cdata_wrapper() -> None:
    data = json.dumps({"@type": "BlogPosting", "headline": "Wrapped", "author": "Eve Park"})
    page = f"<script type='application/ld+json'>//<![CDATA[\n{data}\n//]]></script><p>x</p>"
    meta = extract(page)[1]
    assert (meta.title, meta.author) == ("Wrapped", "Eve Park")


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Storm hits coast | Bay News", "Bay News", "Storm hits coast"),
        ("Storm hits coast - bay news", "Bay News", "Storm hits coast"),
        ("Storm hits coast — Bay News", "Bay News", "Storm hits coast"),
        ("Bay News | Storm hits coast", "Bay News", "Storm hits coast"),
        ("Storm hits coast - Weather", "Bay News", "Storm hits coast - Weather"),
        ("Storm hits coast | Bay News", None, "Storm hits coast | Bay News"),
    ],
)
def test_title_element_as_last_resort(title: str, site: str | None, expected: str) -> None:
    head = f"<title>{title}</title>"
    if site:
        head += f'<meta property="og:site_name" content="{site}">'
    meta = extract(f"<html><head>{head}</head><body><p>x</p></body></html>")[1]
    assert meta.title == expected
    assert meta.outlet == site


def test_page_without_article_uses_densest_container() -> None:
    sidebar = "".join(f"<p>Teaser {i}.</p>" for i in range(6))
    story = " ".join(["The minister said the budget would pass."] * 4)
    page = (
        "<html><head><title>t</title></head><body>"
        "<div id='top'><a href='/'>Home</a> <a href='/x'>World</a></div>"
        "<div class='wrap'><h1>Budget passes</h1>"
        f"<div class='col-side'>{sidebar}</div>"
        f"<div class='col-main'><p>{story}</p><p>{story}</p><p>Final words here.</p></div>"
        "</div><div id='bottom'>Contact us</div></body></html>"
    )
    text, _ = extract(page)
    paragraphs = text.split("\n\n")
    assert paragraphs == ["Budget passes", story, story, "Final words here."]


def test_page_without_paragraph_tags_uses_the_text_cell() -> None:
    page = (
        "<html><body><table><tr><td><a href=/>Home</a><br><a href=/b>News</a></td>"
        "<td><b>Old style headline</b><br><br>First paragraph of text, long enough to matter."
        "<br><br>Second paragraph, also long so that this cell wins.</td></tr></table>"
        "<div>Copyright</div></body></html>"
    )
    assert extract(page)[0] == (
        "Old style headline\n\nFirst paragraph of text, long enough to matter.\n\n"
        "Second paragraph, also long so that this cell wins."
    )


def test_main_element_when_no_article() -> None:
    page = (
        "<body><div class='menu-links'><p>Menu item</p></div>"
        "<div role='main'><h2>Section</h2><p>Inside main.</p></div>"
        "<div class='other'><p>Outside.</p></div></body>"
    )
    assert extract(page)[0] == "Section\n\nInside main."


def test_largest_of_several_articles_wins() -> None:
    page = (
        "<article><h2>Teaser</h2><p>Short.</p></article>"
        "<article><h1>Real story</h1><p>" + "Long paragraph text. " * 20 + "</p></article>"
    )
    text = extract(page)[0]
    assert text.startswith("Real story\n\nLong paragraph")
    assert "Teaser" not in text


def test_wrapping_form_does_not_hide_the_story() -> None:
    page = "<body><form id='aspnetForm'><div><p>Whole story inside a form.</p></div></form></body>"
    assert extract(page)[0] == "Whole story inside a form."


def test_hidden_elements_are_dropped() -> None:
    page = (
        "<article><p>Shown.</p><p hidden>Hidden attr.</p><p aria-hidden='true'>Aria.</p>"
        "<p style='display: none'>Styled.</p><span class='sr-only'>Screen reader.</span>"
        "</article>"
    )
    assert extract(page)[0] == "Shown."


def test_entities_and_non_ascii() -> None:
    page = (
        "<html><head><meta property='og:title' content='Caf&eacute; &#8220;owner&#x201D;'>"
        "</head><body><article><p>Pr&eacute;sident&nbsp;Macron a d&eacute;clar&eacute; "
        "&laquo;&#160;non&#160;&raquo;. Путин сказал: «Нет». 東京 &amp; &lt;b&gt;</p>"
        "</article></body></html>"
    )
    text, meta = extract(page)
    assert meta.title == "Café “owner”"
    assert text == (
        "Café “owner”\n\nPrésident Macron a déclaré « non ». Путин сказал: «Нет». 東京 & <b>"
    )


def test_headline_falls_back_to_metadata_title() -> None:
    page = (
        "<head><meta property='og:title' content='Quiet day'></head><article><p>Body.</p></article>"
    )
    assert extract(page)[0] == "Quiet day\n\nBody."


def test_preformatted_text_keeps_lines_and_tables_give_rows() -> None:
    page = (
        "<article><pre>line one\n  line two</pre>"
        "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></article>"
    )
    assert extract(page)[0] == "line one\nline two\n\na b\nc d"


def test_a_blank_line_in_preformatted_text_ends_a_paragraph() -> None:
    page = "<article><pre>First para line one\nline two\n\n  \nSecond para.</pre></article>"
    assert extract(page)[0] == "First para line one\nline two\n\nSecond para."


def test_metadata_is_made_safe_for_the_terminal() -> None:
    page = (
        "<head><title>Evil\x1b]52;c;aGk=\x07 title\x1b[31m</title>"
        "<meta name='author' content='Eve\u202e Doe'></head><p>x</p>"
    )
    meta = extract(page)[1]
    assert meta.title == "Evil title"
    assert meta.author == "Eve Doe"


def test_date_that_cannot_be_read_is_kept_as_written() -> None:
    page = "<meta name='date' content='Tuesday morning'><p>x</p>"
    assert extract(page)[1].date == "Tuesday morning"


@pytest.mark.parametrize(
    "page",
    [
        "<!DOCTYPE html><html><body>x</body></html>",
        "\ufeff  <!doctype HTML>\n<p>hi</p>",
        "<html lang='en'>",
        '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
        "<!-- saved from url=(0042)https://a.example/ -->\n<html>",
        "<div><p>para</p><p>para</p></div>",
        "<head><meta charset='utf-8'></head>",
    ],
)
def test_looks_like_html_true(page: str) -> None:
    assert looks_like_html(page)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "A plain article about the <b> tag, which makes text bold.\n\nMore text.",
        "Title: Harbour plan\nSource: Ledger\n\nThe council said <no> to the plan.",
        "x < y and y > z in this maths article. " * 50,
        "<3 from the newsroom, a short note.",
        "Some prose mentioning <html> once, deep in a sentence.",
    ],
)
def test_looks_like_html_false(text: str) -> None:
    assert not looks_like_html(text)


@pytest.mark.parametrize(
    "page",
    [
        "<a " * 100_000,
        '<a x="' * 100_000 + ">",
        "</" * 200_000,
        "<div>" * 100_000 + "deep text",
        "<i></i>" * 50_000,
        "<!--" + "x" * 500_000,
        "<script>" + "</scrip" * 100_000,
        "<p>word " * 100_000,
        "<" * 500_000,
        "&" * 500_000,
    ],
    ids=["attrs", "quotes", "end", "nest", "empty", "comment", "script", "p", "lt", "amp"],
)
def test_pathological_pages_finish_quickly(page: str) -> None:
    """Inputs on which a rescanning parser goes quadratic (hours at this size)."""
    started = time.perf_counter()
    text, _ = extract(page)
    assert time.perf_counter() - started < 20
    assert isinstance(text, str)


def test_deep_nesting_keeps_text() -> None:
    page = "<div>" * 5000 + "<p>Deep words.</p>" + "</div>" * 5000
    assert extract(page)[0] == "Deep words."


def test_text_without_any_tags_is_kept() -> None:
    assert extract("Just words &amp; more\n\nSecond") == ("Just words & more Second", Metadata())


def test_logo_heading_is_not_the_headline() -> None:
    page = (
        "<body><div class='site-logo'><h1>Daily Planet</h1></div>"
        "<div><h2>Real headline</h2><p>Body one.</p><p>Body two.</p></div></body>"
    )
    assert extract(page)[0] == "Real headline\n\nBody one.\n\nBody two."


def test_extracted_text_loads_as_a_document_with_paragraphs() -> None:
    doc = from_text(extract(NEWS_PAGE)[0], "page.html")
    assert len(doc.paragraphs) == 8
    first = doc.paragraphs[0]
    assert doc.text[first.start : first.end] == "Harbour plan stalls"


def test_truncated_page_keeps_what_came_before() -> None:
    page = "<article><p>Complete paragraph.</p><p>Cut off <a href='http://x"
    assert extract(page)[0] == "Complete paragraph.\n\nCut off"


_SOUP = st.lists(
    st.sampled_from(
        [
            "<p>", "</p>", "<div class='ad'>", "<div>", "</div>", "<article>", "</article>",
            "<br>", "<li>", "<ul>", "</ul>", "<script>", "</script>", "<!--", "-->", "<h1>",
            "</h1>", "&amp;", "&#x1F600;", "&#99999999;", "<a href='", "'>", '"', "=", "<",
            ">", "/", "<title>", "</title>", "<meta property='og:title' content='T'>",
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",",
            "\"author\":[{\"name\":", "}]}", "<pre>", "\n", " ", "word", "Ünïcode",
            "\x1b[31m", "\x00", "<main>", "<nav>", "<![CDATA[", "]]>", "<?php ?>", "<svg/>",
        ]
    ),
    max_size=60,
).map("".join)  # fmt: skip


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(st.text(max_size=400), _SOUP))
def test_extract_never_raises(page: str) -> None:
    text, meta = extract(page)
    assert isinstance(text, str)
    assert isinstance(meta, Metadata)
    assert "<script" not in text.lower() or "<script" in page.lower()
    looks_like_html(page)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(
        st.sampled_from(["@type", "@id", "@graph", "headline", "author", "name", "publisher",
                         "datePublished", "url", "mainEntityOfPage", "x"]),
        inner | st.sampled_from(["NewsArticle", "Article", "#a", "2024-01-02"]),
        max_size=6,
    ),
    max_leaves=30,
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_JSON)
def test_any_json_ld_shape_is_survived(data: object) -> None:
    meta = extract(_ld_page(data))[1]
    for value in (meta.title, meta.outlet, meta.author, meta.date, meta.url):
        assert value is None or (isinstance(value, str) and value.strip() == value != "")


def test_relative_canonical_gives_way_to_absolute_og_url() -> None:
    page = (
        "<link rel='canonical' href='/news/a'><meta property='og:url' content='https://n.example/a'>"
        "<meta property='article:author' content='https://facebook.example/someone'><p>x</p>"
    )
    meta = extract(page)[1]
    assert meta.url == "https://n.example/a"
    assert meta.author is None
