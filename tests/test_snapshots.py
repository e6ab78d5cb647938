"""Screenshots of the reader compared with accepted ones (pytest-textual-snapshot).

The analysis is written out by hand rather than computed, so these pictures
change when the screen changes, not when the attribution engine improves.
Update after a deliberate change with `pytest tests/test_snapshots.py
--snapshot-update`, then look at the new SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

import pytest

from reader.analysis.model import Analysis, Claim, Figure, Kind, SourceType, Span
from reader.document import Document, from_text
from reader.tui.app import NewsReaderApp

FIXTURE = Path(__file__).parent / "fixtures" / "harbour.txt"
SIZE = (110, 30)

#: (content, kind, cue, speaker, figure, source type), in reading order.
CLAIMS: list[tuple[str, Kind, str | None, str | None, str, SourceType]] = [
    (
        "The repairs to the old harbour bridge will take at least four more months",
        "indirect",
        "said",
        "the city council",
        "city council",
        "institution",
    ),
    (
        "We found more corrosion than the first survey suggested,",
        "direct",
        "said",
        "Mira Okafor",
        "Mira Okafor",
        "named_person",
    ),
    (
        "Nobody will cross it until we are sure it is safe.",
        "direct",
        None,
        None,
        "Mira Okafor",
        "named_person",
    ),
    (
        "the builder had asked for a further two million euros",
        "indirect",
        "said",
        "A person familiar with the contract",
        "person familiar with the contract",
        "anonymous",
    ),
    (
        "the original budget was drawn up before any inspection took place",
        "indirect",
        "According to",
        "a report by the regional audit office",
        "regional audit office report",
        "document",
    ),
    (
        "ferry operators expect record passenger numbers while the bridge stays shut",
        "indirect",
        "reported",
        "The Northern Courier",
        "The Northern Courier",
        "media",
    ),
    (
        "a temporary footbridge could open by May",
        "indirect",
        "added",
        "Okafor",
        "Mira Okafor",
        "named_person",
    ),
    (
        "Every week it stays closed costs us customers,",
        "direct",
        "said",
        "Tomasz Wieland",
        "Tomasz Wieland",
        "named_person",
    ),
]

ROLES = {"Mira Okafor": "chief engineer", "Tomasz Wieland": "baker"}


class SnapCompare(Protocol):
    """The `snap_compare` fixture of pytest-textual-snapshot, as these tests call it.

    (The plugin has no type information, and the fixture's own annotation leaves
    out the keyword arguments.)
    """

    def __call__(
        self,
        app: NewsReaderApp,
        press: Iterable[str] = (),
        terminal_size: tuple[int, int] = (80, 24),
    ) -> bool: ...


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own config file (theme, citation style) must not change the pictures."""
    monkeypatch.setenv("NEWSREADER_CONFIG", str(tmp_path / "config.toml"))


def fixture_document() -> Document:
    return from_text(FIXTURE.read_text(encoding="utf-8"), name=FIXTURE.name)


def fixture_analysis(text: str) -> Analysis:
    """The claims above located in the text, with the cue and speaker nearest each."""

    def nearest(needle: str, start: int, end: int) -> Span:
        hits = []
        at = text.find(needle)
        while at >= 0:
            hits.append(at)
            at = text.find(needle, at + 1)
        assert hits, needle
        best = min(hits, key=lambda h: max(start - (h + len(needle)), h - end, 0))
        return Span(best, best + len(needle), needle)

    claims = []
    position = 0
    for i, (content, kind, cue, speaker, figure, source_type) in enumerate(CLAIMS):
        at = text.find(content, position)
        assert at >= 0, content
        position = at + len(content)
        claims.append(
            Claim(
                id=i,
                start=at,
                end=position,
                content=content,
                kind=kind,
                cue=nearest(cue, at, position) if cue else None,
                speaker=nearest(speaker, at, position) if speaker else None,
                figure=figure,
                source_type=source_type,
            )
        )
    figures: list[Figure] = []
    for claim in claims:
        name = claim.figure
        if name is None or any(f.name == name for f in figures):
            continue
        figures.append(
            Figure(
                name=name,
                aliases=("Okafor",) if name == "Mira Okafor" else (),
                role=ROLES.get(name),
                source_type=claim.source_type,
                claims=tuple(c.id for c in claims if c.figure == name),
            )
        )
    return Analysis(text=text, claims=tuple(claims), figures=tuple(figures))


def reader_app(theme: str = "dark") -> NewsReaderApp:
    document = fixture_document()
    return NewsReaderApp(document, analysis=fixture_analysis(document.text), theme=theme)


def test_fixture_analysis_matches_the_text() -> None:
    analysis = fixture_analysis(fixture_document().text)
    for claim in analysis.claims:
        assert analysis.text[claim.start : claim.end] == claim.content
        for part in (claim.cue, claim.speaker):
            assert part is None or analysis.text[part.start : part.end] == part.text
    assert len(analysis.figures) == 6


def test_main_screen_dark(snap_compare: SnapCompare) -> None:
    assert snap_compare(reader_app("dark"), terminal_size=SIZE)


def test_main_screen_light(snap_compare: SnapCompare) -> None:
    assert snap_compare(reader_app("light"), terminal_size=SIZE)


def test_main_screen_high_contrast_after_next(snap_compare: SnapCompare) -> None:
    assert snap_compare(reader_app("high-contrast"), press=["n", "n"], terminal_size=SIZE)


def test_main_screen_mono(snap_compare: SnapCompare) -> None:
    assert snap_compare(reader_app("mono"), press=["n"], terminal_size=SIZE)


def test_help_screen(snap_compare: SnapCompare) -> None:
    assert snap_compare(reader_app(), press=["question_mark"], terminal_size=SIZE)


def test_named_people_hidden(snap_compare: SnapCompare) -> None:
    assert snap_compare(reader_app(), press=["1"], terminal_size=SIZE)


def test_narrow_terminal(snap_compare: SnapCompare) -> None:
    assert snap_compare(reader_app(), press=["n"], terminal_size=(60, 20))


def test_smallest_terminal(snap_compare: SnapCompare) -> None:
    assert snap_compare(reader_app(), press=["n", "n"], terminal_size=(40, 12))


def test_panel_focused_light(snap_compare: SnapCompare) -> None:
    """The panel's cursor row and its focus border (issue 13: both were invisible)."""
    assert snap_compare(reader_app("light"), press=["tab", "down", "down"], terminal_size=SIZE)


def test_panel_focused_mono(snap_compare: SnapCompare) -> None:
    assert snap_compare(reader_app("mono"), press=["tab", "down", "down"], terminal_size=SIZE)
