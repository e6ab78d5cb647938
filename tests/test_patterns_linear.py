"""No pattern of the core backtracks its way to quadratic time.

Every compiled pattern in the core's modules is fed the inputs that make a
pattern backtrack: long runs of one character or piece it repeats, bare or
followed by a character that makes the match fail at the end. Scanning a
text twice as long must take about twice as long, not four times: a scan
that is slow at 20,000 characters is timed again at 10,000 and the two
compared. The patterns are found by walking the modules, so a new one is
covered as soon as it is written.
"""

from __future__ import annotations

import importlib
import pkgutil
import time
from collections.abc import Callable, Iterator

import pytest
import regex

import reader

#: Pieces a pattern may repeat: marks, spaces, letters, digits, words.
PIECES = [
    *".!?…,;:'\"“”‘’«»()[]-–— \t\naAZ1<>/=&#@_\u00a0é*",
    *["\n\n", "Aa ", "a ", "A. ", "A ", "Mr. ", "said ", "a, ", "A-", ". A", "<p>", "he said, "],
]
SHAPES: dict[str, Callable[[str, int], str]] = {
    "run": lambda piece, n: piece * (n // len(piece)),
    "run then x": lambda piece, n: piece * (n // len(piece)) + " x",
    "alternating": lambda piece, n: (piece + "a") * (n // (len(piece) + 1)),
}
#: Below this a scan of 20,000 characters is too fast to be quadratic (a
#: linear scan takes a few milliseconds; every quadratic one found took
#: seconds), and timing noise on a loaded machine cannot fail the test.
FAST = 0.1


def _core_patterns() -> Iterator[tuple[str, regex.Pattern[str]]]:
    seen: set[int] = set()
    for info in pkgutil.walk_packages(reader.__path__, "reader."):
        if ".tui" in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for key, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else [value]
            for v in values:
                if isinstance(v, regex.Pattern) and id(v) not in seen:
                    seen.add(id(v))
                    yield f"{info.name}.{key}", v


PATTERNS = sorted(_core_patterns(), key=lambda item: item[0])


def _scan_time(pattern: regex.Pattern[str] | regex.Pattern[bytes], text: str) -> float:
    start = time.perf_counter()
    try:
        if isinstance(pattern.pattern, bytes):
            for _ in pattern.finditer(text.encode(), timeout=10):
                pass
        else:
            for _ in pattern.finditer(text, timeout=10):
                pass
    except TimeoutError:
        return float("inf")
    return time.perf_counter() - start


def _round(pattern: regex.Pattern[str], short: str, long: str) -> tuple[float, float]:
    """Best-of-two scan times of the short text and of the long one."""
    return (
        min(_scan_time(pattern, short) for _ in range(2)),
        min(_scan_time(pattern, long) for _ in range(2)),
    )


def test_the_core_patterns_are_found() -> None:
    names = {name for name, _ in PATTERNS}
    assert len(PATTERNS) >= 25
    assert "reader.analysis.text.segments._END" in names


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_scanning_twice_the_text_takes_about_twice_the_time(
    name: str, pattern: regex.Pattern[str]
) -> None:
    slow: list[str] = []
    for piece in PIECES:
        for shape, make in SHAPES.items():
            if _scan_time(pattern, make(piece, 20_000)) < FAST:
                continue
            # Three rounds of both sizes, each the best of two: on a busy machine
            # one round can look quadratic; a quadratic pattern looks so in every one.
            rounds = [_round(pattern, make(piece, 10_000), make(piece, 20_000)) for _ in range(3)]
            if all(long > FAST and long > 3 * short for short, long in rounds):
                short, long = rounds[-1]
                slow.append(f"{piece!r} {shape}: {short:.3f}s -> {long:.3f}s")
    assert not slow, f"{name} grows faster than the text: " + "; ".join(slow)
