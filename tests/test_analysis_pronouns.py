"""Pronoun speakers: which earlier figure a "he", "she", "they" or "it" goes on with."""

from reader.analysis import analyze


def test_a_person_named_in_the_speakers_own_sentence_does_not_take_the_pronoun() -> None:
    text = (
        '"The tolls will stay," said Tomas Brek, a former adviser to Karl Holm '
        "who has known Mr. Holm for years.\n\n"
        '"Nobody wants them gone," he said.'
    )
    claims = analyze(text).claims
    assert [c.figure for c in claims] == ["Tomas Brek", "Tomas Brek"]
    assert "speaker of the claim before" in claims[1].resolution


def test_a_person_the_speaker_spoke_of_does_not_take_the_next_he() -> None:
    text = (
        '"The plan is sound," Tomas Brek said of Karl Holm on Monday. '
        "He added that the council would meet again."
    )
    assert [c.figure for c in analyze(text).claims] == ["Tomas Brek", "Tomas Brek"]


def test_a_person_named_with_the_place_he_is_from_can_take_the_pronoun() -> None:
    text = (
        "Karl Holm spoke first. Later, Sen. Tomas Brek of Vestby took the floor "
        "for an hour, and when asked about the bridge he said the tolls would stay."
    )
    assert analyze(text).claims[-1].figure == "Tomas Brek"


def test_a_lone_surname_read_as_a_body_is_a_person_once_he_goes_on_with_it() -> None:
    text = (
        "The harbour plan was discussed by Karl Holm on Monday.\n\n"
        '"We will not pay for it," Brek said. "It costs too much," he added, '
        '"and Karl Holm knows it."\n\n'
        '"The council agrees," he said.'
    )
    a = analyze(text)
    assert [c.figure for c in a.claims] == ["Brek"] * 4
    assert {c.source_type for c in a.claims} == {"named_person"}
    figure = a.figure("Brek")
    assert figure is not None and figure.source_type == "named_person"


def test_a_title_read_as_a_body_stays_a_body_before_he() -> None:
    text = (
        'Karl Holm spoke on Monday. "The tolls stay," the Vestby Post said.\n\n'
        '"We never said so," he said.'
    )
    a = analyze(text)
    assert a.claims[-1].figure == "Karl Holm"


def test_they_goes_on_with_the_plural_subject_of_the_sentence_before() -> None:
    text = (
        "Mara Lind spoke at the opening on Monday.\n\n"
        "As the tolls rose, harbour officials counted the ferries. "
        "The count, they said, showed fewer crossings."
    )
    claim = analyze(text).claims[-1]
    assert claim.figure == "harbour officials"
    assert "plural subject just before" in claim.resolution


def test_they_skips_a_plural_after_a_preposition_and_the_speakers_own_words() -> None:
    text = (
        "Lind's advisers said the plan was popular with voters. "
        "More crossings would follow, they said."
    )
    assert [c.figure for c in analyze(text).claims] == ["Lind's advisers", "Lind's advisers"]


def test_vice_before_a_title_is_no_outlet_and_the_person_takes_the_pronoun() -> None:
    text = (
        "Mara Lind spoke on Monday. Vice President Tomas Brek weighed in as well, "
        'telling the Vestby Post, "We are ready," he said.'
    )
    a = analyze(text)
    assert [c.figure for c in a.claims] == ["Tomas Brek"]
    assert a.claims[0].source_type == "named_person"


def test_the_subject_after_a_conjunction_and_a_fronted_phrase_takes_he() -> None:
    text = (
        "And since Monday, Mr. Tomas Brek has pressed Karl Holm over the tolls. "
        "He has asked the council to drop them."
    )
    assert analyze(text).claims[-1].figure == "Tomas Brek"


def test_the_subject_named_after_a_short_description_takes_she() -> None:
    text = (
        "One delegate, harbour board chairwoman Mara Lind, cast her vote for Ada Holm "
        'on Monday.\n\n"We need to close this race," she said.'
    )
    assert analyze(text).claims[-1].figure == "Mara Lind"


def test_he_goes_on_past_a_sentence_whose_subject_is_he() -> None:
    text = (
        '"The ferry will run," Tomas Brek said.\n\n'
        "He is a harbour pilot who has often criticised Karl Holm. "
        'He said that "the tolls must go."'
    )
    assert [c.figure for c in analyze(text).claims] == ["Tomas Brek", "Tomas Brek"]


def test_she_looks_past_sentences_whose_subject_is_she() -> None:
    text = (
        "Karl Holm opened the meeting.\n\n"
        "Mara Lind arrived later. She thanked Tomas Brek for the invitation. "
        '"The tolls must go," she said.'
    )
    assert analyze(text).claims[-1].figure == "Mara Lind"


def test_an_object_him_after_a_mention_does_not_make_her_a_man() -> None:
    text = (
        "Tomas Brek keeps his post, but the rise of Quilla Vant was seen as a defeat "
        "for him.\n\n"
        '"Nobody is being pushed aside," she said.'
    )
    assert analyze(text).claims[-1].figure == "Quilla Vant"


def test_it_never_goes_on_with_unnamed_people() -> None:
    text = (
        "The Harbour Authority met on Monday. Officials familiar with the plan said "
        "the tolls would stay, and it said the ferry would run."
    )
    claims = analyze(text).claims
    assert claims[-1].figure == "Harbour Authority"


def test_it_goes_on_with_a_described_body_that_opens_the_sentence_before() -> None:
    text = (
        "The Harbour Authority rated the pier safe in March. Two engineers who inspected it "
        "told the Vestby Post that the rating was wrong.\n\n"
        "The authority did not reply. In a short statement, it said it would look again."
    )
    assert analyze(text).claims[-1].figure == "Harbour Authority"
