"""The library API: reader.load, reader.analyze and reader.batch.iter_results."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from batch_corpus import copies, mixed_corpus

import reader
from reader.analysis import Analysis
from reader.batch import Failure, iter_results
from reader.cli import main
from reader.export import to_dict


def test_load_and_analyze_give_what_the_export_gives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(mixed_corpus(tmp_path)[2])  # a sample with front matter
    document = reader.load(path)
    analysis = reader.analyze(document)
    assert main(["--export", "json", path]) == 0
    assert to_dict(document, analysis) == json.loads(capsys.readouterr().out)


def test_analyze_takes_plain_text() -> None:
    analysis = reader.analyze("“The bridge is safe,” said Maria Lindqvist.")
    assert [c.figure for c in analysis.claims] == ["Maria Lindqvist"]


def test_import_reader_and_version_load_no_engine() -> None:
    code = (
        "import sys, reader\n"
        "from reader.cli import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print([m for m in sys.modules if m.startswith('reader.analysis.') and "
        "m != 'reader.analysis.model'])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.splitlines()[-1] == "[]"


def test_reader_batch_is_reachable_after_a_bare_import() -> None:
    code = "import reader; print(reader.batch.iter_results.__name__)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "iter_results"


def test_an_unknown_attribute_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        reader.nothing_here  # noqa: B018


def test_iter_results_keeps_order_and_gives_failures(tmp_path: Path) -> None:
    paths = [str(p) for p in copies(tmp_path / "in", 10)]
    paths.insert(3, str(tmp_path / "missing.txt"))
    results = list(iter_results(paths, jobs=2))
    assert [path for path, _ in results] == paths
    failed = results[3][1]
    assert isinstance(failed, Failure) and "no such file" in failed.message
    first = results[0][1]
    assert isinstance(first, Analysis)
    assert first.claims == reader.analyze(reader.load(paths[0]), errors="record").claims
