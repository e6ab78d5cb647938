"""A saved web page to the article's text and its publication metadata.

`tokens` reads the markup, `tree` builds the marked element tree, `story`
finds and renders the article in it, `meta` reads the head and JSON-LD.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import islice

import regex

from reader.publication import Metadata
from reader.web.byline import byline_author, link_author
from reader.web.dateline import path_date, written_date
from reader.web.meta import metadata
from reader.web.story import story_parts
from reader.web.tree import Page

__all__ = ["extract", "extract_parts", "looks_like_html"]


def looks_like_html(text: str) -> bool:
    """Whether decoded input is a web page rather than an article that quotes a tag."""
    start = _past_leading_raw(text)
    head = text[start : start + 4096].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    if head.startswith(("<?xml", "<!--", "<!doctype")) and "<html" in head:
        return True
    tags = markup = 0
    pos = head.find("<")
    while pos != -1:
        nxt = head[pos + 1 : pos + 2]
        end = head.find(">", pos, pos + 400)
        if nxt and (nxt.isalpha() or nxt in "/!") and end != -1:
            tags += 1
            markup += end - pos + 1
            pos = end
        pos = head.find("<", pos + 1)
    if head.startswith("<") and (tags >= 3 or "<head" in head or "<body" in head):
        return True
    return tags >= 10 and markup >= 0.2 * len(head)


_RAW_END = {name: regex.compile(rf"</{name}[^>]{{0,40}}>", regex.I) for name in ("style", "script")}
_TIMEOUT = 10.0
#: How much text from the headline on is searched for a written date.
_DATE_WINDOW = 1500
#: At most this many leading <style> and <script> elements are stepped over.
_LEADING_RAW = 20


def _past_leading_raw(text: str) -> int:
    """Where the text starts after any <style> and <script> elements it opens with
    (a page whose first kilobytes are a style sheet has its markup after them)."""
    pos = 0
    for _ in range(_LEADING_RAW):
        window = text[pos : pos + 4096]
        pos += len(window) - len(window.lstrip("\ufeff \t\r\n"))
        opening = text[pos : pos + 7].lower()
        name = next((n for n in ("style", "script") if opening.startswith(f"<{n}")), None)
        if name is None:
            break
        end = _RAW_END[name].search(text, pos, timeout=_TIMEOUT)
        if end is None:
            break
        pos = end.end()
    return pos


def extract(html: str) -> tuple[str, Metadata]:
    """The main text (headline first, blank line between paragraphs) and metadata.

    Nothing here recurses or needs a timeout: each stage is a forward scan or
    a loop with constant work per token or element, and the tree's depth and
    size are capped, so any page costs time and memory linear in its size.
    """
    headline, body, meta = extract_parts(html)
    return "\n\n".join(p for p in (headline, body) if p), meta


def extract_parts(html: str) -> tuple[str, str, Metadata]:
    """As `extract`, with the headline apart from the story's paragraphs."""
    page = Page(html)
    meta = metadata(page.head)
    headline, body = story_parts(page, meta.title)
    if meta.date is None or meta.author is None:
        after = _text_after_headline(page)
        if meta.date is None:
            meta = replace(meta, date=_page_date(page, meta.url, after))
        if meta.author is None:
            meta = replace(meta, author=_page_author(page, after))
    return headline, body, meta


def _page_author(page: Page, after: str) -> str | None:
    """The author the head does not name: a rel=author link, else a byline."""
    for node in page.author_links:
        text = "".join(item for item in page.flow[node.start : node.end] if isinstance(item, str))
        name = link_author(text[:200])
        if name:
            return name
    return byline_author(after)


def _text_after_headline(page: Page) -> str:
    """The first lines from the headline on (from the top without one), where a
    dateline and byline stand; each piece of text on a line of its own."""
    heading = next((n for n in page.h1s if n.length and not n.drop), None)
    start = heading.start if heading is not None else 0
    pieces: list[str] = []
    size = 0
    for item in islice(page.flow, start, None):
        if isinstance(item, str):
            pieces.append(item.strip())
            size += len(item)
            if size > _DATE_WINDOW:
                break
    return "\n".join(p for p in pieces if p)[:_DATE_WINDOW]


def _page_date(page: Page, url: str | None, after: str) -> str | None:
    """The date the head does not give: in the address, a <time> at or after the
    headline (else the first), or written within a few lines after the headline."""
    found = path_date(url)
    if found:
        return found
    heading = next((n for n in page.h1s if n.length and not n.drop), None)
    start = heading.start if heading is not None else 0
    times = page.head.times
    when = next((w for at, w in times if at >= start), times[0][1] if times else None)
    found = written_date(when[:200]) if when else None
    return found or written_date(after.replace("\n", " "))
