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


#: The environment variable that forces one path, and the paths it may name.
FORCE_VARIABLE = "NEWSREADER_CLIPBOARD"
PATHS = ("osc52", "system", "file")


@dataclass(frozen=True, slots=True)
class CopyResult:
    """What happened to one copy, for the notification."""

    #: The text was handed to the terminal as OSC 52 (delivery unknowable).
    osc52: bool
    #: The system clipboard tool that took the text, if any.
    system: str | None
    #: Where the text was saved (when no system clipboard took it, or as forced).
    saved_to: Path | None
    #: A path that reports success took the text (the system clipboard).
    confirmed: bool
    #: One line of plain text saying which paths worked.
    message: str

    @property
    def reached(self) -> bool:
        """Some path took the text; if none did, it has to be copied by hand."""
        return self.osc52 or self.system is not None or self.saved_to is not None


def forced_path(env: Mapping[str, str] | None = None) -> tuple[str | None, str | None]:
    """The path `NEWSREADER_CLIPBOARD` forces (None: every path), and a notice for a bad value."""
    env = os.environ if env is None else env
    value = env.get(FORCE_VARIABLE, "").strip().lower()
    if not value:
        return None, None
    if value in PATHS:
        return value, None
    # repr: a control character in the value is shown escaped, never sent to the terminal
    named = ", ".join(PATHS)
    return None, f"{FORCE_VARIABLE}={value[:20]!r} is not one of {named}; tried every path"


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
    osc52: bool,
    system: str | None,
    only: str | None,
    ssh: bool,
    saved: Path | None,
    error: str | None,
) -> str:
    if only is not None:
        why = f"{FORCE_VARIABLE}={only}"
    else:
        why = "over SSH" if ssh else "no system clipboard found"
    if system:
        extra = " and sent to the terminal (OSC 52)" if osc52 else ""
        return f"Copied to the system clipboard ({system}){extra}."
    if osc52:
        head = f"Sent to the terminal clipboard (OSC 52, unconfirmed; {why})"
    elif saved is not None and only == "file":
        return f"Saved to {saved} ({why})"
    else:
        head = f"No clipboard reachable ({why})"
    if saved is not None:  # no full stop after a path: it would be selected with it
        return f"{head}; saved to {saved}"
    if error is not None:
        return f"{head}; could not save a copy ({error})."
    return f"{head}."


def copy(text: str, app: object | None = None, env: Mapping[str, str] | None = None) -> CopyResult:
    """Copy by OSC 52 through `app` (a Textual App), the system clipboard and a file.

    By default OSC 52 and the system clipboard are both tried, and the text is
    saved to a file when no system clipboard confirmed it; `NEWSREADER_CLIPBOARD`
    set to `osc52`, `system` or `file` uses that path alone.
    """
    env = os.environ if env is None else env
    only, notice = forced_path(env)
    osc52 = False
    send = getattr(app, "copy_to_clipboard", None) if app is not None else None
    if callable(send) and only in (None, "osc52"):
        try:
            send(text)
            osc52 = True
        except Exception:
            osc52 = False
    ssh = over_ssh(env)
    system = None
    if only == "system" or (only is None and not ssh):
        system = next((cmd[0] for cmd in system_commands(env) if _run(cmd, text)), None)
    saved, error = None, None
    if only == "file" or (only is None and not system):
        saved, error = _save(text)
    message = _message(osc52, system, only, ssh, saved, error)
    return CopyResult(
        osc52=osc52,
        system=system,
        saved_to=saved,
        confirmed=system is not None,
        message=f"{message} ({notice})" if notice else message,
    )
