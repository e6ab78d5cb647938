"""A web page to the article's text and metadata: trafilatura first, `reader.web` behind it.

Measured on two public benchmarks (benchmarks/bench_html.py), trafilatura finds
the article text better than our own extractor, so it reads the page; ours
still runs, because it is cheap, and takes over when trafilatura fails or finds
nothing. The metadata takes each field from whichever reads it better on the
benchmarks: the date from trafilatura, the rest from ours when we found it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader import web
from reader.publication import Metadata

__all__ = ["Extracted", "extract_page"]


@dataclass(frozen=True, slots=True)
class Extracted:
    """The article's headline, its paragraphs (blank lines between them) and metadata."""

    headline: str
    body: str
    metadata: Metadata
    #: Which extractor's paragraphs these are: "trafilatura" or "reader.web".
    extractor: str

    @property
    def text(self) -> str:
        """The headline first, then the paragraphs, as the reader shows them."""
        return "\n\n".join(p for p in (self.headline, self.body) if p)


def extract_page(html: str) -> Extracted:
    """The article in a decoded page, by trafilatura when it finds one, else by ours."""
    headline, text, ours = web.extract_parts(html)
    theirs = _trafilatura(html)
    if theirs is None:
        return Extracted(headline, text, ours, "reader.web")
    body, found = theirs
    metadata = Metadata(
        title=ours.title or found.title,
        outlet=ours.outlet or found.outlet,
        author=ours.author or found.author,
        date=found.date or ours.date,
        url=ours.url or found.url,
    )
    headline = headline or metadata.title or ""
    first, _, rest = body.partition("\n\n")
    if headline and first.strip() == headline.strip():
        body = rest
    return Extracted(headline, body, metadata, "trafilatura")


def _trafilatura(html: str) -> tuple[str, Metadata] | None:
    """Trafilatura's paragraphs and metadata, or None when it fails or finds no text.

    Any exception is the library's failure on this page, and our own extractor's
    result is then the answer, so it is not lost but replaced.
    """
    import trafilatura  # a third of a second to import: only when a page is read

    try:
        found = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=True, with_metadata=True
        )
    except Exception:
        return None
    if found is None or isinstance(found, dict) or not (found.text or "").strip():
        return None
    metadata = Metadata(
        title=found.title or None,
        outlet=found.sitename or None,
        author=found.author or None,
        date=found.date or None,
        url=found.url or None,
    )
    return _paragraphs(found.text or ""), metadata


def _paragraphs(text: str) -> str:
    """Trafilatura's lines as our paragraphs: one line each, a list's items kept together."""
    paragraphs: list[str] = []
    in_list = False
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        item = line.startswith("- ")
        if item and in_list:
            paragraphs[-1] += "\n" + line
        else:
            paragraphs.append(line)
        in_list = item
    return "\n\n".join(paragraphs)
