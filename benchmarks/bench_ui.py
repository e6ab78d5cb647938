"""How quickly the reader paints and moves, measured side by side in one run.

Run as `python benchmarks/bench_ui.py`. Every figure comes from headless
`App.run_test` sessions in this process (memory from a fresh child process,
so earlier runs do not inflate it), and is printed next to its target:

- first paint of a short article / a bare Textual app showing the same text
  in a Static: at most 1.5;
- the same from the start of a fresh process, as a user opens it (in tmux,
  160x45, when tmux is installed): the imports count here;
- first paint of a 2 MB article / the short one: at most 2;
- 20 presses of `n` on the 2 MB article: under 2 s;
- resident memory with the 2 MB article open: under 300 MB.

"First paint" is the time from reading the file and creating the app until
the first frame that shows the article text has been rendered (see `Frames`):
the frame must hold `FIRST_LINE_END`, the end of the article's first paragraph,
which a view that has not yet wrapped the text to its width cuts off (the
title alone, in the header, does not count). Whatever analysis the
app does before that is included; a long text is analysed in a thread after
the first paint, so the time until its claims are ready is printed as well. Each paint is the
median of several runs after a warm-up, alternating the apps, so imports and
stylesheet parsing are not counted against whichever app runs first.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import events
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from reader.document import Document, from_text, load
from reader.tui.app import NewsReaderApp

ROOT = Path(__file__).resolve().parent.parent
SHORT = ROOT / "tests" / "fixtures" / "harbour.txt"
MB = 1024 * 1024
SIZE = (120, 40)
#: Shown whole only once the first paragraph is wrapped to the view's width.
FIRST_LINE_END = "the city council said on Monday."


class BareApp(App[None]):
    """The least a Textual app can do to show the article: one Static."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self.text, markup=False)


def big_article(target: int = 2 * MB) -> str:
    """The short article's body repeated, numbered, until the text is `target` bytes."""
    short = from_text(SHORT.read_text(encoding="utf-8"))
    head = short.text[: short.body_start]
    body = short.text[short.body_start :].strip()
    parts = [head]
    size = len(head.encode())
    n = 0
    while size < target:
        n += 1
        part = f"{n}. {body}\n\n"
        parts.append(part)
        size += len(part.encode())
    return "".join(parts)


def short_document() -> Document:
    return from_text(SHORT.read_text(encoding="utf-8"), name=SHORT.name)


def big_document() -> Document:
    return from_text(big_article(), name="big.txt")


class Frames:
    """Watches the frames an app hands to its (headless) driver.

    `pilot.pause()` decides the app is idle by comparing CPU and wall time,
    so a thread analysing a long text keeps it waiting for up to a second; a
    hook on the display call (private, but the one place every frame passes)
    times the frames themselves. `want` is a text to wait for: the time of the
    first frame showing it is put in `seen` and `found` is set.
    """

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self.want: str | None = None
        self.seen = 0.0
        self.found = asyncio.Event()
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            if renderable is None or app._batch_count or self.want is None:
                return
            now = time.perf_counter()
            if self.want in screen_text(app):
                self.seen, self.want = now, None
                self.found.set()

        app._display = display  # type: ignore[method-assign]

    async def wait(self, want: str, timeout: float = 60.0) -> float:
        """The time of the first frame, from now on, that shows `want`."""
        self.want, self.seen = want, 0.0
        self.found.clear()
        await asyncio.wait_for(self.found.wait(), timeout)
        return self.seen


async def _first_paint(make: Callable[[], App[Any]], expect: str) -> float:
    start = time.perf_counter()
    app = make()
    frames = Frames(app)
    frames.want = expect
    async with app.run_test(size=SIZE):
        await asyncio.wait_for(frames.found.wait(), 60)
    return frames.seen - start


def first_paints(
    makers: dict[str, Callable[[], App[Any]]], expect: str, runs: int
) -> dict[str, float]:
    """Median first-paint time of each app, runs interleaved after one warm-up each."""
    times: dict[str, list[float]] = {name: [] for name in makers}
    for make in makers.values():
        asyncio.run(_first_paint(make, expect))  # warm-up: imports, CSS, caches
    for _ in range(runs):
        for name, make in makers.items():
            times[name].append(asyncio.run(_first_paint(make, expect)))
    return {name: statistics.median(values) for name, values in times.items()}


