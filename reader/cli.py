"""The `newsreader` command: argument parsing, export, and starting the reader.

Kept free of textual imports so `--export` starts fast; the app is imported
only when the reader is opened.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from reader import __version__
from reader.citation import STYLES
from reader.cleaning import clean
from reader.config import Config, load_config
from reader.document import MAX_BYTES, READER_MAX_BYTES, Document, LoadError, TooLargeError, load
from reader.fetch import is_url
from reader.publication import Metadata

EPILOG = """\
examples:
  newsreader article.txt                  read an article in the terminal
  cat article.txt | newsreader -          read from standard input
  newsreader --export json article.txt    the analysis as JSON, no UI
  newsreader --export markdown a.txt      a Markdown sourcing report
  newsreader https://example.org/news/1   fetch a web page and read its article
  newsreader --theme light article.txt    start with the light theme
  newsreader --cite 3 --style apa a.txt   print a citation of claim 3 (ids from --export)
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
        "file", metavar="FILE", help="article to read (text or saved page), - for stdin, or a URL"
    )
    p.add_argument("--save", metavar="FILE", help="with a URL: keep the fetched page in FILE")
    p.add_argument(
        "--export",
        choices=("json", "markdown"),
        help="write the analysis to stdout in this format instead of opening the reader",
    )
    p.add_argument("--theme", metavar="NAME", help="colour theme (see themes/)")
    p.add_argument(
        "--cite",
        metavar="ID",
        type=int,
        help="print a citation of the claim with this id (as in --export json) and exit",
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
    for name in ("title", "outlet", "author", "date", "url"):
        meta.add_argument(f"--{name}", metavar=name.upper())
    p.add_argument("--version", action="version", version=f"newsreader {__version__}")
    return p


def _apply_overrides(document: Document, args: argparse.Namespace) -> Document:
    """Front matter, then what the first lines show, then the flags, which win."""
    from reader.dates import normalise_date
    from reader.metadata import resolve

    flags = Metadata(
        title=args.title, outlet=args.outlet, author=args.author, date=args.date, url=args.url
    )
    override = flags.mapped(_shown)  # from outside the article: cleaned like its text
    if override.date:
        override = replace(override, date=normalise_date(override.date) or override.date)
    return document.with_metadata(resolve(document, override))


def _write(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # a reader such as `head` went away; not an error of ours. Point stdout
        # at /dev/null so the flush at exit does not complain either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _config() -> Config:
    """The user's config; its warnings go to stderr, one line each."""
    with _doing("reading the config file"):
        config = load_config()
    for warning in config.warnings:
        print(f"newsreader: {_shown(warning)}", file=sys.stderr)
    return config


def _shown(text: str) -> str:
    """Text from the command line or a file name, safe for one line of a terminal."""
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
        analysis = analyze(document.text, document.body_start)
    claims = analysis.claims
    if not 0 <= args.cite < len(claims):
        span = f"0-{len(claims) - 1}" if claims else "none: no claims were found"
        raise _UsageError(f"--cite {args.cite}: no such claim (ids: {span})")
    config = _config()
    style = args.style or config.style
    max_words = args.max_words or config.max_words
    with _doing("writing the citation"):
        claim = claims[args.cite]
        _write(citation.cite(claim, analysis, document.metadata, style, max_words) + "\n")
    return 0


def _export(document: Document, args: argparse.Namespace) -> int:
    from reader import export
    from reader.analysis import analyze

    with _doing(f"analysing {document.name}"):
        analysis = analyze(document.text, document.body_start, errors="record")
    with _doing("writing the export"):
        render = export.to_json if args.export == "json" else export.to_markdown
        _write(render(document, analysis))
    if analysis.problems:
        first, more = analysis.problems[0], len(analysis.problems) - 1
        also = f" (and {more} more, listed in the export)" if more else ""
        print(f"newsreader: warning: {_shown(first.message)}{also}", file=sys.stderr)
    return 0


def _load(path: str, interactive: bool, save: str | None = None) -> Document:
    """The article, under the reader's lower cap when it is to be read on screen."""
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
    parser = build_parser()
    try:
        with _doing("reading the command line"):
            args = parser.parse_args(argv)
        return run(args)
    except LoadError as exc:
        _say(_shown(str(exc)))
        return 1
    except _UsageError as exc:
        _say(f"error: {_shown(str(exc))}")
        return 2
    except KeyboardInterrupt:
        return 130
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except _Failed as failed:
        _say(f"internal error while {failed.doing}: {_described(failed.error)}")
        return 1
    except Exception as exc:  # outside every named step: still one line
        _say(f"internal error: {_described(exc)}")
        return 1
