"""The command line: exit codes, one-line errors, the export schema and offsets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest

from reader.cli import main

ARTICLE = (
    "Title: Harbour bridge to reopen\n"
    "Source: Harbour Times\n"
    "Date: 2026-03-14\n"
    "\n"
    "The bridge will reopen on Monday, city officials said.\n"
    "\n"
    "“We have checked every cable twice,” said Maria Lindqvist, the city engineer.\n"
    "“Nothing was left to chance,” Lindqvist said.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert "newsreader" in capsys.readouterr().out


def test_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "--export" in out and "examples:" in out


def test_unknown_flag_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--frobnicate", "x.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--frobnicate" in err


def test_missing_argument_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2


def _missing(folder: Path) -> Path:
    return folder / "missing.txt"


def _folder(folder: Path) -> Path:
    return folder


def _binary(folder: Path) -> Path:
    path = folder / "b.bin"
    path.write_bytes(b"\x00\x01\x02binary")
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [(_missing, "no such file"), (_folder, "is a directory"), (_binary, "binary")],
)
def test_unreadable_input_exits_1_with_one_line(
    tmp_path: Path,
    make: Callable[[Path], Path],
    reason: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = make(tmp_path)
    assert main(["--export", "json", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert reason in err and str(target) in err
    assert "Traceback" not in err


def test_process_exit_codes_and_no_traceback(tmp_path: Path) -> None:
    missing = _run("--export", "json", str(tmp_path / "nope.txt"))
    assert missing.returncode == 1
    assert missing.stderr.decode().strip().startswith("newsreader:")
    assert b"Traceback" not in missing.stderr
    usage = _run("--no-such-flag")
    assert usage.returncode == 2 and b"Traceback" not in usage.stderr


def test_json_export_schema_and_offsets(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--export", "json", str(article)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"article", "claims", "figures", "stats", "problems"}
    assert data["problems"] == []
    assert data["article"] == {
        "title": "Harbour bridge to reopen",
        "outlet": "Harbour Times",
        "author": None,
        "date": "2026-03-14",
        "url": None,
        "path": str(article),
    }
    text = article.read_text(encoding="utf-8")
    assert data["claims"], "the sample has quotes with a said cue"
    names = {f["name"] for f in data["figures"]}
    for claim in data["claims"]:
        assert set(claim) == {
            "id",
            "start",
            "end",
            "content",
            "kind",
            "cue",
            "speaker",
            "figure",
            "source_type",
            "stance",
            "channel",
            "via",
            "why",
        }
        assert text[claim["start"] : claim["end"]] == claim["content"]
        for key in ("cue", "speaker"):
            span = claim[key]
            if span is not None:
                assert text[span["start"] : span["end"]] == span["text"]
        assert claim["figure"] is None or claim["figure"] in names
        assert claim["start"] >= text.index("The bridge")  # front matter is not analysed
    for fig in data["figures"]:
        assert set(fig) == {
            "name",
            "aliases",
            "role",
            "source_type",
            "claims",
            "anonymity",
            "no_comment",
        }
    assert data["stats"]["claims"] == len(data["claims"])
    assert sum(data["stats"]["by_source_type"].values()) == len(data["claims"])


def test_json_export_is_written_in_pieces_equal_to_the_whole(
    article: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command writes the export a claim at a time: a claim-dense article's
    export is several times its size and is never held whole beside it."""
    from reader import export
    from reader.analysis import analyze
    from reader.document import load

    writes: list[str] = []
    real_write = sys.stdout.write

    def write(piece: str) -> int:
        writes.append(piece)
        return real_write(piece)

    monkeypatch.setattr(sys.stdout, "write", write)
    assert main(["--export", "json", str(article)]) == 0
    out = capsys.readouterr().out
    doc = load(str(article))
    whole = export.to_json(doc, analyze(doc.analysable_text, doc.body_start, errors="record"))
    assert out == whole
    claims = len(json.loads(out)["claims"])
    assert len(writes) > claims > 1
    assert max(map(len, writes)) < len(whole) // 2


