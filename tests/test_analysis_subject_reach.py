"""How far a speaker phrase reaches: nouns before its head, two subjects joined
by "and", a body named with an ordinal, a role before a name after the cue."""

import pytest

from reader.analysis import analyze


def _speaker_and_figure(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.speaker.text if c.speaker else None, c.figure) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Harbour staff members said the ferry would stop on Monday.", "Harbour staff members"),
        (
            "Vestby County land records show the pier was sold in 1990.",
            "Vestby County land records",
        ),
        ("But digital forensics experts said the files were altered.", "digital forensics experts"),
        ("The fares rose, ferry rights advocates said.", "ferry rights advocates"),
    ],
)
def test_nouns_before_a_bare_head_belong_to_the_subject(text: str, speaker: str) -> None:
    assert _speaker_and_figure(text)[0][0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Six past and current officials said the pier would close.",
            "Six past and current officials",
        ),
        (
            "Liberal and independent analysts say the toll will stay.",
            "Liberal and independent analysts",
        ),
        # A verb or a name before "and" joins no modifier.
        ("The fares rose and local officials said the pier would close.", "local officials"),
    ],
)
def test_two_adjectives_joined_by_and_modify_one_head(text: str, speaker: str) -> None:
    assert _speaker_and_figure(text)[0][0] == speaker


def test_a_name_among_the_adjectives_after_an_article_belongs_to_the_subject() -> None:
    text = "A major Vestby civil rights group says the toll is unfair."
    assert _speaker_and_figure(text) == [
        ("A major Vestby civil rights group", "major Vestby civil rights group")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # An adverb, a quantifier or a verb before the head is no modifier.
        ("Yesterday land records showed the pier was sold.", "records"),
        ("Virtually all analysts say the tolls will stay.", "analysts"),
    ],
)
def test_words_that_modify_nothing_stay_out(text: str, speaker: str) -> None:
    assert _speaker_and_figure(text)[0][0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "figure"),
    [
        (
            "The Harbour Authority and the Vestby Council said the pier would close.",
            "The Harbour Authority and the Vestby Council",
            "Harbour Authority and the Vestby Council",
        ),
        (
            "The pier will close, harbour officials and union leaders said.",
            "harbour officials and union leaders",
            "harbour officials and union leaders",
        ),
        (
            "Mara Lind and Tomas Brek said the pier would close.",
            "Mara Lind and Tomas Brek",
            "Mara Lind",
        ),
        (
            "Senator Mara Lind and Mayor Tomas Brek said on Monday that the pier would close.",
            "Senator Mara Lind and Mayor Tomas Brek",
            "Mara Lind",
        ),
        (
            "Mara Lind and harbour officials said the pier would close.",
            "Mara Lind and harbour officials",
            "Mara Lind",
        ),
    ],
)
def test_two_subjects_joined_by_and_speak_together(text: str, speaker: str, figure: str) -> None:
    assert _speaker_and_figure(text) == [(speaker, figure)]


def test_a_noun_after_a_preposition_does_not_open_a_pair() -> None:
    # "the union" is the object of "of", not a subject of its own.
    text = "Supporters of the union and party officials said the pier would close."
    assert _speaker_and_figure(text)[0][0] == "Supporters"


def test_one_name_with_and_inside_stays_one_body() -> None:
    text = "The Department of Harbours and Ferries said the pier would close."
    assert _speaker_and_figure(text)[0][1] == "Department of Harbours and Ferries"


@pytest.mark.parametrize(
    "text",
    [
        "The Vestby Court of Appeals for the 2nd District ruled that the tolls were legal.",
        "The fares must rise, the Vestby Court of Appeals for the 2nd District said.",
    ],
)
def test_a_body_named_with_an_ordinal_is_read_whole(text: str) -> None:
    claims = analyze(text).claims
    assert [(c.figure, c.source_type) for c in claims] == [
        ("Vestby Court of Appeals for the 2nd District", "institution")
    ]


def test_a_role_before_a_name_after_the_cue_is_the_name_s_role() -> None:
    text = '"The pier is unsafe," said former harbour engineer Mara Lind at a hearing on Monday.'
    a = analyze(text)
    assert [(c.speaker.text if c.speaker else None, c.figure) for c in a.claims] == [
        ("former harbour engineer Mara Lind", "Mara Lind")
    ]
    assert [f.role for f in a.figures if f.name == "Mara Lind"] == ["former harbour engineer"]


@pytest.mark.parametrize(
    "text",
    ["Frankly, I'm arguing that the pier must stay open.", "I’d add that the pier must stay open."],
)
def test_a_pronoun_with_its_verb_contracted_speaks_as_the_pronoun(text: str) -> None:
    assert _speaker_and_figure(text) == [("I", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Harbour Authority on Monday also said that the pier would close.",
            "The Harbour Authority",
        ),
        ("Mara Lind on Tuesday morning again urged the council to keep the pier.", "Mara Lind"),
    ],
)
def test_a_time_before_an_adverb_before_the_verb_is_no_part_of_the_subject(
    text: str, speaker: str
) -> None:
    assert [s for s, _ in _speaker_and_figure(text)] == [speaker]
