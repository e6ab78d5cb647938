"""`--engine dask`: the same records, computed on a Dask distributed cluster.

The client splits the input paths into small partitions, keeps a bounded
number of them in flight, and yields the records in input order, so the
writer downstream is the local engine's and the output is byte for byte the
same. Workers read the files themselves: on a cluster of several machines
they need newsreader installed and the files at the same paths (a shared
filesystem). Without a scheduler address a LocalCluster on this machine is
started, and closed at the end.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from reader.batch.records import Record, analyse_path
from reader.batch.writers import MissingExtra

#: Paths per task: a Dask task costs about a millisecond of scheduling, an
#: article some ten; a few articles a task keep the overhead small and the
#: order-keeping buffer short.
PARTITION = 8
#: Tasks in flight per worker thread.
IN_FLIGHT_PER_THREAD = 4


def analyse_paths(paths: list[str]) -> list[Record]:
    """One partition's records, in order (runs on a Dask worker)."""
    return [analyse_path(path) for path in paths]


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise MissingExtra(
            "the Dask engine needs dask.distributed: pip install 'newsreader[dask]'"
        ) from None
    return distributed


def dask_map(
    paths: Iterable[str], scheduler: str | None, workers: int, processes: bool = True
) -> Iterator[Record]:
    """Records of `paths` in input order, analysed on the cluster at `scheduler`.

    Without `scheduler`, a LocalCluster of `workers` single-threaded workers
    (processes, or threads of this process when `processes` is False).
    """
    distributed = _distributed()
    cluster = None
    if scheduler is None:
        cluster = distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=processes,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        client = distributed.Client(cluster)
    else:
        client = distributed.Client(scheduler)
    try:
        threads = max(1, sum(client.nthreads().values()))
        yield from _ordered(client, paths, threads * IN_FLIGHT_PER_THREAD)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _ordered(client: Any, paths: Iterable[str], window: int) -> Iterator[Record]:
    pending: deque[Any] = deque()
    source = iter(paths)
    while chunk := list(islice(source, PARTITION)):
        pending.append(client.submit(analyse_paths, chunk, pure=False))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()
