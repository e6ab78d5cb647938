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
from collections.abc import Generator, Iterable, Iterator
from itertools import islice
from typing import Any

from reader.batch.records import Line, analyse_to_line
from reader.batch.writers import MissingExtra

#: Paths per task: a Dask task costs about a millisecond of scheduling, an
#: article some ten; a few articles a task keep the overhead small and the
#: order-keeping buffer short.
PARTITION = 8
#: Tasks in flight per worker thread.
IN_FLIGHT_PER_THREAD = 4
#: For the cluster this command starts (never for one it is given): every
#: process of a LocalCluster checks its event loop every 20 ms and samples
#: its own stacks for a profile; on a small machine that idle work costs some
#: 0.1 core for as long as the run lasts (measured 0.13 -> 0.04 CPU s per s).
LOCAL_CONFIG = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.profile.enabled": False,
}


def analyse_paths(paths: list[str]) -> list[Line]:
    """One partition's records, in order, encoded (runs on a Dask worker)."""
    return [analyse_to_line(path) for path in paths]


def distributed_module() -> Any:
    try:
        import distributed
    except ImportError:
        raise MissingExtra(
            "the Dask engine needs dask.distributed: pip install 'newsreader[dask]'"
        ) from None
    return distributed


def dask_map(
    paths: Iterable[str], scheduler: str | None, workers: int, processes: bool = True
) -> Generator[Line, None, None]:
    """Records of `paths` in input order, analysed on the cluster at `scheduler`.

    Without `scheduler`, a LocalCluster of `workers` single-threaded workers
    (processes, or threads of this process when `processes` is False).
    """
    distributed = distributed_module()
    if scheduler is not None:
        with distributed.Client(scheduler) as client:
            yield from _ordered(client, paths)
        return
    import dask

    with (
        dask.config.set(LOCAL_CONFIG),
        distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=processes,
            host="127.0.0.1",
            # Any free port for its status page: 8787 may be another cluster's.
            dashboard_address="127.0.0.1:0",
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield from _ordered(client, paths)


def _ordered(client: Any, paths: Iterable[str]) -> Iterator[Line]:
    window = max(1, sum(client.nthreads().values())) * IN_FLIGHT_PER_THREAD
    pending: deque[Any] = deque()
    source = iter(paths)
    while chunk := list(islice(source, PARTITION)):
        pending.append(client.submit(analyse_paths, chunk, pure=False))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()
