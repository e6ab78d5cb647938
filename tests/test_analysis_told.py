"""Reported speech: told-that, coordinated clauses, determiners, infinitives, back-references."""

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


def test_an_infinitive_after_a_quote_is_not_its_cue() -> None:
    text = (
        "The fund said in a filing that it had relied on “figures that were invented.”"
        " A spokesman for the fund declined to comment further."
    )
    analysis = analyze(text)
    assert all(c.cue is None or c.cue.text != "comment" for c in analysis.claims)
    assert not any("declined" in f.name for f in analysis.figures)


def test_that_as_a_determiner_is_not_the_clause_opener() -> None:
    text = "The agency said in that case that the staff had been careless."
    assert [c.content for c in analyze(text).claims] == ["the staff had been careless"]


@pytest.mark.parametrize("phrase", ["that person", "the person"])
def test_that_person_refers_back_to_the_unnamed_source(phrase: str) -> None:
    text = (
        "Another source close to the company said the board was wary of the debt."
        f" “Not everyone is convinced,” {phrase} said."
    )
    figures = [c.figure for c in analyze(text).claims]
    assert figures == ["source close to the company"] * 2


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "The senator will change his approach, a source close to him said.",
            "source close to him",
        ),
        ("People familiar with them said the talks had stalled.", "people familiar with them"),
    ],
)
def test_an_object_pronoun_ends_the_subjects_post_modifier(sentence: str, figure: str) -> None:
    assert [c.figure for c in analyze(sentence).claims] == [figure]


def test_asking_someone_to_act_is_still_reported_but_asking_anonymity_is_not() -> None:
    asks = "The party asks to the regional council to apply the ruling of the court."
    assert [c.figure for c in analyze(asks).claims] == ["party"]
    assert analyze("A nurse asked to remain anonymous because she feared dismissal.").claims == ()


def test_is_telling_someone_that_is_speech_not_a_passive() -> None:
    text = "Tove Aune is telling voters at a harbour cafe that the ferry will return."
    (c,) = analyze(text).claims
    assert c.content == "the ferry will return"
    assert c.figure == "Tove Aune"
    (c,) = analyze("Tove Aune was told that the ferry will return.").claims
    assert c.rule == "passive-told"


def test_a_long_description_of_whom_was_told_still_leads_to_that() -> None:
    text = "Tomas Brek told the state Senate transport committee in July that crews were tired."
    (claim,) = analyze(text).claims
    assert text[claim.start : claim.end] == "crews were tired"
