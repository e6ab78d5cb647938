"""Hand-written scans and run-by-run reading find exactly what the whole-text passes find."""

from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.figures import capital_runs
from reader.analysis.templates.cues import VERB, _scan_verbs
from reader.analysis.text import quotes
from reader.analysis.text.segments import segment
from reader.document import from_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

PIECES = [
    "said",
    "says",
    "told",
    "according",
    "According",
    "to",
    "Said",
    "unsaid",
    "well-said",
    "said-",
    "said’",
    "’said",
    "x/said",
    "said2",
    "2said",
    "said_",
    "saidé",
    "ésaid",
    "warned",
    "added",
    "“",
    "”",
    "'",
    '"',
    "(",
    ")",
    ".",
    ",",
    "—",
    "\n",
    "\n\n",
    "\t",
    "\u00a0",
    "\u0301",
    "Jane",
    "Doe",
    "a",
    "the",
    "o’",
    "ſaid",
    "İ",
]


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(PIECES), max_size=40),
    st.lists(st.sampled_from(["", " "]), max_size=40),
)
def test_verb_scan_matches_the_pattern(pieces: list[str], gaps: list[str]) -> None:
    text = "".join(p + (gaps[i] if i < len(gaps) else " ") for i, p in enumerate(pieces))
    want = [(m.span(), m.group()) for m in VERB.finditer(text)]
    assert [(m.span(), m.group()) for m in _scan_verbs(text, 0, len(text))] == want


def test_verb_scan_in_a_range_keeps_matches_that_start_there() -> None:
    text = "He said so.\n\nShe was according\nto them, says one."
    lo = text.index("She")
    want = [m.span() for m in VERB.finditer(text, pos=lo)]
    assert [m.span() for m in _scan_verbs(text, lo, len(text))] == want
    assert want == [
        (text.index("according"), text.index(" them")),
        (text.index("says"), text.index(" one")),
    ]


@given(st.text(alphabet="ab \n\"“”„«»‘’'‚‹›x", max_size=80), st.integers(0, 10))
def test_mark_positions_match_a_pattern(text: str, start: int) -> None:
    marks = regex.compile(r"[\"“”„«»‘’'‚‹›]")
    assert quotes._mark_positions(text, start, len(text)) == [
        m.start() for m in marks.finditer(text, pos=start)
    ]


def test_quotes_found_run_by_run_are_the_quotes_of_the_whole_text() -> None:
    """A run of paragraphs holds the same quotes as the whole text, wherever it starts."""
    for path in sorted(SAMPLES.glob("*/*.txt")):
        doc = from_text(path.read_text(encoding="utf-8"))
        seg = segment(doc.text, doc.body_start)
        whole = quotes.find_quotes(seg, doc.body_start)
        n = len(seg.para_starts)
        for size in (1, 2, 5):
            runs = [
                q
                for first in range(0, n, size)
                for q in quotes.find_quotes(seg, doc.body_start, first, min(n, first + size))
            ]
            assert runs == whole, (path.name, size)


RUN_PIECES = [
    "al-Assad",
    "Bashar",
    "d'Alema",
    "l’Oréal",
    "abu-Bakr",
    "bin-Laden",
    "xal-Y",
    "el-Sisi",
    "Anna",
    "van",
    "der",
    "Berg",
    "of",
    "the",
    "Mr.",
    "U.S.",
    "said",
    "x",
    "-",
    "’",
    "'",
    " ",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    ", ",
    ". ",
    "9",
    "Ö",
    "é",
]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(RUN_PIECES), max_size=40), st.integers(0, 5))
def test_capitalised_runs_match_the_full_pattern(pieces: list[str], start: int) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    want = [m.span() for m in capital_runs.RUN.finditer(text, pos=start)]
    assert [m.span() for m in capital_runs.run_matches(segment(text, start), start)] == want
