"""Settling claims a stretch at a time gives what settling them all at once gives."""

from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.reading import Settler, settle
from reader.analysis.templates.cues import Found

KINDS = ("direct", "mixed", "indirect")


@st.composite
def stretches(draw: st.DrawFn) -> tuple[list[list[Found]], list[int]]:
    """Claims in consecutive stretches, each starting in its stretch (some reach past it)."""
    groups: list[list[Found]] = []
    bounds: list[int] = []
    at = 0
    for _ in range(draw(st.integers(1, 6))):
        size = draw(st.integers(1, 40))
        found = []
        for _ in range(draw(st.integers(0, 6))):
            s = draw(st.integers(at, at + size - 1))
            e = draw(st.integers(s + 1, at + size + 30))
            rule = draw(st.sampled_from(("quote-then-cue", "continued-quote")))
            found.append(Found(s, e, draw(st.sampled_from(KINDS)), None, None, rule))
        at += size
        groups.append(found)
        bounds.append(at)
    return groups, bounds


@given(stretches())
def test_stretch_by_stretch_equals_all_at_once(data: tuple[list[list[Found]], list[int]]) -> None:
    groups, bounds = data
    settler = Settler()
    kept: list[Found] = []
    for found, bound in zip(groups, bounds, strict=True):
        kept += settler.add(found, bound)
    kept += settler.flush()
    assert kept == settle([f for found in groups for f in found])


def test_a_claim_reaching_past_the_boundary_waits_for_the_next_stretch() -> None:
    settler = Settler()
    long_quote = Found(0, 30, "indirect", None, None, "x")
    assert settler.add([long_quote], 20) == []
    direct = Found(25, 28, "direct", None, None, "y")
    assert settler.add([direct], 40) == [direct]


def test_kept_claims_never_overlap_and_keep_text_order() -> None:
    a = Found(0, 10, "indirect", None, None, "x")
    b = Found(5, 12, "direct", None, None, "y")
    c = Found(12, 20, "mixed", None, None, "z")
    assert settle([a, b, c]) == [b, c]
