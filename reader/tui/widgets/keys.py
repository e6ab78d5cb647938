"""The reader's keys, as docs/design.md lists them, each with an id so it can be remapped.

Descriptions are the short footer labels; tooltips say in words what the key
does and are what the help screen shows.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

from reader.analysis.model import SOURCE_TYPE_LABELS, SOURCE_TYPES

APP_BINDINGS: list[BindingType] = [
    Binding("n", "next", "Next", id="next_claim",
            tooltip="next claim (during a search: next match)"),
    Binding("p", "previous", "Prev", id="previous_claim",
            tooltip="previous claim (during a search: previous match)"),
    Binding("right_square_bracket", "step_claim(1)", "Next claim", False,
            id="next_claim_2", tooltip="next claim, also during a search"),
    Binding("left_square_bracket", "step_claim(-1)", "Prev claim", False,
            id="prev_claim_2", tooltip="previous claim, also during a search"),
    Binding("N", "same_figure(1)", "Same figure", False, id="next_same_figure",
            tooltip="next claim by the same figure (during a search: previous match)"),
    Binding("P", "same_figure(-1)", "Same figure back", False, id="previous_same_figure",
            tooltip="previous claim by the same figure"),
    Binding("f", "toggle_panel", "Figures", id="toggle_panel",
            tooltip="show or hide the figures panel"),
    Binding("less_than_sign", "panel_width(-4)", "Narrower panel", show=False,
            id="narrow_panel", tooltip="make the figures panel narrower"),
    Binding("greater_than_sign", "panel_width(4)", "Wider panel", show=False,
            id="widen_panel", tooltip="make the figures panel wider"),
    *(
        Binding(str(i), f"toggle_type({i - 1})", f"Show/hide {SOURCE_TYPE_LABELS[t]}",
                show=False, id=f"toggle_type_{i}",
                tooltip=f"show or hide claims by {SOURCE_TYPE_LABELS[t]}s")
        for i, t in enumerate(SOURCE_TYPES, start=1)
    ),
    Binding("slash", "search", "Search", id="search",
            tooltip="search the text as you type; enter keeps the matches"),
    Binding("escape", "end_search", "End search", show=False, id="end_search",
            tooltip="end the search"),
    Binding("c", "copy_citation", "Copy", id="copy_citation",
            tooltip="copy a citation of the current claim"),
    Binding("C", "choose_citation", "Citation format", show=False, id="choose_citation",
            tooltip="choose the citation format, with a preview, and copy"),
    Binding("y", "copy_quote", "Copy bare quote", show=False, id="copy_quote",
            tooltip="copy the bare quote"),
    Binding("Y", "copy_figure", "Copy figure's claims", show=False, id="copy_figure",
            tooltip="copy every claim of the current figure, cited"),
    Binding("w", "why", "Why", show=False, id="why",
            tooltip="why the current claim is attributed as it is"),
    Binding("s", "sourcing", "Sourcing", show=False, id="sourcing",
            tooltip="the sourcing summary of the whole article"),
    Binding("L", "toggle_loaded", "Loaded cues", show=False, id="toggle_loaded",
            tooltip="mark or unmark loaded reporting verbs"),
    Binding("t", "next_theme", "Theme", show=False, id="next_theme",
            tooltip="next colour theme"),
    Binding("tab", "focus_next", "Focus next pane", show=False, id="focus_next",
            tooltip="move between the article and the figures panel"),
    Binding("shift+tab", "focus_previous", "Focus previous pane", False, id="focus_prev",
            tooltip="move between the figures panel and the article"),
    Binding("question_mark,f1", "help", "Help", id="help", tooltip="this help"),
    Binding("q,ctrl+q", "quit", "Quit", id="quit", tooltip="quit"),
]  # fmt: skip
