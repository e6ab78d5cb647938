"""The element tree of a page, marked as story, furniture or neither as it is built.

HTML found in the wild is forgiving, so the builder is too: it closes the few
end tags authors may leave out, ignores stray end tags, and caps depth and
size so a hostile page costs bounded memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import unescape

import regex

from reader.web.meta import Head
from reader.web.tokens import tokens


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MAX_DEPTH = 256  # deeper elements are flattened into their ancestor
_MAX_NODES = 200_000  # beyond this, tags no longer create elements (memory bound)
_VOID = _set("area base br col embed hr img input keygen link meta param source track wbr")
#: Elements that start a new paragraph.
BLOCK = _set(
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
#: Start tag: (open elements it ends, elements beyond which they are not looked for).
_ENDS: dict[str, tuple[tuple[str, ...], set[str]]] = {
    "li": (("li",), {"ul", "ol"}),
    "dt": (("dt", "dd"), {"dl"}),
    "dd": (("dt", "dd"), {"dl"}),
    "td": (("td", "th"), {"tr", "table"}),
    "th": (("td", "th"), {"tr", "table"}),
    "tr": (("tr",), {"table", "tbody", "thead"}),
}
_P_BARRIERS = {"div", "article", "section", "blockquote", "li", "td"}


@dataclass(slots=True, eq=False)
class Node:
    tag: str
    parent: Node | None
    children: list[Node | str] = field(default_factory=list)
    drop: bool = False  # furniture, never shown
    soft: bool = False  # furniture by its class, unless it holds most of the text
    under_soft: bool = False
    story: bool = False  # inside <article> or <main>
    landmark: str = ""  # "article" or "main" for those elements and roles
    length: int = 0  # characters of text in the subtree
    ptext: int = 0  # characters of paragraph text in the subtree
    score: float = 0.0


#: Every line break shares this node.
BR = Node("br", None)


class Page:
    """The element tree (`nodes` in document order) plus what the head says."""

    def __init__(self, html: str) -> None:
        self.root = Node("#root", None)
        self.nodes: list[Node] = [self.root]
        self.head = Head()
        self._stack: list[Node] = [self.root]
        self._open: dict[str, int] = {}
        for kind, name, attrs, extra in tokens(html):
            if kind == "text":
                top = self._stack[-1]
                if not top.drop:
                    top.children.append(unescape(name))
            elif kind == "start":
                self._start(name, attrs, extra == "/")
            elif kind == "end":
                self._end(name)
            else:
                self._raw(name, attrs, extra)

    def _start(self, name: str, attrs: dict[str, str], closed: bool) -> None:
        if name in _VOID:
            if name in ("meta", "link"):
                self._head_tag(name, attrs)
            elif name == "br":
                self._stack[-1].children.append(BR)
            elif name == "hr":
                self._add(Node("hr", self._stack[-1]))
            return
        self._implicit_close(name)
        if len(self._stack) > _MAX_DEPTH or len(self.nodes) >= _MAX_NODES:
            return
        parent = self._stack[-1]
        node = Node(name, parent, story=parent.story, under_soft=parent.soft or parent.under_soft)
        node.drop = parent.drop or name in _HARD
        if not node.drop:
            self._judge(node, attrs)
        self._add(node)
        if not closed:
            self._stack.append(node)
            self._open[name] = self._open.get(name, 0) + 1

    def _judge(self, node: Node, attrs: dict[str, str]) -> None:
        """Story, furniture or neither, by the element's name and attributes."""
        name = node.tag
        if attrs.get("itemprop", "").lower() == "datepublished":
            when = attrs.get("datetime") or attrs.get("content")
            if when:
                self.head.metas.setdefault("itemprop:datepublished", when)
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

    def _add(self, node: Node) -> None:
        assert node.parent is not None
        node.parent.children.append(node)
        self.nodes.append(node)

    def _implicit_close(self, name: str) -> None:
        """The few end tags HTML lets authors leave out, looked for nearby only."""
        if name in BLOCK and self._open.get("p"):
            self._close_near("p", _P_BARRIERS)
        ends, barriers = _ENDS.get(name, ((), set()))
        for tag in ends:
            if self._open.get(tag):
                self._close_near(tag, barriers)

    def _close_near(self, name: str, barriers: set[str]) -> None:
        for depth in range(len(self._stack) - 1, max(len(self._stack) - 8, 0), -1):
            tag = self._stack[depth].tag
            if tag == name:
                self._end(name)
                return
            if tag in barriers:
                return

    def _end(self, name: str) -> None:
        if not self._open.get(name):
            if name == "br":
                self._stack[-1].children.append(BR)
            return
        while len(self._stack) > 1:
            node = self._stack.pop()
            self._open[node.tag] -= 1
            if node.tag == name:
                return

    def _raw(self, name: str, attrs: dict[str, str], content: str) -> None:
        if name == "title" and self.head.title is None and not self._open.get("svg"):
            self.head.title = unescape(content)
        elif name == "script" and "ld+json" in attrs.get("type", "").lower():
            self.head.ld_json.append(content)

    def _head_tag(self, name: str, attrs: dict[str, str]) -> None:
        if name == "link":
            rels = attrs.get("rel", "").lower().split()
            if "canonical" in rels and self.head.canonical is None:
                self.head.canonical = attrs.get("href")
            return
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content")
        if key and content:
            self.head.metas.setdefault(key.strip(), content)
