"""Gold files: hand-made claims of one text, read and checked against that text."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import regex

from reader.analysis import KINDS, SOURCE_TYPES

GOLD_SUFFIX = ".gold.json"
_SPACES = regex.compile(r"\s+")


class GoldError(Exception):
    """A gold file that cannot be used; the message is one line."""


@dataclass(frozen=True, slots=True)
class GoldClaim:
    start: int
    end: int
    content: str
    kind: str
    speaker: str | None
    #: Canonical figure name, or None when the text names no source.
    figure: str | None
    #: Every name the figure goes by (canonical name included), normalised.
    names: frozenset[str]
    source_type: str


def normalise_name(name: str) -> str:
    """Fold the differences that do not make another figure: case, spacing, the, 's."""
    name = _SPACES.sub(" ", name).strip().casefold()
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.startswith("the "):
        name = name[4:]
    return name


def read_gold(path: Path, text: str) -> list[GoldClaim]:
    """Gold claims with end offsets, checked against the loaded text."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        figures = {f["name"]: f for f in data.get("figures", [])}
        raw = data["claims"]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise GoldError(f"{path}: unreadable gold file ({exc})") from None
    claims: list[GoldClaim] = []
    for index, c in enumerate(raw):
        try:
            content, start = c["content"], int(c["start"])
            figure = c.get("figure")
            names = {figure} if figure else set()
            if figure in figures:
                names.update(figures[figure].get("aliases", []))
            claims.append(
                GoldClaim(
                    start=start,
                    end=start + len(content),
                    content=content,
                    kind=c["kind"],
                    speaker=c.get("speaker"),
                    figure=figure,
                    names=frozenset(normalise_name(n) for n in names),
                    source_type=c["source_type"],
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise GoldError(f"{path}: claim {index} is malformed ({exc})") from None
        if claims[-1].kind not in KINDS or claims[-1].source_type not in SOURCE_TYPES:
            raise GoldError(f"{path}: claim {index} has an unknown kind or source type")
        if text[start : start + len(content)] != content:
            raise GoldError(f"{path}: claim {index} content is not at offset {start}")
    return claims


def gold_pairs(paths: Iterable[str | Path]) -> list[tuple[Path, Path]]:
    """(text, gold) file pairs from directories and files, in a stable order."""
    pairs: list[tuple[Path, Path]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for txt in sorted(path.glob("*.txt")):
                gold = txt.with_name(txt.stem + GOLD_SUFFIX)
                if gold.is_file():
                    pairs.append((txt, gold))
        elif path.is_file():
            if path.name.endswith(GOLD_SUFFIX):
                txt = path.with_name(path.name[: -len(GOLD_SUFFIX)] + ".txt")
                gold = path
            else:
                txt, gold = path, path.with_name(path.stem + GOLD_SUFFIX)
            if not (txt.is_file() and gold.is_file()):
                raise GoldError(f"{raw}: needs both {txt.name} and {gold.name}")
            pairs.append((txt, gold))
        else:
            raise GoldError(f"{raw}: no such file or directory")
    return pairs
