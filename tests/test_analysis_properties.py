"""Properties of every analysis: no exception, offsets that slice back exactly."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import analyze

PIECES = [
    "said", "told reporters", "according to", "Anna Petrova", "de la Cruz", "she", "the source",
    "a spokesman for the ministry", '"', "“", "”", "'", "‘", "’", "«", "»", ",", ".", ":", "\n\n",
    "declined to comment", "Q:", "A:", "Photo:", "that", "the report found", "Dr.",
]  # fmt: skip
prose = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map(" ".join)


def check(text: str, start: int = 0) -> None:
    a = analyze(text, start)
    ids = [c.id for c in a.claims]
    assert ids == list(range(len(a.claims)))
    assert [c.start for c in a.claims] == sorted(c.start for c in a.claims)
    for c in a.claims:
        assert start <= c.start <= c.end <= len(text)
        assert text[c.start : c.end] == c.content
        for span in (c.cue, c.speaker):
            if span is not None:
                assert text[span.start : span.end] == span.text
        assert c.figure is None or a.figure(c.figure) is not None
    names = [f.name for f in a.figures]
    assert len(names) == len(set(names))
    for f in a.figures:
        for span in (*f.mentions, *f.no_comment):
            assert text[span.start : span.end] == span.text
        for cid in f.claims:
            assert a.claims[cid].figure == f.name


@settings(max_examples=200, deadline=None)
@given(prose)
def test_prose_like_text_never_breaks_the_model(text: str) -> None:
    check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400), st.integers(min_value=0, max_value=50))
def test_arbitrary_text_and_start(text: str, start: int) -> None:
    check(text, min(start, len(text)))


def test_claims_before_start_are_ignored() -> None:
    text = 'Anna Petrova said the sky was green.\n\n"It is blue," said Tomas Berg.'
    body = text.index('"')
    a = analyze(text, body)
    assert [c.figure for c in a.claims] == ["Tomas Berg"]
    assert a.claims[0].start > body
