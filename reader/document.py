"""Loading an article: bytes from a file or stdin to clean, safe text.

Everything the reader shows comes from here, so this is where an article
loses any power over the terminal: escape sequences and control characters
are removed and bidi overrides neutralised before anyone sees the text.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace

import regex

from reader.cleaning import clean, clean_line
from reader.dates import normalise_date
from reader.decoding import LoadError, NotRegularFile, OverLimit, decode, read_regular
from reader.furniture import furniture_spans, masked
from reader.markdown import looks_like_markdown, to_plain
from reader.paragraphs import Paragraph, paragraph_offsets
from reader.publication import Metadata

#: `Metadata` and `clean` live in leaf modules; they are named here too for callers.
__all__ = [
    "Document",
    "LoadError",
    "Metadata",
    "TooLargeError",
    "clean",
    "decode",
    "from_text",
    "load",
    "load_bytes",
    "parse",
]

#: Larger inputs are refused rather than left to exhaust memory: the cap for
#: `--export` and `--cite`, which run unattended. Analysis costs some 2 s and
#: 30 MB of memory per MB of prose, so a file at this cap takes minutes and
#: gigabytes; that is the price of asking, and no more than that is accepted.
MAX_BYTES = 64 * 1024 * 1024
#: The interactive reader's cap: past it the wait before the first screen and
#: the memory the reader holds are no longer comfortable (over 30 s, 500 MB).
READER_MAX_BYTES = 16 * 1024 * 1024
_TIMEOUT = 10.0


_FRONT_KEYS = {
    "title": "title",
    "headline": "title",
    "source": "outlet",
    "outlet": "outlet",
    "publication": "outlet",
    "publisher": "outlet",
    "author": "author",
    "authors": "author",
    "by": "author",
    "byline": "author",
    "date": "date",
    "published": "date",
    "url": "url",
    "link": "url",
    # Read as part of the header so they never open the body; not shown.
    "license": "license",
    "licence": "license",
    "credit": "license",
    "copyright": "license",
}
_FRONT_LINE = regex.compile(r"(?P<key>[A-Za-z][A-Za-z ]{0,15}?)[ \t]*:[ \t]*(?P<value>\S.*)")


class TooLargeError(LoadError):
    """Input over the cap the caller set; `name` and `limit` let a caller say more."""

    def __init__(self, name: str, limit: int) -> None:
        super().__init__(f"{name}: too large (over {_megabytes(limit)})")
        self.name = name
        self.limit = limit


def _megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


@dataclass(frozen=True, slots=True)
class Document:
    """A loaded article: the text, its metadata and its paragraphs."""

    text: str
    #: How the input is named to the user ("<stdin>" for `-`).
    name: str
    metadata: Metadata = field(default_factory=Metadata)
    #: Where the body starts, after any front matter.
    body_start: int = 0
    #: Where each paragraph starts and ends, as two tuples of offsets: a 2 MB
    #: article has some 18,000 paragraphs, and the reader needs no object each.
    para_starts: tuple[int, ...] = ()
    para_ends: tuple[int, ...] = ()
    encoding: str = "utf-8"
    #: One line each for what loading had to leave out (a front-matter date
    #: that is not a date), shown to the user and never fatal.
    warnings: tuple[str, ...] = ()
    #: Paragraphs that are page furniture (captions, share bars, related
    #: links), as (start, end): shown dimmed, left out of the analysis. None
    #: until looked for (`with_furniture`), so loading stays quick and the
    #: reader can paint a long text before the search.
    furniture: tuple[tuple[int, int], ...] | None = None

    def with_furniture(self) -> Document:
        """This document with its furniture found (itself when already known)."""
        if self.furniture is not None:
            return self
        return replace(self, furniture=furniture_spans(self.text, self.para_starts, self.para_ends))

    @property
    def analysable_text(self) -> str:
        """The text the analysis reads: furniture blanked, every offset kept."""
        return masked(self.text, self.with_furniture().furniture or ())

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The paragraphs as spans (built on each call: the offsets are what is kept)."""
        return tuple(map(Paragraph, self.para_starts, self.para_ends))

    def with_metadata(self, metadata: Metadata) -> Document:
        return replace(self, metadata=metadata)


def load(path: str, max_bytes: int = MAX_BYTES) -> Document:
    """Load an article from a path, or from stdin when `path` is `-`.

    Only a regular file is read (a FIFO or a device could block or never
    end); `max_bytes` is MAX_BYTES for an export, READER_MAX_BYTES for the
    interactive reader. The name kept and quoted in errors is cleaned.
    """
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        return load_bytes(data, "<stdin>", max_bytes)
    name = clean_line(path)
    try:
        data = read_regular(path, max_bytes)
    except FileNotFoundError:
        raise LoadError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise LoadError(f"{name}: is a directory") from None
    except NotRegularFile as exc:
        raise LoadError(f"{name}: {exc}") from None
    except OverLimit:
        raise TooLargeError(name, max_bytes) from None
    except PermissionError:
        raise LoadError(f"{name}: permission denied") from None
    except OSError as exc:
        raise LoadError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    return load_bytes(data, name, max_bytes)


