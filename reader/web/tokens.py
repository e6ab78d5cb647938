"""A forward-only HTML tokenizer.

Ours rather than `html.parser`: on Python 3.11 that parser rescans
unfinished tags and takes minutes on a few kilobytes of `<a <a <a ...`, and
a page is untrusted input. This one moves only forward (each `find` either
advances or ends the input), so any page costs time in proportion to its
size, and it never raises.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import unescape

import regex

TIMEOUT = 5.0
#: Elements whose content is raw text up to their own end tag.
RAW = {"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript"}

#: (kind, name, attributes, extra): kind is "text", "start", "end" or "raw";
#: extra is "/" for a self-closed start tag and the content of a raw element.
Event = tuple[str, str, dict[str, str], str]

_NO_ATTRS: dict[str, str] = {}
_NAME = regex.compile(r"[^\s/>]*")
_ATTR = regex.compile(
    r"""[\s/]*+(?:(?P<gt>>)|(?P<key>[^\s/>=]++|=[^\s/>=]*+)
    (?>\s*+=\s*+(?>"(?P<dq>[^"]*+)"|'(?P<sq>[^']*+)'|(?P<uq>[^\s>]*+)))?+)?+""",
    regex.VERBOSE,
)
_RAW_END = {name: regex.compile(rf"</{name}(?=[\s/>])", regex.IGNORECASE) for name in RAW}


def tokens(s: str) -> Iterator[Event]:
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
            if name not in RAW:
                yield ("start", name, attrs, "/" if closed else "")
                continue
            close = _RAW_END[name].search(s, pos, timeout=TIMEOUT)
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
                found = _NAME.match(s, lt + 2, timeout=TIMEOUT)
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
    name_m = _NAME.match(s, i, timeout=TIMEOUT)
    j = name_m.end() if name_m else i + 1
    name = s[i:j].lower()
    attrs: dict[str, str] = {}
    while True:
        a = _ATTR.match(s, j, timeout=TIMEOUT)
        if a is None or a.group("key") is None:
            if a is None or a.group("gt") is None:
                return -1, name, attrs, False
            at = a.start("gt")
            return at + 1, name, attrs, at > a.start() and s[at - 1] == "/"
        j = a.end()
        value = a.group("dq") or a.group("sq") or a.group("uq") or ""
        attrs.setdefault(a.group("key").lower(), unescape(value) if "&" in value else value)
