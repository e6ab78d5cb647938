"""Copy paths with the environment and subprocess faked: the real clipboard is never used."""

from __future__ import annotations

import platform
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from reader import clipboard

ENV_KEYS = (
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "SSH_CONNECTION",
    "SSH_TTY",
    "WSL_DISTRO_NAME",
    "NEWSREADER_CLIPBOARD",
)


class FakeApp:
    def __init__(self, fail: bool = False) -> None:
        self.copied: list[str] = []
        self.fail = fail

    def copy_to_clipboard(self, text: str) -> None:
        if self.fail:
            raise RuntimeError("no driver")
        self.copied.append(text)


#: What a faked tool does: exit with this status, or raise this.
Answer = int | BaseException


class Runs:
    """Stands in for subprocess.run; records calls and answers per tool."""

    def __init__(self, answers: dict[str, Answer]) -> None:
        self.answers = answers
        self.calls: list[tuple[list[str], bytes, float]] = []

    def __call__(
        self, argv: list[str], *, input: bytes, timeout: float, **kwargs: object
    ) -> subprocess.CompletedProcess[bytes]:
        assert isinstance(argv, list)  # never a shell string
        assert "shell" not in kwargs
        self.calls.append((argv, input, timeout))
        answer = self.answers.get(argv[0].rsplit("/", 1)[-1], 1)
        if isinstance(answer, BaseException):
            raise answer
        return subprocess.CompletedProcess(argv, answer)


#: The `env` fixture: fakes the tools with these answers, returns the record of runs.
Install = Callable[[dict[str, Answer]], Runs]


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Install:
    # reader.clipboard calls platform.release, shutil.which and subprocess.run
    # through the modules, so patching the modules reaches it
    for key in ENV_KEYS:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setattr(clipboard, "_platform", lambda: "linux")
    monkeypatch.setattr(platform, "release", lambda: "6.1.0-generic")
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    target = tmp_path / "state" / "last-citation.txt"
    monkeypatch.setattr(clipboard, "state_file", lambda: target)

    def install(answers: dict[str, Answer]) -> Runs:
        runs = Runs(answers)
        monkeypatch.setattr(subprocess, "run", runs)
        return runs

    install({})  # a test that forgets to choose answers still never runs a real tool
    return install


