"""Golden output: the JSON export of every sample, and how each claim was found.

Any change of output shows up here as a diff to read claim by claim; accept
it with `pytest tests/test_golden.py --snapshot-update` only once it is read.
The second snapshot holds what the export leaves out (the rule and the
speaker's resolution), so "same output" covers the engine's reasons too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.json import JSONSnapshotExtension

from reader.analysis import analyze
from reader.cli import main
from reader.document import load

ROOT = Path(__file__).resolve().parent.parent
#: Every sample, dev and test, as a path under samples/ ("dev/a_wire.txt").
SAMPLES = sorted(str(p.relative_to(ROOT / "samples")) for p in (ROOT / "samples").glob("*/*.txt"))
IDS = [name.split("/")[-1] for name in SAMPLES]


@pytest.fixture
def golden(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    return snapshot.use_extension(JSONSnapshotExtension)


@pytest.mark.parametrize("name", SAMPLES, ids=IDS)
def test_export_json(
    name: str,
    golden: SnapshotAssertion,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(ROOT)
    assert main(["--export", "json", f"samples/{name}"]) == 0
    assert json.loads(capsys.readouterr().out) == golden


@pytest.mark.parametrize("name", SAMPLES, ids=IDS)
def test_rules_and_resolutions(name: str, golden: SnapshotAssertion) -> None:
    document = load(str(ROOT / "samples" / name))
    analysis = analyze(document.text, document.body_start)
    found = [[c.id, c.rule, c.resolution] for c in analysis.claims]
    assert found == golden
