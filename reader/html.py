"""A saved web page to the article's text and its publication metadata.

The tokenizer is our own rather than `html.parser`: on Python 3.11 that
parser rescans unfinished tags and takes minutes on a few kilobytes of
`<a <a <a ...`, and a page is untrusted input. Ours moves only forward
(each `find` either advances or ends the input), so any page costs time in
proportion to its size, and it never raises.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape
from itertools import islice
from typing import Any

import regex

from reader.dates import normalise_date
from reader.document import Metadata, clean


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TIMEOUT = 5.0
_MAX_DEPTH = 256  # deeper elements are flattened into their ancestor
_MAX_NODES = 200_000  # beyond this, tags no longer create elements (memory bound)
_NAME = regex.compile(r"[^\s/>]*")
_RAW = {"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript"}
_VOID = _set("area base br col embed hr img input keygen link meta param source track wbr")
_BLOCK = _set(
    "address article blockquote center dd details dialog div dl dt fieldset h1 h2 h3 h4 h5 h6 "
    "hr li main ol p pre section summary table ul header body html"
)
#: Page furniture that never carries the story.
_HARD = _set(
    "nav aside footer figure figcaption button select svg math canvas video audio object "
    "template dialog menu label"
)
_HARD_ROLES = _set(
    "navigation banner contentinfo complementary search dialog menu menubar toolbar alert "
    "alertdialog tablist"
)
#: Class or id words of ads, share bars, teasers; "soft" because some sites
#: put them on wrappers that hold the whole story (then they are kept).
_CHROME_WORDS = _set(
    "ad ads advert adverts advertisement adslot dfp sponsor sponsored promo promotion share "
    "sharing social related newsletter subscribe subscription cookie cookies consent comments "
    "sidebar breadcrumb breadcrumbs nav navbar navigation menu footer masthead banner popup "
    "modal outbrain taboola recirculation recommended paywall toolbar caption credit hidden "
    "logo sronly teaser teasers trending widget"
)
_STORY_WORDS = {"article", "story", "content", "body", "main", "post", "entry", "text", "page"}
_WORD = regex.compile(r"[a-z0-9]+")
_ARTICLE_TYPES = _set(
    "article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle "
    "backgroundnewsarticle reviewnewsarticle blogposting liveblogposting report "
    "socialmediaposting techarticle scholarlyarticle"
)
_DATE_KEYS = _words(
    "article:published_time og:article:published_time datepublished itemprop:datepublished "
    "date pubdate publishdate publish-date dc.date dc.date.issued dcterms.created "
    "parsely-pub-date sailthru.date citation_publication_date"
)
_AUTHOR_KEYS = _words("author byl parsely-author sailthru.author dc.creator article:author")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " · ", " :: ", " » ", ": ")


@dataclass(slots=True, eq=False)
class _Node:
    tag: str
    parent: _Node | None
    children: list[_Node | str] = field(default_factory=list)
    drop: bool = False  # furniture, never shown
    soft: bool = False  # furniture by its class, unless it holds most of the text
    under_soft: bool = False
    story: bool = False  # inside <article> or <main>
    landmark: str = ""  # "article" or "main" for those elements and roles
    length: int = 0  # characters of text in the subtree
    ptext: int = 0  # characters of paragraph text in the subtree
    score: float = 0.0


_BR = _Node("br", None)


def looks_like_html(text: str) -> bool:
    """Whether decoded input is a web page rather than an article that quotes a tag."""
    head = text[:4096].lstrip("\ufeff \t\r\n").lower()
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


def extract(html: str) -> tuple[str, Metadata]:
    """The main text (headline first, blank line between paragraphs) and metadata."""
    try:
        page = _Page()
        page.feed(html)
        meta = page.metadata()
        return page.text(meta.title), meta
    except (RecursionError, MemoryError, TimeoutError):
        return "", Metadata()


class _Page:
    """The element tree plus what the head says about the article."""

    def __init__(self) -> None:
        self.root = _Node("#root", None)
        self.stack: list[_Node] = [self.root]
        self.open: dict[str, int] = {}
        self.nodes: list[_Node] = [self.root]
        self.metas: dict[str, str] = {}
        self.ld_json: list[str] = []
        self.title: str | None = None
        self.canonical: str | None = None

    # -- building ---------------------------------------------------------
    def feed(self, html: str) -> None:
        for event in _tokens(html):
            if event[0] == "text":
                top = self.stack[-1]
                if not top.drop:
                    top.children.append(unescape(event[1]))
            elif event[0] == "start":
                self._start(event[1], event[2], event[3] == "/")
            elif event[0] == "end":
                self._end(event[1])
            else:
                self._raw(event[1], event[2], event[3])

    def _start(self, name: str, attrs: dict[str, str], closed: bool) -> None:
        if name in _VOID:
            if name in ("meta", "link"):
                self._head_tag(name, attrs)
            elif name == "br":
                self.stack[-1].children.append(_BR)
            elif name == "hr":
                self._add(_Node("hr", self.stack[-1]))
            return
        self._implicit_close(name)
        if len(self.stack) > _MAX_DEPTH or len(self.nodes) >= _MAX_NODES:
            return
        parent = self.stack[-1]
        node = _Node(name, parent, story=parent.story, under_soft=parent.soft or parent.under_soft)
        node.drop = parent.drop or name in _HARD
        if attrs and not node.drop:
            self._judge(node, attrs)
        elif name in ("article", "main"):
            node.story, node.landmark = True, name
        elif name == "form" or (name == "header" and not parent.story):
            node.soft = True
        self._add(node)
        if not closed:
            self.stack.append(node)
            self.open[name] = self.open.get(name, 0) + 1

    def _judge(self, node: _Node, attrs: dict[str, str]) -> None:
        """Story, furniture or neither, by the element's attributes."""
        name = node.tag
        if attrs.get("itemprop", "").lower() == "datepublished":
            when = attrs.get("datetime") or attrs.get("content")
            if when:
                self.metas.setdefault("itemprop:datepublished", when)
        role = attrs.get("role", "").lower()
        node.drop = (
            role in _HARD_ROLES
            or "hidden" in attrs
            or attrs.get("aria-hidden", "").lower() == "true"
            or "display:none" in attrs.get("style", "").replace(" ", "").lower()
        )
        if name in ("article", "main") or role in ("main", "article"):
            node.story = True
            node.landmark = "main" if "main" in (name, role) else "article"
        elif name == "form" or (name == "header" and not node.story):
            node.soft = True
        elif name not in ("html", "body") and ("class" in attrs or "id" in attrs):
            words = set(_WORD.findall(f"{attrs.get('class', '')} {attrs.get('id', '')}".lower()))
            if "sr" in words and "only" in words:
                words.add("sronly")
            node.soft = bool(words & _CHROME_WORDS) and not words & _STORY_WORDS

    def _add(self, node: _Node) -> None:
        assert node.parent is not None
        node.parent.children.append(node)
        self.nodes.append(node)

    def _implicit_close(self, name: str) -> None:
        """The few end tags HTML lets authors leave out, looked for nearby only."""
        if name in _BLOCK and self.open.get("p"):
            self._close_near("p", {"div", "article", "section", "blockquote", "li", "td"})
        if name == "li" and self.open.get("li"):
            self._close_near("li", {"ul", "ol"})
        elif name in ("dt", "dd"):
            self._close_near("dt", {"dl"})
            self._close_near("dd", {"dl"})
        elif name in ("td", "th"):
            self._close_near("td", {"tr", "table"})
            self._close_near("th", {"tr", "table"})
        elif name == "tr":
            self._close_near("tr", {"table", "tbody", "thead"})

    def _close_near(self, name: str, barriers: set[str]) -> None:
        for depth in range(len(self.stack) - 1, max(len(self.stack) - 8, 0), -1):
            tag = self.stack[depth].tag
            if tag == name:
                self._end(name)
                return
            if tag in barriers:
                return

    def _end(self, name: str) -> None:
        if not self.open.get(name):
            if name == "br":
                self.stack[-1].children.append(_BR)
            return
        while len(self.stack) > 1:
            node = self.stack.pop()
            self.open[node.tag] -= 1
            if node.tag == name:
                return

    def _raw(self, name: str, attrs: dict[str, str], content: str) -> None:
        if name == "title" and self.title is None and not self.open.get("svg"):
            self.title = unescape(content)
        elif name == "script" and "ld+json" in attrs.get("type", "").lower():
            self.ld_json.append(content)

    def _head_tag(self, name: str, attrs: dict[str, str]) -> None:
        if name == "link":
            rels = attrs.get("rel", "").lower().split()
            if "canonical" in rels and self.canonical is None:
                self.canonical = attrs.get("href")
            return
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content")
        if key and content:
            self.metas.setdefault(key.strip(), content)

    # -- the story ---------------------------------------------------------
    def text(self, fallback_title: str | None) -> str:
        self._measure()
        container = self._container()
        heading = self._headline(container)
        skip = heading
        headline = _render(heading, heading) if heading is not None else fallback_title or ""
        paragraphs = _render(container, skip) or (
            _render(self.root, skip) if container is not self.root else ""
        )
        parts = [p for p in (headline, paragraphs) if p]
        if len(parts) == 2 and paragraphs.split("\n\n", 1)[0] == headline:
            parts = [paragraphs]
        return "\n\n".join(parts)

    def _measure(self) -> None:
        """Text and paragraph lengths bottom-up (children come after parents)."""
        for node in reversed(self.nodes):
            if node.drop:
                node.length = node.ptext = 0
                continue
            node.length += sum(len(c.strip()) + 1 for c in node.children if isinstance(c, str))
            if node.tag == "p":
                node.ptext = node.length
            parent = node.parent
            if parent is not None:
                parent.length += node.length
                parent.ptext += node.ptext
        # Paragraph text outside furniture; then any paragraph; then, for pages
        # without <p> (text between <br>s in a div or table cell), direct text.
        for attempt in range(3):
            for node in self.nodes:
                if node.drop or (attempt == 0 and node.under_soft):
                    continue
                if attempt < 2:
                    if node.tag != "p" or node.parent is None:
                        continue
                    gain, target = float(node.ptext), node.parent
                elif node.tag != "a":
                    gain = sum(len(c.strip()) for c in node.children if isinstance(c, str))
                    target = node
                else:
                    continue
                target.score += gain
                if target.parent is not None:
                    target.parent.score += gain / 2
            if any(n.score > 0 for n in self.nodes):
                break

    def _container(self) -> _Node:
        total = self.root.ptext
        for landmark in ("article", "main"):
            found = [n for n in self.nodes if n.landmark == landmark and not n.drop]
            best = max(found, key=lambda n: n.ptext, default=None)
            if best is not None and (best.ptext * 10 >= total * 3 or (total == 0 and best.length)):
                return best
        best = max(self.nodes, key=lambda n: n.score, default=None)
        return best if best is not None and best.score > 0 else self.root

    def _headline(self, container: _Node) -> _Node | None:
        first: _Node | None = None
        h1s = (n for n in self.nodes if n.tag == "h1" and not (n.drop or n.soft or n.under_soft))
        for node in islice((n for n in h1s if n.length), 20):
            up: _Node | None = node
            while up is not None and up is not container:
                up = up.parent
            if up is container:
                return node
            first = first or node
        return first

    # -- metadata ----------------------------------------------------------
    def metadata(self) -> Metadata:
        m = self.metas
        ld = _json_ld(self.ld_json)
        outlet = _value(m.get("og:site_name")) or ld.get("outlet")
        title = (
            _value(m.get("og:title"))
            or ld.get("title")
            or _value(m.get("twitter:title"))
            or _value(self.title)
        )
        raw_date = next((m[k] for k in _DATE_KEYS if m.get(k)), None)
        author = ld.get("author") or next(
            (a for k in _AUTHOR_KEYS if (a := _person(m.get(k)))),
            None,
        )
        urls = (_value(self.canonical), _value(m.get("og:url")), ld.get("url"))
        return Metadata(
            title=_strip_outlet(title, outlet),
            outlet=outlet,
            author=author,
            date=_date(raw_date) or ld.get("date"),
            url=next((u for u in urls if u and u.startswith(("http://", "https://"))), None),
        )


