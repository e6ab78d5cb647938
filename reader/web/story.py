"""Which part of the page is the story, and its text as paragraphs."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from reader.web.tree import BLOCK, BR, Node, Page

_LISTS = ("ul", "ol", "dl")
_ITEMS = ("li", "dt", "dd", "tr")


def main_text(page: Page, fallback_title: str | None) -> str:
    """The headline, then the story's paragraphs, separated by blank lines."""
    _measure(page.nodes)
    container = _container(page)
    heading = _headline(page.nodes, container)
    headline = _render(heading, heading) if heading is not None else fallback_title or ""
    paragraphs = _render(container, heading) or (
        _render(page.root, heading) if container is not page.root else ""
    )
    if headline and paragraphs.split("\n\n", 1)[0] == headline:
        return paragraphs
    return "\n\n".join(p for p in (headline, paragraphs) if p)


def _measure(nodes: list[Node]) -> None:
    """Text lengths bottom-up, then scores from the first kind of evidence found.

    Paragraph text outside furniture; then any paragraph; then, for pages
    without <p> (text between <br>s in a div or table cell), direct text.
    """
    for node in reversed(nodes):  # children come after their parents
        if node.drop:
            node.length = node.ptext = 0
            continue
        node.length += sum(len(c.strip()) + 1 for c in node.children if isinstance(c, str))
        if node.tag == "p":
            node.ptext = node.length
        if node.parent is not None:
            node.parent.length += node.length
            node.parent.ptext += node.ptext
    for attempt in range(3):
        for target, gain in _votes(nodes, attempt):
            target.score += gain
            if target.parent is not None:
                target.parent.score += gain / 2
        if any(n.score > 0 for n in nodes):
            break


def _votes(nodes: list[Node], attempt: int) -> Iterator[tuple[Node, float]]:
    for node in nodes:
        if node.drop or (attempt == 0 and node.under_soft):
            continue
        if attempt < 2:
            if node.tag == "p" and node.parent is not None:
                yield node.parent, float(node.ptext)
        elif node.tag != "a":
            yield node, sum(len(c.strip()) for c in node.children if isinstance(c, str))


def _container(page: Page) -> Node:
    """A landmark holding enough of the paragraphs, else the best-scored element."""
    total = page.root.ptext
    for landmark in ("article", "main"):
        found = [n for n in page.nodes if n.landmark == landmark and not n.drop]
        best = max(found, key=lambda n: n.ptext, default=None)
        if best is not None and (best.ptext * 10 >= total * 3 or (total == 0 and best.length)):
            return best
    best = max(page.nodes, key=lambda n: n.score, default=None)
    return best if best is not None and best.score > 0 else page.root


def _headline(nodes: list[Node], container: Node) -> Node | None:
    """The first non-empty <h1> inside the container, else the first anywhere."""
    first: Node | None = None
    h1s = (n for n in nodes if n.tag == "h1" and not (n.drop or n.soft or n.under_soft))
    for node in islice((n for n in h1s if n.length), 20):
        up: Node | None = node
        while up is not None and up is not container:
            up = up.parent
        if up is container:
            return node
        first = first or node
    return first


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
        if tag in _LISTS:
            self.line() if self.lists else self.para()
            self.lists += 1
        elif tag in _ITEMS:
            self.line()
        elif tag in ("td", "th"):
            self.pieces.append(" ")
        elif tag in BLOCK:
            self.para()
        if tag == "pre":
            self.pre += 1

    def leave(self, tag: str) -> None:
        if tag in _LISTS:
            self.lists = max(self.lists - 1, 0)
            self.line() if self.lists else self.para()
        elif tag in _ITEMS:
            self.line()
        elif tag in BLOCK:
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


def _render(top: Node, skip: Node | None) -> str:
    """The text under `top`, without furniture and without `skip` (the headline)."""
    out = _Out()
    out.enter(top.tag)
    stack: list[tuple[Node, int]] = [(top, 0)]
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
        elif child is BR:
            out.br()
        elif not (child.drop or child is skip or (child.soft and not _holds_story(child, top))):
            out.enter(child.tag)
            stack.append((child, 0))
    out.para()
    return "\n\n".join(out.paragraphs)


def _holds_story(node: Node, top: Node) -> bool:
    if top.ptext:
        return node.ptext * 2 > top.ptext
    return node.length * 2 > top.length
