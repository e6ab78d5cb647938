"""Matching and scoring of the evaluation, on small hand-made pairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reader.evaluate as ev
from reader.analysis import Analysis, Claim, Figure, Span

TEXT = (
    'Anna Petrova said the plan would fail. "We will not sign," she added. '
    "Officials said talks would resume. A source said nothing was agreed."
)


def gold(content: str, figure: str | None, names: tuple[str, ...] = (), **kw: str) -> ev.GoldClaim:
    start = TEXT.index(content)
    all_names = {figure, *names} if figure else set()
    return ev.GoldClaim(
        start=start,
        end=start + len(content),
        content=content,
        kind=kw.get("kind", "indirect"),
        speaker=kw.get("speaker"),
        figure=figure,
        names=frozenset(ev.normalise_name(n) for n in all_names),
        source_type=kw.get("source_type", "named_person"),
    )


def pred(
    cid: int,
    start: int,
    end: int,
    figure: str | None,
    kind: str = "indirect",
    source_type: str = "named_person",
    speaker: str | None = None,
) -> Claim:
    who = None
    if speaker is not None:
        at = TEXT.index(speaker)
        who = Span(at, at + len(speaker), speaker)
    return Claim(
        id=cid,
        start=start,
        end=end,
        content=TEXT[start:end],
        kind=kind,  # type: ignore[arg-type]
        cue=None,
        speaker=who,
        figure=figure,
        source_type=source_type,  # type: ignore[arg-type]
        rule="speaker-verb-that",
    )


def at(content: str) -> tuple[int, int]:
    start = TEXT.index(content)
    return start, start + len(content)


def test_overlap_must_cover_half_the_shorter_span() -> None:
    g = [gold("the plan would fail", "Anna Petrova")]
    s, e = at("the plan would fail")  # 19 characters
    # 10 shared characters out of a shorter span of 19: enough.
    assert ev.match(g, [pred(0, s + 9, e + 30, None)]) == [(0, 0)]
    # 9 shared out of 19: not enough.
    assert ev.match(g, [pred(0, s + 10, e + 30, None)]) == []
    # A short prediction inside a long gold span counts against its own length.
    assert ev.match(g, [pred(0, s, s + 4, None)]) == [(0, 0)]
    # Touching spans share nothing.
    assert ev.match(g, [pred(0, e, e + 5, None)]) == []


def test_matching_is_one_to_one_and_prefers_larger_overlap() -> None:
    g = [gold("the plan would fail", "Anna Petrova"), gold("We will not sign,", "Anna Petrova")]
    s0, e0 = at("the plan would fail")
    s1, e1 = at("We will not sign,")
    preds = [
        pred(0, s0, e0 - 5, None),  # 14 shared with gold 0
        pred(1, s0, e0, None),  # 19 shared with gold 0: wins it
        pred(2, s1, e1, None),
    ]
    assert ev.match(g, preds) == [(0, 1), (1, 2)]


def test_nested_gold_claims_each_take_their_own_prediction() -> None:
    outer, inner = "Officials said talks would resume", "talks would resume"
    g = [gold(outer, "Officials"), gold(inner, "Officials")]
    preds = [pred(0, *at(inner), None), pred(1, *at(outer), None)]
    assert ev.match(g, preds) == [(0, 1), (1, 0)]


def test_counts_give_exact_scores() -> None:
    g = [
        gold("the plan would fail", "Anna Petrova", ("Petrova",)),
        gold("We will not sign,", "Anna Petrova", ("Petrova",), kind="direct"),
        gold("talks would resume", "officials", source_type="institution"),
        gold("nothing was agreed", "source close #1", source_type="anonymous"),
    ]
    figures = (
        Figure("Anna Petrova", ("Petrova",), None, "named_person", (0, 1)),
        Figure("Boris Ivanov", ("Ivanov",), None, "named_person", (2,)),
    )
    preds = (
        pred(0, *at("the plan would fail"), "Anna Petrova"),
        pred(1, *at("We will not sign,"), "Anna Petrova", kind="indirect"),
        pred(2, *at("talks would resume"), "Boris Ivanov", source_type="institution"),
        pred(3, 0, 12, "Anna Petrova"),  # "Anna Petrova": a false positive
    )
    report = ev.score("t", TEXT, g, Analysis(TEXT, preds, figures))
    c = report.counts
    assert (c.gold, c.predicted, c.matched) == (4, 4, 3)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.75)
    assert c.f1 == pytest.approx(0.75)
    assert c.attribution == pytest.approx(2 / 3)
    assert c.source_type == pytest.approx(1.0)
    assert c.kind == pytest.approx(2 / 3)
    direct, indirect = report.kinds["direct"], report.kinds["indirect"]
    assert (direct.found.gold, direct.found.matched, direct.found.recall) == (1, 1, 1.0)
    # The direct quote was predicted as indirect: found, but not kind-strict.
    assert (direct.strict.predicted, direct.strict.matched, direct.strict.f1) == (0, 0, 0.0)
    assert (indirect.strict.gold, indirect.strict.predicted, indirect.strict.matched) == (3, 4, 2)
    assert indirect.strict.precision == pytest.approx(0.5)
    assert indirect.strict.recall == pytest.approx(2 / 3)
    assert indirect.found.attribution == pytest.approx(0.5)
    whats = sorted(i.what for i in report.issues)
    assert whats == ["false positive", "miss", "wrong figure", "wrong kind"]
    # One rule made all four: three matched, two of them with the right figure.
    made = report.rules["speaker-verb-that"]
    assert (made.made, made.matched, made.attributed) == (4, 3, 2)
    assert made.precision == pytest.approx(0.75)
    assert made.end_to_end == pytest.approx(0.5)


def test_attribution_counts_aliases_and_speaker_mentions() -> None:
    g = gold("the plan would fail", "Anna Petrova", ("Petrova", "Ms Petrova"))
    span = at("the plan would fail")
    alias_only = Analysis(TEXT, (), (Figure("Ms. A. Petrova", ("Petrova",), None, "named_person"),))
    assert ev.attribution_ok(g, pred(0, *span, "Ms. A. Petrova"), alias_only)
    # No figure entry at all: the claim's figure name alone is compared.
    empty = Analysis(TEXT, (), ())
    assert ev.attribution_ok(g, pred(0, *span, "anna  PETROVA"), empty)
    # The figure is unknown to gold, but the speaker mention is a gold alias.
    assert ev.attribution_ok(g, pred(0, *span, "A. P.", speaker="Anna Petrova"), empty)
    assert not ev.attribution_ok(g, pred(0, *span, "Boris Ivanov"), empty)
    assert not ev.attribution_ok(g, pred(0, *span, None), empty)


def test_gold_without_figure_needs_a_prediction_without_one() -> None:
    g = gold("nothing was agreed", None, source_type="anonymous")
    span = at("nothing was agreed")
    empty = Analysis(TEXT, (), ())
    assert ev.attribution_ok(g, pred(0, *span, None), empty)
    assert not ev.attribution_ok(g, pred(0, *span, "A source"), empty)


def test_normalise_name_folds_case_space_article_and_possessive() -> None:
    assert ev.normalise_name("  The  Home\nOffice's ") == "home office"
    assert ev.normalise_name("Peskov’s") == "peskov"
    assert ev.normalise_name("Theresa May") == "theresa may"


def test_empty_counts_do_not_divide_by_zero() -> None:
    nothing = ev.Counts()
    assert (nothing.precision, nothing.recall, nothing.f1) == (1.0, 1.0, 1.0)
    assert nothing.attribution == 0.0
    missed = ev.Counts(gold=3)
    assert (missed.precision, missed.recall, missed.f1) == (0.0, 0.0, 0.0)


def write_pair(folder: Path, name: str, text: str, claims: list[dict[str, object]]) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    data = {
        "article": name,
        "claims": claims,
        "figures": [
            {
                "name": "Anna Petrova",
                "aliases": ["Petrova"],
                "role": None,
                "source_type": "named_person",
            }
        ],
    }
    (folder / f"{name}.gold.json").write_text(json.dumps(data), encoding="utf-8")


def gold_entry(content: str, figure: str | None = "Anna Petrova") -> dict[str, object]:
    return {
        "content": content,
        "kind": "indirect",
        "cue": "said",
        "speaker": "Anna Petrova",
        "figure": figure,
        "source_type": "named_person",
        "start": TEXT.index(content),
    }


def fixed_analysis(text: str, start: int = 0) -> Analysis:
    s, e = at("the plan would fail")
    claim = pred(0, s, e, "Petrova")
    return Analysis(text, (claim,), (Figure("Petrova", (), None, "named_person", (0,)),))


def test_evaluate_paths_reads_folders_and_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ev.scoring, "analyze", fixed_analysis)
    write_pair(tmp_path, "one", TEXT, [gold_entry("the plan would fail")])
    write_pair(tmp_path, "two", TEXT, [gold_entry("talks would resume")])
    (tmp_path / "notes.txt").write_text("no gold beside me", encoding="utf-8")
    report = ev.evaluate_paths([tmp_path])
    assert [f.name for f in report.files] == ["one", "two"]
    t = report.total
    assert (t.gold, t.predicted, t.matched, t.attribution_ok) == (2, 2, 1, 1)
    assert t.f1 == pytest.approx(0.5)
    single = ev.evaluate_paths([tmp_path / "two.gold.json"])
    assert [f.name for f in single.files] == ["two"]


def test_gold_content_must_sit_at_its_offset(tmp_path: Path) -> None:
    entry = gold_entry("the plan would fail")
    entry["start"] = 3
    write_pair(tmp_path, "bad", TEXT, [entry])
    with pytest.raises(ev.GoldError, match="not at offset 3"):
        ev.evaluate_paths([tmp_path])


def test_cli_prints_table_and_verbose_issues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(ev.scoring, "analyze", fixed_analysis)
    write_pair(tmp_path, "one", TEXT, [gold_entry("talks would resume")])
    assert ev.main([str(tmp_path), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "TOTAL" in out and "mixed" in out
    assert "miss" in out and "talks would resume" in out
    assert "false positive" in out and "the plan would fail" in out


def test_cli_missing_directory_is_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert ev.main(["/nonexistent/samples"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "/nonexistent/samples" in captured.err


def test_rules_add_up_across_files_and_print_worst_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(ev.scoring, "analyze", fixed_analysis)
    write_pair(tmp_path, "one", TEXT, [gold_entry("the plan would fail")])
    write_pair(tmp_path, "two", TEXT, [gold_entry("talks would resume")])
    report = ev.evaluate_paths([tmp_path])
    made = report.rules["speaker-verb-that"]
    assert (made.made, made.matched, made.attributed) == (2, 1, 1)
    assert ev.main([str(tmp_path), "--rules"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("speaker-verb-that"))
    assert row.split()[1:4] == ["2", "0.500", "0.500"]
    assert row.endswith("<")  # under the precision floor
    assert "speaker, reporting verb, 'that' and the clause" in row


def test_a_corpus_in_two_folders_is_scored_with_offsets_relocated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(ev.scoring, "analyze", fixed_analysis)
    gold_dir, texts = tmp_path / "gold", tmp_path / "texts"
    gold_dir.mkdir()
    texts.mkdir()
    write_pair(tmp_path, "one", TEXT, [])
    (tmp_path / "one.txt").rename(texts / "one.txt")
    off = {**gold_entry("the plan would fail"), "start": 3, "source_type": None}
    missing = {**gold_entry("the plan would fail"), "content": "words not in the text"}
    (gold_dir / "one.json").write_text(json.dumps({"claims": [off, missing]}), encoding="utf-8")
    predictions = tmp_path / "pred"
    argv = ["--gold", str(gold_dir), "--texts", str(texts), "--predict", str(predictions)]
    assert ev.main(argv) == 0
    out = capsys.readouterr().out
    total = next(line for line in out.splitlines() if line.startswith("TOTAL")).split()
    assert total[1:4] == ["1", "1", "1"]  # relocated, found; the missing one left out
    assert "1 gold claims left out" in out
    written = json.loads((predictions / "one.json").read_text(encoding="utf-8"))
    assert [c["content"] for c in written["claims"]] == ["the plan would fail"]
    assert (
        written["claims"][0]["speaker"] is None
        and written["claims"][0]["rule"] == "speaker-verb-that"
    )


def test_our_own_gold_must_sit_at_its_offsets(tmp_path: Path) -> None:
    write_pair(tmp_path, "one", TEXT, [{**gold_entry("the plan would fail"), "start": 3}])
    with pytest.raises(ev.GoldError, match="not at offset 3"):
        ev.evaluate_paths([tmp_path])


def test_the_corpus_options_go_together(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        ev.main(["--gold", "somewhere"])
    assert "both --gold and --texts" in capsys.readouterr().err