_Event = tuple[str, str, dict[str, str], str]
_NO_ATTRS: dict[str, str] = {}
_ATTR = regex.compile(
    r"""[\s/]*+(?:(?P<gt>>)|(?P<key>[^\s/>=]++|=[^\s/>=]*+)
    (?>\s*+=\s*+(?>"(?P<dq>[^"]*+)"|'(?P<sq>[^']*+)'|(?P<uq>[^\s>]*+)))?+)?+""",
    regex.VERBOSE,
)
_RAW_END = {name: regex.compile(rf"</{name}(?=[\s/>])", regex.IGNORECASE) for name in _RAW}


def _tokens(s: str) -> Iterator[_Event]:
    """Text, start, end and raw-text events; comments and doctypes vanish.

    Input that ends inside a tag or comment loses that tail, as in browsers.
    """
    n = len(s)
    pos = text_from = 0
    while True:
        lt = s.find("<", pos)
        if lt == -1 or lt + 1 >= n:
            break
        c = s[lt + 1]
        if not (c.isascii() and (c.isalpha() or c in "/!?")):
            pos = lt + 1  # a lone "<" is text
            continue
        if text_from < lt:
            yield ("text", s[text_from:lt], _NO_ATTRS, "")
        if c.isalpha():
            end, name, attrs, closed = _start_tag(s, lt + 1)
            if end < 0:
                return
            pos = text_from = end
            if name not in _RAW:
                yield ("start", name, attrs, "/" if closed else "")
                continue
            close = _RAW_END[name].search(s, pos, timeout=_TIMEOUT)
            yield ("raw", name, attrs, s[pos : close.start() if close else n])
            gt = s.find(">", close.end()) if close else -1
            if gt == -1:
                return
            pos = text_from = gt + 1
            continue
        if s.startswith("<!--", lt):
            end = s.find("-->", lt + 2)
            if end == -1:
                return
            pos = text_from = end + 3
            continue
        gt = s.find(">", lt + 2)
        if gt == -1:
            return
        if c == "/" and s[lt + 2 : lt + 3].isalpha():
            if s[lt + 2 : gt].isalnum():
                yield ("end", s[lt + 2 : gt].lower(), _NO_ATTRS, "")
            else:
                found = _NAME.match(s, lt + 2, timeout=_TIMEOUT)
                yield ("end", found.group().lower() if found else "", _NO_ATTRS, "")
        pos = text_from = gt + 1
    if text_from < n:
        yield ("text", s[text_from:], _NO_ATTRS, "")


