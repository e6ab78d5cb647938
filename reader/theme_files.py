"""Where the shipped theme files are, and their names, without importing textual.

`reader.tui.themes` parses the files into Textual themes; `--help` only
needs the names, so it reads them here.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

import reader

#: The shipped themes first, in this order; others follow by name.
BUILTIN_ORDER = ("dark", "light", "high-contrast", "mono")


def builtin_theme_dir() -> Traversable:
    """Where the shipped theme files are: inside the wheel, or the checkout."""
    packaged = resources.files("reader") / "_themes"
    if packaged.is_dir():
        return packaged
    return Path(reader.__file__).resolve().parent.parent / "themes"


def shipped_theme_names() -> list[str]:
    """The `name` of each shipped theme file, in cycling order; unreadable files are left out."""
    names: list[str] = []
    try:
        files = [f for f in builtin_theme_dir().iterdir() if f.name.endswith(".toml")]
    except OSError:
        return names
    for file in files:
        try:
            name = tomllib.loads(file.read_text(encoding="utf-8")).get("name")
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        if isinstance(name, str):
            names.append(name)
    rank = {name: i for i, name in enumerate(BUILTIN_ORDER)}
    return sorted(names, key=lambda n: (rank.get(n, len(rank)), n))
