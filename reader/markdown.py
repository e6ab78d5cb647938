"""Markdown articles as the plain text a reader sees.

Markup is removed before the analysis and the display, so `**said**` or a
link around a speaker's name reads as the words alone, and offsets point at
what is shown. Not a Markdown renderer: blocks stay paragraphs, headings
become lines of their own, lists keep a `- ` marker, and the first heading
is offered as the title. Every inline pattern stops at the next marker
character or line end, so no input makes it backtrack.
"""

from __future__ import annotations

import regex

_TIMEOUT = 10.0

_FENCE = regex.compile(r" {0,3}(?:`{3,}|~{3,})")
_ATX = regex.compile(r" {0,3}#{1,6}(?:[ \t]+|$)")
_UNDERLINE = regex.compile(r" {0,3}(?:=+|-+)[ \t]*")
_RULE = regex.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})")
_QUOTE_MARKER = regex.compile(r" {0,3}>[ ]?")
_BULLET = regex.compile(r"^( *)[*+][ \t]+")
_DEFINITION = regex.compile(r"^ {0,3}\[[^\[\]\n]{1,200}\]:[ \t]*\S")

_ESCAPED = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_IMAGE = regex.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
_LINK = regex.compile(r"\[([^\[\]\n]*)\](?:\([^()\n]*\)|\[[^\[\]\n]*\])")
_AUTOLINK = regex.compile(r"<((?:https?|mailto):[^<>\s]*)>")
_CODE = regex.compile(r"(?<!`)`+([^`\n]+)`+")
_STRONG = regex.compile(
    r"\*\*(?=[^\s*])([^*\n]*[^\s*])\*\*|(?<![\w_])__(?=[^\s_])([^_\n]*[^\s_])__(?![\w_])"
)
_EMPHASIS = regex.compile(
    r"\*(?=[^\s*])([^*\n]*[^\s*])\*|(?<![\w_])_(?=[^\s_])([^_\n]*[^\s_])_(?![\w_])"
)
_STRIKE = regex.compile(r"~~(?=[^\s~])([^~\n]*[^\s~])~~")

# Each inline pattern's repeated part excludes its own opening mark, so a
# scan started at one mark ends at the next: runs of marks stay linear.

#: Private-use stand-ins for escaped marker characters while markup is removed.
_HIDE = {ch: chr(0xF0000 + ord(ch)) for ch in "\\`*_{}[]()#+-.!>~|"}
_SHOW = {v: k for k, v in _HIDE.items()}


def looks_like_markdown(name: str) -> bool:
    """Markdown is recognised by the file name: plain text uses the same marks too freely."""
    return name.lower().endswith((".md", ".markdown"))


def to_plain(text: str) -> tuple[str, str | None]:
    """The text without Markdown markup, and its first heading (None without one)."""
    out: list[str] = []
    heading: str | None = None
    fenced = False
    previous = ""
    for line in text.split("\n"):
        if _FENCE.match(line, timeout=_TIMEOUT):
            fenced, previous = not fenced, ""
            out.append("")
            continue
        if fenced:
            out.append(line)
            continue
        shown, kind = _block(line, previous)
        if kind == "underline":  # the line above was a heading
            heading = heading or out[-1].strip() or None
            out.append("")
        elif kind == "heading":
            heading = heading or shown.strip() or None
            out += [shown, ""]  # a heading is a paragraph of its own
        else:
            out.append(shown)
        previous = line if kind == "text" else ""
    return "\n".join(out), " ".join(heading.split()) if heading else None


def _block(line: str, previous: str) -> tuple[str, str]:
    """One line without its block markup, and its kind: text, heading or underline."""
    if _DEFINITION.match(line, timeout=_TIMEOUT):
        return "", "rule"
    if previous.strip() and _UNDERLINE.fullmatch(line, timeout=_TIMEOUT):
        return "", "underline"
    if _RULE.fullmatch(line, timeout=_TIMEOUT):
        return "", "rule"
    atx = _ATX.match(line, timeout=_TIMEOUT)
    if atx:
        return inline(_without_closing_hashes(line[atx.end() :])), "heading"
    while marker := _QUOTE_MARKER.match(line, timeout=_TIMEOUT):
        line = line[marker.end() :]
    if line.lstrip()[:1] in ("*", "+"):
        line = _BULLET.sub(r"\1- ", line, count=1, timeout=_TIMEOUT)
    return inline(line), "text"


def _without_closing_hashes(title: str) -> str:
    """`Title ##` -> `Title`: closing hashes count only after a space (or alone)."""
    title = title.rstrip(" \t")
    bare = title.rstrip("#")
    if bare != title and (not bare or bare[-1] in " \t"):
        title = bare.rstrip(" \t")
    return title


def inline(line: str) -> str:
    """A line's words without emphasis, links, images, code marks or escapes."""
    if not any(ch in line for ch in "\\`*_[]<!~"):
        return line
    line = _ESCAPED.sub(lambda m: _HIDE[m.group(1)], line, timeout=_TIMEOUT)
    line = _IMAGE.sub("", line, timeout=_TIMEOUT)
    line = _LINK.sub(r"\1", line, timeout=_TIMEOUT)
    line = _AUTOLINK.sub(r"\1", line, timeout=_TIMEOUT)
    line = _CODE.sub(r"\1", line, timeout=_TIMEOUT)
    for pattern in (_STRONG, _EMPHASIS, _STRIKE):
        line = pattern.sub(lambda m: m.group(1) or m.group(2) or "", line, timeout=_TIMEOUT)
    return "".join(_SHOW.get(ch, ch) for ch in line)