def load_bytes(data: bytes, name: str, max_bytes: int = MAX_BYTES) -> Document:
    """Decode, clean and parse raw bytes."""
    name = clean_line(name)
    if len(data) > max_bytes:
        raise TooLargeError(name, max_bytes)
    text, encoding = decode(data, name)
    from reader import web as html

    if html.looks_like_html(text):
        return _from_html(text, name, encoding)
    if looks_like_markdown(name):
        return _from_markdown(clean(text), name, encoding)
    return parse(clean(text), name, encoding)


def _from_markdown(text: str, name: str, encoding: str) -> Document:
    """A Markdown article: front matter as in text, then the body without markup.

    The first heading is the title unless the front matter names one.
    """
    _, body_start = _front_matter(text)
    body, heading = to_plain(text[body_start:])
    document = parse(text[:body_start] + body, name, encoding)
    if heading and not document.metadata.title:
        document = document.with_metadata(replace(document.metadata, title=heading))
    return document


def _from_html(page: str, name: str, encoding: str) -> Document:
    """A saved web page: its main text is the article, its tags the metadata.

    Not `parse`: a headline such as "Source: ..." must not pass for front matter.
    """
    from reader import web as html

    body, metadata = html.extract(page)
    metadata = metadata.mapped(clean_line)  # the page is from outside, like the text
    text = clean(body)
    if not text.strip():
        raise LoadError(f"{name}: a web page with no article text in it")
    return _document(text, name, metadata, 0, encoding)


def parse(text: str, name: str = "<text>", encoding: str = "utf-8") -> Document:
    """Split clean text into front matter metadata and paragraphs."""
    metadata, body_start = _front_matter(text)
    name = clean_line(name)
    warnings: tuple[str, ...] = ()
    if metadata.date is not None and normalise_date(metadata.date) != metadata.date:
        shown = " ".join(clean_line(metadata.date).split())[:60]
        warnings = (f"{name}: the front matter's date {shown!r} is not a date; left out",)
        metadata = replace(metadata, date=None)
    return _document(text, name, metadata, body_start, encoding, warnings)


def from_text(text: str, name: str = "<text>") -> Document:
    """A document from a str, cleaned as a file would be (for tests and tools)."""
    return parse(clean(text), name)


def _front_matter(text: str) -> tuple[Metadata, int]:
    """Read a block of `Key: value` lines at the very top, optionally fenced by ---."""
    pos = 0
    lines = text.split("\n", 40)
    fenced = bool(lines) and lines[0].strip() == "---"
    values: dict[str, str] = {}
    index = 1 if fenced else 0
    if fenced:
        pos = len(lines[0]) + 1
    end = 0
    while index < len(lines) and index < 40:
        line = lines[index]
        stripped = line.strip()
        if fenced and stripped == "---":
            pos += len(line) + 1
            end = pos
            break
        m = _FRONT_LINE.fullmatch(stripped, timeout=_TIMEOUT)
        key = _FRONT_KEYS.get(m.group("key").strip().lower()) if m else None
        if m is None or key is None:
            if fenced and m is not None:  # unknown keys are allowed inside a fence
                pos += len(line) + 1
                index += 1
                continue
            break
        values.setdefault(key, m.group("value").strip())
        pos += len(line) + 1
        end = pos
        index += 1
    if not values or (fenced and end == 0):
        return Metadata(), 0
    end = min(end, len(text))
    while end < len(text) and text[end] in " \t\n":
        end += 1
    date = values.get("date")
    meta = Metadata(
        title=values.get("title"),
        outlet=values.get("outlet"),
        author=_strip_by(values.get("author")),
        date=normalise_date(date) or date if date else None,
        url=values.get("url"),
    )
    return meta, end


def _strip_by(author: str | None) -> str | None:
    if author and author.lower().startswith("by "):
        return author[3:].strip() or None
    return author


def _document(
    text: str,
    name: str,
    metadata: Metadata,
    body_start: int,
    encoding: str,
    warnings: tuple[str, ...] = (),
) -> Document:
    """A Document with its paragraphs found from `body_start` on."""
    starts, ends = paragraph_offsets(text, body_start)
    return Document(
        text=text,
        name=name,
        metadata=metadata,
        body_start=body_start,
        para_starts=tuple(starts),
        para_ends=tuple(ends),
        encoding=encoding,
        warnings=warnings,
    )
