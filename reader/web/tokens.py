"""A forward-only HTML tokenizer.

Ours rather than `html.parser`: on Python 3.11 that parser rescans
unfinished tags and takes minutes on a few kilobytes of `<a <a <a ...`, and
a page is untrusted input. This one moves only forward: each search starts
where the last token ended and either advances or ends the input, so any
page costs time in proportion to its size, and it never raises.

The patterns are the standard library's `re`, not `regex`: a page has a
token every few bytes and `re` answers a call several times faster. None
needs a timeout: each is anchored or starts with a literal `<`, and every
repetition in them is possessive or atomic, so nothing is read twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from itertools import islice

#: Elements whose content is raw text up to their own end tag.
RAW = {"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript"}
#: Attributes read from one tag; the rest of a longer tag is skipped unread.
MAX_ATTRS = 100

#: (kind, name, attributes, extra): kind is "text", "start", "end" or "raw";
#: extra is "/" for a self-closed start tag and the content of a raw element.
Event = tuple[str, str, dict[str, str], str]

_NO_ATTRS: dict[str, str] = {}
#: Unicode white space as `regex` sees it (`re`'s `\s` adds \x1c-\x1f).
_WS = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: The next markup: a tag's name (`</` for an end tag, `>` right after for a
#: tag without attributes), else a comment, doctype, `<?...>` or odd `</`.
_MARKUP = re.compile(rf"<(?:(/?)([A-Za-z][^{_WS}/>]*+)(>?)|!--|[/!?])")
_NAME = re.compile(rf"[^{_WS}/>]*+")
#: One attribute: separators, key, optional value; {0} is "" or "?:".
_ATTR_FORM = (
    rf"[{_WS}/]*+({{0}}[^{_WS}/>=]++|=[^{_WS}/>=]*+)"
    rf"""(?>[{_WS}]*+=[{_WS}]*+(?>"({{0}}[^"]*+)"|'({{0}}[^']*+)'|({{0}}[^{_WS}>]*+)))?+"""
)
_ATTR = re.compile(_ATTR_FORM.format(""))
#: The rest of a start tag after its name; fails only where the input ends.
_TAG_REST = re.compile(rf"(?:{_ATTR_FORM.format('?:')})*+([{_WS}/]*+)>")
_RAW_END = {name: re.compile(rf"</{name}(?=[{_WS}/>])", re.IGNORECASE) for name in RAW}


def tokens(s: str) -> Iterator[Event]:
    """Text, start, end and raw-text events; comments and doctypes vanish.

    Input that ends inside a tag or comment loses that tail, as in browsers.
    """
    n = len(s)
    pos = text_from = 0
    search = _MARKUP.search
    names: dict[str, str] = {}  # each tag name as written, lower-cased once and shared
    while (m := search(s, pos)) is not None:
        lt = m.start()
        if text_from < lt:
            yield ("text", s[text_from:lt], _NO_ATTRS, "")
        slash, written, bare = m.groups()
        if written is None:
            pos = _other(s, lt)
            if pos < 0:
                return
            if s[lt + 1] == "/" and s[lt + 2].isalpha():  # a non-ASCII end tag name
                found = _NAME.match(s, lt + 2)
                yield ("end", found.group().lower() if found else "", _NO_ATTRS, "")
            text_from = pos
            continue
        name = names.get(written) or names.setdefault(written, written.lower())
        if slash:
            if bare:
                pos = m.end()
            else:
                pos = s.find(">", m.end()) + 1
                if pos == 0:
                    return
            yield ("end", name, _NO_ATTRS, "")
        else:
            if bare:
                pos, attrs, closed = m.end(), _NO_ATTRS, False
            else:
                rest = _TAG_REST.match(s, m.end())
                if rest is None:
                    return
                pos, closed = rest.end(), rest.group(1).endswith("/")
                attrs = _attributes(s, m.end(), rest.start(1))
            if name not in RAW:
                yield ("start", name, attrs, "/" if closed else "")
            elif closed:  # `<title/>` in an SVG icon: empty, not the rest of the page
                yield ("raw", name, attrs, "")
            else:
                close = _RAW_END[name].search(s, pos)
                yield ("raw", name, attrs, s[pos : close.start() if close else n])
                pos = s.find(">", close.end()) + 1 if close else 0
                if pos == 0:
                    return
        text_from = pos
    if text_from < n:
        yield ("text", s[text_from:], _NO_ATTRS, "")


def _other(s: str, lt: int) -> int:
    """Past a comment, doctype or other `<!`, `<?`, `</` markup at `lt`; -1 if unfinished."""
    if s.startswith("<!--", lt):
        end = s.find("-->", lt + 2)
        return end + 3 if end != -1 else -1
    gt = s.find(">", lt + 2)
    return gt + 1 if gt != -1 else -1


def _attributes(s: str, start: int, end: int) -> dict[str, str]:
    """The attributes between a tag's name and its closing separators.

    The first of a repeated key wins, values are unescaped, and only the first
    MAX_ATTRS are read: the tag's end is already known, so the rest is skipped.
    """
    attrs: dict[str, str] = {}
    for found in islice(_ATTR.finditer(s, start, end), MAX_ATTRS):
        key, dq, sq, uq = found.groups("")
        value = dq or sq or uq
        attrs.setdefault(key.lower(), unescape(value) if "&" in value else value)
    return attrs
