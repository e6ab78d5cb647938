"""Helpers shared by the analysis tests: an analysis read back as plain tuples."""

from reader.analysis import analyze
from reader.analysis.model import SourceType

#: A headline and a first paragraph that attribute nothing: the sentence under
#: test is then read as body text, not as the article's headline.
LEAD = "Harbour news\n\nThe new bridge opened on Monday after three years of work.\n\n"


def claims_of(text: str) -> list[tuple[str, str | None, SourceType]]:
    """(content, figure, source type) of each claim found in `text`, in reading order."""
    return [(c.content, c.figure, c.source_type) for c in analyze(text).claims]
