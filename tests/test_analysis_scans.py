"""Hand-written scans find exactly what the patterns they replace would find."""

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import quotes
from reader.analysis.cues import VERB, _scan_verbs

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
    want = [m.span() for m in VERB.finditer(text)]
    assert [m.span() for m in _scan_verbs(text, 0, len(text))] == want


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
    assert quotes._mark_positions(text, start) == [
        m.start() for m in marks.finditer(text, pos=start)
    ]
