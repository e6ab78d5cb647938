"""newsreader: a terminal reader for news articles that shows who says what.

Library use: `reader.load(path)` and `reader.analyze(text_or_document)` (see
reader/api.py), and `reader.batch.iter_results(paths, jobs=...)` for many
articles. They are imported on first use, so `import reader` (and
`newsreader --version`) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

#: The one place the version is written (pyproject.toml reads it from here).
__version__ = "0.1.0"

if TYPE_CHECKING:
    from reader.api import analyze, load

__all__ = ["__version__", "analyze", "load"]


def __getattr__(name: str) -> Any:
    """Load the engine only when `reader.load` or `reader.analyze` is first used."""
    if name in ("load", "analyze"):
        from reader import api

        return getattr(api, name)
    if name == "batch":  # `reader.batch.iter_results` after a bare `import reader`
        import importlib

        return importlib.import_module("reader.batch")
    raise AttributeError(f"module 'reader' has no attribute {name!r}")
