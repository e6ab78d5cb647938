"""The library entry points: an article loaded as the reader loads it, and analysed.

`reader.load` and `reader.analyze` resolve here (lazily, from reader/__init__.py),
so a notebook, a pipeline and `newsreader batch` see what `newsreader --export json`
sees: the same decoding, cleaning, web extraction and metadata rules.
"""

from __future__ import annotations

from reader.analysis import Analysis
from reader.analysis import analyze as _analyze
from reader.analysis.failures import Errors
from reader.document import MAX_BYTES, Document
from reader.document import load as _load
from reader.fetch import is_url
from reader.metadata import resolve
from reader.publication import Metadata

__all__ = ["analyze", "load"]


def load(path: str, max_bytes: int = MAX_BYTES) -> Document:
    """The article at `path` (`-` for stdin, or an http(s) URL, fetched), its
    metadata resolved as the reader does.

    Raises `reader.document.LoadError` (one line, naming the file or the
    address) when it cannot be read or fetched.
    """
    if is_url(path):
        from reader.fetch import load_url  # httpx is imported only for a URL

        document = load_url(path, max_bytes)
    else:
        document = _load(path, max_bytes)
    return document.with_metadata(resolve(document, Metadata()))


def analyze(article: str | Document, *, errors: Errors = "raise") -> Analysis:
    """Who says what in `article`: a text, or a loaded `Document` (read as the reader reads it).

    Runs in the caller's process and thread and changes nothing outside the
    result; `errors="record"` keeps failures in `Analysis.problems` instead
    of raising them. For many articles in parallel see `reader.batch`.
    """
    if isinstance(article, Document):
        # As the reader and --export do: furniture blanked, front matter skipped.
        return _analyze(article.analysable_text, article.body_start, errors=errors)
    return _analyze(article, errors=errors)
