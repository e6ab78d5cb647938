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

from reader.tui.widgets.figures import FiguresPanel
from reader.tui.widgets.status import KeyHints

#: Below this width the figures panel hides itself unless asked for with `f`.
PANEL_MIN_WIDTH = 100
#: Below this height the panel drops its legend to keep room for the figures.
PANEL_MIN_HEIGHT = 20
#: Classes that keep room on the screen for panes not mounted yet (reader.tcss).
KEYS_PENDING = "-keys-pending"
PANEL_PENDING = "-panel-pending"


def place_panel(panel: FiguresPanel, screen: Screen[object], size: tuple[int, int]) -> None:
    """Show the panel when wanted, or by default when there is room for it."""
    width, height = size
    wide = width >= PANEL_MIN_WIDTH
    shown = wide if panel.wanted is None else panel.wanted
    panel.display = shown
    panel.set_class(shown and not wide, "-wide")
    # on a short terminal the legend would leave the figures a row or two
    panel.set_class(height < PANEL_MIN_HEIGHT, "-short")
    if not panel.is_attached:
        # a screen not shown yet is styled when it is, with its classes as they are then
        screen.set_class(shown, PANEL_PENDING, update=screen.is_mounted)


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
    screen.remove_class(KEYS_PENDING, PANEL_PENDING)
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
