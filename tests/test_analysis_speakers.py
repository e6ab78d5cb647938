"""Who speaks: the speaker phrase a cue takes, and the figure it names."""

import pytest
from analysis_helpers import LEAD, claims_of

from reader.analysis import analyze


def test_a_web_name_keeps_its_ending() -> None:
    # A site named by its address is one name, and an outlet.
    for text in (
        "Checkpoint.org said the toll figure was wrong.",
        "According to Checkpoint.org, the toll figure was wrong.",
    ):
        assert claims_of(text) == [("the toll figure was wrong", "Checkpoint.org", "media")]


def test_a_channel_between_subject_and_verb_is_passed() -> None:
    # The statement, the interview and the outlet say how the subject spoke.
    for text in (
        "Mara Lind in a statement said the ferry would stop in May.",
        "Mara Lind in an interview with the Vestby Tribune said the ferry would stop in May.",
        "Mara Lind on Monday in a blog post said the ferry would stop in May.",
    ):
        assert claims_of(text) == [("the ferry would stop in May", "Mara Lind", "named_person")]


def test_a_prepositional_phrase_with_a_clause_is_no_channel() -> None:
    text = "Jon Berg spoke at a news conference at which he predicted that the pier would close."
    assert [f for _c, f, _t in claims_of(text)] == ["Jon Berg"]


def test_an_outlet_named_post_is_no_channel() -> None:
    text = "According to a report in the Vestby Evening Post, the pier will close in May."
    ((_c, figure, _t),) = claims_of(text)
    assert figure == "report in the Vestby Evening Post"


def test_a_plural_noun_before_the_verb_ends_the_subject() -> None:
    # "rules" and "reports" are nouns here: the next word is the cue.
    for text, figure in (
        (
            "Backers of stricter ferry rules here say the crossings are unsafe.",
            "backers of stricter ferry rules",
        ),
        ("Harbour reports show that the crossings are unsafe.", "harbour reports"),
    ):
        ((content, fig, _t),) = claims_of(text)
        assert (content, fig) == ("the crossings are unsafe", figure)


def test_everyone_but_a_name_is_the_group() -> None:
    for text in (
        "Everyone but Jon Berg said the pier should close.",
        "Everyone but Jon Berg said yes.",
    ):
        ((_c, figure, _t),) = claims_of(text)
        assert figure == "everyone but Jon Berg"


def test_a_plain_word_opening_a_headline_is_no_first_name() -> None:
    text = (
        "Understated Lind wins over Vestby voters\n\n"
        "VESTBY — The town's new mayor, Mara Lind, was understated on Sunday.\n\n"
        "Lind said the ferry would return in May."
    )
    assert [f for _c, f, _t in claims_of(text)] == ["Mara Lind"]


def test_a_first_name_the_lists_lack_is_kept() -> None:
    # "Ximena" is never written in lower case: it may be a name, so it stays.
    text = "Ximena Lind said the ferry would return. Her cousin, Tor Lind, said it would not."
    assert [f for _c, f, _t in claims_of(text)] == ["Ximena Lind", "Tor Lind"]


def test_a_place_opening_the_sentence_is_no_he() -> None:
    # "Port Ellis" opens the sentence before, but a place is nobody's "he".
    text = (
        "Tomas Vik came to the rally from the coast.\n\n"
        "Growing up in Port Ellis, Vik saw the ferry close.\n\n"
        '"It hurt the town," he said.'
    )
    assert claims_of(text) == [("It hurt the town,", "Tomas Vik", "named_person")]


def test_state_before_a_role_is_a_noun() -> None:
    for text in (
        "Vestland state delegate Mara Lind said the ferry must return.",
        "Mara Lind, Vestland state director of the Ferry Fund, said the ferry must return.",
    ):
        assert claims_of(text) == [("the ferry must return", "Mara Lind", "named_person")]
    assert [f for _c, f, _t in claims_of("The port records state that the ferry sank.")] == [
        "port records"
    ]


def test_a_bare_day_after_the_name_is_no_part_of_it() -> None:
    text = "Mara Lind won the vote. Lind Sunday night said that the ferry would return."
    assert claims_of(text) == [("the ferry would return", "Mara Lind", "named_person")]


def test_a_relative_clause_with_commas_keeps_its_head() -> None:
    for text in (
        "Mara Lind, who grew up in Lund, Vestland, and sails there, said the rules were unfair.",
        "Mara Lind, who founded Tidewatch, a harbour group in Vestby, said the rules were unfair.",
    ):
        assert claims_of(text) == [("the rules were unfair", "Mara Lind", "named_person")]


def test_a_hyphened_description_before_a_name_is_its_role() -> None:
    for text in (
        '"The ferry must return," said Vestland ferry-supply executive Jon Berg, who backed it.',
        '"The ferry must return," said Vestby-based harbour pilot Jon Berg.',
    ):
        assert claims_of(text) == [("The ferry must return,", "Jon Berg", "named_person")]


