"""The rule catalogue names every rule the engine uses, and each example fits its rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import analyze
from reader.analysis.rules import CATALOGUE, RULES, Rule, catalogue_markdown, describe
from reader.document import load

ROOT = Path(__file__).resolve().parent.parent


def test_the_catalogue_describes_every_rule_once() -> None:
    assert list(CATALOGUE) == list(RULES)
    for name, info in CATALOGUE.items():
        assert info.name == name
        assert info.description and info.example
        assert info.family in ("direct quote", "reported speech")


@pytest.mark.parametrize("name", RULES)
def test_each_example_is_found_by_its_rule(name: Rule) -> None:
    found = [c.rule for c in analyze(CATALOGUE[name].example).claims]
    assert name in found, f"{CATALOGUE[name].example!r} gave {found}"


def test_every_claim_on_the_samples_carries_a_catalogued_rule() -> None:
    used: set[str] = set()
    for path in sorted((ROOT / "samples").glob("*/*.txt")):
        doc = load(str(path))
        used |= {c.rule for c in analyze(doc.text, doc.body_start).claims}
    assert used - set(RULES) == set()
    assert len(used) >= 10


def test_an_unknown_rule_is_described_by_its_name() -> None:
    assert describe("quote-then-cue") == CATALOGUE["quote-then-cue"].description
    assert describe("made-up") == "made-up"


def test_docs_rules_md_is_the_catalogue() -> None:
    docs = ROOT / "docs" / "rules.md"
    assert docs.read_text(encoding="utf-8") == catalogue_markdown()
