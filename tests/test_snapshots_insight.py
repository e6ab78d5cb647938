"""Pictures of the why panel and the sourcing summary on the seed article (unnamed sources)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_snapshots import SIZE, SnapCompare

from reader.analysis import analyze
from reader.document import load
from reader.tui.app import NewsReaderApp

SEED = Path(__file__).parent.parent / "samples" / "dev" / "a_anonymous.txt"


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSREADER_CONFIG", str(tmp_path / "config.toml"))


def seed_app() -> NewsReaderApp:
    doc = load(str(SEED))
    return NewsReaderApp(doc, analyze(doc.text, doc.body_start), theme="dark")


def test_why_panel(snap_compare: SnapCompare) -> None:
    # The seventh claim: "He added ...", resolved through "a source" two paragraphs up.
    assert snap_compare(seed_app(), press=["n"] * 7 + ["w"], terminal_size=SIZE)


def test_sourcing_summary_screen(snap_compare: SnapCompare) -> None:
    assert snap_compare(seed_app(), press=["s"], terminal_size=SIZE)
