"""The user's settings: default citation style, theme and quote length.

A broken or mistyped file must never stop the reader: each problem becomes
one warning line naming the file and the key, and the default is used.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from reader.cleaning import clean_line
from reader.decoding import NotRegularFile, OverLimit, read_regular
from reader.styles import DEFAULT_STYLE, STYLES

#: A settings file is a few lines; anything larger is not one, and is not read.
MAX_CONFIG_BYTES = 1024 * 1024
_STYLE_LINE = re.compile(r"\s*style\s*=")


@dataclass(frozen=True, slots=True)
class Config:
    """Settings from the config file; None means "not set, use the built-in"."""

    style: str = DEFAULT_STYLE
    theme: str | None = None
    max_words: int | None = None
    #: One line each, naming the file and the key; shown to the user.
    warnings: tuple[str, ...] = ()


def config_path() -> Path:
    """NEWSREADER_CONFIG if set (tests, unusual setups), else the platform's place."""
    override = os.environ.get("NEWSREADER_CONFIG")
    if override:
        return Path(override)
    return platformdirs.user_config_path("newsreader") / "config.toml"


def _shown(value: object) -> str:
    """A value for a warning line: repr escapes control and bidi characters."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _read(path: Path) -> bytes:
    """The file's bytes: only a regular file of at most MAX_CONFIG_BYTES is read,
    so a FIFO or /dev/zero named by NEWSREADER_CONFIG cannot hang the reader."""
    return read_regular(str(path), MAX_CONFIG_BYTES)


def _unreadable(name: str, exc: OSError) -> str:
    """The warning for a file that cannot be read, one line."""
    if isinstance(exc, IsADirectoryError):
        return f"{name}: is a directory, not a config file; using defaults"
    if isinstance(exc, NotRegularFile):
        return f"{name}: {exc}, not a config file; using defaults"
    if isinstance(exc, OverLimit):
        return f"{name}: larger than 1 MB, not a config file; using defaults"
    reason = exc.strerror or type(exc).__name__
    return f"{name}: cannot be read ({reason}); using defaults"


def load_config(path: Path | None = None) -> Config:
    """Read the config file; a missing file is simply the defaults."""
    path = config_path() if path is None else path
    name = clean_line(str(path))  # warnings are shown: the path is cleaned like any text
    try:
        data = tomllib.loads(_read(path).decode("utf-8"))
    except FileNotFoundError:
        return Config()
    except OSError as exc:
        return Config(warnings=(_unreadable(name, exc),))
    except UnicodeDecodeError:
        return Config(warnings=(f"{name}: not UTF-8 text; using defaults",))
    except tomllib.TOMLDecodeError as exc:
        reason = " ".join(clean_line(str(exc)).split())
        return Config(warnings=(f"{name}: not valid TOML ({reason}); using defaults",))
    return _settings(data, name)


def _settings(data: dict[str, object], name: str) -> Config:
    """The values of a parsed file, each bad one a warning and its default."""
    style, theme, max_words = DEFAULT_STYLE, None, None
    warnings: list[str] = []
    for key, value in data.items():
        if key == "style":
            if isinstance(value, str) and value.strip().lower() in STYLES:
                style = value.strip().lower()
            else:
                warnings.append(
                    f"{name}: key 'style': {_shown(value)} is not one of "
                    f"{', '.join(STYLES)}; using {DEFAULT_STYLE}"
                )
        elif key == "theme":
            named = clean_line(value).strip() if isinstance(value, str) else ""
            if named:
                theme = named
            else:
                warnings.append(
                    f"{name}: key 'theme': {_shown(value)} is not a theme name; ignored"
                )
        elif key == "max_words":
            if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
                max_words = value
            else:
                warnings.append(
                    f"{name}: key 'max_words': {_shown(value)} is not a whole number "
                    "of at least 1; quotes are kept whole"
                )
        else:
            warnings.append(f"{name}: unknown key {_shown(key)} ignored")
    return Config(style=style, theme=theme, max_words=max_words, warnings=tuple(warnings))


def save_style(style: str, path: Path | None = None) -> str | None:
    """Remember the chooser's style, keeping the rest of the file as written.

    Returns None when saved, else a one-line warning (the file is left alone).
    Raises ValueError for a style that is not in STYLES.
    """
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}")
    path = config_path() if path is None else path
    name = clean_line(str(path))
    text = _current(path)
    if isinstance(text, NotRegularFile):
        return f"{name}: style not saved, {text}"
    if isinstance(text, Exception):
        return f"{name}: style not saved, the file cannot be updated ({type(text).__name__})"
    line = f'style = "{style}"'
    lines = text.splitlines()
    top = next((i for i, ln in enumerate(lines) if ln.lstrip().startswith("[")), len(lines))
    at = next((i for i in range(top) if _STYLE_LINE.match(lines[i])), None)
    if at is None:
        lines.insert(0, line)
    else:
        lines[at] = line
    new = "\n".join(lines) + "\n"
    try:
        if tomllib.loads(new).get("style") != style:
            raise ValueError("style line not recognised")
    except (tomllib.TOMLDecodeError, ValueError):
        return f"{name}: style not saved, key 'style' is written in a form this cannot update"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(new, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        return f"{name}: style not saved ({exc.strerror or type(exc).__name__})"
    return None


def _current(path: Path) -> str | Exception:
    """The file's text as it stands ("" if missing), or why it cannot be updated."""
    try:
        text = _read(path).decode("utf-8")
        tomllib.loads(text)
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return exc
    return text
