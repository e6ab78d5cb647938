"""Paragraphs (reader.paragraphs): exact offsets, blank-line runs, agreement with the analysis."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.text.segments import segment
from reader.document import from_text
from reader.paragraphs import blank_runs, paragraph_offsets, split_paragraphs


def test_paragraphs_have_exact_offsets() -> None:
    text = "Title\n\n  First para\nstill first.\n\n\nSecond.\n"
    paras = split_paragraphs(text)
    assert [text[p.start : p.end] for p in paras] == [
        "Title",
        "First para\nstill first.",
        "Second.",
    ]


def test_lines_are_paragraphs_without_blank_lines() -> None:
    text = "One line.\nTwo line.\n"
    assert [text[p.start : p.end] for p in split_paragraphs(text)] == ["One line.", "Two line."]


_BLANK_PATTERN = regex.compile(r"\n[ \t]*\n\s*")


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(["\n", " ", "\t", "a", "b ", "\u3000", "\xa0", "\n\n", " \n"]),
        max_size=30,
    ),
    st.integers(0, 10),
)
def test_blank_runs_are_what_the_pattern_finds(pieces: list[str], start: int) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    expected = [x for m in _BLANK_PATTERN.finditer(text, start) for x in m.span()]
    assert blank_runs(text, start) == expected


def _reference_paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """Paragraphs the slow, obvious way: cut at blank-line runs (else lines), trim."""
    runs = list(_BLANK_PATTERN.finditer(text, start)) or list(regex.finditer("\n", text[start:]))
    if runs and runs[0].re is not _BLANK_PATTERN:
        cuts = [x for m in runs for x in (m.start() + start, m.end() + start)]
    else:
        cuts = [x for m in runs for x in m.span()]
    cuts = [start, *cuts, len(text)]
    out = []
    for s, e in zip(cuts[::2], cuts[1::2], strict=True):
        s += len(text[s:e]) - len(text[s:e].lstrip())
        e -= len(text[s:e]) - len(text[s:e].rstrip())
        if e > s:
            out.append((s, e))
    return out


@settings(max_examples=600)
@given(
    st.lists(
        st.sampled_from(
            ["\n", " ", "\t", "a", "b ", "\u3000", "\xa0", "\n\n", " \n", "xy", "\x1c"]
        ),
        max_size=30,
    ),
    st.integers(0, 10),
)
def test_paragraphs_are_the_blank_line_runs_trimmed(pieces: list[str], start: int) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    assert [tuple(p) for p in split_paragraphs(text, start)] == _reference_paragraphs(text, start)


# One paragraph splitter: the reader shows the paragraphs the analysis reads.

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
