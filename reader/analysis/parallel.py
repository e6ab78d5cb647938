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
import queue
import signal
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

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
    """`[work(i) for i in range(count)]`, shared with a forked child; `first` runs here first."""
    out: list[T] = []
    shared_each(count, work, first, lambda _i, result: out.append(result))
    return out


def shared_each(
    count: int,
    work: Callable[[int], T],
    first: Callable[[], None],
    take: Callable[[int, T], None],
) -> None:
    """`take(i, work(i))` for each i in order, the work shared with a forked child.

    The items are handed out through a pipe that both processes read: a read
    of one four-byte record is atomic, so each item goes to exactly one of
    them, and whoever is free takes the next. The load evens out whatever
    `first` costs. The child sends each result back as soon as it has it,
    and `take` runs here between items of our own, so work that must follow
    the order of the items overlaps the child's. Items the child took but did
    not hand back (it failed or died) are done here afterwards.
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
        for i in range(count):
            take(i, work(i))
        return
    if pid == 0:  # the child: take items, hand each result back, leave without cleanup
        code = 1
        try:
            os.close(back_r)
            with os.fdopen(back_w, "wb") as out:
                for i in _items(items_r):
                    record = pickle.dumps((i, work(i)), pickle.HIGHEST_PROTOCOL)
                    out.write(len(record).to_bytes(4, "little") + record)
                    out.flush()
            code = 0
        finally:
            os._exit(code)
    os.close(back_w)
    inbox = _Inbox(back_r)
    ready: dict[int, T] = {}
    done = 0

    def take_ready() -> None:
        nonlocal done
        ready.update(inbox.results())
        while done in ready:
            take(done, ready.pop(done))
            done += 1

    finished = False
    try:
        first()
        for i in _items(items_r):
            ready[i] = work(i)
            take_ready()
        finished = True
    finally:
        os.close(items_r)
        if not finished:  # our share failed or was interrupted: the child's is not wanted
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        inbox.close()
        os.waitpid(pid, 0)
    take_ready()
    for i in range(done, count):
        take(i, ready.pop(i) if i in ready else work(i))


class _Inbox:
    """The child's results, read by a thread as they come so the child never waits on the pipe."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._chunks: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self._buffer = bytearray()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        with contextlib.suppress(OSError):
            while chunk := os.read(self._fd, 1 << 16):
                self._chunks.put(chunk)

    def results(self) -> dict[int, Any]:
        """The results whose records have arrived whole since the last call."""
        buf = self._buffer
        while not self._chunks.empty():
            buf += self._chunks.get()
        out: dict[int, Any] = {}
        pos = 0
        while len(buf) - pos >= 4:
            size = int.from_bytes(buf[pos : pos + 4], "little")
            if len(buf) - pos - 4 < size:
                break
            with contextlib.suppress(Exception):
                i, result = pickle.loads(buf[pos + 4 : pos + 4 + size])
                out[i] = result
            pos += 4 + size
        del buf[:pos]
        return out

    def close(self) -> None:
        """Wait for the child to close its end (it has finished or been killed)."""
        self._thread.join()
        os.close(self._fd)


#: Item numbers are written to the pipe before anyone reads: they must fit its buffer.
_MAX_ITEMS = 4096


def _items(fd: int) -> Iterator[int]:
    while record := os.read(fd, 4):
        yield int.from_bytes(record, "little")