def _start_tag(s: str, i: int) -> tuple[int, str, dict[str, str], bool]:
    """Parse a start tag from its name at `i`: (end, name, attributes, self-closed).

    End -1 means the input ends inside the tag. Each attribute is one
    possessive match, so nothing is read twice.
    """
    gt = s.find(">", i, i + 16)
    if gt != -1 and s[i:gt].isalnum():  # <p>, <li>, <br>: most tags
        return gt + 1, s[i:gt].lower(), {}, False
    if s.find(">", i) == -1:
        return -1, "", {}, False
    name_m = _NAME.match(s, i, timeout=_TIMEOUT)
    j = name_m.end() if name_m else i + 1
    name = s[i:j].lower()
    attrs: dict[str, str] = {}
    while True:
        a = _ATTR.match(s, j, timeout=_TIMEOUT)
        if a is None or a.group("key") is None:
            if a is None or a.group("gt") is None:
                return -1, name, attrs, False
            at = a.start("gt")
            return at + 1, name, attrs, at > a.start() and s[at - 1] == "/"
        j = a.end()
        value = a.group("dq") or a.group("sq") or a.group("uq") or ""
        attrs.setdefault(a.group("key").lower(), unescape(value) if "&" in value else value)


class _Out:
    """Collects paragraphs while walking: blocks break paragraphs, items break lines."""

    __slots__ = ("lines", "lists", "paragraphs", "pieces", "pre")

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.lines: list[str] = []
        self.pieces: list[str] = []
        self.pre = 0
        self.lists = 0

    def enter(self, tag: str) -> None:
        if tag in ("ul", "ol", "dl"):
            self.line() if self.lists else self.para()
            self.lists += 1
        elif tag in ("li", "dt", "dd", "tr"):
            self.line()
        elif tag in ("td", "th"):
            self.pieces.append(" ")
        elif tag in _BLOCK:
            self.para()
        if tag == "pre":
            self.pre += 1

    def leave(self, tag: str) -> None:
        if tag in ("ul", "ol", "dl"):
            self.lists = max(self.lists - 1, 0)
            self.line() if self.lists else self.para()
        elif tag in ("li", "dt", "dd", "tr"):
            self.line()
        elif tag in _BLOCK:
            self.para()
        if tag == "pre":
            self.pre = max(self.pre - 1, 0)

    def text(self, text: str) -> None:
        if not self.pre:
            self.pieces.append(text)
            return
        for k, piece in enumerate(text.split("\n")):
            if k:
                self.line()
            self.pieces.append(piece)

    def br(self) -> None:
        if "".join(self.pieces).strip():
            self.line()
        else:
            self.pieces = []
            if self.lines:
                self.para()

    def line(self) -> None:
        joined = " ".join("".join(self.pieces).split())
        self.pieces = []
        if joined:
            self.lines.append(joined)

    def para(self) -> None:
        self.line()
        if self.lines:
            self.paragraphs.append("\n".join(self.lines))
            self.lines = []


