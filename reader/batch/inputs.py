"""What `newsreader batch PATH...` analyses: files, folders, globs, URLs and `-` for stdin.

Paths are produced in a stable order (arguments as given, folders and glob
matches sorted), each once, so two runs over the same inputs write the same
output. Nothing here opens an article: a missing file is passed on as a
path, and fails as one record when the worker tries to read it.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from typing import TextIO

from reader.fetch import is_url

#: What a folder contributes: the kinds of file the reader opens. A file
#: named on the command line or in a glob is taken whatever its name.
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".markdown"})
_GLOB_CHARS = frozenset("*?[")


def expand(arguments: Iterable[str], stdin: TextIO | None = None) -> Iterator[str]:
    """Every article path the arguments name, in input order, without repeats.

    `-` reads one path (file or folder) a line from `stdin`; blank lines are
    skipped. A path that exists is taken literally even if it holds `*`;
    otherwise one with glob characters is expanded (`**` recurses).
    """
    seen: set[str] = set()
    for argument in arguments:
        names = _stdin_lines(stdin or sys.stdin) if argument == "-" else (argument,)
        for name in names:
            for path in _paths(name):
                key = path if is_url(path) else os.path.normpath(path)
                if key not in seen:
                    seen.add(key)
                    yield path


def _stdin_lines(stdin: TextIO) -> Iterator[str]:
    for line in stdin:
        name = line.rstrip("\r\n")
        if name.strip():
            yield name


def _paths(name: str) -> Iterator[str]:
    if is_url(name):
        yield name  # fetched by the worker, like a file it reads
    elif os.path.isdir(name):
        yield from _walk(name)
    elif os.path.lexists(name) or not _GLOB_CHARS & set(name):
        yield name  # a file, or a missing one that becomes a failure record
    else:
        matches = sorted(glob.iglob(name, recursive=True))
        if not matches:
            yield name  # nothing matched: reported as a missing file, not silently dropped
        for match in matches:
            if os.path.isdir(match):
                yield from _walk(match)
            else:
                yield match


def _walk(folder: str) -> Iterator[str]:
    """Article files under `folder`, depth first, sorted by name; hidden entries skipped.

    Symbolic links to folders are not followed, so a link cycle cannot loop.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        yield folder  # unreadable folder: one failure record says why
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES and entry.is_file():
            yield entry.path
