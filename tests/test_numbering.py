"""One numbering of claims, from 1: the reader's status line, the export and `--cite` agree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.text import Text
from test_app_fixtures import pilot_test

import reader.clipboard
from reader.analysis import analyze
from reader.cli import main
from reader.document import load
from reader.tui.app import NewsReaderApp
from reader.tui.widgets.status import StatusLine

SAMPLE = Path(__file__).parent.parent / "samples" / "dev" / "a_wire.txt"


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSREADER_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setattr(reader.clipboard, "system_commands", lambda env=None: [])
    monkeypatch.setattr(reader.clipboard, "state_file", lambda: tmp_path / "last.txt")


def test_export_ids_and_figure_links_count_from_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--export", "json", str(SAMPLE)]) == 0
    data = json.loads(capsys.readouterr().out)
    ids = [c["id"] for c in data["claims"]]
    assert ids == list(range(1, len(ids) + 1))
    by_id = {c["id"]: c for c in data["claims"]}
    for figure in data["figures"]:
        for number in figure["claims"]:
            assert by_id[number]["figure"] == figure["name"]


def test_markdown_numbers_claims_from_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--export", "markdown", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "**1.**" in out and "**0.**" not in out


def test_cite_zero_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--cite", "0", str(SAMPLE)]) == 2
    assert "claims: 1-" in capsys.readouterr().err


@pilot_test
async def test_the_number_the_reader_shows_is_the_one_cite_takes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    document = load(str(SAMPLE))
    analysis = analyze(document.text, document.body_start)
    app = NewsReaderApp(document, analysis)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("n", "n")
        await pilot.pause()
        content = app.query_one(StatusLine).content
        assert isinstance(content, Text)
        assert content.plain.startswith(f"claim 2/{len(analysis.claims)}")
        shown = app.current
    assert shown is not None
    assert main(["--cite", "2", "--style", "plain", str(SAMPLE)]) == 0
    cited = capsys.readouterr().out
    assert shown.content.split()[0] in cited
    assert main(["--export", "json", str(SAMPLE)]) == 0
    second = json.loads(capsys.readouterr().out)["claims"][1]
    assert second["id"] == 2 and second["content"] == shown.content
