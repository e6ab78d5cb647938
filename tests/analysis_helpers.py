"""Helpers shared by the analysis tests: an analysis read back as plain tuples."""

from reader.analysis import analyze
from reader.analysis.model import SourceType


def claims_of(text: str) -> list[tuple[str, str | None, SourceType]]:
    """(content, figure, source type) of each claim found in `text`, in reading order."""
    return [(c.content, c.figure, c.source_type) for c in analyze(text).claims]
