"""The installed `newsreader` in a real terminal: tmux runs it, we type and read the screen.

Each test gets its own tmux server (its own socket, no user config), so a
tmux the developer is running is never touched. Everything waits by polling
the pane with a deadline, never by fixed sleeps.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "harbour.txt"
TMUX = shutil.which("tmux")
# prefer the command installed next to this interpreter, then anything on PATH
COMMAND = shutil.which(
    "newsreader", path=os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed"),
    pytest.mark.skipif(COMMAND is None, reason="the newsreader command is not installed"),
]

COUNTER = re.compile(r"claim (\d+)/(\d+)")
EXIT_MARK = "newsreader-exit-status="
T = TypeVar("T")


def wait_for(
    what: str,
    probe: Callable[[], T | None],
    timeout: float = 15.0,
    screen: Callable[[], str] | None = None,
) -> T:
    """Poll `probe` until it returns something truthy; fail with `what` after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if result:
            return result
        if time.monotonic() > deadline:
            shown = f"; the screen:\n{screen()}" if screen else ""
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}{shown}")
        time.sleep(0.05)


class Terminal:
    """One tmux session running one command, on a private tmux server."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def tmux(self, *args: str, check: bool = True) -> str:
        assert TMUX is not None
        done = subprocess.run(
            [TMUX, "-L", self.socket, "-f", os.devnull, *args],
            capture_output=True,
            text=True,
            timeout=10,
        )
        if check and done.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    def start(self, command: str, width: int = 110, height: int = 32) -> None:
        command = f"{command}; echo {EXIT_MARK}$?"
        # options are global and set before the window exists: clipboard writes
        # by the application (OSC 52) land in tmux's paste buffers, and a pane
        # stays around after the command exits so its last words can be read
        self.tmux(
            "start-server",
            ";",
            "set",
            "-g",
            "set-clipboard",
            "on",
            ";",
            "set",
            "-g",
            "remain-on-exit",
            "on",
            ";",
            "new-session",
            "-d",
            "-s",
            "reader",
            "-x",
            str(width),
            "-y",
            str(height),
            command,
        )

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "reader")

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "reader", *keys)

    def buffer(self) -> str:
        return self.tmux("show-buffer", check=False)

    def exit_status(self) -> int | None:
        """The status `start` printed after the command ended, if it has.

        Read from the screen rather than from tmux's `pane_dead_status`,
        which tmux sometimes leaves empty when it collects the process late.
        """
        # the line may have scrolled into the history by the time it is read
        history = self.tmux("capture-pane", "-p", "-S", "-200", "-t", "reader")
        found = re.search(rf"{EXIT_MARK}(\d+)", history)
        return int(found[1]) if found else None


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    term = Terminal(f"newsreader-test-{uuid.uuid4().hex[:12]}")
    try:
        yield term
    finally:
        term.tmux("kill-server", check=False)


def exported_claims() -> list[dict[str, object]]:
    assert COMMAND is not None
    out = subprocess.run(
        [COMMAND, "--export", "json", str(FIXTURE)], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    claims: list[dict[str, object]] = json.loads(out.stdout)["claims"]
    return claims


def counter(term: Terminal) -> tuple[int, int] | None:
    match = COUNTER.search(term.screen())
    return (int(match[1]), int(match[2])) if match else None


def test_next_claim_copy_and_quit(terminal: Terminal, tmp_path: Path) -> None:
    claims = exported_claims()
    assert len(claims) >= 2, "the fixture article should give at least two claims"
    assert COMMAND is not None
    config = shlex.quote(str(tmp_path / "config.toml"))  # not the developer's own
    # COLUMNS and LINES, exported in a developer's tmux pane, would override the
    # window's own size for the reader: it must see the 110x32 tmux gives it.
    terminal.start(
        f"env -u NO_COLOR -u COLUMNS -u LINES NEWSREADER_CONFIG={config}"
        f" {shlex.quote(COMMAND)} {shlex.quote(str(FIXTURE))}"
    )

    wait_for(
        "the article on screen",
        lambda: "Harbour bridge" in terminal.screen(),
        screen=terminal.screen,
    )
    # the reader may open on no claim at all, so step once to get a counter
    terminal.keys("n")
    first, total = wait_for("the claim counter", lambda: counter(terminal), screen=terminal.screen)
    assert total == len(claims)

    terminal.keys("n")
    moved = wait_for(
        "the counter to move on n",
        lambda: (now := counter(terminal)) and now != (first, total) and now,
        screen=terminal.screen,
    )
    assert moved == (first + 1, total)

    terminal.keys("c")
    quote = " ".join(str(claims[moved[0] - 1]["content"]).split())[:30]

    def pasted() -> str | None:
        text = " ".join(terminal.buffer().split())
        return text if text and quote in text else None

    copied = wait_for(
        "the citation in tmux's paste buffer",
        pasted,
        screen=lambda: f"{terminal.screen()}\nbuffer: {terminal.buffer()!r}",
    )
    assert "Harbour bridge repairs to run into spring" in copied
    # a notification says how it was copied, and the keys still reach the reader
    wait_for(
        "the notification naming the copy",
        lambda: "citation copied" in terminal.screen(),
        screen=terminal.screen,
    )
    terminal.keys("p")
    wait_for(
        "the counter to move back on p",
        lambda: counter(terminal) == (first, total),
        screen=terminal.screen,
    )

    terminal.keys("q")
    wait_for(
        "newsreader to exit on q",
        lambda: terminal.exit_status() is not None,
        screen=terminal.screen,
    )
    assert terminal.exit_status() == 0
