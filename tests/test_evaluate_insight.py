"""Scoring the insight fields against gold annotated for them, on a small made-up pair."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reader.evaluate as ev
from reader.evaluate.insight import InsightGold, read_insight

TEXT = (
    "Jane Doe denied in a statement that the plant would close.\n\n"
    "A source, who asked not to be named because the talks are private, "
    "told Radio Nordvik that a buyer had been found.\n\n"
    "The company declined to comment."
)


def _write(tmp_path: Path, claims: list[dict[str, object]], **top: object) -> Path:
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    data = {"article": "one", "claims": claims, **top}
    path = tmp_path / "one.gold.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _claim(content: str, figure: str, stype: str, **insight: object) -> dict[str, object]:
    return {
        "content": content,
        "start": TEXT.index(content),
        "kind": "indirect",
        "figure": figure,
        "source_type": stype,
        **insight,
    }


CLAIMS = [
    _claim("the plant would close", "Jane Doe", "named_person", stance="denial",
           channel="statement", via=None),
    _claim("a buyer had been found", "source", "anonymous", stance="neutral",
           channel="told_outlet", via="Radio Nordvik"),
]  # fmt: skip


def test_every_field_scores_right_when_the_engine_agrees(tmp_path: Path) -> None:
    reason = "because the talks are private"
    _write(
        tmp_path,
        CLAIMS,
        insight_annotated=True,
        anonymity=[{"figure": "source", "reason": reason, "start": TEXT.index(reason)}],
        no_comment=[
            {"figure": "company", "cue": "declined to comment", "start": TEXT.index("declined")}
        ],
    )
    report = ev.evaluate_paths([tmp_path])
    assert report.insight_files == 1
    expected = {"stance": 1, "channel": 2, "via": 1, "anonymity": 1, "no_comment": 1}
    for name, n in expected.items():
        fc = report.insight[name]
        assert (name, fc.gold, fc.predicted, fc.right) == (name, n, n, n)
    assert "insight" in ev.format_report(report)


def test_a_wrong_value_costs_precision_and_recall(tmp_path: Path) -> None:
    wrong = [dict(CLAIMS[0], stance="doubt", channel="interview"), CLAIMS[1]]
    _write(tmp_path, wrong, insight_annotated=True, anonymity=[], no_comment=[])
    report = ev.evaluate_paths([tmp_path])
    stance, channel = report.insight["stance"], report.insight["channel"]
    assert (stance.gold, stance.predicted, stance.right) == (1, 1, 0)
    assert (channel.gold, channel.predicted, channel.right) == (2, 2, 1)
    # The refusal the engine found is not in this gold: a false positive.
    assert report.insight["no_comment"].precision == 0.0


def test_gold_without_the_flag_is_not_scored_for_insight(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            {
                k: v
                for k, v in c.items()
                if k in ("content", "start", "kind", "figure", "source_type")
            }
            for c in CLAIMS
        ],
    )
    assert read_insight(path) is None
    assert ev.evaluate_paths([tmp_path]).insight == {}


def test_malformed_insight_gold_is_a_one_line_error(tmp_path: Path) -> None:
    _write(tmp_path, CLAIMS, insight_annotated=True, anonymity=[{"figure": "x"}], no_comment=[])
    with pytest.raises(ev.GoldError, match="unreadable insight annotations"):
        ev.evaluate_paths([tmp_path])


def test_predictions_carry_the_insight_and_score_perfectly_against_themselves(
    tmp_path: Path,
) -> None:
    _write(tmp_path, CLAIMS)
    ev.scoring.evaluate_pairs(ev.gold_pairs([tmp_path]), tmp_path / "pred")
    predicted = json.loads((tmp_path / "pred" / "one.json").read_text(encoding="utf-8"))
    assert predicted["insight_annotated"] is True
    assert predicted["no_comment"] and predicted["anonymity"]
    (tmp_path / "one.gold.json").write_text(json.dumps(predicted), encoding="utf-8")
    report = ev.evaluate_paths([tmp_path])
    for name, fc in report.insight.items():
        assert (name, fc.precision, fc.recall) == (name, 1.0, 1.0)
    assert report.insight["stance"].gold == 1


# A hand-made analysis, so the scorer is tested apart from the engine.
NEWS = (
    "Helen Marsh said the deal was done. She said talks would go on.\n\nMarsh declined to comment."
)
MARSH = frozenset({"helen marsh", "marsh"})


def _scored(
    refuser: str, second: str = "Helen Marsh", gold_names: frozenset[str] = MARSH
) -> ev.FileReport:
    """NEWS scored with its refusal on `refuser` and its second claim on `second`."""
    from reader.analysis import Analysis, Claim, Figure, Span

    def claim(i: int, content: str, figure: str) -> Claim:
        start = NEWS.index(content)
        span = (start, start + len(content), content)
        return Claim(i, *span, "indirect", None, None, figure, "named_person")

    claims = (claim(0, "the deal was done", "Helen Marsh"), claim(1, "talks would go on", second))
    at = NEWS.index("declined to comment")
    refusal = Span(at, at + len("declined to comment"), "declined to comment")
    figures = tuple(
        Figure(n, (), None, "named_person", no_comment=(refusal,) if n == refuser else ())
        for n in dict.fromkeys(("Helen Marsh", second, refuser))
    )
    gold = [
        ev.GoldClaim(
            *(c.start, c.end, c.content, "indirect", None, "Helen Marsh"),
            gold_names,
            "named_person",
        )
        for c in claims
    ]
    insight = InsightGold(
        claims=(("neutral", None, None),) * 2,
        anonymity=(),
        no_comment=(("Helen Marsh", refusal.start, refusal.end),),
        names={"Helen Marsh": gold_names},
    )
    return ev.score("news", NEWS, gold, Analysis(NEWS, claims, figures), insight)


def test_a_refusal_counts_on_a_figure_named_by_a_gold_name_or_alias() -> None:
    assert _scored("Marsh").insight["no_comment"].right == 1
    assert _scored("Helen Marsh").insight["no_comment"].right == 1


def test_a_name_that_only_ends_a_gold_name_is_another_figure() -> None:
    # Gold knows her only as "Helen Marsh": a figure "Marsh" is not hers.
    report = _scored("Marsh", gold_names=frozenset({"helen marsh"}))
    assert report.insight["no_comment"].right == 0
    assert any(i.what == "wrong no_comment" for i in report.issues)


def test_a_wrongly_attributed_claim_links_no_figures() -> None:
    # Her second claim went to "Bill Marsh", a wrong attribution: it does not make
    # the refusal on Bill Marsh hers.
    assert _scored("Bill Marsh", second="Bill Marsh").insight["no_comment"].right == 0
