"""The shortcuts taken for speed give exactly what the plain computation gives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.cues import VERB, verb_matches

_PIECES = [
    "said",
    "says",
    "saysx",
    "told",
    "according",
    "to",
    "According",
    " ",
    "   ",
    "\n\n",
    "-",
    "'",
    "’",
    ",",
    ".",
    "x",
    "unsaid",
    "Jane",
]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_verb_windows_match_a_scan_of_the_window_at_every_edge() -> None:
    text = (
        "He said-so, says Bob; according   \n\n  to him, saysx tells- according" + " " * 70 + "to"
    )
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1):
            expected = _spans(VERB.finditer(text, pos=lo, endpos=hi))
            assert _spans(verb_matches(text, lo, hi)) == expected, (lo, hi)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=40),
    st.integers(0, 400),
    st.integers(0, 400),
)
def test_verb_windows_on_random_text(pieces: list[str], a: int, b: int) -> None:
    text = "".join(pieces)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    expected = _spans(VERB.finditer(text, pos=lo, endpos=hi))
    assert _spans(verb_matches(text, lo, hi)) == expected
