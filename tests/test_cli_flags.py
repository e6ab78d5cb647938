"""The command line as a new user meets it: --help, --version, dates."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_app_fixtures import pilot_test

from reader.analysis import analyze
from reader.cli import main
from reader.document import from_text
from reader.tui.app import NewsReaderApp


def _imported_after(*args: str) -> set[str]:
    """Modules loaded by `newsreader ARGS` in a fresh interpreter."""
    code = (
        "import sys\n"
        "from reader.cli import main\n"
        f"try:\n    main({list(args)!r})\n"
        "except SystemExit:\n    pass\n"
        "print('\\n'.join(sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    return set(done.stderr.split())


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_load_neither_engine_nor_textual(flag: str) -> None:
    modules = _imported_after(flag)
    assert "reader.analysis.engine" not in modules
    assert not {m for m in modules if m == "textual" or m.startswith("textual.")}


def test_help_names_the_inputs_and_the_themes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for word in ("Markdown", "saved web page", "stdin", "dark, light, high-contrast, mono"):
        assert word in " ".join(out.split())
    assert "themes/" not in out


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text('"The bridge opens in May," said Ana Ruiz.\n', encoding="utf-8")
    return path


def test_an_unreadable_date_flag_is_a_usage_error(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--export", "json", "--date", "yesterday", str(article)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--date 'yesterday'" in err


def test_a_readable_date_flag_is_exported_as_iso(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--export", "json", "--date", "March 4, 2025", str(article)]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["date"] == "2025-03-04"


def test_an_unreadable_front_matter_date_warns_once_and_is_null(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "b.txt"
    path.write_text(
        'Title: Bridge\nDate: some day soon\n\n"It opens in May," said Ana Ruiz.\n',
        encoding="utf-8",
    )
    assert main(["--export", "json", str(path)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["article"]["date"] is None
    assert captured.err.count("\n") == 1
    assert "warning" in captured.err and "'some day soon' is not a date" in captured.err


@pilot_test
async def test_the_reader_shows_the_front_matter_warning() -> None:
    document = from_text('Date: some day soon\n\n"It opens in May," said Ana Ruiz.\n', "b.txt")
    app = NewsReaderApp(document, analyze(document.text, document.body_start))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        notes = [n.message for n in app._notifications]
    assert any("is not a date" in note for note in notes)
