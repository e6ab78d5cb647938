"""One paragraph splitter: the reader shows the paragraphs the analysis reads."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.text.segments import segment
from reader.document import from_text
from reader.paragraphs import paragraph_offsets

WRAPPED = (
    "The council voted on Tuesday to approve the harbour plan after a long\n"
    "debate in which several members said the cost had been underestimated\n"
    "by the port authority.\n"
    "Jane Doe, who chairs the finance committee, said the figures would be\n"
    "checked again before any contract was signed with the builders.\n"
    "  - The vote was 7 to 2.\n"
)


def test_hard_wrapped_lines_run_on_into_one_paragraph() -> None:
    starts, ends = paragraph_offsets(WRAPPED)
    shown = [WRAPPED[s:e].split("\n")[0][:20] for s, e in zip(starts, ends, strict=True)]
    assert shown == ["The council voted on", "Jane Doe, who chairs", "- The vote was 7 to "]


def test_the_reader_and_the_analysis_split_hard_wrapped_text_alike() -> None:
    doc = from_text(WRAPPED)
    seg = segment(doc.text, doc.body_start)
    assert list(doc.para_starts) == seg.para_starts
    assert list(doc.para_ends) == seg.para_ends
    assert len(seg.para_starts) == 3


_PIECES = st.sampled_from(
    ["word ", "Word. ", "said ", "\n", "\n\n", " \n", "\t", "  ", "\u00a0", "Q: ", "- ", "x" * 45]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_text_splits_alike_in_the_reader_and_the_analysis(text: str) -> None:
    doc = from_text(text)
    seg = segment(doc.text, doc.body_start)
    assert (list(doc.para_starts), list(doc.para_ends)) == (seg.para_starts, seg.para_ends)
