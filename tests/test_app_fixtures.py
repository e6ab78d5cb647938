"""Small articles with hand-made analyses for the reader's Pilot tests.

The analyses are written out by hand from offsets, so the UI tests check the
UI and keep passing while the attribution engine changes.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec

from rich.text import Text
from textual.screen import Screen
from textual.widget import Widget

from reader.analysis.model import Analysis, Claim, Figure, Kind, SourceType, Span
from reader.document import Document, from_text
from reader.tui.app import NewsReaderApp
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.status import StatusLine

P = ParamSpec("P")


def pilot_test(test: Callable[P, Coroutine[Any, Any, None]]) -> Callable[P, None]:
    """Run an async Pilot test with asyncio (no async pytest plugin is installed).

    The wrapper keeps the test's signature, so pytest fixtures still arrive.
    """

    @functools.wraps(test)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


# A Pilot test asserts on the app, presses keys, and asserts on it again; mypy
# does not know that the awaits in between change the app, and keeps what the
# first assert proved (`app.panel.display` is true) for the second (so `not
# app.panel.display` would be "unreachable"). The state that keys change is
# therefore read through these calls, which mypy never narrows.


def current_id(app: NewsReaderApp) -> int | None:
    """The id of the current claim, or None."""
    return None if app.current is None else app.current.id


def shown(widget: Widget) -> bool:
    """Whether the widget is displayed now."""
    return widget.display


def active_screen(app: NewsReaderApp) -> Screen[object]:
    """The screen on top now."""
    return app.screen


def focused(app: NewsReaderApp) -> Widget | None:
    """The widget with the focus now."""
    return app.focused


HARBOUR = """\
Title: Harbour plan approved
Source: The Courier
Date: 2024-11-06

The council approved the harbour plan on Tuesday, after a long night of debate.

"We are delighted," said Mayor Jane Doe. "The work starts in spring."

A source close to the council said the budget had doubled since March.

According to the ministry, the plan meets every rule.

Doe added that she expected "no delays at all" from the contractors.

The Harbour Authority has not yet been asked, and [bold]nobody[/bold] knows.
"""


def _span(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(start, start + len(needle), needle)


def _claim(
    text: str,
    cid: int,
    content: str,
    kind: Kind,
    speaker: str,
    figure: str,
    source_type: SourceType,
    cue: str,
    after: int = 0,
) -> Claim:
    body = _span(text, content, after)
    who = _span(text, speaker, max(0, body.start - 80))
    how = _span(text, cue, max(0, body.start - 80))
    return Claim(cid, body.start, body.end, content, kind, how, who, figure, source_type)


def harbour() -> tuple[Document, Analysis]:
    """Five claims by three figures of three source types, and one silent figure."""
    doc = from_text(HARBOUR, "harbour.txt")
    t = doc.text
    mixed = 'she expected "no delays at all" from the contractors'
    rows: list[tuple[str, Kind, str, str, SourceType, str]] = [
        ("We are delighted,", "direct", "Mayor Jane Doe", "Jane Doe", "named_person", "said"),
        ("The work starts in spring.", "direct", "Mayor Jane Doe", "Jane Doe", "named_person",
         "said"),
        ("the budget had doubled since March", "indirect", "A source close to the council",
         "source close to the council", "anonymous", "said"),
        ("the plan meets every rule", "indirect", "the ministry", "the ministry", "institution",
         "According to"),
        (mixed, "mixed", "Doe", "Jane Doe", "named_person", "added"),
    ]  # fmt: skip
    after = {4: t.index("Doe added") - 60}
    claims = tuple(_claim(t, i, *row, after=after.get(i, 0)) for i, row in enumerate(rows))
    figures = (
        Figure("Jane Doe", ("Doe", "Mayor Jane Doe"), "Mayor", "named_person", (0, 1, 4)),
        Figure("source close to the council", (), None, "anonymous", (2,)),
        Figure("the ministry", (), None, "institution", (3,)),
        Figure("Harbour Authority", (), None, "institution", ()),
    )
    return doc, Analysis(text=t, claims=claims, figures=figures)


def long_document(paragraphs: int = 120) -> Document:
    """An article far taller than any test screen, with one claim near the end."""
    parts = [f"Paragraph {i}: " + "words of filler text " * 12 for i in range(paragraphs)]
    parts.append('"The end is near," said Ann Lee.')
    return from_text("\n\n".join(parts) + "\n", "long.txt")


def long_analysis(doc: Document) -> Analysis:
    t = doc.text
    claim = _claim(t, 0, "The end is near,", "direct", "Ann Lee", "Ann Lee", "named_person", "said")
    return Analysis(t, (claim,), (Figure("Ann Lee", (), None, "named_person", (0,)),))


def row_text(view: ArticleView, row: int) -> str:
    """The characters drawn on one row of the view (without margins)."""
    return view._render_row(row, view.scrollable_content_region.width).text.strip()


def screen_text(view: ArticleView) -> str:
    """Everything the view currently shows, row by row."""
    top = int(view.scroll_y)
    return "\n".join(row_text(view, top + y) for y in range(view.size.height))


def one_quote(doc: Document, quote: str, speaker: str) -> Analysis:
    """An analysis of one direct quote, `"quote" said speaker`, built by hand."""
    text = doc.text
    start = text.index(quote)
    who = text.index(speaker, start)
    claim = Claim(
        0,
        start,
        start + len(quote),
        quote,
        "direct",
        Span(who - 5, who - 1, "said"),
        Span(who, who + len(speaker), speaker),
        speaker,
        "named_person",
    )
    return Analysis(text, (claim,), (Figure(speaker, (), None, "named_person", (0,)),))


def status(app: NewsReaderApp) -> str:
    """What the status line says now, as plain text."""
    content = app.query_one(StatusLine).content
    assert isinstance(content, Text)
    return content.plain


def notes(app: NewsReaderApp) -> list[str]:
    """The messages of the notifications shown so far."""
    return [n.message for n in app._notifications]