def _render(top: _Node, skip: _Node | None) -> str:
    """The text under `top`, without furniture and without `skip` (the headline)."""
    out = _Out()
    out.enter(top.tag)
    stack: list[tuple[_Node, int]] = [(top, 0)]
    while stack:
        node, i = stack[-1]
        if i >= len(node.children):
            stack.pop()
            out.leave(node.tag)
            continue
        stack[-1] = (node, i + 1)
        child = node.children[i]
        if isinstance(child, str):
            out.text(child)
        elif child is _BR:
            out.br()
        elif not (child.drop or child is skip or (child.soft and not _holds_story(child, top))):
            out.enter(child.tag)
            stack.append((child, 0))
    out.para()
    return "\n\n".join(out.paragraphs)


def _holds_story(node: _Node, top: _Node) -> bool:
    if top.ptext:
        return node.ptext * 2 > top.ptext
    return node.length * 2 > top.length


def _json_ld(blocks: list[str]) -> dict[str, str]:
    """Title, author, outlet, date and URL of the first article object."""
    items: list[dict[str, Any]] = []
    for block in blocks:
        raw = block.strip()
        for head, tail in (("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")):
            if raw.startswith(head) and raw.endswith(tail):
                raw = raw[len(head) : -len(tail)].strip()
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        pending: list[Any] = [data]
        while pending and len(items) < 5000:
            value = pending.pop()
            if isinstance(value, dict):
                items.append(value)
                pending.extend(reversed(value.values()))
            elif isinstance(value, list):
                pending.extend(reversed(value[:1000]))
    by_id = {item["@id"]: item for item in items if isinstance(item.get("@id"), str)}
    articles = [item for item in items if _types(item) & _ARTICLE_TYPES]
    news = [item for item in articles if any("news" in t for t in _types(item))]
    if not articles:
        return {}
    art = (news or articles)[0]
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
        iso = normalise_date(text)
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
