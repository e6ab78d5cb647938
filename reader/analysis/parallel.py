"""A second core for one long analysis: a forked child reads part of the paragraphs.

Paragraphs are read independently of one another, so a child can take a run
of them while this process does the rest and the text-wide passes. Forking
is only safe in a process with a single thread (the command line, the
reader's own analysis child, a benchmark); anywhere else, and for texts too
short to repay a fork, everything runs here. If the child fails in any way,
its share is simply done here, so the result never depends on the child.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import threading
from collections.abc import Callable
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


def with_child(child_work: Callable[[], T], own_work: Callable[[], None]) -> T | None:
    """Run `child_work` in a forked child while `own_work` runs here.

    Returns what the child computed, or None when there is no child result
    (no fork possible, the child failed or died): the caller then does that
    share itself.
    """
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        own_work()
        return None
    if pid == 0:  # the child: compute, hand over, leave without running any cleanup
        code = 1
        try:
            os.close(read_fd)
            data = pickle.dumps(child_work(), pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_fd, "wb") as out:
                out.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write_fd)
    done = False
    try:
        own_work()
        done = True
    finally:
        if not done:  # our share failed or was interrupted: the child's is not wanted
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        with os.fdopen(read_fd, "rb") as inp:
            data = inp.read() if done else b""
        _, status = os.waitpid(pid, 0)
    if not data or status != 0:
        return None
    try:
        result: T = pickle.loads(data)
    except Exception:
        return None
    return result
