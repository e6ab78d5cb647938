"""Attribution analysis: text in, an immutable `Analysis` out.

This package is the pure core of newsreader. It must never import textual
(a test enforces it), so the CLI export starts fast and every front end can
share it.

Modules, one concern each: `lexicon` (every word list), `segments`
(paragraphs, sentences, captions and bylines), `quotes` (marks paired by
direction), `tokens` and `classify` (words near a cue; what a name is),
`names`, `name_phrases` and `common_phrases` (the speaker phrase before or
after a cue), `cues` (reporting verbs), `direct` (quote templates),
`indirect`, `inverted`, `framed`, `clauses` and `participles` (reported
speech and its boundaries, the source after the clause, -ing cues and
requests), `interview` (Q&A turns), `mentions` (names found in a pass over
the text), `figures` with `figure_store`, `unnamed_bodies` and `backrefs`
(who a phrase is: aliases, roles, back-references, source types) and
`engine`, which runs them in order (with `parallel`, which shares a long
text's paragraphs with a forked child).
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
