"""Which part of the page is the story, and its text as paragraphs."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from operator import attrgetter

from reader.web.tree import BR, CELL, ITEM, KIND, LIST, PARA, PRE, Node, Page

#: A block with this much text of its own (between <br>s, not in a <p>) counts
#: as paragraphs: such a story must not lose to a <p> in a cookie notice.
_DIRECT_TEXT = 100


def story_parts(page: Page, fallback_title: str | None) -> tuple[str, str]:
    """The headline and, apart, the story's paragraphs (blank lines between them)."""
    _measure(page.nodes)
    container = _container(page)
    heading = _headline(page.h1s, container)
    flow = page.flow
    headline = _render(flow, heading, heading) if heading is not None else fallback_title or ""
    paragraphs = _render(flow, container, heading) or (
        _render(flow, page.root, heading) if container is not page.root else ""
    )
    first, _, rest = paragraphs.partition("\n\n")
    if headline and first == headline:
        paragraphs = rest
    return headline, _without_tail(paragraphs)


#: A last paragraph this short that is not a sentence is a label, not the story.
_TAIL = 80
#: ...and only after a story of at least this many characters (a short text is left whole).
_STORY = 400
#: At most this many such lines are dropped.
_MAX_TAIL = 5
_SENTENCE_END = tuple(".!?\"'”’»«)…:")


def _without_tail(paragraphs: str) -> str:
    """The paragraphs without a few short, unpunctuated lines after the story's last
    sentence ("Read more", "Related", a teaser's headline): what follows a story on
    a page. Text with no sentence to end on is left whole."""
    parts = paragraphs.rsplit("\n\n", _MAX_TAIL)
    keep = len(parts)
    while keep > 1 and len(parts[keep - 1]) < _TAIL and "\n" not in parts[keep - 1]:
        if parts[keep - 1].rstrip().endswith(_SENTENCE_END):
            break
        keep -= 1
    last = parts[keep - 1].rpartition("\n\n")[2].rstrip()  # the first part holds the rest
    if keep == len(parts) or not (len(last) >= _TAIL or last.endswith(_SENTENCE_END)):
        return paragraphs
    kept = "\n\n".join(parts[:keep])
    return kept if len(kept) >= _STORY else paragraphs


def _measure(nodes: list[Node]) -> None:
    """Text lengths bottom-up, then scores from the first kind of evidence found.

    Paragraph text outside furniture and links; then any paragraph; then, for pages
    without <p> (text between <br>s in a div or table cell), direct text.
    Each element's own text was measured as the tree was built.
    """
    for node in reversed(nodes):  # children come after their parents
        if node.drop:
            node.length = node.ptext = 0
            continue
        if node.tag == "a":
            node.links = node.length
        elif node.tag == "p":
            node.ptext = max(node.length - node.links, 0)
        elif node.own >= _DIRECT_TEXT and node.tag in KIND:
            node.ptext += node.own  # text between <br>s in a block is paragraphs too
        if node.parent is not None:
            node.parent.length += node.length
            node.parent.ptext += node.ptext
            node.parent.links += node.links
    _unsoften(nodes)
    for attempt in range(3):
        for target, gain in _votes(nodes, attempt):
            target.score += gain
            if target.parent is not None:
                target.parent.score += gain / 2
        if any(n.score > 0 for n in nodes):
            break


def _unsoften(nodes: list[Node]) -> None:
    """A block flagged as furniture by its class (`cuerpo-ad`) that holds most of the
    page's paragraph text is the story after all; what lies under it is re-marked."""
    total = nodes[0].ptext
    for node in islice(nodes, 1, None):  # parents come before their children
        if node.soft and node.ptext * 2 > total:
            node.soft = False
        parent = node.parent
        node.under_soft = parent is not None and (parent.soft or parent.under_soft)


def _votes(nodes: list[Node], attempt: int) -> Iterator[tuple[Node, float]]:
    for node in nodes:
        if node.drop or (attempt == 0 and node.under_soft):
            continue
        if attempt < 2:
            if node.tag == "p" and node.parent is not None:
                yield node.parent, float(node.length if attempt else node.ptext)
            elif node.own >= _DIRECT_TEXT and node.tag in KIND:
                yield node, float(node.own)
        elif node.tag != "a":
            yield node, node.own


