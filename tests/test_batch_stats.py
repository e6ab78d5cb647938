"""`newsreader stats`: sourcing figures per outlet, date or file, from JSON Lines or Parquet."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from reader.batch.records import encode, failure
from reader.batch.writers import CsvWriter
from reader.cli import main


def _claim(
    index: int, kind: str, source_type: str, figure: str | None, stance: str = "neutral"
) -> dict[str, Any]:
    return {
        "id": index,
        "start": index * 10,
        "end": index * 10 + 5,
        "content": f"claim {index}",
        "kind": kind,
        "cue": {"text": "said", "start": 0, "end": 4},
        "speaker": None,
        "figure": figure,
        "source_type": source_type,
        "stance": stance,
        "channel": None,
        "via": None,
    }


def _record(path: str, outlet: str | None, date: str | None, claims: list[Any]) -> dict[str, Any]:
    article = {"title": None, "outlet": outlet, "author": None, "date": date, "url": None}
    return {
        "article": article | {"path": path},
        "claims": claims,
        "figures": [],
        "stats": {"claims": len(claims), "by_source_type": {}},
        "problems": [],
    }


RECORDS = [
    _record(
        "a.txt",
        "Daily",
        "2026-01-02",
        [
            _claim(0, "direct", "named_person", "Ann Lee"),
            _claim(1, "indirect", "anonymous", "official #1"),
            _claim(2, "indirect", "anonymous", "official #2"),
            _claim(3, "mixed", "institution", "Council", stance="denial"),
        ],
    ),
    _record(
        "b.txt",
        "Daily",
        "2026-01-03",
        [_claim(0, "direct", "named_person", "Ann Lee"), _claim(1, "direct", "media", "Gazette")],
    ),
    _record("c.txt", None, None, []),
    failure("d.txt", "d.txt: no such file"),
]


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "out.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def _stats(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["stats", *args])
    return code, capsys.readouterr().out


def _table(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_by_outlet_counts_shares_unnamed_sources_and_top_figures(
    jsonl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _stats(capsys, str(jsonl), "--format", "csv")
    rows = {row["outlet"]: row for row in _table(out)}
    assert code == 0 and list(rows) == ["Daily", "(unknown outlet)", "all"]
    daily = rows["Daily"]
    assert (daily["articles"], daily["claims"]) == ("2", "6")
    assert float(daily["named_person"]) == pytest.approx(2 / 6, abs=1e-4)
    assert float(daily["anonymous"]) == pytest.approx(2 / 6, abs=1e-4)
    assert float(daily["document"]) == 0 and float(daily["direct"]) == 0.5
    assert float(daily["loaded"]) == pytest.approx(1 / 6, abs=1e-4)
    assert float(daily["unnamed_per_article"]) == 1.0
    assert daily["top_figures"] == "Ann Lee (2); Council (1); Gazette (1)"
    unknown = rows["(unknown outlet)"]
    assert (unknown["articles"], unknown["claims"], unknown["direct"]) == ("1", "0", "")
    assert rows["all"]["articles"] == "3"  # the failed file is not an article
    assert float(rows["all"]["unnamed_per_article"]) == pytest.approx(2 / 3, abs=1e-4)


def test_by_date_is_chronological_and_by_file_follows_the_output(
    jsonl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, by_date = _stats(capsys, str(jsonl), "--by", "date", "--format", "csv")
    assert [r["date"] for r in _table(by_date)] == ["2026-01-02", "2026-01-03", "(undated)", "all"]
    _, by_file = _stats(capsys, str(jsonl), "--by", "file", "--format", "csv", "--top", "1")
    rows = _table(by_file)
    assert [r["file"] for r in rows] == ["a.txt", "b.txt", "c.txt", "all"]
    assert rows[0]["top_figures"] == "Ann Lee (1)"


def test_markdown_and_table(jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, markdown = _stats(capsys, str(jsonl), "--format", "markdown")
    lines = markdown.splitlines()
    assert lines[0].startswith("| outlet | articles | claims |")
    assert lines[2] == "| Daily | 2 | 6 | 33% | 33% | 17% | 17% | 0% | 50% | 17% | 1.0 | " + (
        "Ann Lee (2); Council (1); Gazette (1) |"
    )
    assert "1 failed files are not counted" in markdown
    _, table = _stats(capsys, str(jsonl))
    assert "Daily" in table and "Ann Lee (2)" in table and "┃ outlet" in table


def test_the_csv_table_gives_the_same_figures(
    jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "out.csv"
    with table.open("w", encoding="utf-8", newline="") as stream:
        writer = CsvWriter(stream, header=True)
        for record in RECORDS:
            writer.write(encode(record))
    for by in ("outlet", "date", "file"):
        _, from_jsonl = _stats(capsys, str(jsonl), "--by", by, "--format", "csv")
        _, from_csv = _stats(capsys, str(table), "--by", by, "--format", "csv")
        assert from_csv == from_jsonl


def test_parquet_gives_the_same_figures(
    jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pyarrow")
    from reader.batch.writers import ParquetWriter

    writer = ParquetWriter(str(tmp_path / "out.parquet"))
    for record in RECORDS:
        writer.write(encode(record))
    writer.close()
    for by in ("outlet", "date", "file"):
        _, from_jsonl = _stats(capsys, str(jsonl), "--by", by, "--format", "csv")
        parquet = str(tmp_path / "out.parquet")
        _, from_parquet = _stats(capsys, parquet, "--by", by, "--format", "csv")
        assert from_parquet == from_jsonl


def test_a_last_line_cut_short_is_left_out_and_a_bad_line_is_an_error(
    jsonl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = jsonl.read_text(encoding="utf-8")
    jsonl.write_text(whole + '{"article": {"path": "e.t', encoding="utf-8")
    code, out = _stats(capsys, str(jsonl), "--format", "csv")
    assert code == 0 and _table(out)[-1]["articles"] == "3"
    jsonl.write_text("not json\n" + whole, encoding="utf-8")
    assert main(["stats", str(jsonl)]) == 1
    assert "line 1 is not a newsreader batch record" in capsys.readouterr().err


def test_a_file_that_is_no_output_at_all_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert main(["stats", str(tmp_path / "notes.txt")]) == 1
    assert "line 1 is not a newsreader batch record" in capsys.readouterr().err


def test_a_missing_output_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(tmp_path / "none.jsonl")]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_stats_reads_what_batch_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Source: Harbour Times\n\n“It will reopen,” said Maria Lindqvist, the engineer.\n",
        encoding="utf-8",
    )
    assert main(["batch", str(article), "--out", str(tmp_path / "o.jsonl")]) == 0
    capsys.readouterr()
    _, out = _stats(capsys, str(tmp_path / "o.jsonl"), "--format", "csv")
    row = _table(out)[0]
    assert row["outlet"] == "Harbour Times" and row["top_figures"] == "Maria Lindqvist (1)"
