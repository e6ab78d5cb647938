"""Attribution analysis: text in, an immutable `Analysis` out.

This package is the pure core of newsreader. It must never import textual
(a test enforces it), so the CLI export starts fast and every front end can
share it.
"""

from reader.analysis.engine import analyze
from reader.analysis.model import (
    KINDS,
    SOURCE_TYPE_LABELS,
    SOURCE_TYPES,
    Analysis,
    Claim,
    Figure,
    Kind,
    SourceType,
    Span,
)

__all__ = [
    "KINDS",
    "SOURCE_TYPES",
    "SOURCE_TYPE_LABELS",
    "Analysis",
    "Claim",
    "Figure",
    "Kind",
    "SourceType",
    "Span",
    "analyze",
]