def test_wayland_copy_is_confirmed_and_osc52_sent(
    env: Install, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    runs = env({"wl-copy": 0})
    app = FakeApp()
    result = clipboard.copy("“quote” — X", app)
    assert app.copied == ["“quote” — X"]
    assert result.osc52 and result.confirmed
    assert result.system == "wl-copy"
    assert result.saved_to is None
    assert runs.calls == [(["/usr/bin/wl-copy"], "“quote” — X".encode(), clipboard.TIMEOUT)]
    assert result.message == (
        "Copied to the system clipboard (wl-copy) and sent to the terminal (OSC 52)."
    )


def test_x11_falls_back_from_xclip_to_xsel(env: Install, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    runs = env({"xclip": 1, "xsel": 0})
    result = clipboard.copy("text")
    assert [c[0][0] for c in runs.calls] == ["/usr/bin/xclip", "/usr/bin/xsel"]
    assert result.system == "xsel"
    assert not result.osc52
    assert result.message == "Copied to the system clipboard (xsel)."


def test_a_hanging_tool_times_out_and_the_text_is_saved(
    env: Install, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    env({"xclip": subprocess.TimeoutExpired("xclip", 2), "xsel": FileNotFoundError()})
    result = clipboard.copy("text", FakeApp())
    assert not result.confirmed and result.system is None
    assert result.saved_to is not None
    assert result.saved_to.read_text(encoding="utf-8") == "text"
    assert result.message == (
        "Sent to the terminal clipboard (OSC 52, unconfirmed; no system clipboard found); "
        f"saved to {result.saved_to}"
    )


def test_over_ssh_the_local_tools_are_not_used(
    env: Install, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("SSH_CONNECTION", "10.0.0.1 5000 10.0.0.2 22")
    runs = env({"xclip": 0})
    result = clipboard.copy("text", FakeApp())
    assert runs.calls == []
    assert result.osc52 and not result.confirmed
    assert "over SSH" in result.message
    assert str(result.saved_to) in result.message
    assert "\n" not in result.message


def test_missing_tools_are_skipped_without_running(
    env: Install, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    runs = env({"xclip": 0})
    result = clipboard.copy("text")
    assert runs.calls == []
    assert result.message.startswith("No clipboard reachable (no system clipboard found); saved")


def test_macos_pbcopy_gets_utf8(env: Install, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clipboard, "_platform", lambda: "darwin")
    seen: dict[str, dict[str, str]] = {}

    def run(
        argv: list[str], *, input: bytes, timeout: float, env: dict[str, str], **kwargs: object
    ) -> subprocess.CompletedProcess[bytes]:
        seen["env"] = env
        return subprocess.CompletedProcess(argv, 0)

    monkeypatch.setattr(subprocess, "run", run)
    assert clipboard.copy("é").system == "pbcopy"
    assert seen["env"]["LC_CTYPE"] == "UTF-8"


def test_wsl_uses_clip_exe_with_utf16(env: Install, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "release", lambda: "5.15.0-microsoft-standard-WSL2")
    runs = env({"clip.exe": 0})
    result = clipboard.copy("é")
    assert result.system == "clip.exe"
    assert runs.calls[0][1] == b"\xff\xfe" + "é".encode("utf-16-le")


def test_failing_osc52_and_unwritable_state_dir_are_reported(
    env: Install, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(clipboard, "state_file", lambda: blocker / "sub" / "last-citation.txt")
    result = clipboard.copy("text", FakeApp(fail=True))
    assert not result.osc52 and result.saved_to is None
    assert result.message.startswith("No clipboard reachable")
    assert "could not save a copy" in result.message


def test_default_state_file_is_in_the_user_state_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    path = clipboard.state_file()
    assert path.name == "last-citation.txt"
    assert path.parent.name == "newsreader"


def test_the_environment_can_force_one_path(env: Install, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    runs = env({"xclip": 0})
    app = FakeApp()
    monkeypatch.setenv("NEWSREADER_CLIPBOARD", "osc52")
    result = clipboard.copy("one", app)
    assert (result.osc52, result.system, result.saved_to) == (True, None, None)
    assert runs.calls == [] and result.reached and "NEWSREADER_CLIPBOARD=osc52" in result.message
    monkeypatch.setenv("NEWSREADER_CLIPBOARD", "system")
    monkeypatch.setenv("SSH_TTY", "/dev/pts/1")  # forced: used even over SSH
    result = clipboard.copy("two", app)
    assert (result.osc52, result.system, result.saved_to) == (False, "xclip", None)
    assert app.copied == ["one"]
    monkeypatch.setenv("NEWSREADER_CLIPBOARD", "File")
    result = clipboard.copy("three", app)
    assert not result.osc52 and result.system is None and len(runs.calls) == 1
    assert result.saved_to is not None and result.saved_to.read_text() == "three"
    assert result.message.startswith(f"Saved to {result.saved_to}")


def test_a_forced_path_that_fails_reaches_nothing(
    env: Install, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSREADER_CLIPBOARD", "system")
    env({})
    result = clipboard.copy("text", FakeApp())
    assert not result.reached and result.message.startswith("No clipboard reachable")


def test_a_bad_value_is_named_and_every_path_tried(
    env: Install, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSREADER_CLIPBOARD", "pigeon\x1b[31m")
    result = clipboard.copy("text", FakeApp())
    assert result.osc52 and result.saved_to is not None
    notice = "NEWSREADER_CLIPBOARD='pigeon\\x1b[31m' is not one of osc52, system, file"
    assert notice in result.message
    assert "\x1b" not in result.message and "\n" not in result.message
