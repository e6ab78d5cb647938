"""Attribution analysis: text in, an immutable `Analysis` out.

The pure core of newsreader: `analyze` runs in the caller's process, starts
no process or thread, changes no process-wide state, and raises what fails
(or records it in `Analysis.problems` with `errors="record"`). It never
imports textual or the loading code (import contracts in pyproject.toml).

The subpackages follow the pipeline: `text` (paragraphs, sentences, quote
marks, tokens, clause tests), `phrases` (the speaker phrase and what it
names), `templates` (the shapes of attribution: quotes, reported speech,
-ing cues, Q&A), `figures` (who a phrase is: registry, aliases,
back-references, mentions); `reading` settles overlaps and resolves
speakers in reading order, and `engine` runs it all.
"""

from typing import TYPE_CHECKING, Any

from reader.analysis.model import (
    KINDS,
    SOURCE_TYPE_LABELS,
    SOURCE_TYPES,
    Analysis,
    Claim,
    Figure,
    Kind,
    Problem,
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
    "Problem",
    "SourceType",
    "Span",
    "analyze",
]

if TYPE_CHECKING:
    from reader.analysis.engine import analyze


def __getattr__(name: str) -> Any:
    """`analyze` is imported on first use: `--help` and the data model need no engine."""
    if name == "analyze":
        from reader.analysis.engine import analyze

        return analyze
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
