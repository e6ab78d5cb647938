"""Getting a citation out of the terminal, by every path that might work.

OSC 52 reaches the user's own terminal even over SSH, but nothing confirms
that the terminal accepted it; a system clipboard tool does confirm, but only
on the machine it runs on. So both are tried, and when no path is confirmed
the text is also written to a file whose path the user is told.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

#: A clipboard tool that has not returned by then is treated as not working.
TIMEOUT = 2.0


@dataclass(frozen=True, slots=True)
class CopyResult:
    """What happened to one copy, for the status line."""

    #: The text was handed to the terminal as OSC 52 (delivery unknowable).
    osc52: bool
    #: The system clipboard tool that took the text, if any.
    system: str | None
    #: Where the text was saved because no clipboard was confirmed.
    saved_to: Path | None
    #: A path that reports success took the text (the system clipboard).
    confirmed: bool
    #: One line of plain text saying which paths worked.
    message: str


def state_file() -> Path:
    return platformdirs.user_state_path("newsreader") / "last-citation.txt"


def over_ssh(env: Mapping[str, str] | None = None) -> bool:
    """Over SSH the local clipboard tools would copy on the wrong machine."""
    env = os.environ if env is None else env
    return bool(env.get("SSH_CONNECTION") or env.get("SSH_TTY"))


def _platform() -> str:
    return sys.platform


def _is_wsl(env: Mapping[str, str]) -> bool:
    return bool(env.get("WSL_DISTRO_NAME")) or "microsoft" in platform.release().lower()


def system_commands(env: Mapping[str, str] | None = None) -> list[list[str]]:
    """Clipboard tools worth trying here, most fitting first."""
    env = os.environ if env is None else env
    commands: list[list[str]] = []
    if env.get("WAYLAND_DISPLAY"):
        commands.append(["wl-copy"])
    if env.get("DISPLAY"):
        commands.append(["xclip", "-selection", "clipboard", "-in"])
        commands.append(["xsel", "--clipboard", "--input"])
    if _platform() == "darwin":
        commands.append(["pbcopy"])
    if _platform() == "win32" or _is_wsl(env):
        commands.append(["clip.exe"])
    return commands


def _run(command: list[str], text: str) -> bool:
    exe = shutil.which(command[0])
    if exe is None:
        return False
    env = None
    if command[0] == "clip.exe":
        data = b"\xff\xfe" + text.encode("utf-16-le")  # clip.exe reads UTF-16 with a BOM
    else:
        data = text.encode("utf-8")
        if command[0] == "pbcopy":
            env = {**os.environ, "LC_CTYPE": "UTF-8"}  # else pbcopy assumes MacRoman
    try:
        done = subprocess.run(
            [exe, *command[1:]],
            input=data,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=TIMEOUT,
            check=False,
            env=env,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def _save(text: str) -> tuple[Path | None, str | None]:
    path = state_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        return None, exc.strerror or type(exc).__name__
    return path, None


def _message(
    osc52: bool, system: str | None, ssh: bool, saved: Path | None, error: str | None
) -> str:
    if system:
        extra = " and sent to the terminal (OSC 52)" if osc52 else ""
        return f"Copied to the system clipboard ({system}){extra}."
    why = "over SSH" if ssh else "no system clipboard found"
    if osc52:
        head = f"Sent to the terminal clipboard (OSC 52, unconfirmed; {why})"
    else:
        head = f"No clipboard reachable ({why})"
    if saved is not None:
        return f"{head}; saved to {saved}"
    return f"{head}; could not save a copy ({error})"


def copy(text: str, app: object | None = None) -> CopyResult:
    """Copy by OSC 52 through `app` (a Textual App) and by the system clipboard."""
    osc52 = False
    send = getattr(app, "copy_to_clipboard", None) if app is not None else None
    if callable(send):
        try:
            send(text)
            osc52 = True
        except Exception:
            osc52 = False
    ssh = over_ssh()
    system = None
    if not ssh:
        system = next((cmd[0] for cmd in system_commands() if _run(cmd, text)), None)
    saved, error = (None, None) if system else _save(text)
    return CopyResult(
        osc52=osc52,
        system=system,
        saved_to=saved,
        confirmed=system is not None,
        message=_message(osc52, system, ssh, saved, error),
    )
