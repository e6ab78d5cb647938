"""Speakers named after the cue by a role, not a name: "said the mayor.", "said a
Republican strategist." Common in news, and easy to lose at a sentence end."""

import pytest
from analysis_helpers import LEAD

from reader.analysis import analyze
from reader.analysis.text.tokens import tokens


@pytest.mark.parametrize("role", ["mayor", "judge", "coach", "chief", "queen"])
def test_a_role_word_ending_a_sentence_keeps_its_full_stop_apart(role: str) -> None:
    text = f"The speech was given by the {role}. Nobody clapped."
    words = [t.text for t in tokens(text, 0, len(text))]
    assert role in words and f"{role}." not in words


@pytest.mark.parametrize("title", ["Gov.", "Sen.", "Cllr.", "Prof.", "Dr."])
def test_an_abbreviated_title_still_holds_its_full_stop(title: str) -> None:
    text = f"{title} Mara Lind spoke."
    assert tokens(text, 0, len(text))[0].text == title


@pytest.mark.parametrize(
    ("speaker", "figure"),
    [
        ("the mayor", "mayor"),
        ("a Republican strategist", "republican strategist"),
        ("one Democratic pollster", "democratic pollster"),
        ("a campaign strategist", "campaign strategist"),
        ("a supporter of the plan", "supporter of the plan"),
    ],
)
def test_a_quote_then_a_cue_and_an_unnamed_role(speaker: str, figure: str) -> None:
    a = analyze(LEAD + f"“The tolls will have to rise,” said {speaker}.")
    assert [(c.content, c.figure, c.source_type) for c in a.claims] == [
        ("The tolls will have to rise,", figure, "anonymous")
    ]


@pytest.mark.parametrize(
    ("speaker", "figure"),
    [
        (
            "a Harbour Party strategist who spoke on condition of anonymity to talk freely",
            "Harbour Party strategist",
        ),
        (
            "a person familiar with the talks who asked not to be named",
            "person familiar with the talks",
        ),
        (
            "a person who spoke to Radio Vestby on condition of anonymity",
            "person who spoke to Radio Vestby",
        ),
    ],
)
def test_the_clause_asking_for_anonymity_is_no_part_of_the_name(speaker: str, figure: str) -> None:
    a = analyze(LEAD + f"“The tolls will have to rise,” said {speaker}.")
    assert [c.figure for c in a.claims] == [figure]
    assert [f.source_type for f in a.figures if f.name == figure] == ["anonymous"]


@pytest.mark.parametrize(
    ("subject", "figure"),
    [
        (
            "An official familiar with the negotiations",
            "official familiar with the negotiations",
        ),
        ("Officials close to the mayor", "officials close to the mayor"),
        (
            "A government official briefed on the talks",
            "government official briefed on the talks",
        ),
    ],
)
def test_people_placed_by_what_they_know_are_unnamed_sources(subject: str, figure: str) -> None:
    a = analyze(LEAD + f"{subject} said the council had at first demanded two new ferries.")
    assert [(c.content, c.figure, c.source_type) for c in a.claims] == [
        ("the council had at first demanded two new ferries", figure, "anonymous")
    ]


def test_a_body_placed_so_stays_a_body() -> None:
    a = analyze(LEAD + "The ministry close to the talks said the council wanted two new ferries.")
    assert [c.source_type for c in a.claims] == ["institution"]


def test_a_person_who_spoke_to_a_paper_is_no_document() -> None:
    # "Post" ends the phrase, but the head is "consultant".
    a = analyze(LEAD + "A consultant who spoke to the Evening Post said one email went unanswered.")
    assert [c.source_type for c in a.claims] == ["anonymous"]


def test_a_source_cited_on_the_way_to_the_clause_is_passed() -> None:
    a = analyze(LEAD + "The Vestby Post reported, citing two officials, that the tolls would rise.")
    assert [(c.content, c.figure) for c in a.claims] == [("the tolls would rise", "Vestby Post")]


