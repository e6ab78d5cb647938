"""Fetching an article from a URL: one bounded HTTP GET, then loading as for a file.

A web server is outside our control, so every way it can hurt is bounded:
connect and read timeouts plus an overall deadline (a server that drips a
byte at a time never trips a read timeout), at most five redirects, and a
size limit enforced while reading in chunks, so an endless body stops being
read. Only pages and plain text are accepted. Every failure is a `FetchError`,
one line naming the URL and the reason.
"""

from __future__ import annotations

import codecs
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__
from reader.cleaning import clean_line
from reader.decoding import LoadError
from reader.document import MAX_BYTES as DOCUMENT_MAX_BYTES
from reader.document import Document, load_bytes
from reader.publication import Metadata

if TYPE_CHECKING:
    import httpx

__all__ = ["FetchError", "Fetched", "Limits", "fetch", "is_url", "load_url"]

USER_AGENT = f"newsreader/{__version__} (terminal news reader; python-httpx)"
ACCEPTED = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
_BOM = codecs.BOM_UTF8


class FetchError(LoadError):
    """A URL that could not be fetched; the message is one line naming it and why."""


@dataclass(frozen=True, slots=True)
class Limits:
    """How long and how much a fetch may take (tests shrink them)."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    #: The whole exchange, redirects and body included.
    deadline: float = 60.0
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5


@dataclass(frozen=True, slots=True)
class Fetched:
    """The bytes of a page and what the server said about them."""

    #: Where the page was found, after any redirects.
    url: str
    data: bytes
    media_type: str
    #: The charset named in the Content-Type header, when it names a known one.
    charset: str | None


def is_url(text: str) -> bool:
    """Whether a command-line argument names a web address rather than a file."""
    return text[:8].lower().startswith(("http://", "https://"))


def fetch(url: str, limits: Limits = Limits()) -> Fetched:
    """GET `url` within `limits`; FetchError for anything but an accepted page."""
    import httpx  # imported when a URL is read, so that opening a file stays quick

    shown = clean_line(url)
    timeout = httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout)
    try:
        with httpx.Client(
            follow_redirects=True,
            max_redirects=limits.max_redirects,
            timeout=timeout,
            headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT_HEADER},
        ) as client:
            return _get(client, url, limits)
    except FetchError:
        raise
    except httpx.TooManyRedirects:
        raise FetchError(f"{shown}: more than {limits.max_redirects} redirects") from None
    except httpx.TimeoutException:
        raise FetchError(f"{shown}: the server took too long to answer") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchError(f"{shown}: not a URL that can be fetched ({_first_line(exc)})") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{shown}: cannot be fetched ({_first_line(exc)})") from None


_ACCEPT_HEADER = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8"


def _get(client: httpx.Client, url: str, limits: Limits) -> Fetched:
    started = time.monotonic()
    with client.stream("GET", url) as response:
        final = str(response.url)
        shown = clean_line(final)
        if response.status_code >= 400:
            reason = clean_line(response.reason_phrase)
            raise FetchError(f"{shown}: HTTP {response.status_code} {reason}".rstrip())
        media_type, charset = _content_type(response.headers.get("content-type", ""))
        if media_type not in ACCEPTED:
            raise FetchError(f"{shown}: not a web page ({media_type or 'no content type'})")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limits.max_bytes:
            raise FetchError(f"{shown}: larger than {_size(limits.max_bytes)}")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limits.max_bytes:
                raise FetchError(f"{shown}: larger than {_size(limits.max_bytes)}")
            if time.monotonic() - started > limits.deadline:
                raise FetchError(f"{shown}: the server took too long to send the page")
            chunks.append(chunk)
    return Fetched(final, b"".join(chunks), media_type, charset)


def _content_type(header: str) -> tuple[str, str | None]:
    """The media type and, if it names a codec Python knows, the charset."""
    media_type, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            name = value.strip().strip("\"'")
            try:
                charset = codecs.lookup(name).name
            except LookupError:
                charset = None
    return media_type.strip().lower(), charset


def load_url(
    url: str,
    max_bytes: int = DOCUMENT_MAX_BYTES,
    save: str | None = None,
    limits: Limits = Limits(),
) -> Document:
    """Fetch, optionally keep the bytes in `save`, and load as a saved page would be.

    A charset in the header is what the server says the bytes are, and is
    honoured: the text is re-encoded as UTF-8 with a byte order mark, which
    decoding takes before any guess. The final URL is the article's `url`.
    """
    fetched = fetch(url, limits)
    if save is not None:
        _save(save, fetched.data)
    data, encoding = fetched.data, None
    if fetched.charset is not None:
        data = _BOM + fetched.data.decode(fetched.charset, errors="replace").encode("utf-8")
        encoding = fetched.charset
    name = clean_line(fetched.url)
    document = load_bytes(data, name, max_bytes)
    document = document.with_metadata(document.metadata.merged(Metadata(url=name)))
    return replace(document, encoding=encoding) if encoding else document


def _save(path: str, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise FetchError(f"{clean_line(path)}: cannot save the page ({reason})") from None


def _first_line(exc: BaseException) -> str:
    text = clean_line(str(exc).strip().split("\n", 1)[0]) or type(exc).__name__
    return text[:200]


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit} bytes"