def test_json_from_stdin_and_crlf_offsets() -> None:
    raw = ARTICLE.replace("\n", "\r\n").encode()
    result = _run("--export", "json", "-", stdin=raw)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    loaded = ARTICLE  # the loaded text has \n line ends
    assert data["article"]["path"] is None
    for claim in data["claims"]:
        assert loaded[claim["start"] : claim["end"]] == claim["content"]


def test_flags_override_metadata(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--export", "json", "--title", "Own title", "--date", "6 November 2024", str(article)]
    assert main(args) == 0
    meta = json.loads(capsys.readouterr().out)["article"]
    assert meta["title"] == "Own title" and meta["date"] == "2024-11-06"
    assert meta["outlet"] == "Harbour Times"


def test_markdown_export(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--export", "markdown", str(article)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Sourcing: Harbour bridge to reopen")
    assert "## Claims" in out and "## Figures" in out
    # claims go through the citation formatter's markdown style
    assert "> “We have checked every cable twice" in out
    assert "> — Maria Lindqvist" in out


def test_markdown_export_escapes_article_markup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.txt"
    path.write_text("Title: [bold]*x*\n\nBody.\n", encoding="utf-8")
    assert main(["--export", "markdown", str(path)]) == 0
    assert "\\[bold\\]\\*x\\*" in capsys.readouterr().out


def test_reader_without_terminal_says_so(article: Path) -> None:
    result = _run(str(article))
    assert result.returncode == 2
    assert b"terminal" in result.stderr and b"Traceback" not in result.stderr


def test_escape_sequences_never_reach_stdout(tmp_path: Path) -> None:
    path = tmp_path / "evil.txt"
    path.write_bytes(b'"Hi\x1b]52;c;ZXZpbA==\x07 there," said Jo Park.\n')
    result = _run("--export", "json", str(path))
    assert result.returncode == 0
    assert b"\x1b" not in result.stdout and b"\\u001b" not in result.stdout


def test_cite_prints_one_citation(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--export", "json", str(article)]) == 0
    claims = json.loads(capsys.readouterr().out)["claims"]
    quote = next(c for c in claims if c["kind"] == "direct")
    assert main(["--cite", str(quote["id"]), "--style", "plain", str(article)]) == 0
    out = capsys.readouterr().out
    assert f"“{quote['content'].rstrip(',')}" in out
    assert "Harbour Times" in out


def test_cite_unknown_id_and_style_are_usage_errors(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--cite", "999", str(article)]) == 2
    assert "no such claim" in capsys.readouterr().err
    assert main(["--cite", "1", "--style", "harvard", str(article)]) == 2
    assert main(["--cite", "1", "--max-words", "0", str(article)]) == 2


def test_byline_in_first_lines_becomes_author(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(
        "Harbour bridge to reopen\nBy Ana Ruiz\nMarch 14, 2026\n\n"
        "The bridge will reopen, officials said.\n",
        encoding="utf-8",
    )
    assert main(["--export", "json", str(path)]) == 0
    meta = json.loads(capsys.readouterr().out)["article"]
    assert meta["author"] == "Ana Ruiz" and meta["date"] == "2026-03-14"


def test_config_style_is_the_default_and_broken_config_warns(
    article: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('style = "bibtex"\n', encoding="utf-8")
    monkeypatch.setenv("NEWSREADER_CONFIG", str(config))
    assert main(["--cite", "1", str(article)]) == 0
    assert capsys.readouterr().out.startswith("@")
    config.write_text("style = [broken\n", encoding="utf-8")
    assert main(["--cite", "1", str(article)]) == 0
    captured = capsys.readouterr()
    assert str(config) in captured.err and captured.err.count("\n") == 1
    assert captured.out.startswith("According to city officials")  # plain: the default


def test_hostile_paths_and_flags_never_reach_the_terminal(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--export", "json", "missing\x1b]0;PWN\x07.txt"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and err.count("\n") == 1
    assert main(["--cite", "1", "--title", "T\x1b]0;P\x07itle", str(article)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "T0;Pitle" not in out
    assert main(["--bad\x1b[2J"]) == 2
    assert "\x1b" not in capsys.readouterr().err


def test_an_incomplete_export_says_so_in_the_data_and_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crowded.txt"
    path.write_text("Anna Petrova said the plan would fail.\n\n" + "He said " * 5000, "utf-8")
    assert main(["--export", "json", str(path)]) == 0
    captured = capsys.readouterr()
    problems = json.loads(captured.out)["problems"]
    assert [p["stage"] for p in problems] == ["sentence"]
    assert captured.err.startswith("newsreader: warning: a sentence with more than 16")
    assert captured.err.count("\n") == 1
    assert main(["--export", "markdown", str(path)]) == 0
    assert "> Incomplete: a sentence with more than 16" in capsys.readouterr().out


def _strict(*args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    """The command under a strict UTF-8 stdout, as a pipe into a careful tool sees it."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        timeout=60,
        check=False,
        env=env,
    )


def test_markdown_title_falls_back_to_a_cleaned_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a\x1bkrenamed\x1b\\\x9d0;t\x9c\u202e.txt"
    path.write_text("The bridge will reopen on Monday, officials said.\n", encoding="utf-8")
    assert main(["--export", "markdown", str(path)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == f"# Sourcing: {tmp_path}/arenamed0;t.txt".replace("_", "\\_")
    assert not any(ch in first for ch in "\x1b\x9c\x9d\u202e")


def test_json_path_is_cleaned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x\x9d0;t\x9c\u202ey.txt"
    path.write_text("Body.\n", encoding="utf-8")
    assert main(["--export", "json", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["path"] == f"{tmp_path}/x0;ty.txt"


def test_a_name_that_is_not_utf8_gives_valid_utf8(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    path = folder + b"/caf\xff.txt"
    Path(os.fsdecode(path)).write_text("Body, officials said.\n", encoding="utf-8")
    result = _strict("--export", "json", "--title", b"T\xfe", path)
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout.decode("utf-8"))["article"]
    assert article["path"] == f"{tmp_path}/caf\ufffd.txt" and article["title"] == "T\ufffd"
    result = _strict("--export", "markdown", path)
    assert result.returncode == 0, result.stderr
    title = f"# Sourcing: {tmp_path}/caf\ufffd.txt".replace("_", "\\_")
    assert result.stdout.decode("utf-8").startswith(title)
    missing = _strict("--export", "json", folder + b"/gone\xff.txt")
    assert missing.returncode == 1
    said = missing.stderr.decode("utf-8")
    assert said == f"newsreader: {tmp_path}/gone\ufffd.txt: no such file\n"


def _raise(exc: BaseException) -> Callable[..., NoReturn]:
    def fail(*args: object, **kwargs: object) -> NoReturn:
        raise exc

    return fail


@pytest.mark.parametrize(
    ("target", "exc", "said"),
    [
        ("reader.analysis.analyze", MemoryError(), "while analysing {path}: MemoryError"),
        ("reader.document.load", MemoryError(), "while loading {path}: MemoryError"),
        (
            "reader.export.json_chunks",
            ValueError("boom"),
            "while writing the export: ValueError: boom",
        ),
        ("reader.export.json_chunks", KeyError(), "while writing the export: KeyError"),
    ],
)
def test_internal_errors_say_what_failed_and_while_doing_what(
    article: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    target: str,
    exc: BaseException,
    said: str,
) -> None:
    monkeypatch.setattr(target, _raise(exc))
    assert main(["--export", "json", str(article)]) == 1
    err = capsys.readouterr().err
    assert err == f"newsreader: internal error {said.format(path=article)}\n"


def test_memory_error_while_citing(
    article: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("reader.citation.cite", _raise(MemoryError()))
    assert main(["--cite", "1", str(article)]) == 1
    assert capsys.readouterr().err == (
        "newsreader: internal error while writing the citation: MemoryError\n"
    )


def test_the_reader_refuses_a_file_too_large_to_read_comfortably(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(17 * 1024 * 1024)
    assert main([str(path)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"newsreader: {path}: too large to read comfortably (over 16 MB); "
        "use --export json to analyse it\n"
    )
