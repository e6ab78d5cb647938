"""Mapping a function over many inputs in worker processes, in input order.

Each worker loads the engine once (the pool's initializer) and then takes one
input at a time. At most `window` inputs are in flight, so however long the
input list, memory holds only those and their results: a slow article holds
back the output behind it, never the whole corpus. Results come back in
input order whatever the number of workers, so the output is stable.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult, Pool
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from reader.analysis import Analysis

T = TypeVar("T")
R = TypeVar("R")

#: Inputs in flight per worker: enough to keep every worker busy while the
#: parent writes, few enough that memory does not grow with the corpus.
IN_FLIGHT_PER_JOB = 4


def _start_worker() -> None:
    """Leave Ctrl-C to the parent (which stops the pool), and load the engine now."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import reader.analysis.engine  # noqa: F401  (once per worker, before the first article)


def ordered_map(func: Callable[[T], R], items: Iterable[T], jobs: int) -> Generator[R, None, None]:
    """`map(func, items)` over `jobs` processes, in input order, with bounded work in flight.

    With one job it runs in this process: no pool to start, nothing to pickle.
    `func` must be a module-level function (it is pickled by name). The pool
    is started here, before the caller starts any thread of its own (a
    progress bar), as forking a threaded process is unsafe.
    """
    if jobs <= 1:
        return (func(item) for item in items)
    pool = multiprocessing.get_context().Pool(jobs, initializer=_start_worker)
    return _drain(pool, func, items, jobs * IN_FLIGHT_PER_JOB)


def _drain(
    pool: Pool, func: Callable[[T], R], items: Iterable[T], window: int
) -> Generator[R, None, None]:
    pending: deque[AsyncResult[R]] = deque()
    finished = False
    try:
        for item in items:
            pending.append(pool.apply_async(func, (item,)))
            if len(pending) >= window:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
        finished = True
    finally:
        # Interrupted or abandoned: stop the workers now rather than finish their queue.
        pool.close() if finished else pool.terminate()
        pool.join()


@dataclass(frozen=True, slots=True)
class Failure:
    """Why an article gave no analysis: a one-line message naming the file."""

    message: str


def _analysis_of(path: str) -> tuple[str, Analysis | Failure]:
    from reader import api
    from reader.document import LoadError

    try:
        return path, api.analyze(api.load(path), errors="record")
    except LoadError as exc:
        return path, Failure(str(exc))
    except Exception as exc:
        return path, Failure(f"{path}: {type(exc).__name__}: {exc}")


def iter_results(paths: Iterable[str], jobs: int = 1) -> Iterator[tuple[str, Analysis | Failure]]:
    """`(path, Analysis)` for each article, or `(path, Failure)`, in the order of `paths`.

    Articles load as in the reader (`reader.load`) and are analysed with
    `errors="record"`; `jobs` worker processes share the work (1: this one).
    """
    return ordered_map(_analysis_of, paths, jobs)
