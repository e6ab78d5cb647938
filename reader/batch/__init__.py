"""Many articles at once: `newsreader batch`, `newsreader stats` and `iter_results`.

The batch layer owns processes, so `analyze` does not have to: a pool of
workers (reader/batch/workers.py), each loading the engine once, or a Dask
cluster (dask_engine.py), maps the one-article path (records.py: load as the
reader does, analyse, the export schema) over the inputs (inputs.py), and the
records are written in input order (writers.py), resumable (resume.py).
Nothing here imports textual.
"""

from reader.batch.workers import Failure, iter_results

__all__ = ["Failure", "iter_results"]
