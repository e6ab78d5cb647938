"""Gold files: hand-made claims of one text, read and checked against that text."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
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
    #: None where the gold does not say (a converted corpus may not).
    source_type: str | None


def normalise_name(name: str) -> str:
    """Fold the differences that do not make another figure: case, spacing, the, 's."""
    name = _SPACES.sub(" ", name).strip().casefold()
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.startswith("the "):
        name = name[4:]
    return name


def read_gold(path: Path, text: str, *, relocate: bool = False) -> list[GoldClaim]:
    """Gold claims with end offsets, checked against the loaded text.

    Our own gold must sit exactly at its offsets. A converted corpus's may be
    off (its offsets count another form of the text): with `relocate`, a claim
    not at its offset is looked for nearest to it, and left out (counted by
    `unlocated`) when its words are not in the text at all.
    """
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
                    source_type=c.get("source_type"),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise GoldError(f"{path}: claim {index} is malformed ({exc})") from None
        if claims[-1].kind not in KINDS or claims[-1].source_type not in (*SOURCE_TYPES, None):
            raise GoldError(f"{path}: claim {index} has an unknown kind or source type")
        if text[start : start + len(content)] != content:
            if not relocate:
                raise GoldError(f"{path}: claim {index} content is not at offset {start}")
            claims[-1] = _relocated(claims[-1], text)
    return claims


def _relocated(claim: GoldClaim, text: str) -> GoldClaim:
    """The claim at the occurrence of its words nearest its offset (start -1: none)."""
    after = text.find(claim.content, claim.start)
    before = text.rfind(claim.content, 0, claim.start + len(claim.content))
    found = [at for at in (after, before) if at >= 0]
    start = min(found, key=lambda at: abs(at - claim.start)) if found else -1
    return replace(claim, start=start, end=start + len(claim.content))


def unlocated(claims: list[GoldClaim]) -> int:
    """How many relocated claims were not found in the text."""
    return sum(c.start < 0 for c in claims)


def corpus_pairs(gold_dir: str | Path, texts_dir: str | Path) -> list[tuple[Path, Path]]:
    """(text, gold) pairs of a corpus kept in two folders: gold/NAME.json, texts/NAME.txt.

    The layout converted news corpora come in; a gold file without its text
    is an error, so a corpus is never scored on part of itself unnoticed.
    """
    gold_root, texts_root = Path(gold_dir), Path(texts_dir)
    if not gold_root.is_dir() or not texts_root.is_dir():
        raise GoldError(f"{gold_root} and {texts_root} must both be directories")
    pairs: list[tuple[Path, Path]] = []
    for gold in sorted(gold_root.glob("*.json")):
        txt = texts_root / (gold.name.removesuffix(GOLD_SUFFIX).removesuffix(".json") + ".txt")
        if not txt.is_file():
            raise GoldError(f"{gold}: no text {txt.name} in {texts_root}")
        pairs.append((txt, gold))
    return pairs


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
