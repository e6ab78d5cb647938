"""Inputs that could block or exhaust the command: FIFOs, devices, endless configs.

Each case runs the real command in a subprocess with a timeout, so a
regression fails the test instead of hanging the suite.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = "“We have checked every cable twice,” said Maria Lindqvist, the city engineer.\n"


def _run(*args: str, config: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if config is not None:
        env["NEWSREADER_CONFIG"] = config
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
        env=env,
        stdin=subprocess.DEVNULL,
        preexec_fn=_limit_memory,
    )


def _limit_memory() -> None:
    """Keep a regression that reads without limit from taking the machine's memory."""
    limit = 1024 * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize("mode", ["json", "markdown"])
def test_an_article_fifo_is_refused_without_blocking(tmp_path: Path, mode: str) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    result = _run("--export", mode, str(fifo))
    assert result.returncode == 1
    assert result.stderr == f"newsreader: {fifo}: not a regular file (a FIFO)\n"
    assert result.stdout == ""


def test_a_device_is_not_an_article() -> None:
    result = _run("--export", "json", "/dev/zero")
    assert result.returncode == 1
    assert result.stderr == "newsreader: /dev/zero: not a regular file (a character device)\n"


def test_stdin_stays_allowed(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--export", "json", "-"],
        input=ARTICLE,
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    assert result.returncode == 0 and '"Maria Lindqvist"' in result.stdout


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_config_that_is_not_a_regular_file_is_a_warning(
    tmp_path: Path, article: Path, kind: str
) -> None:
    if kind == "fifo":
        config = tmp_path / "config.toml"
        os.mkfifo(config)
        what = "a FIFO"
    else:
        config, what = Path("/dev/zero"), "a character device"
    result = _run("--cite", "1", str(article), config=str(config))
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        f"newsreader: {config}: not a regular file ({what}), not a config file; using defaults\n"
    )
    assert result.stdout.startswith("“We have checked every cable twice")
