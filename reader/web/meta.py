"""Title, outlet, author, date and URL from a page's meta tags and JSON-LD."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html import unescape
from itertools import accumulate
from typing import Any

from reader.cleaning import clean
from reader.dates import normalise_date
from reader.publication import Metadata
from reader.web.dateline import written_date


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_ARTICLE_TYPES = frozenset(
    _words(
        "article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle "
        "backgroundnewsarticle reviewnewsarticle blogposting liveblogposting report "
        "socialmediaposting techarticle scholarlyarticle"
    )
)
#: Meta keys for the publication date and the author, in order of trust.
_DATE_KEYS = _words(
    "article:published_time og:article:published_time datepublished itemprop:datepublished "
    "date pubdate publishdate publish-date dc.date dc.date.issued dcterms.created "
    "parsely-pub-date sailthru.date citation_publication_date"
)
_AUTHOR_KEYS = _words("author byl parsely-author sailthru.author dc.creator article:author")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " · ", " :: ", " » ", ": ")
#: Deeper JSON-LD is not parsed: `json.loads` recurses once per level.
_MAX_JSON_DEPTH = 100
#: A JSON string, or an unfinished one to the end: every match moves forward.
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*+["\\]?', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_BRACKET_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


@dataclass(slots=True)
class Head:
    """What the page says about itself, gathered while its tree is built."""

    metas: dict[str, str] = field(default_factory=dict)  # lower-cased key: first content
    ld_json: list[str] = field(default_factory=list)
    title: str | None = None
    canonical: str | None = None
    #: `<time datetime>` values in the body, with where each stands in the text flow.
    times: list[tuple[int, str]] = field(default_factory=list)


def metadata(head: Head) -> Metadata:
    """Meta tags first, JSON-LD where they are silent, <title> last for the title."""
    m = head.metas
    ld = _json_ld(head.ld_json)
    outlet = _value(m.get("og:site_name")) or ld.get("outlet")
    title = (
        _value(m.get("og:title"))
        or ld.get("title")
        or _value(m.get("twitter:title"))
        or _value(head.title)
    )
    raw_date = next((m[k] for k in _DATE_KEYS if m.get(k)), None)
    author = ld.get("author") or next(
        (a for k in _AUTHOR_KEYS if (a := _person(m.get(k)))),
        None,
    )
    urls = (_value(head.canonical), _value(m.get("og:url")), ld.get("url"))
    return Metadata(
        title=_strip_outlet(title, outlet),
        outlet=outlet,
        author=author,
        date=_date(raw_date) or ld.get("date"),
        url=next((u for u in urls if u and u.startswith(("http://", "https://"))), None),
    )


def _json_ld(blocks: list[str]) -> dict[str, str]:
    """Title, author, outlet, date and URL of the first article object."""
    items: list[dict[str, Any]] = []
    for block in blocks:
        raw = block.strip()
        for head, tail in (("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")):
            if raw.startswith(head) and raw.endswith(tail):
                raw = raw[len(head) : -len(tail)].strip()
        if _too_deep(raw):
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        pending: list[Any] = [data]
        while pending and len(items) < 5000:
            value = pending.pop()
            if isinstance(value, dict):
                items.append(value)
                pending.extend(reversed(value.values()))
            elif isinstance(value, list):
                pending.extend(reversed(value[:1000]))
    articles = [item for item in items if _types(item) & _ARTICLE_TYPES]
    if not articles:
        return {}
    news = [item for item in articles if any("news" in t for t in _types(item))]
    art = (news or articles)[0]
    by_id = {item["@id"]: item for item in items if isinstance(item.get("@id"), str)}
    page = art.get("mainEntityOfPage")
    if isinstance(page, dict):
        page = page.get("@id") or page.get("url")
    authors = _names(art.get("author"), by_id)
    found = {
        "title": _json_text(art.get("headline")) or _json_text(art.get("name")),
        "author": _join(authors) if authors else None,
        "outlet": next(iter(_names(art.get("publisher"), by_id)), None),
        "date": _date(_json_text(art.get("datePublished")) or _json_text(art.get("dateCreated"))),
        "url": _json_text(art.get("url")) or _json_text(page),
    }
    return {key: value for key, value in found.items() if value}


def _too_deep(raw: str) -> bool:
    """Whether JSON nests deeper than we let `json.loads` recurse: one linear scan."""
    if raw.count("[") + raw.count("{") <= _MAX_JSON_DEPTH:
        return False
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", raw))
    depth = max(accumulate(map(_BRACKET_STEP.__getitem__, brackets)), default=0)
    return depth > _MAX_JSON_DEPTH


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
    return {k.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for k in kinds if isinstance(k, str)}


def _names(value: Any, by_id: dict[str, dict[str, Any]]) -> list[str]:
    """Names of people or bodies given as strings, objects, references or lists."""
    names: list[str] = []
    for item in (value if isinstance(value, list) else [value])[:50]:
        name: Any = item
        if isinstance(item, dict):
            name = item.get("name")
            ref = item.get("@id")
            if name is None and isinstance(ref, str) and ref in by_id:
                name = by_id[ref].get("name")
            if isinstance(name, list):
                name = next((x for x in name if isinstance(x, str)), None)
        text = _person(_json_text(name))
        if text and text not in names:
            names.append(text)
    return names


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _json_text(value: Any) -> str | None:
    return _value(unescape(value)) if isinstance(value, str) else None


def _value(value: str | None) -> str | None:
    """Metadata as safe, single-line text."""
    if not value:
        return None
    text = " ".join(clean(value[:2000]).split())[:500]
    return text or None


def _person(value: str | None) -> str | None:
    text = _value(value)
    if text and text[:3].lower() == "by ":
        text = text[3:].strip()
    if not text or text.startswith(("http://", "https://", "@")):
        return None
    return text


def _date(raw: str | None) -> str | None:
    text = _value(raw[:200] if raw else None)
    if text is None:
        return None
    try:
        iso = normalise_date(text) or written_date(text)
    except TimeoutError:
        iso = None
    return iso or (text if len(text) <= 64 else None)


def _strip_outlet(title: str | None, outlet: str | None) -> str | None:
    """Drop the page's own name from "Headline | Outlet" or "Outlet - Headline"."""
    if not title or not outlet:
        return title
    for sep in _TITLE_SEPARATORS:
        whole = len(sep) + len(outlet)
        if len(title) > whole:
            if title[-whole:].casefold() == (sep + outlet).casefold():
                return title[:-whole].strip() or title
            if title[:whole].casefold() == (outlet + sep).casefold():
                return title[whole:].strip() or title
    return title
