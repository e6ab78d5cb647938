"""A second core for one long analysis: a forked child reads part of the paragraphs.

Paragraphs are read independently of one another, so a child can take runs
of them while this process makes the text-wide passes and then joins in.
Forking is only safe in a process with a single thread (the command line,
the reader's own analysis child, a benchmark); anywhere else, and for texts
too short to repay a fork, everything runs here. Whatever the child fails
to hand back is done here, so the result never depends on the child.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import threading
from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")

#: Below this many characters a fork and the hand-over cost more than they save.
FORK_FROM = 250_000


def cores() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def forking_pays(length: int) -> bool:
    """A child would help: a long text, two cores, and a process safe to fork."""
    return (
        length >= FORK_FROM
        and hasattr(os, "fork")
        and threading.active_count() == 1
        and cores() >= 2
    )


def shared_map(count: int, work: Callable[[int], T], first: Callable[[], None]) -> list[T]:
    """`[work(i) for i in range(count)]`, shared with a forked child; `first` runs here first.

    The items are handed out through a pipe that both processes read: a read
    of one four-byte record is atomic, so each item goes to exactly one of
    them, and whoever is free takes the next. The load evens out whatever
    `first` costs. Items the child took but did not hand back (it failed or
    died) are done here afterwards.
    """
    if count > _MAX_ITEMS:
        raise ValueError(f"at most {_MAX_ITEMS} items")
    items_r, items_w = os.pipe()
    os.write(items_w, b"".join(i.to_bytes(4, "little") for i in range(count)))
    os.close(items_w)
    back_r, back_w = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        for fd in (items_r, back_r, back_w):
            os.close(fd)
        first()
        return [work(i) for i in range(count)]
    if pid == 0:  # the child: take items, hand the results back, leave without cleanup
        code = 1
        try:
            os.close(back_r)
            done = {i: work(i) for i in _items(items_r)}
            with os.fdopen(back_w, "wb") as out:
                out.write(pickle.dumps(done, pickle.HIGHEST_PROTOCOL))
            code = 0
        finally:
            os._exit(code)
    os.close(back_w)
    mine: dict[int, T] = {}
    theirs: dict[int, T] = {}
    finished = False
    try:
        first()
        mine = {i: work(i) for i in _items(items_r)}
        finished = True
    finally:
        os.close(items_r)
        if not finished:  # our share failed or was interrupted: the child's is not wanted
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        with os.fdopen(back_r, "rb") as inp:
            data = inp.read() if finished else b""
        _, status = os.waitpid(pid, 0)
    if data and status == 0:
        with contextlib.suppress(Exception):
            theirs = pickle.loads(data)
    return [mine[i] if i in mine else theirs[i] if i in theirs else work(i) for i in range(count)]


#: Item numbers are written to the pipe before anyone reads: they must fit its buffer.
_MAX_ITEMS = 4096


def _items(fd: int) -> Iterator[int]:
    while record := os.read(fd, 4):
        yield int.from_bytes(record, "little")
