"""`told X ... that`: a long person told before the "that", and two clauses joined by "and that"."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("sentence", "figure", "content"),
    [
        (
            "Okafor told The Harbour Gazette and Evening Post of Leith on Friday that the"
            " bridge would reopen.",
            "Okafor",
            "the bridge would reopen",
        ),
        (
            "Mayor Ines Carvalho told a packed meeting hall in the old town that she was"
            " not resigning.",
            "Ines Carvalho",
            "she was not resigning",
        ),
        (
            "Rivera told reporters he had signed the papers and that the money was gone.",
            "Rivera",
            "he had signed the papers and that the money was gone",
        ),
    ],
)
def test_told_whom_then_that(sentence: str, figure: str, content: str) -> None:
    claims = analyze(sentence).claims
    assert [(c.figure, c.content) for c in claims] == [(figure, content)]


@pytest.mark.parametrize(
    "sentence",
    [
        "She told a joke that made the whole room laugh.",
        "He told an old story about the war that he had heard as a boy.",
    ],
)
def test_a_thing_told_is_not_a_claim(sentence: str) -> None:
    assert analyze(sentence).claims == ()
