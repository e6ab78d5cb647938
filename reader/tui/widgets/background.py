"""Analysing a long article in another process while the reader already shows it.

A thread would share the interpreter lock with the interface (every key
would wait behind the analysis) and could not be stopped when the reader
quits; a child process has neither problem and is simply killed. The child
is this module run with `python -m`, talking pickles over its own pipes (it
is our own interpreter and our own data), so it starts with only the
analysis imported and never touches the terminal.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import reader
from reader.analysis.model import Analysis

if TYPE_CHECKING:  # the child imports this module: it must not load the interface
    from textual.app import App

_MODULE = "reader.tui.widgets.background"


class BackgroundAnalysis:
    """One analysis in a child process; `wait` blocks a worker thread, not the UI."""

    def __init__(self, text: str, start: int) -> None:
        self._payload: bytes | None = pickle.dumps((text, start), pickle.HIGHEST_PROTOCOL)
        root = str(Path(reader.__file__).resolve().parent.parent)
        path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)
        self._process: subprocess.Popen[bytes] | None = None
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-m", _MODULE],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env={**os.environ, "PYTHONPATH": path},
            )
        except OSError:
            self._process = None  # no child possible here: `wait` analyses in-thread

    def wait(self) -> Analysis | str:
        """The analysis, or one line saying why there is none (stopped, failed)."""
        payload, self._payload = self._payload, None
        if payload is None:
            return "the analysis was already collected"
        if self._process is None:
            from reader.analysis import analyze  # only now: the reader starts without it

            text, start = pickle.loads(payload)
            try:
                return analyze(text, start, errors="record")
            except Exception as exc:  # reported to the reader, never a traceback
                return f"the analysis failed ({exc!r})"
        try:
            out, _ = self._process.communicate(payload)
        except (OSError, ValueError):
            return "the analysis stopped before it finished"
        if self._process.returncode != 0 or not out:
            return "the analysis stopped before it finished"
        result = pickle.loads(out)
        return result if isinstance(result, Analysis | str) else "the analysis sent nothing usable"

    def hand_over(
        self, app: App[Any], ready: Callable[[Analysis], None], failed: Callable[[str], None]
    ) -> None:
        """Wait in a worker thread of `app`; call `ready` or `failed` in the app's own thread."""

        def wait() -> None:
            result = self.wait()
            try:
                if isinstance(result, str):
                    app.call_from_thread(failed, result)
                else:
                    app.call_from_thread(ready, result)
            except RuntimeError:  # the reader closed while the analysis ran
                pass

        app.run_worker(wait, thread=True, exclusive=True, group="analysis")

    def stop(self) -> None:
        """End the child if it is still working (the reader is closing), and reap it."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(timeout=1)


def main() -> None:
    """The child: text and start in on stdin, an Analysis (or a reason) out on stdout."""
    from reader.analysis import analyze

    text, start = pickle.load(sys.stdin.buffer)
    result: Analysis | str
    try:
        result = analyze(text, start, errors="record")
    except Exception as exc:  # reported to the reader, never a traceback
        result = f"the analysis failed ({exc!r})"
    pickle.dump(result, sys.stdout.buffer, pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
