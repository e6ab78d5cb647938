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

from reader.citation import STYLES

DEFAULT_STYLE = "plain"
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


def load_config(path: Path | None = None) -> Config:
    """Read the config file; a missing file is simply the defaults."""
    path = config_path() if path is None else path
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return Config()
    except IsADirectoryError:
        return Config(warnings=(f"{path}: is a directory, not a config file; using defaults",))
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return Config(warnings=(f"{path}: cannot be read ({reason}); using defaults",))
    except UnicodeDecodeError:
        return Config(warnings=(f"{path}: not UTF-8 text; using defaults",))
    except tomllib.TOMLDecodeError as exc:
        reason = " ".join(str(exc).split())
        return Config(warnings=(f"{path}: not valid TOML ({reason}); using defaults",))
    style, theme, max_words = DEFAULT_STYLE, None, None
    warnings: list[str] = []
    for key, value in data.items():
        if key == "style":
            if isinstance(value, str) and value.strip().lower() in STYLES:
                style = value.strip().lower()
            else:
                warnings.append(
                    f"{path}: key 'style': {_shown(value)} is not one of "
                    f"{', '.join(STYLES)}; using {DEFAULT_STYLE}"
                )
        elif key == "theme":
            if isinstance(value, str) and value.strip():
                theme = value.strip()
            else:
                warnings.append(
                    f"{path}: key 'theme': {_shown(value)} is not a theme name; ignored"
                )
        elif key == "max_words":
            if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
                max_words = value
            else:
                warnings.append(
                    f"{path}: key 'max_words': {_shown(value)} is not a whole number "
                    "of at least 1; quotes are kept whole"
                )
        else:
            warnings.append(f"{path}: unknown key {_shown(key)} ignored")
    return Config(style=style, theme=theme, max_words=max_words, warnings=tuple(warnings))


def save_style(style: str, path: Path | None = None) -> str | None:
    """Remember the chooser's style, keeping the rest of the file as written.

    Returns None when saved, else a one-line warning (the file is left alone).
    Raises ValueError for a style that is not in STYLES.
    """
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}")
    path = config_path() if path is None else path
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return f"{path}: style not saved, the file cannot be updated ({type(exc).__name__})"
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
        return f"{path}: style not saved, key 'style' is written in a form this cannot update"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(new, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        return f"{path}: style not saved ({exc.strerror or type(exc).__name__})"
    return None
