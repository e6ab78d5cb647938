"""The reader's screen: a quick first frame, then the panes that can wait for it.

Textual gives every widget a task and a stylesheet match, and paints the
whole area of every widget, containers included (covered rows are not
skipped). So the screen holds no containers: `split` rules in reader.tcss
stack the panes around the article in the order they are mounted (key hints
and status line at the foot, figures panel on the right, header on top).
The first frame holds only the header, the article and the status line; the
figures panel and the key hints are mounted right after it, into room the
screen kept free for them, so nothing on screen moves when they arrive.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.screen import Screen
from textual.widget import AwaitMount, Widget

from reader.tui.widgets.article import MAX_WIDTH
from reader.tui.widgets.figures import FiguresPanel
from reader.tui.widgets.status import KeyHints

#: Below this width the figures panel hides itself unless asked for with `f`.
PANEL_MIN_WIDTH = 100
#: Below this height the panel drops its legend to keep room for the figures.
PANEL_MIN_HEIGHT = 20
#: The panel's width follows its names and counts between these (columns);
#: beyond the lower one it takes only what leaves the article its full measure.
PANEL_WIDTHS = (32, 72)
PANEL_ROOM = 40
ARTICLE_ROOM = MAX_WIDTH + 4
#: Before the figures are known (a long text analysed in the background).
PANEL_DEFAULT = 40
#: Border, padding and scrollbar around the rows.
PANEL_CHROME = 4
#: The class that keeps room on the screen for the key hints (reader.tcss).
KEYS_PENDING = "-keys-pending"


def panel_width(panel: FiguresPanel, screen_width: int) -> int:
    """As wide as the longest name and count, within limits, plus what `<` and `>` added.

    The columns `>` asks for beyond the limits are dropped, so `<` acts at once.
    """
    rows = panel.natural_width()
    natural = rows + PANEL_CHROME if rows else PANEL_DEFAULT
    low = PANEL_WIDTHS[0]
    width = max(low, min(_widest(screen_width), natural + panel.extra))
    panel.extra = width - natural
    return width


def _widest(screen_width: int) -> int:
    return max(PANEL_ROOM, min(PANEL_WIDTHS[1], screen_width - ARTICLE_ROOM))


def place_panel(panel: FiguresPanel, screen: Screen[object], size: tuple[int, int]) -> int:
    """Show the panel when wanted, or by default when there is room for it.

    Returns the columns the article should centre its text in: those the
    widest panel would leave, so the text stays put when the panel's width
    changes (the figures are found, `<` and `>`); 0 for the whole view.
    """
    width, height = size
    wide = width >= PANEL_MIN_WIDTH
    shown = wide if panel.wanted is None else panel.wanted
    panel.display = shown
    panel.set_class(shown and not wide, "-wide")
    columns = panel_width(panel, width)
    # on a narrow screen the panel, asked for with f, takes half of it
    panel.styles.width = columns if wide else "50%"
    # on a short terminal the legend would leave the figures a row or two
    panel.set_class(height < PANEL_MIN_HEIGHT, "-short")
    if panel.is_mounted:
        panel.call_after_refresh(panel.fit_list)
    if not panel.is_attached:
        # keep the panel's room free until it is mounted, so nothing moves then
        screen.styles.padding = (0, columns if shown and wide else 0, 0, 0)
    return width - _widest(width) if shown and wide else 0


def keep_room(screen: Screen[object]) -> None:
    """Until the key hints are mounted, the foot keeps their row."""
    screen.add_class(KEYS_PENDING, update=screen.is_mounted)


def mount_rest(screen: Screen[object], panel: FiguresPanel, keys: KeyHints) -> AwaitMount:
    """Mount the panel and the key hints where the split order puts them.

    The room kept for them is given back in the same step, so the layout
    after this has them in place and the article keeps its width.
    """
    screen.mount(keys, before="#status")
    mounted = screen.mount(panel, before="#header")
    screen.remove_class(KEYS_PENDING)
    screen.styles.padding = 0
    return mounted


def step_focus(screen: Screen[object], panes: Sequence[Widget], direction: int) -> bool:
    """Move the focus to the next pane in reading order, as `tab` always has.

    Textual orders focus by position, which would put the panel (it starts on
    the header's row) before the article. Returns False where the focus is not
    on one of these panes (a dialog has its own order).
    """
    chain = screen.focus_chain
    order = [w for w in panes if w in chain]
    order += [w for w in chain if w not in order]
    if screen.focused not in order:
        return False
    index = order.index(screen.focused)
    order[(index + direction) % len(order)].focus()
    return True
