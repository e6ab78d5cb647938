"""`newsreader batch`: inputs, records in the export schema, failures, order and formats."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from batch_corpus import copies, mixed_corpus

from reader.batch.inputs import expand
from reader.batch.records import COLUMNS
from reader.cli import main


def _batch(*args: str) -> int:
    return main(["batch", *args])


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _paths(records: list[dict[str, object]]) -> list[str]:
    out = []
    for record in records:
        holder = record if "error" in record else record["article"]
        assert isinstance(holder, dict)
        out.append(str(holder["path"]))
    return out


# -- inputs -------------------------------------------------------------------


def test_a_folder_is_recursed_in_sorted_order_taking_article_files_only(tmp_path: Path) -> None:
    mixed_corpus(tmp_path)
    (tmp_path / "web" / "notes.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("x", encoding="utf-8")
    found = [os.path.relpath(p, tmp_path) for p in expand([str(tmp_path)])]
    assert found[:3] == ["web/ferry.html", "web/library.md", "web/tides.txt"]
    assert all(p.startswith("wire/") and p.endswith(".txt") for p in found[3:])
    assert found[3:] == sorted(found[3:]) and len(found) == 9


def test_globs_expand_sorted_and_recurse_with_double_star(tmp_path: Path) -> None:
    mixed_corpus(tmp_path)
    flat = list(expand([str(tmp_path / "web" / "*.txt")]))
    assert [Path(p).name for p in flat] == ["tides.txt"]
    deep = list(expand([str(tmp_path / "**" / "*.html")]))
    assert [Path(p).name for p in deep] == ["ferry.html"]


def test_an_existing_file_with_glob_characters_is_taken_literally(tmp_path: Path) -> None:
    odd = tmp_path / "what[1].txt"
    odd.write_text("x", encoding="utf-8")
    (tmp_path / "what1.txt").write_text("x", encoding="utf-8")
    assert list(expand([str(odd)])) == [str(odd)]


def test_a_glob_matching_nothing_stays_as_a_missing_path(tmp_path: Path) -> None:
    pattern = str(tmp_path / "*.nothing")
    assert list(expand([pattern])) == [pattern]


def test_stdin_lists_paths_and_folders_and_repeats_are_dropped(tmp_path: Path) -> None:
    mixed_corpus(tmp_path)
    listing = io.StringIO(f"{tmp_path / 'web'}\n\n{tmp_path / 'web' / 'tides.txt'}\n")
    found = list(expand(["-", str(tmp_path / "web" / "ferry.html")], stdin=listing))
    assert [Path(p).name for p in found] == ["ferry.html", "library.md", "tides.txt"]


def test_stdin_through_the_command(tmp_path: Path) -> None:
    paths = mixed_corpus(tmp_path)[:2]
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "reader", "batch", "-", "--out", str(out)],
        input="".join(f"{p}\n" for p in paths).encode(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert _paths(_lines(out)) == [str(p) for p in paths]


# -- records ------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["wire/a_front.txt", "web/ferry.html", "web/library.md", "web/tides.txt"]
)
def test_a_record_is_the_export_of_the_same_file(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    mixed_corpus(tmp_path)
    path = str(tmp_path / name)
    assert main(["--export", "json", path]) == 0
    exported = json.loads(capsys.readouterr().out)
    out = tmp_path / "out.jsonl"
    assert _batch(path, "--out", str(out), "--jobs", "1") == 0
    assert _lines(out) == [exported]


def test_a_failing_file_is_one_record_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = mixed_corpus(tmp_path)[0]
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    out = tmp_path / "out.jsonl"
    code = _batch(str(tmp_path / "missing.txt"), str(binary), str(good), "--out", str(out))
    records = _lines(out)
    assert code == 1
    assert records[0] == {"path": str(tmp_path / "missing.txt"), "error": records[0]["error"]}
    assert "no such file" in str(records[0]["error"])
    assert set(records[1]) == {"path", "error"} and records[1]["path"] == str(binary)
    assert "claims" in records[2]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "3 articles" in err and "2 failed" in err


def test_all_well_exits_0_with_one_summary_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mixed_corpus(tmp_path)
    assert _batch(str(tmp_path), "--out", str(tmp_path / "o.jsonl")) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "9 articles analysed" in err and "failed" not in err


def test_output_order_is_the_input_order_with_two_jobs(tmp_path: Path) -> None:
    copies(tmp_path / "in", 40)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert _batch(str(tmp_path / "in"), "--jobs", "1", "--out", str(one)) == 0
    assert _batch(str(tmp_path / "in"), "--jobs", "2", "--out", str(two)) == 0
    assert one.read_bytes() == two.read_bytes()
    assert _paths(_lines(two)) == sorted(str(p) for p in (tmp_path / "in").iterdir())


def test_without_out_the_records_go_to_stdout(tmp_path: Path) -> None:
    path = mixed_corpus(tmp_path)[0]
    result = subprocess.run(
        [sys.executable, "-m", "reader", "batch", str(path)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0
    assert _paths([json.loads(result.stdout)]) == [str(path)]


# -- CSV and Parquet ----------------------------------------------------------


def test_csv_is_one_row_per_claim_plus_claimless_and_failed_articles(tmp_path: Path) -> None:
    mixed_corpus(tmp_path)
    inputs = [str(tmp_path / "web"), str(tmp_path / "missing.txt")]
    jsonl, table = tmp_path / "o.jsonl", tmp_path / "o.csv"
    assert _batch(*inputs, "--out", str(jsonl)) == 1
    assert _batch(*inputs, "--format", "csv", "--out", str(table)) == 1
    with table.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert tuple(rows[0]) == COLUMNS
    records = _lines(jsonl)
    claim_lists = [r["claims"] for r in records if isinstance(r.get("claims"), list)]
    expected = sum(max(1, len(c)) for c in claim_lists if isinstance(c, list)) + 1
    assert len(rows) == expected
    tides = [r for r in rows if r["path"].endswith("tides.txt")]
    assert len(tides) == 1 and tides[0]["claim_id"] == "" and tides[0]["title"] == "Tide tables"
    assert rows[-1]["error"] and rows[-1]["path"].endswith("missing.txt")
    ferry = [r for r in rows if r["path"].endswith("ferry.html")]
    first = records[0]["claims"][0]  # type: ignore[index]
    assert ferry[0]["content"] == first["content"] and ferry[0]["outlet"] == "Coastline Courier"


def test_parquet_holds_the_csv_table(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    mixed_corpus(tmp_path)
    table_csv, table_pq = tmp_path / "o.csv", tmp_path / "o.parquet"
    assert _batch(str(tmp_path), "--format", "csv", "--out", str(table_csv)) == 0
    assert _batch(str(tmp_path), "--format", "parquet", "--out", str(table_pq)) == 0
    assert not Path(f"{table_pq}.partial").exists()
    with table_csv.open(encoding="utf-8", newline="") as stream:
        from_csv = list(csv.DictReader(stream))
    from_pq = pq.read_table(table_pq).to_pylist()
    as_text = [{k: "" if v is None else str(v) for k, v in row.items()} for row in from_pq]
    assert as_text == from_csv
    assert isinstance(from_pq[0]["start"], int)


def test_parquet_without_pyarrow_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = mixed_corpus(tmp_path)[0]
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    code = _batch(str(path), "--format", "parquet", "--out", str(tmp_path / "o.parquet"))
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "pip install 'newsreader[parquet]'" in err


# -- the command line ---------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["x.txt", "--jobs", "0"], "--jobs"),
        (["x.txt", "--format", "parquet"], "--out"),
        (["x.txt", "--resume"], "--out"),
        (["x.txt", "--scheduler", "tcp://127.0.0.1:1"], "--engine dask"),
        ([], "PATH"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    args: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _batch(*args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err


def test_a_file_named_batch_opens_as_dot_slash_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "batch").write_text("The bridge is shut, the mayor said.\n", encoding="utf-8")
    assert main(["--export", "json", "./batch"]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["path"] == "./batch"
    assert main(["batch"]) == 2  # the word is the subcommand, which wants a PATH


def test_the_output_file_is_never_one_of_its_own_inputs(tmp_path: Path) -> None:
    mixed_corpus(tmp_path)
    out = tmp_path / "web" / "claims.txt"  # a name a folder walk would take
    assert _batch(str(tmp_path / "web"), "--format", "csv", "--out", str(out)) == 0
    assert _batch(str(tmp_path / "web"), "--format", "csv", "--out", str(out), "--resume") == 0
    with out.open(encoding="utf-8", newline="") as stream:
        paths = {row["path"] for row in csv.DictReader(stream)}
    assert str(out) not in paths and len(paths) == 3


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_shows_on_a_terminal_and_nowhere_else() -> None:
    from reader.batch.progress import Progress

    terminal, pipe = _Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        with Progress(3, stream) as progress:
            progress.advance(failed=False)
            progress.advance(failed=True)
        assert (progress.done, progress.failed) == (2, 1)
    assert pipe.getvalue() == ""
    shown = terminal.getvalue()
    assert "2/3" in shown and "1 failed" in shown and "articles/s" in shown
