"""The author when the head does not name one: a `rel=author` link or a visible byline.

A byline under the headline ("By Jo Aldane", "Von Jo Aldane") or a link the
page marks as its author's is what a reader sees; both are read only when
the meta tags and JSON-LD are silent.
"""

from __future__ import annotations

import regex

_TIMEOUT = 1.0
#: A name: two to four capitalised words (an initial with its dot, hyphens allowed).
_WORD = r"\p{Lu}(?:\.|[\p{L}'’-]*+)"
_NAME = rf"{_WORD}(?:[ \t]++(?:{_WORD}|van|von|de|der|da|di|du|le|la)){{1,3}}"
_BYLINE = regex.compile(rf"(?:^|[\n|·•])[ \t]*(?i:by|von|par|por|door)[ \t]+(?P<name>{_NAME})")
_PARTICLES = frozenset(["van", "von", "de", "der", "da", "di", "du", "le", "la"])
#: Longest link text read as a name.
_MAX_NAME = 60


def byline_author(text: str) -> str | None:
    """The name in the first "By Name" line of `text`, if any."""
    m = _BYLINE.search(text, timeout=_TIMEOUT)
    if m is None:
        return None
    return m.group("name").strip()


def link_author(text: str) -> str | None:
    """The text of a `rel=author` link, when it reads as a name rather than 'All posts'."""
    words = text.split()
    if not 2 <= len(words) <= 4 or sum(map(len, words)) > _MAX_NAME:
        return None
    if all(w[:1].isupper() or w in _PARTICLES for w in words) and words[0][:1].isupper():
        return " ".join(words)
    return None
