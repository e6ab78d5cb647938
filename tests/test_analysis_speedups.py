"""The shortcuts taken for speed give exactly what the plain computation gives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.templates.cues import VERB, verb_matches
from reader.analysis.text.segments import _END, segment
from reader.analysis.text.tokens import _TOKEN, Tok, _abbrev, _tokenize

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


def _tokens_by_pattern(text: str, lo: int, hi: int) -> list[tuple[int, int, str, str, bool]]:
    """The plain tokeniser: the pattern alone, full stops joined to abbreviations."""
    out: list[Tok] = []
    for m in _TOKEN.finditer(text, pos=lo, endpos=hi):
        g = m.group()
        if g == "." and out and out[-1].end == m.start() and _abbrev(out[-1].text):
            out[-1] = Tok(out[-1].start, m.end(), out[-1].text + ".")
            continue
        out.append(Tok(m.start(), m.end(), g))
    return [(t.start, t.end, t.text, t.low, t.cap) for t in out]


_TOKEN_PIECES = [
    "word",
    "Dr",
    "U.S.",
    "Mr",
    "x",
    " ",
    "  ",
    "\n",
    "\t",
    ".",
    ",",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'s",
    "-",
    "—",
    "(",
    ")",
    "…",
    "42",
    "@",
    "#",
    "café",
    "e\u0301",
    "&",
    "_",
    "«",
    "»",
    "AT&T",
    "o’",
    "in-depth",
    "²",
    "Ⅻ",
    "١",
    "x@y",
    "_",
    "1.8",
    "’s",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_TOKEN_PIECES), max_size=30), st.integers(0, 200), st.integers(0, 200)
)
def test_tokeniser_matches_the_plain_pattern(pieces: list[str], a: int, b: int) -> None:
    text = "".join(pieces)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    got = [(t.start, t.end, t.text, t.low, t.cap) for t in _tokenize(text, lo, hi)]
    assert got == _tokens_by_pattern(text, lo, hi)


_SEGMENT_PIECES = ["A", "b", "Dr", ". ", ".", "! ", "? ", " ", "\t", "\n", "\n\n", "\n \n"]
_SEGMENT_PIECES += ['"', "“", "(", "LONDON - ", "Mr. ", "U.S. ", "9", "…", "\r", "x.y"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SEGMENT_PIECES), max_size=40), st.integers(0, 200))
def test_one_pass_sentence_ends_match_a_pass_per_paragraph(pieces: list[str], at: int) -> None:
    text = "".join(pieces)
    start = min(at, len(text))
    seg = segment(text, start)
    per_paragraph = [
        m.span()
        for ps, pe in zip(seg.para_starts, seg.para_ends, strict=True)
        for m in _END.finditer(text, pos=ps, endpos=pe)
    ]
    assert [m.span() for m in _END.finditer(text, pos=start)] == per_paragraph
