"""`newsreader batch --resume` and Ctrl-C: the output stays whole and a run can go on."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_corpus import copies

from reader.batch.resume import done_paths
from reader.cli import main


def _batch(*args: str) -> int:
    return main(["batch", *args])


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    copies(tmp_path / "in", 12)
    return tmp_path / "in"


def _full(corpus: Path, tmp_path: Path, fmt: str = "jsonl") -> bytes:
    out = tmp_path / f"full.{fmt}"
    assert _batch(str(corpus), "--format", fmt, "--out", str(out)) == 0
    return out.read_bytes()


def test_resume_skips_what_is_there_and_appends_the_rest(corpus: Path, tmp_path: Path) -> None:
    files = sorted(corpus.iterdir())
    out = tmp_path / "out.jsonl"
    assert _batch(*map(str, files[:5]), "--out", str(out)) == 0
    # Had the first five been done again, this change would show in the output.
    files[0].write_text("A different text, the editor said.\n", encoding="utf-8")
    before = out.read_bytes()
    assert _batch(str(corpus), "--out", str(out), "--resume") == 0
    after = out.read_bytes()
    assert after.startswith(before)
    lines = after.decode().splitlines()
    assert len(lines) == 12
    assert [json.loads(x)["article"]["path"] for x in lines] == [str(f) for f in files]


def test_resume_redoes_a_line_cut_short(corpus: Path, tmp_path: Path) -> None:
    full = _full(corpus, tmp_path)
    out = tmp_path / "out.jsonl"
    cut = full.rindex(b"\n", 0, len(full) - 1) + 40  # partway into the last record
    out.write_bytes(full[:cut])
    assert _batch(str(corpus), "--out", str(out), "--resume") == 0
    assert out.read_bytes() == full


def test_resume_refuses_an_output_broken_in_the_middle(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full = _full(corpus, tmp_path).split(b"\n")
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"\n".join([full[0], b"not json", *full[1:]]))
    before = out.read_bytes()
    assert _batch(str(corpus), "--out", str(out), "--resume") == 1
    assert "line 2 is not a record" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_resume_of_a_cut_csv_redoes_the_last_article(corpus: Path, tmp_path: Path) -> None:
    full = _full(corpus, tmp_path, "csv")
    out = tmp_path / "out.csv"
    out.write_bytes(full[: len(full) // 2])  # mid-row, probably mid-article
    assert _batch(str(corpus), "--format", "csv", "--out", str(out), "--resume") == 0
    assert out.read_bytes() == full


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_wherever_a_run_was_cut_resume_keeps_exactly_the_whole_articles(
    corpus: Path, tmp_path: Path, fmt: str
) -> None:
    full = _full(corpus, tmp_path, fmt)
    paths = sorted(str(p) for p in corpus.iterdir())
    # Where each article's output starts: its path's first appearance.
    starts = [full.index(json.dumps(p).encode() if fmt == "jsonl" else p.encode()) for p in paths]
    starts = [full.rfind(b"\n", 0, s) + 1 for s in starts]
    out = tmp_path / f"out.{fmt}"
    for cut in range(0, len(full), 89):  # inside paths, quoted fields, rows and lines
        out.write_bytes(full[:cut])
        done = done_paths(str(out), fmt)
        todo = [p for p in paths if p not in done]
        first = paths.index(todo[0])
        assert set(paths[first:]) == set(todo), cut
        assert out.read_bytes() == full[: starts[first] if cut >= starts[0] else 0], cut


def test_resume_of_parquet_keeps_the_old_rows(corpus: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    files = sorted(corpus.iterdir())
    full = tmp_path / "full.parquet"
    assert _batch(str(corpus), "--format", "parquet", "--out", str(full)) == 0
    out = tmp_path / "out.parquet"
    assert _batch(*map(str, files[:4]), "--format", "parquet", "--out", str(out)) == 0
    assert _batch(str(corpus), "--format", "parquet", "--out", str(out), "--resume") == 0
    assert pq.read_table(out).to_pylist() == pq.read_table(full).to_pylist()


def test_resume_of_an_unreadable_parquet_file_is_refused(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pyarrow")
    out = tmp_path / "out.parquet"
    out.write_bytes(b"PAR1 cut short")
    assert _batch(str(corpus), "--format", "parquet", "--out", str(out), "--resume") == 1
    assert "not a readable Parquet file" in capsys.readouterr().err


def test_ctrl_c_leaves_whole_records_and_resume_finishes(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    copies(corpus, 600)
    out = tmp_path / "out.jsonl"
    run = subprocess.Popen(
        [sys.executable, "-m", "reader", "batch", str(corpus), "--jobs", "2", "--out", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal's Ctrl-C reaches
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGINT)  # the parent and its workers, like Ctrl-C
    _, err = run.communicate(timeout=60)
    assert run.returncode == 130, err
    assert b"interrupted after" in err and b"Traceback" not in err
    text = out.read_text(encoding="utf-8")
    assert text.endswith("\n")
    lines = text.splitlines()
    assert 0 < len(lines) < 600
    assert all("claims" in json.loads(line) for line in lines)
    assert _batch(str(corpus), "--out", str(out), "--resume") == 0
    done = [json.loads(x)["article"]["path"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert done == sorted(str(p) for p in corpus.iterdir())
