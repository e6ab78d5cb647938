"""The element tree of a page, marked as story, furniture or neither as it is built.

HTML found in the wild is forgiving, so the builder is too: it closes the few
end tags authors may leave out, ignores stray end tags, and caps depth and
size so a hostile page costs bounded memory. Every step is constant work per
token (amortised): which elements are open, and where, is kept per tag, so
no step walks the open elements or the text read so far.

The text itself is kept apart from the tree, in one flat `flow` in document
order: each element's content is a slice of it, so rendering any part of the
page is a loop over a slice, never a walk down (or a recursion into) the tree.
"""

from __future__ import annotations

import re
from html import unescape

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
    "logo sronly teaser teasers trending widget tags tag byline meta print comment respond "
    "author bio pagination pager rating readmore signup follow topics skip affiliate"
)
#: Chrome words long enough to be recognised inside a run-together name
#: (`entryfooter`, `jp-relatedposts`, `sharedaddy`) without false alarms.
_CHROME_PARTS = (
    "footer",
    "comment",
    "related",
    "sidebar",
    "newsletter",
    "sharing",
    "social",
    "advert",
    "sponsor",
    "breadcrumb",
    "subscri",
    "outbrain",
    "taboola",
    "byline",
    "rating",
    "pagination",
    "sharedaddy",
    "addtoany",
    "cookie",
    "consent",
    "gdpr",
    "newsfeed",
    "nextstory",
)
#: Class and id names read from one element; the rest are not judged.
_MAX_NAMES = 40
_STORY_WORDS = {"article", "story", "content", "body", "main", "post", "entry", "text", "page"}
_WORD = re.compile(r"[a-z0-9]+")
#: Where a start tag ends open elements: (those elements, the barrier group
#: they are kept open inside). `<p>` and every other BLOCK start end an open <p>.
_ENDS: dict[str, tuple[tuple[str, ...], str]] = {
    "li": (("li",), "#list"),
    "dt": (("dt", "dd"), "#dl"),
    "dd": (("dt", "dd"), "#dl"),
    "td": (("td", "th"), "#row"),
    "th": (("td", "th"), "#row"),
    "tr": (("tr",), "#table"),
}
_P_GROUP = "#p"
#: Each barrier group's elements: an element opened inside one of them is left open.
_GROUPS = {
    _P_GROUP: ("div", "article", "section", "blockquote", "li", "td"),
    "#list": ("ul", "ol"),
    "#dl": ("dl",),
    "#row": ("tr", "table"),
    "#table": ("table", "tbody", "thead"),
}
#: The groups each barrier belongs to; an open barrier is also kept under them.
_BARRIER_OF = {
    tag: tuple(group for group, members in _GROUPS.items() if tag in members)
    for tag in {tag for members in _GROUPS.values() for tag in members}
}
#: What an element does to the text around it: it starts and ends a paragraph,
#: a preformatted paragraph, a list, a line (an item) or a cell. `Page.flow`
#: records the end of each as its KIND; inline elements do nothing.
PARA, PRE, LIST, ITEM, CELL = 1, 2, 3, 4, 5
KIND = (
    dict.fromkeys(BLOCK, PARA)
    | {"pre": PRE, "td": CELL, "th": CELL}
    | dict.fromkeys(("li", "dt", "dd", "tr"), ITEM)
    | dict.fromkeys(("ul", "ol", "dl"), LIST)
)
#: Where the story starts: an open page header ends before these.
_LANDMARKS = frozenset(("article", "main"))
#: Elements judged by name even without attributes.
_NAMED = frozenset(("article", "main", "form", "header", "h1"))


class Node:
    """An element: where it sits, what kind of content it is, and its text measures."""

    __slots__ = (
        "drop",
        "end",
        "landmark",
        "length",
        "links",
        "own",
        "parent",
        "ptext",
        "score",
        "soft",
        "start",
        "story",
        "tag",
        "under_soft",
    )

    def __init__(
        self, tag: str, parent: Node | None, story: bool = False, under_soft: bool = False
    ) -> None:
        self.tag = tag
        self.parent = parent
        self.start = self.end = 0  # its content is `Page.flow[start:end]`
        self.drop = False  # furniture, never shown
        self.soft = False  # furniture by its class, unless it holds most of the text
        self.under_soft = under_soft
        self.story = story  # inside <article> or <main>
        self.landmark = ""  # "article" or "main" for those elements and roles
        self.own = 0  # characters of its own text, each piece stripped
        self.length = 0  # characters of text: its own (+1 a piece) while built, then the subtree's
        self.ptext = 0  # characters of paragraph text (outside links) in the subtree
        self.links = 0  # characters of text inside links in the subtree
        self.score = 0.0


