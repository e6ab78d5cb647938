"""A long text read by two processes gives exactly what one process gives."""

import dataclasses
import os
import pickle
import threading
import time
from pathlib import Path

import pytest

from reader.analysis import analyze, engine, parallel
from reader.analysis.phrases.classify import Phrase
from reader.analysis.templates.cues import Found
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
    shares: list[int] = []
    real = parallel.shared_each

    def counted(count, work, first, take):  # type: ignore[no-untyped-def]
        shares.append(count)
        return real(count, work, first, take)

    monkeypatch.setattr(engine, "shared_each", counted)
    shared = analyze(text)
    assert len(shares) == 1 and shares[0] > 2
    monkeypatch.setattr(engine, "forking_pays", lambda n: False)
    alone = analyze(text)
    assert len(alone.claims) > 1000
    assert shared == alone


def test_a_failing_child_leaves_the_work_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _long_text()
    real = parallel.shared_each

    def failing(count, work, first, take):  # type: ignore[no-untyped-def]
        parent = os.getpid()

        def fails_in_the_child(i: int) -> object:
            if os.getpid() != parent:
                raise RuntimeError("the child breaks")
            return work(i)

        return real(count, fails_in_the_child, first, take)

    monkeypatch.setattr(engine, "shared_each", failing)
    monkeypatch.setattr(engine, "forking_pays", lambda n: True)
    broken = analyze(text)
    monkeypatch.setattr(engine, "forking_pays", lambda n: False)
    assert broken == analyze(text)


def test_shared_map_gives_every_result_in_order_and_runs_first() -> None:
    ran: list[str] = []
    assert parallel.shared_map(50, lambda i: i * i, lambda: ran.append("first")) == [
        i * i for i in range(50)
    ]
    assert ran == ["first"]


def test_items_the_child_drops_are_done_here() -> None:
    parent = os.getpid()

    def work(i: int) -> tuple[int, bool]:
        if os.getpid() != parent:
            os._exit(3)  # the child dies without a word
        return i, True

    assert parallel.shared_map(20, work, lambda: time.sleep(0.05)) == [(i, True) for i in range(20)]


def test_our_share_failing_still_reaps_the_child() -> None:
    def first() -> None:
        raise KeyError("ours")

    with pytest.raises(KeyError):
        parallel.shared_map(5, lambda i: i, first)


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


def test_results_are_taken_in_order_as_they_come() -> None:
    taken: list[int] = []
    parallel.shared_each(60, lambda i: i, lambda: time.sleep(0.02), lambda i, r: taken.append(r))
    assert taken == list(range(60))


def test_a_child_dying_midway_leaves_the_rest_to_this_process() -> None:
    parent = os.getpid()
    done_by_child: list[int] = []

    def work(i: int) -> tuple[int, int]:
        if os.getpid() != parent:
            done_by_child.append(i)
            if len(done_by_child) > 3:
                os._exit(5)  # dies after handing back three results
            time.sleep(0.002)
        return i, i * 2

    got = parallel.shared_map(40, work, lambda: time.sleep(0.05))
    assert got == [(i, i * 2) for i in range(40)]


def test_claims_found_cross_the_pipe_whole() -> None:
    speaker = Phrase(3, 9, "the aide", "backref", "aide", "aide", 8, True)
    found = Found(10, 40, "mixed", (1, 3), speaker, "rule", True, True)
    assert pickle.loads(pickle.dumps(found)) == found
    # Every field is in the pickled tuple, in order, so none is lost on the way.
    for obj in (found, speaker):
        names = [f.name for f in dataclasses.fields(obj)]
        assert obj.__reduce__()[1] == tuple(getattr(obj, n) for n in names)
