"""Helpers shared by the analysis tests: an analysis read back as plain tuples,
the claim holding some words, the figures that refused and their refusals."""

from reader.analysis import Analysis, Claim, analyze
from reader.analysis.model import SourceType

#: A headline and a first paragraph that attribute nothing: the sentence under
#: test is then read as body text, not as the article's headline.
LEAD = "Harbour news\n\nThe new bridge opened on Monday after three years of work.\n\n"


def claims_of(text: str) -> list[tuple[str, str | None, SourceType]]:
    """(content, figure, source type) of each claim found in `text`, in reading order."""
    return [(c.content, c.figure, c.source_type) for c in analyze(text).claims]


def claim_with(analysis: Analysis, words: str) -> Claim:
    """The first claim whose content holds `words` (the test fails, listing all, if none)."""
    found = [c for c in analysis.claims if words in c.content]
    assert found, [c.content for c in analysis.claims]
    return found[0]


def refusers(text: str) -> list[str]:
    """The names of the figures that refused to comment in `text`, in figure order."""
    return [f.name for f in analyze(text).figures if f.no_comment]


def refusals(text: str) -> dict[str, list[str]]:
    """Each refusing figure's name and the words of its refusals."""
    return {f.name: [s.text for s in f.no_comment] for f in analyze(text).figures if f.no_comment}