#: Every line break shares this node.
BR = Node("br", None)
#: Stand-ins, shared, for elements that are not built (an <hr>, or any element
#: past the caps): in the flow as an empty element, they still end the
#: paragraph, line or cell they stand in, at no cost in memory.
_MARKS = {tag: Node(tag, None) for tag in KIND}


class Page:
    """The element tree (`nodes` in document order), the text flow, what the head says.

    `flow` holds, in document order, the text, line breaks, the start of each
    element that shapes the text or may be left out (a block or a soft one:
    the Node) and the end of each block (its KIND). Dropped elements leave
    nothing in it. Landmarks and <h1>s are also listed as they are built, so
    finding the story does not walk every element again for them.
    """

    def __init__(self, html: str) -> None:
        self.root = Node("#root", None)
        self.nodes: list[Node] = [self.root]
        self.flow: list[Node | str | int] = []
        self.landmarks: list[Node] = []
        self.h1s: list[Node] = []
        #: Links marked rel=author, as built (the first 20).
        self.author_links: list[Node] = []
        self.head = Head()
        self._stack: list[Node] = [self.root]
        #: The open elements of each tag and barrier group, as ascending `_stack` indexes.
        self._at: dict[str, list[int]] = {}
        stack, flow = self._stack, self.flow
        for kind, name, attrs, extra in tokens(html):
            if kind == "text":
                top = stack[-1]
                if not top.drop:
                    text = unescape(name) if "&" in name else name
                    flow.append(text)
                    own = len(text.strip())
                    top.own += own
                    top.length += own + 1
            elif kind == "start":
                self._start(name, attrs, extra == "/")
            elif kind == "end":
                at = self._at.get(name)
                if at:
                    self._pop_to(at[-1])
                elif name == "br" and not stack[-1].drop:
                    flow.append(BR)
            else:
                self._raw(name, attrs, extra)
        self._pop_to(1)
        self.root.end = len(flow)

    def _start(self, name: str, attrs: dict[str, str], closed: bool) -> None:
        if name in _VOID:
            self._void(name, attrs)
            return
        stack = self._stack
        if name in BLOCK and (open_p := self._at.get("p")):
            if open_p[-1] == len(stack) - 1:  # the usual case: <p> text <p>
                open_p.pop()
                closing = stack.pop()
                if not closing.drop:
                    self.flow.append(PARA)
                closing.end = len(self.flow)
            else:
                self._close_unless("p", _P_GROUP)
        if name in _LANDMARKS and (headers := self._at.get("header")):
            self._close_page_header(headers[0])
        ends = _ENDS.get(name)
        if ends is not None:
            for tag in ends[0]:
                self._close_unless(tag, ends[1])
        depth = len(stack)
        if depth > _MAX_DEPTH or len(self.nodes) >= _MAX_NODES:
            self._stand_in(name)
            return
        parent = stack[depth - 1]
        node = Node(name, parent, parent.story, parent.soft or parent.under_soft)
        if parent.drop or name in _HARD:
            node.drop = True
        else:
            if attrs or name in _NAMED:
                self._judge(node, attrs)
            if (node.soft or name in KIND) and not node.drop:
                self.flow.append(node)
        node.start = len(self.flow)
        self.nodes.append(node)
        if closed:
            self._end(node)
            return
        stack.append(node)
        at = self._at.get(name)
        if at is None:
            self._at[name] = [depth]
        else:
            at.append(depth)
        if name in _BARRIER_OF:
            for group in _BARRIER_OF[name]:
                self._at.setdefault(group, []).append(depth)

    def _close_page_header(self, depth: int) -> None:
        """An unclosed page header ends where the article or main content starts,
        rather than swallowing the story and dropping it as furniture."""
        header = self._stack[depth]
        if not header.story:
            self._pop_to(depth)

    def _void(self, name: str, attrs: dict[str, str]) -> None:
        if name in ("meta", "link"):
            self._head_tag(name, attrs)
        elif name == "br":
            if not self._stack[-1].drop:
                self.flow.append(BR)
        elif name == "hr":
            self._stand_in(name)

    def _stand_in(self, name: str) -> None:
        """An element not built: its mark, if it shapes text, goes in the flow.

        A mark right after the same mark would change nothing, so it is not added.
        """
        mark = _MARKS.get(name)
        flow = self.flow
        if mark is None or self._stack[-1].drop or (len(flow) > 1 and flow[-2] is mark):
            return
        flow.append(mark)
        flow.append(KIND[name])

    def _judge(self, node: Node, attrs: dict[str, str]) -> None:
        """Story, furniture or neither, by the element's name and attributes."""
        name = node.tag
        role = ""
        if attrs:
            role = attrs.get("role", "").lower()
            node.drop = role in _HARD_ROLES or _hidden(attrs)
            if attrs.get("itemprop", "").lower() == "datepublished":
                when = attrs.get("datetime") or attrs.get("content")
                if when:
                    self.head.metas.setdefault("itemprop:datepublished", when)
        if name == "h1":
            self.h1s.append(node)
        elif name == "a" and "author" in attrs.get("rel", "").lower().split():
            if len(self.author_links) < 20:
                self.author_links.append(node)
        elif name == "time" and (when := attrs.get("datetime")) and len(self.head.times) < 50:
            self.head.times.append((len(self.flow), when))
        if name in ("article", "main") or role in ("main", "article") or _body_prop(attrs):
            node.story = True
            node.landmark = "main" if "main" in (name, role) else "article"
            self.landmarks.append(node)
        elif name == "form" or (name == "header" and not node.story):
            node.soft = True
        elif name not in ("html", "body") and ("class" in attrs or "id" in attrs):
            node.soft = _chrome_names(f"{attrs.get('class', '')} {attrs.get('id', '')}")

    def _close_unless(self, name: str, group: str) -> None:
        """Close the innermost open `name` unless a barrier of `group` is open inside it."""
        at = self._at.get(name)
        if not at:
            return
        inside = self._at.get(group)
        if not inside or inside[-1] < at[-1]:
            self._pop_to(at[-1])

    def _pop_to(self, depth: int) -> None:
        """Close the open elements from `depth` up: each was opened once, so O(1) amortised."""
        stack, at, flow = self._stack, self._at, self.flow
        while len(stack) > depth:
            node = stack.pop()
            tag = node.tag
            at[tag].pop()
            if tag in _BARRIER_OF:
                for group in _BARRIER_OF[tag]:
                    at[group].pop()
            if tag in KIND and not node.drop:
                flow.append(KIND[tag])
            node.end = len(flow)

    def _end(self, node: Node) -> None:
        """Where the element ends in the flow, after its own end mark if it has one."""
        if not node.drop and node.tag in KIND:
            self.flow.append(KIND[node.tag])
        node.end = len(self.flow)

    def _raw(self, name: str, attrs: dict[str, str], content: str) -> None:
        if name == "title" and self.head.title is None and content and not self._at.get("svg"):
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


def _chrome_names(names: str) -> bool:
    """Whether class and id names mark furniture: one name holds a chrome word
    (`entry-meta`, `post-tags`) and none is purely a story name (`article-body`),
    which some sites put on the wrapper of the whole story beside a chrome one."""
    chrome = story = False
    for name in names.lower().split()[:_MAX_NAMES]:
        words = set(_WORD.findall(name))
        if "sr" in words and "only" in words:
            words.add("sronly")
        if words & _CHROME_WORDS or any(part in name for part in _CHROME_PARTS):
            chrome = True
        elif words & _STORY_WORDS:
            story = True
    return chrome and not story


def _body_prop(attrs: dict[str, str]) -> bool:
    """The element a page marks as the article's body with schema.org microdata."""
    return bool(attrs) and attrs.get("itemprop", "").lower() == "articlebody"


def _hidden(attrs: dict[str, str]) -> bool:
    return (
        "hidden" in attrs
        or attrs.get("aria-hidden", "").lower() == "true"
        or "display:none" in attrs.get("style", "").replace(" ", "").lower()
    )
