"""`newsreader batch --engine dask`: the same bytes as the local engine."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from batch_corpus import copies, mixed_corpus

from reader.cli import main

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """Two single-threaded workers inside this process: starts in about a second."""
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        dashboard_address="127.0.0.1:0",
        silence_logs=logging.ERROR,
    ) as local:
        yield local


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    mixed_corpus(tmp_path / "in")
    copies(tmp_path / "in" / "more", 40)
    (tmp_path / "in" / "broken.txt").write_bytes(bytes(range(256)) * 64)
    return tmp_path / "in"


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_running_cluster_writes_what_the_local_engine_writes(
    cluster: Any, corpus: Path, tmp_path: Path, fmt: str
) -> None:
    local, remote = tmp_path / f"local.{fmt}", tmp_path / f"dask.{fmt}"
    assert main(["batch", str(corpus), "--format", fmt, "--jobs", "1", "--out", str(local)]) == 1
    args = ["--engine", "dask", "--scheduler", cluster.scheduler_address]
    assert main(["batch", str(corpus), "--format", fmt, *args, "--out", str(remote)]) == 1
    assert remote.read_bytes() == local.read_bytes()
    assert len(local.read_bytes().splitlines()) > 49


def test_without_a_scheduler_a_local_cluster_is_started(corpus: Path, tmp_path: Path) -> None:
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert main(["batch", str(corpus), "--jobs", "2", "--out", str(local)]) == 1
    dask = ["--engine", "dask", "--jobs", "2"]
    assert main(["batch", str(corpus), *dask, "--out", str(remote)]) == 1
    assert remote.read_bytes() == local.read_bytes()


def test_without_dask_the_message_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = mixed_corpus(tmp_path)[0]
    out = tmp_path / "o.jsonl"
    out.write_text("{}\n", encoding="utf-8")  # an earlier output stays as it was
    monkeypatch.setitem(sys.modules, "distributed", None)
    assert main(["batch", str(path), "--engine", "dask", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'newsreader[dask]'" in err
    assert out.read_text(encoding="utf-8") == "{}\n"
