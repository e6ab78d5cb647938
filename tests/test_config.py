"""The config file: good values, broken TOML, bad keys and values, remembering a style."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.config import MAX_CONFIG_BYTES, Config, config_path, load_config, save_style


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_is_the_defaults_without_warning(tmp_path: Path) -> None:
    assert load_config(tmp_path / "nope.toml") == Config()


def test_good_file(tmp_path: Path) -> None:
    path = write(tmp_path, 'style = "apa"\ntheme = "light"\nmax_words = 40\n')
    assert load_config(path) == Config(style="apa", theme="light", max_words=40)


def test_env_var_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, 'style = "CSL-JSON"\n')
    monkeypatch.setenv("NEWSREADER_CONFIG", str(path))
    assert config_path() == path
    assert load_config().style == "csl-json"


def test_broken_toml_warns_once_naming_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, 'style = "apa\ntheme = light\n')
    config = load_config(path)
    assert (config.style, config.theme, config.max_words) == ("plain", None, None)
    assert len(config.warnings) == 1
    warning = config.warnings[0]
    assert warning.startswith(f"{path}: not valid TOML (")
    assert warning.endswith("; using defaults")
    assert "\n" not in warning


def test_bad_values_warn_per_key_and_keep_the_other_keys(tmp_path: Path) -> None:
    path = write(tmp_path, 'style = "harvard"\ntheme = "dark"\nmax_words = "ten"\ncolour = 1\n')
    config = load_config(path)
    assert (config.style, config.theme, config.max_words) == ("plain", "dark", None)
    assert config.warnings == (
        f"{path}: key 'style': 'harvard' is not one of plain, markdown, apa, mla, chicago, "
        "bibtex, csl-json; using plain",
        f"{path}: key 'max_words': 'ten' is not a whole number of at least 1; "
        "quotes are kept whole",
        f"{path}: unknown key 'colour' ignored",
    )


@pytest.mark.parametrize("value", ["0", "true", "-3", "2.5"])
def test_max_words_must_be_a_positive_whole_number(tmp_path: Path, value: str) -> None:
    config = load_config(write(tmp_path, f"max_words = {value}\n"))
    assert config.max_words is None
    assert "key 'max_words'" in config.warnings[0]


def test_theme_must_be_a_name(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "theme = 3\n"))
    assert config.theme is None
    assert config.warnings == (
        f"{tmp_path / 'config.toml'}: key 'theme': 3 is not a theme name; ignored",
    )


def test_control_characters_in_values_are_escaped_in_warnings(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, 'style = "\\u001b]52;c;evil\\u0007"\n'))
    assert "\x1b" not in config.warnings[0] and "\x07" not in config.warnings[0]
    assert "\\x1b" in config.warnings[0]


def test_unreadable_file_warns(tmp_path: Path) -> None:
    config = load_config(tmp_path)  # a directory
    assert config.warnings == (f"{tmp_path}: is a directory, not a config file; using defaults",)
    bad = tmp_path / "latin1.toml"
    bad.write_bytes(b'style = "caf\xe9"\n')
    assert load_config(bad).warnings == (f"{bad}: not UTF-8 text; using defaults",)


def test_save_style_creates_the_file(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "config.toml"
    assert save_style("chicago", path) is None
    assert path.read_text(encoding="utf-8") == 'style = "chicago"\n'
    assert load_config(path).style == "chicago"


def test_save_style_keeps_comments_and_other_keys(tmp_path: Path) -> None:
    path = write(
        tmp_path, '# my settings\ntheme = "light"\nstyle = "apa"  # old\n\n[extra]\nx = 1\n'
    )
    assert save_style("mla", path) is None
    assert path.read_text(encoding="utf-8") == (
        '# my settings\ntheme = "light"\nstyle = "mla"\n\n[extra]\nx = 1\n'
    )
    path = write(tmp_path, '# only a comment\n[extra]\nstyle = "in a table"\n')
    assert save_style("bibtex", path) is None
    text = path.read_text(encoding="utf-8")
    assert text.startswith('style = "bibtex"\n# only a comment\n')
    assert 'style = "in a table"' in text


def test_save_style_leaves_a_broken_file_alone(tmp_path: Path) -> None:
    path = write(tmp_path, "style = [\n")
    warning = save_style("apa", path)
    assert warning is not None and warning.startswith(f"{path}: style not saved")
    assert path.read_text(encoding="utf-8") == "style = [\n"


def test_save_style_rejects_unknown_styles(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        save_style("harvard", tmp_path / "config.toml")


def _finishes(work: Callable[[], object], fifo: Path) -> object:
    """Run `work` in a thread; if it blocks on the FIFO, unblock it and fail."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(work()), daemon=True)
    thread.start()
    thread.join(timeout=20)
    if thread.is_alive():  # a regression: open() waits for a writer
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(timeout=5)
        pytest.fail("blocked on a FIFO")
    return result[0]


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "config.toml"
    os.mkfifo(fifo)
    config = _finishes(lambda: load_config(fifo), fifo)
    assert config == Config(
        warnings=(f"{fifo}: not a regular file (a FIFO), not a config file; using defaults",)
    )
    warning = _finishes(lambda: save_style("apa", fifo), fifo)
    assert warning == f"{fifo}: style not saved, not a regular file (a FIFO)"


def test_a_device_is_refused(tmp_path: Path) -> None:
    config = load_config(Path("/dev/null"))
    assert config.warnings == (
        "/dev/null: not a regular file (a character device), not a config file; using defaults",
    )


def test_a_config_over_the_cap_is_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, 'style = "apa"\n' + "#" * MAX_CONFIG_BYTES + "\n")
    assert MAX_CONFIG_BYTES == 1024 * 1024
    config = load_config(path)
    assert config == Config(
        warnings=(f"{path}: larger than 1 MB, not a config file; using defaults",)
    )


def test_config_values_and_the_path_are_cleaned(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, 'theme = "dark\\u001b]0;x\\u0007\\u202e"\n'))
    assert config.theme == "dark"
    folder = tmp_path / "a\x1b]0;PWN\x07\x9d\u202e\udcff"
    folder.mkdir()
    path = write(folder, "style = [\n")
    (warning,) = load_config(path).warnings
    assert not any(ch in warning for ch in "\x1b\x07\x9d\u202e\udcff")
    assert "\ufffd" in warning
    warning.encode("utf-8")
