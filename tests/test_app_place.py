"""Where the reader is: search keys as in less, the place kept on resize and scroll, filters.

Each test is a reading session a new user had trouble with (issue 13).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_app_fixtures import (
    current_id,
    harbour,
    notes,
    pilot_test,
    status,
)

from reader.analysis.model import Analysis, Claim, Figure, Span
from reader.document import Document, from_text
from reader.tui.app import NewsReaderApp
from reader.tui.screens.help import help_table
from reader.tui.widgets.article import TOP, ArticleView

ROOT = Path(__file__).resolve().parent.parent
SIZE = (120, 36)


def in_view(view: ArticleView, claim: Claim | None) -> bool:
    """Whether a row of the claim is on screen (worked out here, not asked of the view)."""
    if claim is None:
        return False
    first = view._index.row_of(claim.start) + TOP
    last = view._index.row_of(claim.end - 1) + TOP
    top = int(view.scroll_y)
    return first < top + view.scrollable_content_region.height and last >= top


def many_claims(count: int = 40) -> tuple[Document, Analysis]:
    """An article of `count` paragraphs, each a filler sentence and one quote."""
    filler = "The committee met again on a grey morning and read the papers. " * 3
    parts = [f'{filler}"Point {i} stands," said Ann Lee.' for i in range(count)]
    doc = from_text("\n\n".join(parts) + "\n", "many.txt")
    text, claims = doc.text, []
    for i in range(count):
        start = text.index(f"Point {i} stands,")
        end = start + len(f"Point {i} stands,")
        who = text.index("Ann Lee", end)
        cue = Span(who - 5, who - 1, "said")
        speaker = Span(who, who + 7, "Ann Lee")
        claims.append(
            Claim(i, start, end, text[start:end], "direct", cue, speaker, "Ann Lee", "named_person")
        )
    figure = Figure("Ann Lee", (), None, "named_person", tuple(range(count)))
    return doc, Analysis(text, tuple(claims), (figure,))


# -- search keys: n next match, N previous match (and p, its pair), as in less --------


@pilot_test
async def test_during_a_search_n_and_N_step_matches_and_brackets_step_claims() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "p", "l", "a", "n", "enter")
        assert app.search.current == 0 and "n next  N previous" in status(app)
        await pilot.press("n")
        assert app.search.current == 1
        await pilot.press("N")
        assert app.search.current == 0
        await pilot.press("p")  # n's pair steps back through the matches too
        assert app.search.current == 1
        assert current_id(app) is None
        await pilot.press("right_square_bracket")
        assert current_id(app) == 0 and app.search.current == 1


def test_readme_help_and_status_line_tell_the_same_search_keys() -> None:
    rows = {
        line.split("|")[1].strip(): line.split("|")[2]
        for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
    }
    assert "next / previous match" in rows["`n` / `p`"]
    assert "match" not in rows["`]` / `[`"].replace("also while", "")
    assert "`N` is the previous match" in rows["`N` / `P`"]
    table = help_table([("Anywhere", NewsReaderApp.BINDINGS)], {})
    keys, what = (list(map(str, column.cells)) for column in table.columns)
    said = dict(zip(keys, what, strict=True))
    assert "next match" in said["n"] and "previous match" in said["p"]
    assert "previous match" in said["N"] and "match" not in said["P"]


@pilot_test
async def test_a_search_starts_from_the_current_claim() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "n", "n", "n")  # the ministry: "the plan meets every rule"
        assert current_id(app) == 3
        await pilot.press("slash", "p", "l", "a", "n")
        start, _ = app.search.matches[app.search.current or 0]
        assert start == doc.text.index("plan meets")


# -- keeping the place ---------------------------------------------------------------------


@pilot_test
async def test_the_current_claim_stays_in_view_when_the_terminal_shrinks() -> None:
    doc, analysis = many_claims()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(12):
            await pilot.press("n")
        assert current_id(app) == 11 and in_view(app.article, app.current)
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        assert in_view(app.article, app.current)
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        assert in_view(app.article, app.current)


@pilot_test
async def test_after_scrolling_n_and_p_go_on_from_the_screen() -> None:
    doc, analysis = many_claims()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert current_id(app) == 0
        await pilot.press("space", "space", "space")
        view = app.article
        top = view.top_offset()
        await pilot.press("n")
        after = app.current
        assert after is not None and after.start >= top
        assert all(c.start < top for c in analysis.claims if c.id < after.id)
        await pilot.press("space", "space")
        top = view.top_offset()
        await pilot.press("p")
        before = app.current
        assert before is not None and before.start < top
        assert all(c.start >= top for c in analysis.claims if c.id > before.id)
        assert in_view(view, before)
        await pilot.press("G")
        top = view.top_offset()
        await pilot.press("n")
        last = app.current
        assert last is not None and last.start >= top and in_view(view, last)
        assert all(c.start < top for c in analysis.claims if c.id < last.id)


# -- filters ----------------------------------------------------------------------------------


@pilot_test
async def test_the_status_line_names_the_filter_and_never_a_hidden_claim() -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert "Jane Doe" in status(app)
        await pilot.press("1")
        assert "Jane Doe" not in status(app) and "named person" in status(app)
        assert status(app).startswith("2 of 5 claims shown · named person hidden")
        await pilot.press("n")
        assert status(app).startswith("claim 3/5 · named person hidden · indirect")
        await pilot.press("3")
        assert status(app).startswith("claim 3/5 · named person, institution hidden")


@pytest.mark.parametrize("keys", ["12345", "123"])
@pilot_test
async def test_with_every_claim_hidden_n_says_that_none_is_shown(keys: str) -> None:
    doc, analysis = harbour()
    app = NewsReaderApp(doc, analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *keys)
        assert status(app).startswith("0 of 5 claims shown")
        await pilot.press("n")
        assert notes(app)[-1].startswith("No claims are shown")
        assert not any(n.startswith("Last claim") for n in notes(app))
