"""The two whole-text patterns of the insight pass read only the stretches around
their words, and find exactly what a scan of the whole text finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.insight import anonymity, via
from reader.analysis.insight.outlets import strip_possessive
from reader.analysis.insight.stretches import Stretches
from reader.analysis.model import Span


def _own_in_full(text: str) -> set[str]:
    return {
        strip_possessive(m.group("name")).casefold().removeprefix("the ")
        for pattern in (via._OWN_REQUEST, via._OWN_NEWS)
        for m in pattern.finditer(text)
    }


def _reasons_in_full(text: str) -> list[Span]:
    return [
        Span(m.start("r"), m.start("r") + len(m.group("r").rstrip()), m.group("r").rstrip())
        for m in anonymity.REASON.finditer(text)
    ]


OWN = [
    "The Evening Gazette has learned, and the Post understands, that it will close.",
    "Records obtained by the Daily Ledger under public-records laws. The Ledger has learnt it.",
    "(The Gazette can now reveal) what was OBTAINED by Kanal 9 using the FOI law; “The Post "
    "has learned” -- the Coast & Valley Times understands.",
    "Nothing here. Obtained by Radio Nord through the freedom of information act.",
    "İstanbul News has learned of it.",
    "The Weſt Herald underſtands, and the Post understands.",
]
REASONS = [
    "A banker, who spoke on condition of anonymity because the talks are private, said so.",
    "Two officials, NOT AUTHORISED to discuss the case, said it; a third asked not to be "
    "named,\nfor fear of reprisals. “Her name was withheld to protect her” (an aide said).",
    "He spoke anonymously — citing safety — and was not cleared to talk about it.",
    "İlker, who declined to be identified because he works there, said so.",
    "One source, not permitted to speak publicly, said it. Without being named, as he put it.",
]


@pytest.mark.parametrize("text", OWN)
def test_own_outlets_finds_what_a_whole_scan_finds(text: str) -> None:
    found = via.own_outlets(Stretches(text, 0, 1.0))
    assert found and found == _own_in_full(text)


@pytest.mark.parametrize("text", REASONS)
def test_reasons_are_what_a_whole_scan_finds(text: str) -> None:
    found = anonymity.reasons(Stretches(text, 0, 1.0))
    assert found and found == _reasons_in_full(text)


def test_a_stretch_is_read_once_and_only_after_the_start() -> None:
    text = "Name, name and name. The names: anonymity."
    stretches = list(
        Stretches(text, 5, 1.0).around(["name", "anonym"], via._BREAK, via._BREAK_BACK)
    )
    assert stretches == [(5, 30), (31, 42)]  # "." is no break for these shapes
    assert (
        list(Stretches("no such words", 0, 1.0).around(["name"], via._BREAK, via._BREAK_BACK)) == []
    )


def test_every_sample_gives_what_a_whole_scan_gives() -> None:
    samples = sorted((Path(__file__).parent.parent / "samples").rglob("*.txt"))
    assert samples
    for path in samples:
        text = path.read_text(encoding="utf-8")
        stretches = Stretches(text, 0, 5.0)
        assert via.own_outlets(stretches) == _own_in_full(text), path.name
        assert anonymity.reasons(stretches) == _reasons_in_full(text), path.name
