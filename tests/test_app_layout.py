"""The reader's pure parts, without an app.

Wrapping, the row index, claim order, search, the header line, key hints and
the help table.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from test_app_fixtures import harbour

from reader.document import from_text
from reader.tui.app import NewsReaderApp
from reader.tui.screens.help import help_table
from reader.tui.widgets.layout import LineIndex, wrap_line, wrap_paragraph
from reader.tui.widgets.navigation import (
    MAX_MATCHES,
    ClaimOrder,
    Search,
    claim_at,
    find_matches,
    match_from,
)
from reader.tui.widgets.status import header_text, key_hints


def rows_text(text: str, rows: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in rows]


def test_wrap_line_breaks_at_spaces_within_width() -> None:
    text = "the quick brown fox jumps over the lazy dog"
    assert rows_text(text, wrap_line(text, 0, len(text), 10)) == [
        "the quick",
        "brown fox",
        "jumps over",
        "the lazy",
        "dog",
    ]


def test_wrap_line_cuts_words_longer_than_the_width() -> None:
    text = "abcdefghijkl xy"
    assert rows_text(text, wrap_line(text, 0, len(text), 5)) == ["abcde", "fghij", "kl xy"]


def test_wrap_counts_cells_for_wide_characters() -> None:
    text = "日本語の文章を折り返す 試験です"
    rows = wrap_line(text, 0, len(text), 8)
    assert all(cell_len(text[s:e]) <= 8 for s, e in rows)
    assert "".join(text[s:e] for s, e in rows).replace(" ", "") == text.replace(" ", "")


def test_wrap_paragraph_keeps_its_own_line_breaks() -> None:
    text = "Caption line one.\nImage: Someone."
    assert rows_text(text, wrap_paragraph(text, 0, len(text), 40)) == [
        "Caption line one.",
        "Image: Someone.",
    ]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab c\u00e9\u65e5", min_size=0, max_size=200), st.integers(1, 30))
def test_wrapping_never_loses_text_or_overflows(text: str, width: int) -> None:
    rows = wrap_line(text, 0, len(text), width)
    assert all(cell_len(text[s:e]) <= max(width, 2) for s, e in rows)
    assert "".join(text[s:e] for s, e in rows).replace(" ", "") == text.replace(" ", "")
    assert all(0 <= s <= e <= len(text) for s, e in rows)


def test_line_index_wraps_lazily_and_maps_both_ways() -> None:
    paragraphs = ["word " * 50] * 1000
    text = "\n\n".join(paragraphs)
    spans = []
    pos = 0
    for p in paragraphs:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    index = LineIndex(text, [s for s, _ in spans], [e for _, e in spans], 40)
    assert index.wrapped == 0 and index.height > 0
    found = index.row(3)
    assert found is not None and found[0] == 0
    assert index.wrapped < 100  # only what was asked for
    offset = spans[700][0] + 30
    row = index.row_of(offset)
    located = index.row(row)
    assert located is not None
    para, (start, end) = located
    assert para == 700 and start <= offset < end
    index.wrap_next(10_000)
    assert index.complete
    assert index.row(index.height - 1) is not None
    assert index.row(index.height) is None


def test_claim_order_steps_and_skips_hidden_types() -> None:
    _, analysis = harbour()
    order = ClaimOrder(analysis)
    first = order.step(None, True, origin=0)
    assert first is not None and first.id == 0
    assert [c.id for c in order.claims] == [0, 1, 2, 3, 4]
    assert order.step(order.claims[-1], True) is None
    assert order.step(order.claims[0], False) is None
    same = order.step_same_figure(order.claims[1], True)
    assert same is not None and same.id == 4
    hidden = ClaimOrder(analysis, {"named_person"})
    assert [c.id for c in hidden.claims] == [2, 3]
    after = hidden.step(analysis.claims[1], True)  # from a claim that is hidden now
    assert after is not None and after.id == 2
    assert hidden.step_same_figure(analysis.claims[0], True) is None
    assert ClaimOrder(None).step(None, True) is None


def test_claim_at_finds_content_and_speaker() -> None:
    doc, analysis = harbour()
    text = doc.text
    assert claim_at(analysis.claims, text.index("budget")) == analysis.claims[2]
    assert claim_at(analysis.claims, text.index("A source close")) == analysis.claims[2]
    assert claim_at(analysis.claims, text.index("approved the harbour")) is None


def test_find_matches_is_case_insensitive_and_capped() -> None:
    text = "Plan, plan and PLAN."
    assert find_matches(text, "plan") == [(0, 4), (6, 10), (15, 19)]
    assert find_matches(text, "") == []
    assert find_matches(text, "plan", start=5) == [(6, 10), (15, 19)]
    assert match_from([(0, 4), (6, 10)], 5) == 1
    assert match_from([(0, 4), (6, 10)], 50) == 0
    assert len(find_matches("a" * (MAX_MATCHES + 50), "a")) == MAX_MATCHES


def test_key_hints_show_only_main_keys_and_follow_the_keymap() -> None:
    plain = key_hints(NewsReaderApp.BINDINGS, {}).plain
    assert " n  Next" in plain and " ?  Help" in plain and " /  Search" in plain
    assert "Theme" not in plain  # shown=False bindings stay out of the foot line
    assert " x  Next" in key_hints(NewsReaderApp.BINDINGS, {"next_claim": "x"}).plain


def test_search_keeps_matches_on_enter_and_wraps_when_stepping() -> None:
    text = "one plan, two plans, three plans"
    search = Search()
    search.begin(origin=10)
    search.update(text, "plan", 0)
    assert (search.typing, search.stepping) == (True, False)
    assert search.matches == [(4, 8), (14, 18), (27, 31)] and search.current == 1
    search.accept()
    assert (search.stepping, search.shown) == (True, True)
    search.step(1)
    search.step(1)
    assert search.current == 0
    search.step(-1)
    assert search.current == 2
    search.clear()
    assert not search.shown and search.matches == []
    search.begin(0)
    search.update(text, "zebra", 0)
    search.accept()
    assert not search.shown  # a query without matches is dropped on enter


def test_header_without_metadata_names_the_file_not_its_path() -> None:
    doc = from_text("Rain fell all day.\n", "/very/long/path/to/the/articles/rain.txt")
    assert header_text(doc).plain == "rain.txt"
    assert header_text(from_text("Rain.\n", "<stdin>")).plain == "<stdin>"


def test_header_shows_no_control_from_a_file_name() -> None:
    name = "evil\x1b]0;PWNED\x07\x1b[2J\u202e\x9b31m\nname.txt"
    shown = header_text(from_text("Rain.\n", f"/tmp/{name}")).plain
    assert shown.isprintable() and "\u202e" not in shown
    assert shown.startswith("evil") and shown.endswith("name.txt")


def test_help_shows_remapped_keys() -> None:
    table = help_table([("Anywhere", NewsReaderApp.BINDINGS)], {"next_claim": "x"})
    keys = [str(c) for c in table.columns[0]._cells]
    assert "x" in keys


def test_help_mouse_rows_fit_the_key_column() -> None:
    table = help_table([], {})
    keys = table.columns[0]
    width = keys.width or 0
    assert all(len(str(cell)) <= width for cell in keys.cells)
