"""Loading an article: bytes from a file or stdin to clean, safe text.

Everything the reader shows comes from here, so this is where an article
loses any power over the terminal: escape sequences and control characters
are removed and bidi overrides neutralised before anyone sees the text.
"""

from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

import regex

from reader.cleaning import clean
from reader.dates import normalise_date
from reader.paragraphs import Paragraph, paragraph_offsets
from reader.publication import Metadata

#: `Metadata` and `clean` live in leaf modules; they are named here too for callers.
__all__ = [
    "Document",
    "LoadError",
    "Metadata",
    "clean",
    "decode",
    "from_text",
    "load",
    "load_bytes",
    "parse",
]

#: Larger inputs are refused rather than left to exhaust memory.
MAX_BYTES = 64 * 1024 * 1024
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
}
_FRONT_LINE = regex.compile(r"(?P<key>[A-Za-z][A-Za-z ]{0,15}?)[ \t]*:[ \t]*(?P<value>\S.*)")


class LoadError(Exception):
    """Input that cannot be read; the message is one line naming file and reason."""


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

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The paragraphs as spans (built on each call: the offsets are what is kept)."""
        return tuple(map(Paragraph, self.para_starts, self.para_ends))

    def with_metadata(self, metadata: Metadata) -> Document:
        return replace(self, metadata=metadata)


def load(path: str) -> Document:
    """Load an article from a path, or from stdin when `path` is `-`."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return load_bytes(data, "<stdin>")
    p = Path(path)
    try:
        if p.is_dir():
            raise LoadError(f"{path}: is a directory")
        if not p.exists():
            raise LoadError(f"{path}: no such file")
        if p.stat().st_size > MAX_BYTES:
            raise LoadError(f"{path}: too large (over {MAX_BYTES // (1024 * 1024)} MB)")
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise LoadError(f"{path}: permission denied") from None
    except OSError as exc:
        raise LoadError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return load_bytes(data, path)


def load_bytes(data: bytes, name: str) -> Document:
    """Decode, clean and parse raw bytes."""
    if len(data) > MAX_BYTES:
        raise LoadError(f"{name}: too large (over {MAX_BYTES // (1024 * 1024)} MB)")
    text, encoding = decode(data, name)
    from reader import web as html

    if html.looks_like_html(text):
        return _from_html(text, name, encoding)
    return parse(clean(text), name, encoding)


def _from_html(page: str, name: str, encoding: str) -> Document:
    """A saved web page: its main text is the article, its tags the metadata.

    Not `parse`: a headline such as "Source: ..." must not pass for front matter.
    """
    from reader import web as html

    body, metadata = html.extract(page)
    text = clean(body)
    if not text.strip():
        raise LoadError(f"{name}: a web page with no article text in it")
    return Document(
        text=text,
        name=name,
        metadata=metadata,
        body_start=0,
        **_offsets(text, 0),
        encoding=encoding,
    )


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """Bytes to str: BOMs first, then strict UTF-8, then a detector."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise LoadError(f"{name}: not valid {enc.upper()} text") from None
    if b"\x00" in data:
        raise LoadError(f"{name}: binary file (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise LoadError(f"{name}: binary or undecodable data, not a text article")
    text = str(best)
    if _looks_binary(text):
        raise LoadError(f"{name}: binary or undecodable data, not a text article")
    return text, best.encoding


_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", regex.I
)


def _declared_charset(data: bytes) -> str | None:
    """The charset a web page declares in a <meta> tag near its top."""
    m = _META_CHARSET.search(data[:4096], timeout=_TIMEOUT)
    return m.group(1).decode("ascii").lower() if m else None


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f\x1b")
    return controls / len(sample) > 0.05


def parse(text: str, name: str = "<text>", encoding: str = "utf-8") -> Document:
    """Split clean text into front matter metadata and paragraphs."""
    metadata, body_start = _front_matter(text)
    return Document(
        text=text,
        name=name,
        metadata=metadata,
        body_start=body_start,
        **_offsets(text, body_start),
        encoding=encoding,
    )


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


def _offsets(text: str, start: int) -> dict[str, tuple[int, ...]]:
    starts, ends = paragraph_offsets(text, start)
    return {"para_starts": tuple(starts), "para_ends": tuple(ends)}
