"""The `newsreader` command: argument parsing, export, and starting the reader.

Only argparse and the version are imported at start: `--help` and
`--version` answer without loading the engine, and textual is imported only
when the reader is opened.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

from reader import __version__
from reader.styles import STYLES

if TYPE_CHECKING:
    from reader.config import Config
    from reader.document import Document

EPILOG = """\
input:
  FILE is a plain-text article (.txt, any common encoding; optional front
  matter such as "Title:" or "Date:"), a Markdown article (.md, .markdown),
  a saved web page (.html, .htm, or any file that starts as HTML), or - for
  standard input.

examples:
  newsreader article.txt                  read an article in the terminal
  cat article.txt | newsreader -          read from standard input
  newsreader --export json article.txt    the analysis as JSON, no UI
  newsreader --export markdown a.txt      a Markdown sourcing report
  newsreader https://example.org/news/1   fetch a web page and read its article
  newsreader --theme light article.txt    start with the light theme
  newsreader --cite 3 --style apa a.txt   cite claim 3 (numbered as in the reader)
  newsreader batch DIR --out out.jsonl    many articles (see newsreader batch --help, stats)
"""


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line on usage errors."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {_shown(message)} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="newsreader",
        description="Read a news article in the terminal and see who says what.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "file",
        metavar="FILE",
        help="the article: text, Markdown, a saved web page or a URL; - for stdin",
    )
    p.add_argument("--save", metavar="FILE", help="with a URL: keep the fetched page in FILE")
    p.add_argument(
        "--export",
        choices=("json", "markdown"),
        help="write the analysis to stdout in this format instead of opening the reader",
    )
    p.add_argument("--theme", metavar="NAME", help=f"colour theme: {_theme_list()}")
    p.add_argument(
        "--cite",
        metavar="N",
        type=int,
        help="print a citation of claim N (numbered from 1, as in the reader) and exit",
    )
    p.add_argument(
        "--style",
        metavar="STYLE",
        choices=STYLES,
        help=f"citation style: {', '.join(STYLES)} (default: from the config file, else plain)",
    )
    p.add_argument(
        "--max-words",
        metavar="N",
        type=int,
        help="trim quoted words in citations to N words with an ellipsis",
    )
    meta = p.add_argument_group("article metadata (wins over what is found in the file)")
    for name in ("title", "outlet", "author", "url"):
        meta.add_argument(f"--{name}", metavar=name.upper())
    meta.add_argument(
        "--date", metavar="DATE", help="publication date, e.g. 2024-11-06 or '6 November 2024'"
    )
    p.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return p


def _theme_list() -> str:
    """The shipped theme names, read from their files (no textual import)."""
    from reader.theme_files import shipped_theme_names

    names = shipped_theme_names()
    return ", ".join(names) + " (default: dark)" if names else "dark"


def _flag_date(value: str | None) -> str | None:
    """`--date` as an ISO date; a date that cannot be read is a usage error."""
    if value is None:
        return None
    from reader.dates import normalise_date

    iso = normalise_date(_shown(value))
    if iso is None:
        raise _UsageError(
            f"--date {_shown(value)!r}: not a date I can read (try 2024-11-06 or 6 November 2024)"
        )
    return iso


def _apply_overrides(document: Document, args: argparse.Namespace) -> Document:
    """Front matter, then what the first lines show, then the flags, which win."""
    from reader.metadata import resolve
    from reader.publication import Metadata

    flags = Metadata(title=args.title, outlet=args.outlet, author=args.author, url=args.url)
    override = replace(flags.mapped(_shown), date=_flag_date(args.date))
    return document.with_metadata(resolve(document, override))


def _write(text: str | Iterable[str]) -> None:
    """Write to stdout; pieces are written as they come, never joined first."""
    try:
        if isinstance(text, str):
            sys.stdout.write(text)
        else:
            for piece in text:
                sys.stdout.write(piece)
        sys.stdout.flush()
    except BrokenPipeError:
        # a reader such as `head` went away; not an error of ours. Point stdout
        # at /dev/null so the flush at exit does not complain either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _config() -> Config:
    """The user's config; its warnings go to stderr, one line each."""
    from reader.config import load_config

    with _doing("reading the config file"):
        config = load_config()
    for warning in config.warnings:
        print(f"newsreader: {_shown(warning)}", file=sys.stderr)
    return config


def _shown(text: str) -> str:
    """Text from the command line or a file name, safe for one line of a terminal."""
    from reader.cleaning import clean

    return " ".join(clean(text).split())


class _UsageError(Exception):
    """A combination of arguments that argparse cannot check by itself."""


class _Failed(Exception):
    """An unexpected exception, with what the command was doing when it came."""

    def __init__(self, doing: str, error: Exception) -> None:
        super().__init__(doing)
        self.doing = doing
        self.error = error


@contextmanager
def _doing(what: str) -> Iterator[None]:
    """Name the step, so that an internal error can say what failed."""
    from reader.decoding import LoadError

    try:
        yield
    except (LoadError, _UsageError, _Failed):
        raise
    except Exception as exc:  # MemoryError included: it is an Exception
        raise _Failed(what, exc) from exc


