"""Accuracy floors of the attribution engine on the repository's own samples.

samples/dev is what rules are written against; samples/test is frozen: it is
only scored, never read for rules, and a change to its files is explained
in the commit. Each has its own floors, set just below what the engine
measured when they were last set, so a change that loses claims, figures or
source types fails here. Raise them when the engine improves; never lower
them to hide a regression. `python -m reader.evaluate samples/dev --verbose`
shows what is missed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from reader.evaluate import Report, evaluate_paths, format_report

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@dataclass(frozen=True, slots=True)
class Floors:
    files: int
    gold_claims: int
    detection_f1: float
    attribution: float
    source_type: float
    #: Recall of gold claims by kind, whatever kind the engine predicted.
    kind_recall: dict[str, float]


# Set 2026-12-07 about 0.015 below what was measured then:
# dev  (19 files, 321 gold claims): F1 .973, attribution .964, type .974;
#      recall direct .983, indirect .953, mixed .925.
# test (10 files, 154 gold claims): F1 .947, attribution .930, type .965;
#      recall direct .951, indirect .932, mixed .789 (19 claims).
# Lowered the same day because new samples caused it: the ten original e_*
# articles written for the sourcing-insight gold (dense in unnamed sources,
# chains through outlets and loaded verbs) brought the splits to
# dev  (25 files, 476 gold claims): F1 .953, attribution .927, type .934;
#      recall direct .913, indirect .920, mixed .931.
# test (14 files, 254 gold claims): F1 .935, attribution .917, type .908;
#      recall direct .880, indirect .917, mixed .902.
# Raised at the end of the next session, after the real-news work and the four
# f_ dev articles, to about 0.015 under what was measured then:
# dev  (29 files, 588 gold claims): F1 .963, attribution .937, type .940;
#      recall direct .967, indirect .928, mixed .930.
# test (14 files, 254 gold claims): F1 .949, attribution .936, type .911;
#      recall direct .940, indirect .917, mixed .922.
# Test attribution lowered once more because new samples caused it: the two
# original i_ test articles (annotated by a helper who had not read the rules,
# scored for the first time here) brought test to 18 files, 375 gold claims:
# F1 .956, attribution .920 (.938 on the 16 files before), type .909. Dev, with
# the two i_ dev articles: 34 files, 733 claims, F1 .965, attribution .935,
# type .942. The other floors hold as they were.
# Raised at the end of that session, to about 0.015 under what was measured:
# dev  (34 files, 733 gold claims): F1 .966, attribution .940, type .944;
#      recall direct .972, indirect .934, mixed .944.
# test (18 files, 375 gold claims): F1 .956, attribution .926, type .920;
#      recall direct .957, indirect .914, mixed .953.
# Raised again at the end of the session that added the four j_ dev articles
# (a helper's, annotated before the engine ran on them), to about 0.015 under:
# dev  (38 files, 853 gold claims): F1 .970, attribution .935, type .936;
#      recall direct .971, indirect .956, mixed .948.
# test (18 files, 375 gold claims): F1 .959, attribution .929, type .926;
#      recall direct .957, indirect .925, mixed .953.
# Floors already closer than that to the figures (dev attribution and type,
# dev and test direct, test mixed) were kept, not lowered.
# Raised at the end of the session that added the four k_ dev articles (an
# annotator's, committed before the engine ran on them), to about 0.015 under:
# dev  (42 files, 963 gold claims): F1 .974, attribution .938, type .940;
#      recall direct .973, indirect .965, mixed .957.
# test (18 files, 375 gold claims): F1 .958, attribution .935, type .921;
#      recall direct .957, indirect .925, mixed .953.
# Floors closer than that were kept, as before.
# The session that added the l_, m_, n_ and o_ dev sets (four annotators, each
# set scored before any rule was written against it): dev (58 files, 1404 gold
# claims) F1 .966, attribution .933, type .931; recall direct .968, indirect
# .955, mixed .963. Only the counts and mixed recall move; test is unchanged.
# Then the p_ set (92 claims, scored unseen at F1 .875 and type .881) brought
# dev to 62 files, 1496 claims: F1 .960, attribution .931, type .928; recall
# direct .964, indirect .954, mixed .958. A harder set in the mix, not a worse
# engine (the other 58 files score as before): F1 and type move to about
# 0.01 under the new figures.
# The session that added the q_ set (106 claims in deliberately rare wordings,
# scored unseen at F1 .850) and the r_ set (108 claims in common wordings,
# scored unseen at F1 .963): dev 70 files, 1710 claims, F1 .955, attribution
# .929, type .935; recall direct .969, indirect .953, mixed .958. Test, no
# file of it changed, rose to F1 .965, attribution .938, type .927; recall
# direct .957, indirect .943, mixed .965. Both floors about 0.01 under.
# The next session added the s_ set to test (four articles, 120 claims, by two
# annotators, scored once and never written against): unseen it scores F1
# .912, attribution .895, type .860. Test is now 22 files, 495 claims, F1
# .952, attribution .928, type .911; recall direct .951, indirect .947, mixed
# .959 (the 18 files before score as they did). Floors about 0.01 under.
# The same session added the t_ set to dev (four articles, 122 claims, scored
# unseen at F1 .950, attribution .930, type .921): dev is 74 files, 1832
# claims, F1 .956, attribution .929, type .934; recall direct .971, indirect
# .948, mixed .959. Only the counts move.
# Then the u_ set (four articles, 124 claims, scored unseen at F1 .939,
# attribution .914, type .914): dev is 78 files, 1956 claims, F1 .955,
# attribution .928, type .935; recall direct .972, indirect .946, mixed .956.
# Only the counts move.
FLOORS = {
    "dev": Floors(
        78, 1950, 0.945, 0.920, 0.925, {"direct": 0.959, "indirect": 0.943, "mixed": 0.948}
    ),
    "test": Floors(
        22, 490, 0.942, 0.918, 0.901, {"direct": 0.941, "indirect": 0.937, "mixed": 0.949}
    ),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def split(request: pytest.FixtureRequest) -> tuple[Floors, Report]:
    name: str = request.param
    folder = SAMPLES / name
    assert folder.is_dir(), f"{folder} is missing: the accuracy floors need the samples"
    floors = FLOORS[name]
    result = evaluate_paths([folder])
    assert len(result.files) >= floors.files, f"too few NAME.txt + NAME.gold.json in {folder}"
    assert result.total.gold >= floors.gold_claims, f"gold claims have gone missing from {folder}"
    print(format_report(result))
    return floors, result


def test_detection_f1(split: tuple[Floors, Report]) -> None:
    floors, report = split
    assert report.total.f1 >= floors.detection_f1, format_report(report)


def test_attribution_accuracy(split: tuple[Floors, Report]) -> None:
    floors, report = split
    assert report.total.attribution >= floors.attribution, format_report(report)


def test_source_type_accuracy(split: tuple[Floors, Report]) -> None:
    floors, report = split
    assert report.total.source_type >= floors.source_type, format_report(report)


def test_recall_by_kind(split: tuple[Floors, Report]) -> None:
    floors, report = split
    for kind, floor in floors.kind_recall.items():
        assert report.kinds[kind].found.recall >= floor, f"{kind}\n{format_report(report)}"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_every_sample_text_has_gold(name: str) -> None:
    folder = SAMPLES / name
    texts = {p.name.removesuffix(".txt") for p in folder.glob("*.txt")}
    golds = {p.name.removesuffix(".gold.json") for p in folder.glob("*.gold.json")}
    assert texts == golds, f"unpaired samples: {sorted(texts ^ golds)}"


def test_samples_live_in_the_two_splits_only() -> None:
    assert not list(SAMPLES.glob("*.txt")), "a sample outside samples/dev and samples/test"
    real = [p for split in FLOORS for p in (SAMPLES / split).glob("g_*.txt")]
    in_test = [p for p in real if p.parent.name == "test"]
    assert len(in_test) * 3 >= len(real), "at least a third of the real articles are test"