def test_a_quote_after_the_cue_and_its_setting_is_the_subjects() -> None:
    text = (
        "Jon Berg said the vote was close. Mara Lind told reporters in Vestby last week, "
        '"I could feel things happening on the ground."'
    )
    assert [f for _c, f, _t in claims_of(text)] == ["Jon Berg", "Mara Lind"]


def test_a_firm_named_for_its_founders_is_one_body() -> None:
    for text in (
        "Brask & Lunde said the accounts were wrong.",
        "The accounts were wrong, said Brask & Lunde, the auditor.",
    ):
        assert [(f, t) for _c, f, t in claims_of(text)] == [("Brask & Lunde", "institution")]
    # A person of the firm is still the person.
    text = "The accounts were wrong, said Lene Brask of Brask & Lunde."
    assert [f for _c, f, _t in claims_of(text)] == ["Lene Brask"]


def test_a_place_word_after_the_head_does_not_hide_it_before_an_aside() -> None:
    for aside in ("speaking on background", "who spoke on condition of anonymity"):
        text = f"A senior official there, {aside}, said that the talks had failed."
        assert claims_of(text) == [("the talks had failed", "senior official", "anonymous")]


def test_the_subject_of_a_relative_clause_after_a_preposition_speaks() -> None:
    text = 'The court saw an email in which Owen Prescott wrote: "Date it January."'
    assert [f for _c, f, _t in claims_of(text)] == ["Owen Prescott"]


def test_an_acronym_ending_a_sentence_leaves_its_full_stop() -> None:
    text = '"The plan will fail," Mara Lind told Vestby TV. "Nobody wants it."'
    names = [f.name for f in analyze(text).figures]
    assert "Vestby TV" in names and "Vestby TV." not in names


def test_a_name_opening_an_unnamed_source_keeps_its_capital() -> None:
    text = (
        "Tessaly Freight Lines said the deal was off. A Tessaly manager said staff were "
        "relieved. Officials met on Monday. Senior officials said the deal was off."
    )
    names = {f.name for f in analyze(text).figures}
    assert "Tessaly manager" in names and "senior officials" in names


def test_a_relative_clause_cut_by_the_reading_window_is_left_out_whole() -> None:
    text = (
        "The ferry will stop, according to two people at the harbour who insisted on "
        "anonymity because the talks are confidential."
    )
    assert [f for _c, f, _t in claims_of(text)] == ["two people at the harbour"]
    text = "The talks are over, according to a person who was at the meeting."
    assert [f for _c, f, _t in claims_of(text)] == ["person who was at the meeting"]


def test_a_platform_that_speaks_stays_a_body_when_a_he_follows() -> None:
    text = (
        "Facebook said the posts had been removed. He added that the company would review "
        "its rules."
    )
    figures = {f.name: f.source_type for f in analyze(text).figures}
    assert figures.get("Facebook") == "institution"


@pytest.mark.parametrize(
    ("sentence", "speaker", "figure"),
    [
        ("His rivals say the harbour plan will sink the budget.", "His rivals", "rivals"),
        ("Politicians say the harbour plan will sink the budget.", "Politicians", "politicians"),
        ("Lobbyists said the harbour plan would sink the budget.", "Lobbyists", "lobbyists"),
        (
            "Two hopefuls for the council seat said the harbour plan would sink the budget.",
            "Two hopefuls",
            "two hopefuls for the council seat",
        ),
    ],
)
def test_people_of_politics_speak_as_unnamed_people(
    sentence: str, speaker: str, figure: str
) -> None:
    """Politicians, rivals, pundits, lobbyists, hopefuls are people, not a body named
    by a capital at the start of the sentence."""
    (c,) = analyze(LEAD + sentence).claims
    assert c.speaker is not None
    assert (c.content[:16], c.speaker.text, c.figure, c.source_type) == (
        "the harbour plan",
        speaker,
        figure,
        "anonymous",
    )


@pytest.mark.parametrize(
    "subject",
    [
        "Tomas Brek, president of the Harbour Fund, a group allied with the council,",
        "Tomas Brek, chief executive of Vestby Data, a harbour software firm,",
        "Tomas Brek, research director for Harbour Insights, a consulting firm,",
    ],
)
def test_a_name_speaks_past_a_role_in_a_body_and_the_bodys_own_appositive(
    subject: str,
) -> None:
    (c,) = analyze(LEAD + subject + " said the ferry would run again in May.").claims
    assert (c.content, c.figure, c.source_type) == (
        "the ferry would run again in May",
        "Tomas Brek",
        "named_person",
    )


def test_a_body_with_an_appositive_still_speaks_for_itself() -> None:
    text = LEAD + "The Harbour Fund, a group allied with the council, said the ferry would run."
    (c,) = analyze(text).claims
    assert (c.figure, c.source_type) == ("Harbour Fund", "institution")