async def _until_analysed(app: NewsReaderApp, timeout: float = 180.0) -> float:
    """Seconds until the app holds its analysis (long texts are analysed in the background)."""
    start = time.perf_counter()
    while app.analysis is None:
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"no analysis after {timeout:.0f} s")
        await asyncio.sleep(0.01)
    return time.perf_counter() - start


async def _presses(document: Document, count: int) -> tuple[float, float, str]:
    """Seconds until the analysis is ready, then for `count` presses of n, one by one.

    Each press is sent as the terminal would send it, and the next one only
    after a frame shows the counter it should have moved to.
    """
    app = NewsReaderApp(document)
    frames = Frames(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        analysed = await _until_analysed(app)
        await pilot.pause()
        first = _counter(app)
        assert app._driver is not None
        start = time.perf_counter()
        for i in range(1, count + 1):
            event = events.Key("n", "n")
            event.set_sender(app)
            waiting = asyncio.ensure_future(frames.wait(f"claim {first + i}/"))
            await asyncio.sleep(0)
            app._driver.send_message(event)
            await waiting
        elapsed = time.perf_counter() - start
        moved = f"claim {first} -> {_counter(app)}"
    return analysed, elapsed, moved


def screen_text(app: App[Any]) -> str:
    """What the terminal would show, as plain text (Textual has no public call for it)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def _counter(app: App[Any]) -> int:
    """The claim number the status line shows, 0 when it shows none."""
    found = re.search(r"claim (\d+)/\d+", screen_text(app))
    return int(found[1]) if found else 0


#: A bare Textual app showing a file in a Static, as a process of its own.
BARE_SCRIPT = """
import sys
from textual.app import App
from textual.containers import VerticalScroll
from textual.widgets import Static
class Bare(App):
    def compose(self):
        with VerticalScroll():
            yield Static(open(sys.argv[1], encoding="utf-8").read(), markup=False)
Bare().run()
"""
#: Seen in the first frame of both (the reader wraps the paragraph elsewhere).
PROCESS_WANT = "The repairs to the old harbour bridge"


def _process_paint(command: str, timeout: float = 30.0) -> float:
    """Seconds from starting `command` in a fresh tmux session until its screen shows the text."""
    session = f"bench-ui-{os.getpid()}"
    subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True, check=False)
    start = time.perf_counter()
    # started in this checkout: `python -m` puts the working directory first on sys.path
    tmux = ["tmux", "new-session", "-d", "-s", session, "-c", str(ROOT), "-x", "160", "-y", "45"]
    subprocess.run([*tmux, command], check=True)
    try:
        while time.perf_counter() - start < timeout:
            shown = subprocess.run(
                ["tmux", "capture-pane", "-t", session, "-p"], capture_output=True, text=True
            ).stdout
            if PROCESS_WANT in shown:
                return time.perf_counter() - start
            time.sleep(0.005)
        raise TimeoutError(f"nothing shown after {timeout:.0f} s: {command}")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True, check=False)


def process_paints(runs: int) -> dict[str, float] | None:
    """Median first paint of a fresh process, bare app and reader in turn (None: no tmux)."""
    if shutil.which("tmux") is None:
        return None
    python, article = shlex.quote(sys.executable), shlex.quote(str(SHORT))
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "bare.py"
        bare.write_text(BARE_SCRIPT, encoding="utf-8")
        config = shlex.quote(str(Path(tmp) / "config.toml"))  # not the user's own
        # tmux runs commands in its server's environment: say which checkout to use
        env = f"env PYTHONPATH={shlex.quote(str(ROOT))} NEWSREADER_CONFIG={config}"
        commands = {
            "bare": f"{env} {python} {shlex.quote(str(bare))} {article}",
            "short": f"{env} {python} -m reader {article}",
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(_process_paint(command))
    return {name: statistics.median(values) for name, values in times.items()}


def memory_child() -> None:
    """In a fresh process: open the 2 MB article, press n, report resident memory."""
    document = big_document()

    async def run() -> None:
        app = NewsReaderApp(document)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await _until_analysed(app)
            for _ in range(20):
                await pilot.press("n")
            await pilot.pause()
            children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            print(
                json.dumps({"rss_mb": _rss_mb(), "peak_mb": _peak_mb(), "child_mb": _mb(children)})
            )

    asyncio.run(run())


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _peak_mb() -> float:
    return _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _mb(maxrss: int) -> float:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS
    return maxrss / (MB if sys.platform == "darwin" else 1024)


def line(label: str, value: str, target: str, ok: bool) -> None:
    print(f"  {label:<46} {value:>14}   target {target:<8} {'ok' if ok else 'MISSED'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per app (default 5)")
    parser.add_argument("--memory-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child()
        return 0

    short, big = short_document(), big_document()
    print(f"short article: {len(short.text.encode()):,} bytes; big: {len(big.text.encode()):,}")
    print(f"terminal {SIZE[0]}x{SIZE[1]}, median of {args.runs} runs after a warm-up\n")

    with tempfile.TemporaryDirectory() as tmp:
        big_path = Path(tmp) / "big.txt"
        big_path.write_text(big.text, encoding="utf-8")
        # reading the file is part of opening it, so each app reads its own
        paints = first_paints(
            {
                "bare": lambda: BareApp(SHORT.read_text(encoding="utf-8")),
                "short": lambda: NewsReaderApp(load(str(SHORT))),
                "big": lambda: NewsReaderApp(load(str(big_path))),
            },
            expect=FIRST_LINE_END,
            runs=args.runs,
        )
    try:
        processes = process_paints(args.runs)
    except (TimeoutError, subprocess.CalledProcessError) as exc:
        print(f"process first paint failed: {exc}")
        processes = None
    try:
        analysed, presses, moved = asyncio.run(_presses(big, 20))
    except TimeoutError as exc:
        analysed, presses, moved = float("nan"), float("inf"), f"failed: {exc or 'timed out'}"
    child = subprocess.run(
        [sys.executable, __file__, "--memory-child"], capture_output=True, text=True
    )
    try:
        memory = json.loads(child.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        print(f"memory child failed: {child.stderr.strip().splitlines()[-1:]}")
        memory = {"rss_mb": float("inf"), "peak_mb": float("inf"), "child_mb": 0.0}

    for name, seconds in paints.items():
        print(f"  first paint, {name:<33} {seconds * 1000:>11.1f} ms")
    print()
    short_ratio = paints["short"] / paints["bare"]
    big_ratio = paints["big"] / paints["short"]
    line(
        "first paint short / bare Static app", f"{short_ratio:.2f}x", "<= 1.5x", short_ratio <= 1.5
    )
    if processes is not None:
        ratio = processes["short"] / processes["bare"]
        print(
            f"  (from a fresh process, tmux 160x45: bare {processes['bare'] * 1000:.0f} ms,"
            f" reader {processes['short'] * 1000:.0f} ms)"
        )
        line("  the same from a fresh process", f"{ratio:.2f}x", "<= 1.5x", ratio <= 1.5)
    line("first paint 2 MB / short", f"{big_ratio:.2f}x", "<= 2x", big_ratio <= 2)
    print(f"  (2 MB article: claims ready {analysed:.2f} s after first paint; n: {moved})")
    line("20 x n on the 2 MB article, once analysed", f"{presses:.3f} s", "< 2 s", presses < 2)
    rss, peak = memory["rss_mb"], memory["peak_mb"]
    line("resident memory, 2 MB article open", f"{rss:.0f} MB", "< 300 MB", rss < 300)
    line("peak resident memory of that process", f"{peak:.0f} MB", "< 300 MB", peak < 300)
    child_mb = memory.get("child_mb", 0.0)
    if child_mb:
        both = peak + child_mb
        line("  plus its largest finished child process", f"{both:.0f} MB", "< 300 MB", both < 300)
    return 0


if __name__ == "__main__":
    sys.exit(main())
