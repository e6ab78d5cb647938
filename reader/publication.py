"""What is known about an article as a publication: a leaf module.

Loading, the web extractor, citations and export all speak of it, so it
lives apart from any of them and imports nothing of ours.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Metadata:
    """What is known about the article as a publication; None when unknown."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    #: ISO `YYYY-MM-DD` when the date could be read, else as written.
    date: str | None = None
    url: str | None = None

    def merged(self, other: Metadata) -> Metadata:
        """Fields of `other` that are set win over ours."""
        return Metadata(
            title=other.title or self.title,
            outlet=other.outlet or self.outlet,
            author=other.author or self.author,
            date=other.date or self.date,
            url=other.url or self.url,
        )

    def mapped(self, change: Callable[[str], str]) -> Metadata:
        """Each field that is set through `change` (how values from outside get
        cleaned); a field that `change` empties becomes unknown."""

        def apply(value: str | None) -> str | None:
            return None if value is None else change(value) or None

        return Metadata(
            title=apply(self.title),
            outlet=apply(self.outlet),
            author=apply(self.author),
            date=apply(self.date),
            url=apply(self.url),
        )