def _described(error: BaseException) -> str:
    """`Type: message`, or the type alone when the message is empty (MemoryError)."""
    try:
        message = _shown(str(error))
    except Exception:  # a broken __str__ must not hide the error itself
        message = ""
    name = type(error).__name__
    return f"{name}: {message}" if message else name


def _say(line: str) -> None:
    """One line on stderr, even when memory has run out."""
    try:
        print(f"newsreader: {line}", file=sys.stderr)
    except MemoryError:
        os.write(2, b"newsreader: internal error: MemoryError\n")


def _cite(document: Document, args: argparse.Namespace) -> int:
    from reader import citation
    from reader.analysis import analyze

    with _doing(f"analysing {document.name}"):
        analysis = analyze(document.analysable_text, document.body_start)
    claims = analysis.claims
    if not 1 <= args.cite <= len(claims):
        span = f"1-{len(claims)}" if claims else "none: no claims were found"
        raise _UsageError(f"--cite {args.cite}: no such claim (claims: {span})")
    config = _config()
    style = args.style or config.style
    max_words = args.max_words or config.max_words
    with _doing("writing the citation"):
        claim = claims[args.cite - 1]  # numbered from 1
        _write(citation.cite(claim, analysis, document.metadata, style, max_words) + "\n")
    return 0


def _export(document: Document, args: argparse.Namespace) -> int:
    from reader import export
    from reader.analysis import analyze

    with _doing(f"analysing {document.name}"):
        analysis = analyze(document.analysable_text, document.body_start, errors="record")
    with _doing("writing the export"):
        render = export.json_chunks if args.export == "json" else export.to_markdown
        _write(render(document, analysis))
    if analysis.problems:
        first, more = analysis.problems[0], len(analysis.problems) - 1
        also = f" (and {more} more, listed in the export)" if more else ""
        print(f"newsreader: warning: {_shown(first.message)}{also}", file=sys.stderr)
    return 0


def _load(path: str, interactive: bool, save: str | None = None) -> Document:
    """The article, under the reader's lower cap when it is to be read on screen."""
    from reader.document import MAX_BYTES, READER_MAX_BYTES, LoadError, TooLargeError, load
    from reader.fetch import is_url

    if is_url(path):
        from reader.fetch import load_url

        return load_url(path, READER_MAX_BYTES if interactive else MAX_BYTES, save)
    if save is not None:
        raise _UsageError("--save keeps a page fetched from a URL; FILE is not one")
    if not interactive:
        return load(path)
    try:
        return load(path, READER_MAX_BYTES)
    except TooLargeError as exc:
        raise LoadError(
            f"{exc.name}: too large to read comfortably (over {READER_MAX_BYTES >> 20} MB); "
            "use --export json to analyse it"
        ) from None


def _keyboard_ready(path: str) -> bool:
    """After an article came through a pipe, take keys from the terminal."""
    if sys.stdin.isatty():
        return True
    if path != "-":
        return False
    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return False
    os.dup2(fd, 0)
    os.close(fd)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
    return True


def run(args: argparse.Namespace) -> int:
    if args.max_words is not None and args.max_words < 1:
        raise _UsageError("--max-words must be at least 1")
    if args.file == "-" and sys.stdin.isatty():
        print(
            "newsreader: reading the article from the keyboard; end it with ctrl+d", file=sys.stderr
        )
    interactive = args.cite is None and not args.export
    with _doing(f"loading {'<stdin>' if args.file == '-' else _shown(args.file)}"):
        document = _apply_overrides(_load(args.file, interactive, args.save), args)
    if not interactive:  # the reader shows them as notices instead
        for warning in document.warnings:
            _say(f"warning: {_shown(warning)}")
    if args.cite is not None:
        return _cite(document, args)
    if args.export:
        return _export(document, args)
    if not sys.stdout.isatty() or not _keyboard_ready(args.file):
        print(
            "newsreader: the reader needs a terminal; use --export json|markdown",
            file=sys.stderr,
        )
        return 2
    theme = _shown(args.theme) if args.theme else _config().theme
    with _doing("running the reader"):
        from reader.tui.app import run_app

        return run_app(document, theme=theme)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; never lets a traceback reach the user."""
    args_given = sys.argv[1:] if argv is None else list(argv)
    if args_given and args_given[0] in ("batch", "stats"):  # a file so named: ./batch
        from reader.batch.cli import main as corpus_main

        return corpus_main(args_given)
    parser = build_parser()
    try:
        with _doing("reading the command line"):
            args = parser.parse_args(argv)
        return run(args)
    except _UsageError as exc:
        _say(f"error: {_shown(str(exc))}")
        return 2
    except KeyboardInterrupt:
        return 130
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except Exception as exc:
        _say(_failure_line(exc))
        return 1


def _failure_line(exc: Exception) -> str:
    """One line for a failure: what the file's problem is, or which step broke."""
    from reader.decoding import LoadError

    if isinstance(exc, LoadError):
        return _shown(str(exc))
    if isinstance(exc, _Failed):
        return f"internal error while {exc.doing}: {_described(exc.error)}"
    return f"internal error: {_described(exc)}"  # outside every named step: still one line
