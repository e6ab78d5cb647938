"""The README's set-up works on systems that refuse a system-wide pip install."""

from __future__ import annotations

from pathlib import Path

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_the_venv_step_comes_before_the_first_install() -> None:
    venv = README.find("python3 -m venv .venv && . .venv/bin/activate")
    install = README.find("pip install .")
    assert 0 <= venv < install


def test_the_first_command_opens_a_sample_that_exists() -> None:
    command = "newsreader samples/dev/a_wire.txt"
    assert command in README
    assert (Path(__file__).parent.parent / command.split()[1]).is_file()
