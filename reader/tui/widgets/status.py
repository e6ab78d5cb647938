"""One-line widgets around the article: its header and the status line.

Both build `Text` from parts, never markup, because titles, names and cues
come from the article.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from pathlib import PurePath

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import Static

from reader.analysis.model import SOURCE_TYPE_LABELS, SOURCE_TYPES, Analysis, Claim, SourceType
from reader.cleaning import clean
from reader.document import Document
from reader.language import mostly_english
from reader.tui.widgets.palette import ClaimStyles

SEP = " · "


def header_text(document: Document, width: int | None = None) -> Text:
    """`title · outlet · date`, whatever of it is known, else the file name.

    With a `width`, a long title gives way first (cut with an ellipsis), so
    the outlet and the date stay whole at any ordinary width.
    """
    meta = document.metadata
    # flags such as --title reach here without passing through the loader
    parts = [" ".join(clean(p).split()) for p in (meta.title, meta.outlet, meta.date) if p]
    text = Text(no_wrap=True, overflow="ellipsis")
    if not parts:
        # the file's own name: a long path would be cut before it on a narrow screen;
        # cleaned like the text, since a downloaded file's name can hold escapes too
        name = PurePath(document.name).name or document.name
        text.append(" ".join(clean(name).split()), style="bold")
        return text
    if width is not None and len(parts) > 1 and meta.title:
        rest = sum(len(p) + len(SEP) for p in parts[1:])
        room = width - rest
        if len(parts[0]) > room >= 12:  # below 12 columns the title goes first, whole
            parts[0] = parts[0][: room - 1].rstrip() + "…"
    for i, part in enumerate(parts):
        if i:
            text.append(SEP, style="dim")
        text.append(part, style="bold" if i == 0 else "")
    return text


class ArticleHeader(Static):
    """Title, outlet and date above the article, fitted to its width."""

    def __init__(self, document: Document, **kwargs: str | None) -> None:
        super().__init__(header_text(document), markup=False, **kwargs)  # type: ignore[arg-type]
        self.document = document

    def on_resize(self) -> None:
        self.update(header_text(self.document, self.content_size.width))


def _first_line(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def hidden_words(hidden: Collection[SourceType]) -> str:
    """`anonymous hidden`, `anonymous, media hidden`, `every type hidden`."""
    if len(hidden) >= len(SOURCE_TYPES):
        return "every type hidden"
    if len(hidden) > 2:
        return f"{len(hidden)} types hidden"
    return ", ".join(SOURCE_TYPE_LABELS[t] for t in SOURCE_TYPES if t in hidden) + " hidden"


def claim_status(
    claim: Claim,
    number: int,
    total: int,
    styles: ClaimStyles,
    hidden: Collection[SourceType] = (),
) -> Text:
    """`claim 3/17 · direct · anonymous source · the source · "explained"`.

    A filter that hides some types says so right after the number.
    """
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(f"claim {number}/{total}", style="bold")
    text.append(SEP, style="dim")
    if hidden:
        text.append(hidden_words(hidden), style="italic")
        text.append(SEP, style="dim")
    text.append(claim.kind)
    text.append(SEP, style="dim")
    text.append(SOURCE_TYPE_LABELS[claim.source_type], style=styles.colour(claim.source_type))
    text.append(SEP, style="dim")
    if claim.figure:
        text.append(_first_line(claim.figure, 40), style=styles.speaker(claim.source_type))
        if claim.speaker and claim.speaker.text != claim.figure:
            text.append(f" (“{_first_line(claim.speaker.text, 30)}”)", style="dim")
    elif claim.speaker:
        text.append(_first_line(claim.speaker.text, 40), style=styles.speaker(claim.source_type))
    else:
        text.append("speaker unknown", style="italic")
    if claim.cue:
        text.append(SEP, style="dim")
        text.append(f"“{_first_line(claim.cue.text, 30)}”", style="italic")
    if claim.stance != "neutral":
        text.append(f" {claim.stance}", style="bold reverse")
    return text


def _quiet(message: str) -> Text:
    return Text(message, style="dim")


def summary_status(
    document: Document, analysis: Analysis | None, shown: int, hidden: frozenset[SourceType]
) -> Text:
    """What the article holds, when no claim is selected (or why there is nothing)."""
    if not document.para_starts:
        return _quiet("This article is empty.")
    if analysis is None:
        return _quiet("Reading the article for claims…")
    if not analysis.claims:
        if not mostly_english(document.text[document.body_start :]):
            return _quiet("No claims found: the heuristics read English, and this text is not.")
        return _quiet("No attributed claims found in this article.")
    if hidden:
        total = len(analysis.claims)
        text = f"{shown} of {total} claims shown · {hidden_words(hidden)}"
        more = " · n goes to the next claim" if shown else " · 1-5 show them again"
        return _quiet(text + more)
    figures = sum(1 for f in analysis.figures if f.claims)
    return _quiet(f"{shown} claims from {figures} figures · n goes to the next claim")


def no_claims_shown() -> str:
    """What `n` and `p` say when the filter hides every claim."""
    return "No claims are shown: every source type with claims is hidden (1-5 show them again)."


def no_claim_reason(analysis: Analysis | None, shown: int) -> str:
    """Why nothing can be copied; 'press n' only helps when n reaches a claim."""
    if analysis is None:
        return "Nothing to copy yet: the claims are still being found."
    if not analysis.claims:
        return "Nothing to copy: this article has no attributed claims."
    if not shown:
        return "Nothing to copy: every claim is hidden (1-5 show them again)."
    return "No claim selected: press n to go to one."


def search_status(query: str, current: int | None, total: int, capped: bool, typing: bool) -> Text:
    """`search "plan" · match 2/7`, and once the query is entered, how to move on."""
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append("search ", style="bold")
    text.append(f"“{query}”")
    if not total:
        text.append(" · no match" if query else "", style="dim")
        return text
    text.append(f" · match {(current or 0) + 1}/{total}{'+' if capped else ''}")
    if not typing:
        text.append(" · n next  N previous  esc ends", style="dim")
    return text


class StatusLine(Static):
    """Where am I: the current claim, the search, or what the article holds."""

    DEFAULT_CSS = """
    StatusLine { height: 1; }
    """

    def show(self, text: Text) -> None:
        self.update(text, layout=False)

    async def on_click(self) -> None:
        """A click on the line explains the current claim (as `w` does)."""
        await self.app.run_action("why")


def key_hints(bindings: Iterable[BindingType], keymap: Mapping[str, str]) -> Text:
    """`n Next  p Prev  ...` for the bindings marked to show, with remapped keys."""
    text = Text(no_wrap=True, overflow="ellipsis")
    for binding in bindings:
        if not isinstance(binding, Binding) or not binding.show:
            continue
        keys = keymap.get(binding.id or "", binding.key).split(",")[0].strip()
        shown = {"slash": "/", "question_mark": "?"}.get(keys, keys)
        if text:
            text.append("  ")
        text.append(f" {shown} ", style="bold reverse")
        text.append(f" {binding.description}")
    return text


class KeyHints(Static):
    """The main keys, one line at the foot (lighter than Textual's Footer)."""

    DEFAULT_CSS = """
    KeyHints { height: 1; padding: 0 1; text-wrap: nowrap; text-overflow: ellipsis; }
    """


def problems_notice(analysis: Analysis) -> str | None:
    """One line telling the reader that part of the analysis failed, or None."""
    problems = analysis.problems
    if not problems:
        return None
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"Some claims may be missing: {problems[0].message}{more}."
