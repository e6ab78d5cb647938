"""A long text read by two processes gives exactly what one process gives."""

import threading
from pathlib import Path

import pytest

from reader.analysis import analyze, engine, parallel
from reader.document import from_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _long_text() -> str:
    """The sample bodies repeated past the size at which a child is forked."""
    bodies = [from_text(p.read_text(encoding="utf-8")).body for p in sorted(SAMPLES.glob("*.txt"))]
    parts: list[str] = []
    while sum(map(len, parts)) < parallel.FORK_FROM + 10_000:
        parts += bodies
    return "\n\n".join(parts)


def test_two_processes_give_what_one_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _long_text()
    # Whatever threads earlier tests left behind, fork here (the child only computes).
    monkeypatch.setattr(engine, "forking_pays", lambda n: n >= parallel.FORK_FROM)
    forks: list[int] = []
    real = parallel.with_child

    def counted(child, own):  # type: ignore[no-untyped-def]
        forks.append(1)
        return real(child, own)

    monkeypatch.setattr(engine, "with_child", counted)
    shared = analyze(text)
    assert forks == [1]
    monkeypatch.setattr(engine, "forking_pays", lambda n: False)
    alone = analyze(text)
    assert len(alone.claims) > 1000
    assert shared == alone


def test_a_failing_child_leaves_the_work_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _long_text()
    real = parallel.with_child

    def failing(child, own):  # type: ignore[no-untyped-def]
        def broken() -> object:
            raise RuntimeError("the child breaks")

        return real(broken, own)

    monkeypatch.setattr(engine, "with_child", failing)
    monkeypatch.setattr(engine, "forking_pays", lambda n: True)
    broken = analyze(text)
    monkeypatch.setattr(engine, "forking_pays", lambda n: False)
    assert broken == analyze(text)


def test_with_child_returns_the_child_result_and_runs_our_share() -> None:
    ran: list[str] = []
    assert parallel.with_child(lambda: [1, 2, 3], lambda: ran.append("own")) == [1, 2, 3]
    assert ran == ["own"]


def test_with_child_gives_nothing_when_the_child_fails() -> None:
    def broken() -> list[int]:
        raise ValueError("no")

    ran: list[str] = []
    assert parallel.with_child(broken, lambda: ran.append("own")) is None
    assert ran == ["own"]


def test_our_share_failing_still_reaps_the_child() -> None:
    def own() -> None:
        raise KeyError("ours")

    with pytest.raises(KeyError):
        parallel.with_child(lambda: 1, own)


def test_no_fork_for_short_texts_or_threaded_processes() -> None:
    assert not parallel.forking_pays(parallel.FORK_FROM - 1)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not parallel.forking_pays(parallel.FORK_FROM * 2)
    finally:
        stop.set()
        other.join()