@pytest.mark.parametrize(
    ("first", "later", "figure"),
    [
        ("An audit published on Monday found", "The report", "audit published on Monday"),
        ("A lawsuit filed in March says", "The complaint", "lawsuit filed in March"),
        (
            "A court filing submitted by the council says",
            "The filing",
            "court filing submitted by the council",
        ),
    ],
)
def test_a_document_referred_back_to_by_a_noun_of_its_kind(
    first: str, later: str, figure: str
) -> None:
    a = analyze(
        LEAD + f"{first} that the bridge cost too much. {later} said the tolls were unfair."
    )
    assert [c.figure for c in a.claims] == [figure, figure]


def test_a_document_of_another_kind_is_not_referred_back_to() -> None:
    a = analyze(
        LEAD + "An analysis by the council found that the bridge cost too much. "
        "The lawsuit said the tolls were unfair."
    )
    assert [c.figure for c in a.claims] == ["analysis by the council", "lawsuit"]


def test_two_relative_clauses_before_the_verb_leave_the_first_head_the_speaker() -> None:
    a = analyze(
        LEAD + "A consultant obstetrician who spoke to the Vestby Post, and who requested "
        "anonymity for fear of losing her post, said one email went unanswered."
    )
    assert [(c.figure, c.source_type) for c in a.claims] == [
        ("consultant obstetrician", "anonymous")
    ]
    assert [f.anonymity.text for f in a.figures if f.anonymity] == ["for fear of losing her post"]


def test_he_after_and_in_the_same_sentence_goes_on_with_its_speaker() -> None:
    a = analyze(
        LEAD + "A port spokesman, Ivo Brandt, said the port rejects Leon Marr’s account, "
        "and he denied that the bridge had been rushed."
    )
    assert [c.figure for c in a.claims] == ["Ivo Brandt", "Ivo Brandt"]


def test_people_briefed_further_along_the_description_are_unnamed_sources() -> None:
    a = analyze(
        LEAD + "The talks were close, according to four officials from three countries "
        "who have been briefed on them."
    )
    assert [c.source_type for c in a.claims] == ["anonymous"]


@pytest.mark.parametrize(
    ("sentence", "figure", "source_type"),
    [
        ("Former officers said the ferry had been safe.", "former officers", "anonymous"),
        (
            "Doctors at the clinic said the ferry had been safe.",
            "doctors at the clinic",
            "anonymous",
        ),
        (
            "The Vestby Federation of Teachers said the ferry had been safe.",
            "Vestby Federation of Teachers",
            "institution",
        ),
    ],
)
def test_plural_people_speak_and_a_name_ending_in_one_stays_a_name(
    sentence: str, figure: str, source_type: str
) -> None:
    a = analyze(LEAD + sentence)
    assert [(c.figure, c.source_type) for c in a.claims] == [(figure, source_type)]


def test_a_gerund_phrase_can_open_the_reported_clause() -> None:
    a = analyze(LEAD + "Mara Lind said raising the tolls was the right course.")
    assert [c.content for c in a.claims] == ["raising the tolls was the right course"]


def test_the_official_set_off_by_an_aside_is_the_unnamed_official_before() -> None:
    a = analyze(
        LEAD + "The tolls will stay, a senior official said. The official, who was not "
        "authorised to speak publicly, said talks would resume."
    )
    assert [c.figure for c in a.claims] == ["senior official", "senior official"]
    assert [f.anonymity.text for f in a.figures if f.anonymity] == [
        "not authorised to speak publicly"
    ]


@pytest.mark.parametrize(
    ("speaker", "figure"),
    [
        ("one well-connected adviser to the campaign", "well-connected adviser to the campaign"),
        (
            "a senior official who spoke on the condition of anonymity",
            "senior official",
        ),
    ],
)
def test_hyphened_adjectives_and_a_cut_request(speaker: str, figure: str) -> None:
    a = analyze(LEAD + f"“The tolls will have to rise,” said {speaker}.")
    assert [c.figure for c in a.claims] == [figure]
