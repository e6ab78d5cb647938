"""`analyze` is a pure function: failures are raised or recorded, never swallowed,
and it starts no process and changes no process-wide state."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader.analysis import Problem, analyze, engine
from reader.analysis.figures.registry import Registry
from reader.analysis.templates import cues
from reader.analysis.text import tokens
from reader.document import from_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TEXT = (
    "Anna Petrova said the plan would fail.\n\n"
    "The ministry said in a statement that talks would resume.\n\n"
    '"We are ready," said Tomas Rivera, the union leader.'
)


def _long_text(size: int) -> str:
    bodies = [
        from_text(p.read_text(encoding="utf-8")).body for p in sorted(SAMPLES.glob("*/*.txt"))
    ]
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        parts += bodies
    return "\n\n".join(parts)


def _failing_paragraph(monkeypatch: pytest.MonkeyPatch, bad_start: int) -> None:
    real = engine._paragraph

    def paragraph(*args: object) -> list[cues.Found]:
        if args[6] == bad_start:  # the paragraph's start offset
            raise ValueError("a template broke")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "_paragraph", paragraph)


def test_a_failure_is_raised_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    _failing_paragraph(monkeypatch, TEXT.index("The ministry"))
    with pytest.raises(ValueError, match="a template broke"):
        analyze(TEXT)


def test_a_recorded_failure_loses_only_its_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = analyze(TEXT)
    at = TEXT.index("The ministry")
    _failing_paragraph(monkeypatch, at)
    result = analyze(TEXT, errors="record")
    assert result.problems == (
        Problem(
            "paragraph",
            at,
            "ValueError",
            f"paragraph 2 lost its claims at offset {at}: ValueError: a template broke",
        ),
    )
    assert [c.content for c in result.claims] == [
        c.content for c in whole.claims if not at <= c.start < TEXT.index('"We')
    ]
    assert len(result.claims) == len(whole.claims) - 1


def test_a_failed_resolution_leaves_one_source_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> object:
        raise RuntimeError("resolution broke")

    monkeypatch.setattr(Registry, "resolve", broken)
    with pytest.raises(RuntimeError):
        analyze(TEXT)
    result = analyze(TEXT, errors="record")
    assert result.claims and all(c.figure is None for c in result.claims)
    assert {p.stage for p in result.problems} == {"speaker"}
    assert all("speaker is unknown" in p.message for p in result.problems)


def test_failed_mentions_are_recorded_and_claims_still_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    whole = analyze(TEXT)

    def broken(*args: object) -> None:
        raise KeyError("seed")

    monkeypatch.setattr(engine, "seed", broken)
    result = analyze(TEXT, errors="record")
    assert [p.stage for p in result.problems] == ["mentions"]
    assert len(result.claims) == len(whole.claims)


def test_a_failure_outside_the_stages_gives_an_empty_result_that_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object) -> None:
        raise IndexError("segmenting broke")

    monkeypatch.setattr(engine, "segment", broken)
    result = analyze(TEXT, errors="record")
    assert result.claims == () and result.figures == ()
    assert [(p.stage, p.start, p.error) for p in result.problems] == [
        ("analysis", None, "IndexError")
    ]
    assert "no claims" in result.problems[0].message


def test_running_out_of_memory_always_propagates(monkeypatch: pytest.MonkeyPatch) -> None:
    def exhausted(*args: object) -> list[cues.Found]:
        raise MemoryError

    monkeypatch.setattr(engine, "_paragraph", exhausted)
    with pytest.raises(MemoryError):
        analyze(TEXT, errors="record")


def test_an_unknown_error_policy_is_refused() -> None:
    with pytest.raises(ValueError, match="errors must be one of"):
        analyze(TEXT, errors="ignore")  # type: ignore[arg-type]


def test_a_clean_analysis_has_no_problems() -> None:
    assert analyze(TEXT).problems == ()
    assert analyze(TEXT, errors="record").problems == ()


def test_no_process_is_started(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise AssertionError("analyze forked")

    monkeypatch.setattr(os, "fork", no_fork)
    threads = threading.active_count()
    result = analyze(_long_text(300_000))
    assert len(result.claims) > 1000
    assert threading.active_count() == threads


def test_the_collector_is_never_switched_off() -> None:
    """A host's garbage collector stays as the host set it, throughout."""
    seen_off = threading.Event()
    done = threading.Event()

    def watch() -> None:
        # A look every millisecond: a spinning watcher would starve the analysis.
        while not done.wait(0.001):
            if not gc.isenabled():
                seen_off.set()

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        analyze(_long_text(100_000))
    finally:
        done.set()
        watcher.join()
    assert gc.isenabled() and not seen_off.is_set()


def test_no_per_thread_cache_outlives_the_analysis() -> None:
    analyze(TEXT)
    assert "verbs" not in vars(cues._LOCAL)
    assert "block" not in vars(tokens._LOCAL)


def test_a_host_that_ignores_sigchld_gets_every_claim(tmp_path: Path) -> None:
    """The case that once lost every claim silently: a host with SIGCHLD ignored."""
    path = tmp_path / "long.txt"
    path.write_text(_long_text(350_000), encoding="utf-8")
    code = (
        "import signal, sys\n"
        "from reader.analysis import analyze\n"
        "text = open(sys.argv[2], encoding='utf-8').read()\n"
        "if sys.argv[1] == 'ignore':\n"
        "    signal.signal(signal.SIGCHLD, signal.SIG_IGN)\n"
        "print(len(analyze(text).claims))\n"
    )
    counts = [
        subprocess.run(
            [sys.executable, "-c", code, how, str(path)],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        ).stdout.strip()
        for how in ("default", "ignore")
    ]
    assert counts[0] == counts[1] and int(counts[0]) > 1000


def test_a_sentence_crowded_with_cues_is_read_in_part_and_says_so() -> None:
    """A "sentence" of thousands of reporting verbs costs bounded time, and is noted."""
    text = "Anna Petrova said the plan would fail.\n\n" + "He said " * 20_000
    result = analyze(text)
    assert [c.content for c in result.claims][:1] == ["the plan would fail"]
    assert [(p.stage, p.start, p.error) for p in result.problems] == [
        ("sentence", text.index("He said"), "LimitReached")
    ]
    assert "more than 16 reporting verbs" in result.problems[0].message