def _container(page: Page) -> Node:
    """A landmark holding enough of the paragraphs, else the best-scored element."""
    total = page.root.ptext
    for landmark in ("article", "main"):
        found = [n for n in page.landmarks if n.landmark == landmark and not n.drop]
        best = max(found, key=attrgetter("ptext"), default=None)
        if best is not None and (best.ptext * 10 >= total * 3 or (total == 0 and best.length)):
            return best
    best = max(page.nodes, key=attrgetter("score"), default=None)
    if best is None or best.score <= 0:
        return page.root
    return _widened(best)


#: A story's block shares its parent with siblings holding this much paragraph
#: text or more, per character of its own: the story was split into blocks.
_SPLIT = 0.5


def _widened(best: Node) -> Node:
    """The best-scored block, or its parent when siblings hold much more of the story
    (furniture among them is left out when rendering, as anywhere)."""
    node = best
    for _ in range(3):
        parent = node.parent
        if parent is None or parent.parent is None or parent.tag in ("body", "html"):
            break
        if (parent.ptext - node.ptext) < node.ptext * _SPLIT:
            break
        node = parent
    return node


def _headline(h1s: list[Node], container: Node) -> Node | None:
    """The first non-empty <h1> inside the container, else the first anywhere."""
    first: Node | None = None
    shown = (n for n in h1s if not (n.drop or n.soft or n.under_soft))
    for node in islice((n for n in shown if n.length), 20):
        up: Node | None = node
        while up is not None and up is not container:
            up = up.parent
        if up is container:
            return node
        first = first or node
    return first


class _Out:
    """Collects paragraphs while walking: blocks break paragraphs, items break lines.

    The piece and line lists are cleared in place, never replaced, so a caller
    may hold them; each piece is joined once, when its line ends.
    """

    __slots__ = ("lines", "lists", "paragraphs", "pieces", "pre")

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.lines: list[str] = []
        self.pieces: list[str] = []
        self.pre = 0
        self.lists = 0

    def enter(self, kind: int | None) -> None:
        if kind == PARA:
            self.para()
        elif kind == PRE:
            self.para()
            self.pre += 1
        elif kind == LIST:
            self.line() if self.lists else self.para()
            self.lists += 1
        elif kind == ITEM:
            self.line()
        elif kind == CELL:
            self.pieces.append(" ")

    def leave(self, kind: int) -> None:
        if kind == PARA:
            self.para()
        elif kind == PRE:
            self.para()
            self.pre = max(self.pre - 1, 0)
        elif kind == LIST:
            self.lists = max(self.lists - 1, 0)
            self.line() if self.lists else self.para()
        elif kind == ITEM:
            self.line()

    def text(self, text: str) -> None:
        if not self.pre:
            self.pieces.append(text)
            return
        for k, piece in enumerate(text.split("\n")):
            if k:
                # Each line of preformatted text is a line; a blank one ends a paragraph.
                self.br()
            self.pieces.append(piece)

    def br(self) -> None:
        if "".join(self.pieces).strip():
            self.line()
        else:
            self.pieces.clear()
            if self.lines:
                self.para()

    def line(self) -> None:
        if not self.pieces:
            return
        joined = " ".join("".join(self.pieces).split())
        self.pieces.clear()
        if joined:
            self.lines.append(joined)

    def para(self) -> None:
        if self.pieces:
            self.line()
        if self.lines:
            self.paragraphs.append("\n".join(self.lines))
            self.lines.clear()


def _render(flow: list[Node | str | int], top: Node, skip: Node | None) -> str:
    """The text of `top`, without furniture and without `skip` (the headline).

    One loop over the element's slice of the flow: depth costs nothing, and a
    left-out element is jumped over whole.
    """
    out = _Out()
    out.enter(KIND.get(top.tag))
    links_out = not _mostly_links(top)  # else the links are all there is
    pieces = out.pieces
    items = islice(flow, top.start, top.end)
    for item in items:
        if isinstance(item, str):
            if out.pre:
                out.text(item)
            else:
                pieces.append(item)
        elif isinstance(item, int):
            out.leave(item)
        elif item is BR:
            out.br()
        elif item is skip or (
            (item.soft or (links_out and _mostly_links(item))) and not _holds_story(item, top)
        ):
            inside = item.end - item.start
            next(islice(items, inside, inside), None)  # past its content
        else:
            out.enter(KIND.get(item.tag))
    out.para()
    return "\n\n".join(out.paragraphs)


def _mostly_links(node: Node) -> bool:
    """A block whose text is mostly links: a list of related stories, tags, a share bar."""
    return node.links * 10 > node.length * 6


def _holds_story(node: Node, top: Node) -> bool:
    if top.ptext:
        return node.ptext * 2 > top.ptext
    return node.length * 2 > top.length
