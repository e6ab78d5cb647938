"""The article itself: wrapped, centred, claims coloured, drawn a row at a time.

Uses Textual's Line API so only the rows on screen are ever styled; wrapping
goes through `LineIndex`, which wraps paragraphs only as far as needed. Every
style comes from offsets (claims, speaker mentions, search matches), so the
article's own characters are never interpreted as markup.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import pairwise
from time import perf_counter
from typing import ClassVar

from rich.cells import get_character_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.analysis.model import Analysis, Claim, SourceType
from reader.document import Document
from reader.tui.widgets.highlights import Highlights, Interval
from reader.tui.widgets.layout import LineIndex, Row
from reader.tui.widgets.navigation import claim_at
from reader.tui.widgets.palette import ClaimStyles

#: A readable measure; wider terminals get margins instead of longer lines.
MAX_WIDTH = 100
#: Blank rows above the text.
TOP = 1
_CACHE_LIMIT = 4000
#: Background wrapping works in slices this long (seconds), between frames.
_WRAP_SLICE = 0.012
#: And tells the scrollbar about the new height this often (ticks), or when done.
_SIZE_EVERY = 10
#: Seconds after mounting before the background wrapping starts.
_WRAP_DELAY = 1.0


class ArticleView(ScrollView, can_focus=True):
    """Scrollable, lazily wrapped article with claims styled from offsets."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Scroll down a line", show=False, id="scroll_down"),
        Binding("k,up", "scroll_up", "Scroll up a line", show=False, id="scroll_up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="page_down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="page_up"),
        Binding("d", "half_page(1)", "Half page down", show=False, id="half_page_down"),
        Binding("u", "half_page(-1)", "Half page up", show=False, id="half_page_up"),
        Binding("g,home", "top", "Go to the top", show=False, id="top"),
        Binding("G,end", "bottom", "Go to the end", show=False, id="bottom"),
    ]

    class ClaimClicked(Message):
        """The reader clicked a claim or its speaker."""

        def __init__(self, claim: Claim) -> None:
            super().__init__()
            self.claim = claim

    def __init__(
        self,
        document: Document,
        styles: ClaimStyles,
        analysis: Analysis | None = None,
        **kwargs: str | None,
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.document = document
        self.text = document.text
        self._starts, self._ends = list(document.para_starts), list(document.para_ends)
        self._styles = styles
        self._marks = Highlights(document.furniture or ())
        self.current: Claim | None = None
        self._index = LineIndex(self.text, self._starts, self._ends, MAX_WIDTH)
        self._margin = 0
        #: Columns to centre the text in, from the left (0: the whole view); see `set_centre`.
        self.centre_in = 0
        #: The view width the rows were laid out for (0: not yet).
        self._laid_width = 0
        #: And the view height, to tell whether the current claim was in view.
        self._laid_height = 0
        self._cache: dict[int, Strip] = {}
        self._base: Style | None = None
        self._ticks = 0
        self._wrap_started = False
        if analysis is not None:
            self._use(analysis)

    # -- state set by the app -------------------------------------------

    def set_analysis(self, analysis: Analysis) -> None:
        self._use(analysis)
        self._redraw()

    def _use(self, analysis: Analysis) -> None:
        self._marks.set_analysis(analysis)

    def set_furniture(self, spans: tuple[tuple[int, int], ...]) -> None:
        """The page furniture to dim, once the document has been searched for it."""
        self._marks.set_furniture(spans)
        if self.is_mounted:
            self._redraw()

    def set_claim_styles(self, styles: ClaimStyles) -> None:
        self._styles = styles
        self._redraw()

    def set_hidden(self, hidden: Collection[SourceType]) -> None:
        self._marks.set_hidden(hidden)
        self._redraw()

    def set_centre(self, columns: int) -> None:
        """Centre the text in the first `columns` of the screen (0: in the whole view).

        The app passes the room the widest figures panel would leave, so a
        panel growing or shrinking within its limits does not move the text.
        """
        if columns != self.centre_in:
            self.centre_in = columns
            if self.is_mounted:
                self._relayout()
                self.refresh()

    def set_current(self, claim: Claim | None, scroll: bool = True) -> None:
        """Mark another claim: only the rows of the old and new claim are drawn again."""
        previous, self.current = self.current, claim
        for old in (previous, claim):
            if old is not None:
                self._forget_rows(old.start, old.end)
                if old.speaker is not None:
                    self._forget_rows(old.speaker.start, old.speaker.end)
        if claim is not None and scroll:
            self.show_span(claim.start, claim.end)

    def set_matches(self, matches: Sequence[tuple[int, int]], current: int | None) -> None:
        self._marks.set_matches(matches, current)
        self._redraw()
        if current is not None and 0 <= current < len(matches):
            self.show_span(*matches[current])

    def set_loaded(self, spans: Sequence[tuple[int, int]]) -> None:
        """Mark these cues as loaded (an empty list clears the marks)."""
        self._marks.set_loaded(spans)
        self._redraw()

    @property
    def _loaded(self) -> Sequence[tuple[int, int]]:
        """The loaded cues marked now, sorted by start."""
        return self._marks.loaded

    def _forget_rows(self, start: int, end: int) -> None:
        first = self._index.row_of(start) + TOP
        last = self._index.row_of(max(start, end - 1)) + TOP
        for row in range(first, last + 1):
            self._cache.pop(row, None)
        self.refresh_lines(first, last - first + 1)

    def _redraw(self) -> None:
        self._cache.clear()
        self.refresh()

    def _base_style(self) -> Style:
        """The widget's own colours, looked up once per style change, not per row."""
        if self._base is None:
            self._base = self.rich_style
        return self._base

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._base = None
        self._cache.clear()

    # -- geometry ---------------------------------------------------------

    def _text_width(self, width: int) -> int:
        pad = 2 if width >= 60 else 1
        return max(10, min(MAX_WIDTH, width - 2 * pad))

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()

    def on_mount(self) -> None:
        self._relayout()
        # Only the scrollbar needs the rows beyond the screen, so that work
        # waits until the reader has the first screenful and then runs in slices.
        self._wrap_timer = self.set_interval(0.05, self._wrap_in_background, name="wrap")
        self._wrap_timer.pause()
        self.set_timer(_WRAP_DELAY, self._start_wrapping)

    def _relayout(self) -> None:
        width = self.scrollable_content_region.width or self.size.width
        if width <= 0:
            return
        # the current claim was on screen before the resize: keep it there
        claim = self.current
        if claim is not None and not (
            self._laid_width and self.in_view(claim.start, claim.end, self._laid_height)
        ):
            claim = None
        self._laid_width = width
        text_width = self._text_width(width)
        area = min(width, self.centre_in) if self.centre_in else width
        self._margin = max(0, (area - text_width) // 2)
        if text_width != self._index.width:
            # at the top, stay there: the top row's text would scroll the blank row away
            anchor = self.top_offset() if self.scroll_y else 0
            self._index = LineIndex(self.text, self._starts, self._ends, text_width)
            if self._wrap_started:
                self._wrap_timer.resume()
            self._cache.clear()
            self._sync_size()
            self.scroll_to(
                y=self._index.row_of(anchor) + TOP if anchor else 0, animate=False, force=True
            )
        self._cache.clear()
        self._sync_size()
        self._laid_height = self.scrollable_content_region.height
        if claim is not None:
            self.show_span(claim.start, claim.end)

    def _sync_size(self) -> None:
        height = self._index.height + TOP + 1 if self._starts else 3
        size = Size(self.scrollable_content_region.width, height)
        if size != self.virtual_size:
            self.virtual_size = size

    def _start_wrapping(self) -> None:
        self._wrap_started = True
        self._wrap_timer.resume()

    def _wrap_in_background(self) -> None:
        """Wrap a slice of the rest each tick, so `G` and the scrollbar are soon exact.

        The height is passed on only now and then: each change of the virtual
        size costs a layout and a full repaint.
        """
        index = self._index
        deadline = perf_counter() + _WRAP_SLICE
        while not index.complete and perf_counter() < deadline:
            index.wrap_next(50)
        self._ticks += 1
        if index.complete or self._ticks % _SIZE_EVERY == 0:
            self._sync_size()
        if index.complete:
            self._wrap_timer.pause()

    def top_offset(self) -> int:
        """Offset of the first text shown at the top of the view."""
        for y in range(int(self.scroll_y) - TOP, int(self.scroll_y) + max(1, self.size.height)):
            found = self._index.row(max(0, y))
            if found is not None:
                return found[1][0]
        return 0

    def in_view(self, start: int, end: int, height: int | None = None) -> bool:
        """Whether any row of the text from `start` to `end` is on screen."""
        first = self._index.row_of(start) + TOP
        last = self._index.row_of(max(start, end - 1)) + TOP
        top = int(self.scroll_y)
        shown = self.scrollable_content_region.height if height is None else height
        return first < top + max(1, shown) and last >= top

    def show_span(self, start: int, end: int) -> None:
        """Scroll so the text from `start` to `end` is in view, near the top third."""
        first = self._index.row_of(start) + TOP
        last = self._index.row_of(max(start, end - 1)) + TOP
        self._sync_size()
        height = max(1, self.scrollable_content_region.height)
        top = int(self.scroll_y)
        if first >= top and last < top + height:
            return
        target = first - height // 3 if last - first < height * 2 // 3 else first - 1
        self.scroll_to(y=max(0, target), animate=False, force=True)

    # -- scrolling actions (less-like) ------------------------------------

    def action_half_page(self, direction: int) -> None:
        step = max(1, self.scrollable_content_region.height // 2)
        self.scroll_to(y=self.scroll_y + direction * step, animate=False, force=True)

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False, force=True)

    def action_bottom(self) -> None:
        self._index.wrap_next(len(self._starts))
        self._sync_size()
        self.scroll_to(y=self.max_scroll_y, animate=False, force=True)

    # -- drawing ----------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if width != self._laid_width:
            # the first frame is drawn before the Resize event: wrap for it now
            self._relayout()
        scroll_x, scroll_y = self.scroll_offset
        row = scroll_y + y
        strip = self._cache.get(row)
        if strip is None:
            strip = self._render_row(row, width)
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            self._cache[row] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, self._base_style())

    def _render_row(self, row: int, width: int) -> Strip:
        base = self._base_style()
        if not self._starts:
            if row == TOP:
                message = "This article is empty: there is no text to show."
                return Strip([Segment(message, base + Style(dim=True))]).text_align(width, "center")
            return Strip.blank(width, base)
        height_before = self._index.height
        found = self._index.row(row - TOP)
        if self._index.height != height_before:
            self.call_later(self._sync_size)
        if found is None:
            return Strip.blank(width, base)
        segments = self._gutter(found[1], base)
        segments.extend(self._segments(found[1], base))
        return Strip(segments).adjust_cell_length(width, base)

    def _gutter(self, row: Row, base: Style) -> list[Segment]:
        """The left margin, with a bar beside the rows of the current claim.

        The bar marks the claim without relying on colour, so it shows under
        NO_COLOR and in the monochrome theme too.
        """
        margin = self._margin
        claim = self.current
        if not margin:
            return []
        if (
            claim is None
            or claim.source_type in self._marks.hidden
            or not (claim.start < row[1] and row[0] < claim.end)
        ):
            return [Segment(" " * margin, base)]
        bar = base + self._styles.colour(claim.source_type) + Style(bold=True)
        if margin < 2:  # a narrow screen: the half block alone still leaves a gap
            return [Segment("▌", bar)]
        return [Segment(" " * (margin - 2), base), Segment("▌", bar), Segment(" ", base)]

    def _segments(self, row: Row, base: Style) -> list[Segment]:
        start, end = row
        intervals = self._intervals(start, end)
        text = self.text
        if not intervals:
            return [Segment(_visible(text[start:end]), base)]
        points = sorted({start, end, *(p for s, e, _ in intervals for p in (s, e))})
        out: list[Segment] = []
        for a, b in pairwise(points):
            style = base
            for s, e, layer in intervals:
                if s <= a and b <= e:
                    style = style + layer
            out.append(Segment(_visible(text[a:b]), style))
        return out

    def _intervals(self, start: int, end: int) -> list[Interval]:
        """Styled stretches overlapping one row, clipped to it, lowest layer first."""
        return self._marks.intervals(start, end, self.current, self._styles)

    # -- mouse ------------------------------------------------------------

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under a point of the view, if it is on text."""
        found = self._index.row(int(self.scroll_y) + y - TOP)
        if found is None:
            return None
        start, end = found[1]
        column = x + int(self.scroll_x) - self._margin
        if column < 0:
            return None
        cells = 0
        for i in range(start, end):
            cells += get_character_cell_size(self.text[i])
            if cells > column:
                return i
        return None

    def on_click(self, event: events.Click) -> None:
        point = event.get_content_offset(self)
        if point is None:
            return
        offset = self.offset_at(point.x, point.y)
        if offset is None:
            return
        claim = claim_at(self._marks.visible_claims(), offset)
        if claim is not None:
            self.post_message(self.ClaimClicked(claim))


def _visible(piece: str) -> str:
    """Tabs as spaces: a tab's width depends on the terminal, offsets must not."""
    return piece.replace("\t", " ")
