"""Speaker phrases: names with their titles and roles, common nouns for people and bodies."""

import pytest
from analysis_helpers import claims_of

from reader.analysis import analyze


def test_name_of_the_body_is_a_person_with_the_body_as_role() -> None:
    a = analyze("Greta Lund of the Institute of Marine Research said stocks were falling.")
    (c,) = a.claims
    assert (c.figure, c.source_type) == ("Greta Lund", "named_person")
    (fig,) = [f for f in a.figures if f.name == "Greta Lund"]
    assert fig.role is not None and "Institute of Marine Research" in fig.role


def test_time_inside_a_post_modifier_stays_with_the_document() -> None:
    text = "A survey published on Monday found that most drivers wanted fewer tolls."
    assert [(c, t) for c, _f, t in claims_of(text)] == [
        ("most drivers wanted fewer tolls", "document")
    ]


@pytest.mark.parametrize(
    ("text", "figure", "stype"),
    [
        (
            "Tove Aas won the final on Sunday. The swimmer said she would rest for a month.",
            "Tove Aas",
            "named_person",
        ),
        (
            "Ben Kray was sentenced on Monday. The 47-year-old told the court he regretted it.",
            "Ben Kray",
            "named_person",
        ),
        ("A commuter said the trains had been late all week.", "commuter", "anonymous"),
        ("Her family said in a statement that she had loved the sea.", "family", "anonymous"),
        (
            "A violinist who has played with the Nordic Philharmonic for 12 years said the "
            "conductor shouted.",
            "violinist who has played with the Nordic Philharmonic for 12 years",
            "anonymous",
        ),
        (
            "A senior party figure, who asked not to be named, said the whips had known.",
            "senior party figure",
            "anonymous",
        ),
    ],
)
def test_common_nouns_for_people_speak(text: str, figure: str, stype: str) -> None:
    assert [(f, t) for _c, f, t in claims_of(text)] == [(figure, stype)]


def test_a_capitalised_name_ending_in_ed_is_not_a_participle() -> None:
    text = "Her uncle Ahmed Saeed said the family would appeal."
    assert claims_of(text) == [("the family would appeal", "Ahmed Saeed", "named_person")]


def test_a_descriptor_before_a_name_is_a_role() -> None:
    a = analyze("Meteorologist Kai Berg said the rain would ease by Friday.")
    assert [(f.name, f.role) for f in a.figures] == [("Kai Berg", "Meteorologist")]


def test_an_aside_between_commas_is_not_a_role() -> None:
    a = analyze("Ida Brun, however, said the vote was rigged.")
    assert [(f.name, f.role) for f in a.figures] == [("Ida Brun", None)]


def test_a_relative_clause_after_a_name_is_not_its_role() -> None:
    a = analyze("Kari Vik, who chairs the board, said the plan was sound.")
    assert [(f.name, f.role) for f in a.figures] == [("Kari Vik", None)]


def test_company_type_nouns_and_store_chains_are_bodies() -> None:
    text = (
        "Shares in Hollin Stores fell after the retailer said it would shut 30 shops.\n\n"
        "Reporting by Ana Ruiz; editing by Tim Cole"
    )
    a = analyze(text)
    assert [(c.figure, c.source_type) for c in a.claims] == [("Hollin Stores", "institution")]
    assert [f.name for f in a.figures] == ["Hollin Stores"]


def test_quote_then_relation_and_name_between_commas() -> None:
    text = '"He never missed a shift," his brother, Tariq Amin, said by phone.'
    assert claims_of(text) == [("He never missed a shift,", "Tariq Amin", "named_person")]


def test_plain_nouns_before_officials_in_a_tail_cue() -> None:
    text = "The road will stay shut until May, county highway officials said."
    assert claims_of(text) == [
        ("The road will stay shut until May", "county highway officials", "institution")
    ]


def test_the_role_before_a_name_in_commas_is_kept_and_referred_back_to() -> None:
    text = (
        "Norway's fisheries minister, Siv Holm, said quotas would fall. "
        "The minister added that talks would resume in May."
    )
    a = analyze(text)
    assert [c.figure for c in a.claims] == ["Siv Holm", "Siv Holm"]
    assert [f.role for f in a.figures if f.name == "Siv Holm"] == ["Norway's fisheries minister"]


def test_coast_guard_is_a_body_and_skipper_an_epithet() -> None:
    text = (
        "The coast guard said it had found the boat. Eva Lund, 44, owns the boat. "
        "The skipper added that nobody was hurt."
    )
    got = [(f, t) for _c, f, t in claims_of(text)]
    assert got == [("coast guard", "institution"), ("Eva Lund", "named_person")]


def test_a_coordinated_verb_is_not_read_as_a_participle_of_the_subject() -> None:
    """`The mayor visited the plant and said ...`: the figure is the mayor, not the sentence."""
    from reader.analysis import analyze

    claims = analyze(
        "The mayor visited the plant and told reporters that the jobs were safe."
    ).claims
    assert [(c.content, c.figure, c.speaker.text if c.speaker else None) for c in claims] == [
        ("the jobs were safe", "mayor", "The mayor")
    ]
    briefed = analyze("A diplomat briefed on the talks said the deal was close.").claims
    assert [c.figure for c in briefed] == ["diplomat briefed on the talks"]


def test_an_affiliation_and_a_role_before_a_name_describe_it() -> None:
    """`"...," Republican strategist Tor Vikane said`: the name speaks, not "Republican"."""
    from reader.analysis import analyze

    for text in (
        '"It is over," said Republican strategist Tor Vikane.',
        '"It is over," Republican strategist Tor Vikane said.',
        '"It is over," GOP pollster Tor Vikane said.',
    ):
        claims = analyze(text).claims
        assert [(c.content, c.figure, c.source_type) for c in claims] == [
            ("It is over,", "Tor Vikane", "named_person")
        ], text


def test_supporters_opponents_and_protesters_are_unnamed_people() -> None:
    from reader.analysis import analyze

    for text, figure in (
        ("Supporters say the plan will fail.", "supporters"),
        ("But opponents say the plan will fail.", "opponents"),
        ("Protesters said the police had charged them.", "protesters"),
    ):
        claims = analyze(text).claims
        assert [(c.figure, c.source_type) for c in claims] == [(figure, "anonymous")], text


def test_confidants_advisers_and_allies_are_unnamed_people() -> None:
    from reader.analysis import analyze

    for text, figure in (
        ("“It is over,” said a confidant.", "confidant"),
        ("Advisers say the plan will fail.", "advisers"),
        ("Allies of the governor say the plan will fail.", "allies of the governor"),
    ):
        claims = analyze(text).claims
        assert [(c.figure, c.source_type) for c in claims] == [(figure, "anonymous")], text


def test_an_owner_before_a_named_body_is_not_the_speaker() -> None:
    """`according to Saudi Arabia's Civil Defense Authority`: the authority speaks."""
    from reader.analysis import analyze

    claims = analyze("Two died, according to Saudi Arabia's Civil Defense Authority.").claims
    assert [(c.figure, c.source_type) for c in claims] == [
        ("Civil Defense Authority", "institution")
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Republican Rep. Lena Marsh of Ohio said the bill would pass.", "Lena Marsh"),
        ("Ohio Secretary of State Tom Verral said turnout was high.", "Tom Verral"),
        ("Senator Barbara Bishop of Vestland said the talks had stalled.", "Barbara Bishop"),
        ("Senate Majority Leader Frank Oduya said the bill was dead.", "Frank Oduya"),
        ("House Minority Leader Ann Reyes told reporters the vote would fail.", "Ann Reyes"),
        ("Democrat Ann Reyes said the plan would fail.", "Ann Reyes"),
        ("Congressman Tom Reed said the plan would fail.", "Tom Reed"),
        ("Councilwoman Ida Marsh told reporters the vote would fail.", "Ida Marsh"),
        (
            "Congressman Tom Reed spoke on Monday. The congressman said the plan would fail.",
            "Tom Reed",
        ),
        ("Republican Roy Pendergast said the plan would fail.", "Roy Pendergast"),
        (
            "The Republican National Committee said the plan would fail.",
            "Republican National Committee",
        ),
    ],
)
def test_a_title_or_a_role_of_before_a_name_is_not_the_name(text: str, figure: str) -> None:
    (c,) = analyze(text).claims
    assert c.figure == figure


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Some Democrats said the plan was dead.", "Some Democrats"),
        ("But many liberal Democrats said the plan was dead.", "many liberal Democrats"),
        ("Most Americans say the plan is dead.", "Most Americans"),
        ("Republicans said the plan was dead.", "Republicans"),
    ],
)
def test_a_quantified_group_is_named_with_its_quantifier(text: str, speaker: str) -> None:
    """The mention is the whole phrase; the figure is the group."""
    (c,) = analyze(text).claims
    assert c.speaker is not None and c.speaker.text == speaker
    assert c.figure == speaker.split()[-1]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A CNN/ORC poll found that voters were split.", "CNN/ORC poll"),
        (
            "A Wall Street Journal/NBC News poll found that voters were split.",
            "Wall Street Journal/NBC News poll",
        ),
    ],
)
def test_a_poll_by_two_names_joined_by_a_slash_keeps_both(text: str, figure: str) -> None:
    (c,) = analyze(text).claims
    assert (c.figure, c.source_type) == (figure, "document")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Florida election officials said turnout was high.", "Florida election officials"),
        ("Law enforcement officials said the man had fled.", "Law enforcement officials"),
        ("A former senior law enforcement official said the case was weak.", None),
    ],
)
def test_an_office_named_by_its_field_is_part_of_the_phrase(text: str, speaker: str | None) -> None:
    (c,) = analyze(text).claims
    assert c.speaker is not None
    assert c.speaker.text == (speaker or text[: text.index(" said")])


@pytest.mark.parametrize(
    ("text", "figure", "source_type"),
    [
        ("San Bernardino said the road would reopen.", "San Bernardino", "institution"),
        ("New Jersey said it would appeal the ruling.", "New Jersey", "institution"),
        ("John West said the road would reopen.", "John West", "named_person"),
    ],
)
def test_a_place_of_two_words_is_no_person(text: str, figure: str, source_type: str) -> None:
    (c,) = analyze(text).claims
    assert (c.figure, c.source_type) == (figure, source_type)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Jan Berg, a Linden, Ore., pilot who flew the route, said it was safe.", "Jan Berg"),
        (
            "Carl Brandt, who farms outside the county seat, Linden, said the river rose.",
            "Carl Brandt",
        ),
        ("Sen. Ola Vik (R-Ore.), a member of the panel, said the vote was close.", "Ola Vik"),
        ("Holm, meanwhile, who has no endorsements, said the race was open.", "Holm"),
    ],
)
def test_an_appositive_with_commas_of_its_own_keeps_the_name_before_it(
    text: str, figure: str
) -> None:
    (c,) = analyze(text).claims
    assert c.figure == figure


def test_a_fronted_place_with_commas_is_not_the_speaker() -> None:
    text = (
        "At a fair in Ames, Iowa, on Sunday, Mrs. Ines Holm praised the farmers, "
        "saying that the harvest was the best in years."
    )
    (c,) = analyze(text).claims
    assert c.figure == "Ines Holm"


def test_an_inverted_cue_with_a_party_tag_after_the_name() -> None:
    (c,) = analyze(
        "The ferry will not stop, said Sen. Ola Vik (R-Ore.), who chairs the panel."
    ).claims
    assert (c.content, c.figure) == ("The ferry will not stop", "Ola Vik")


@pytest.mark.parametrize(
    "text",
    [
        "Ines Holm however said the ferry would keep running.",
        "Ines Holm herself said the ferry would keep running.",
    ],
)
def test_an_aside_between_the_name_and_the_verb(text: str) -> None:
    (c,) = analyze(text).claims
    assert (c.content, c.figure) == ("the ferry would keep running", "Ines Holm")


@pytest.mark.parametrize(
    ("text", "figure", "source_type"),
    [
        (
            "Two officials who attended the meeting said the talks had stalled.",
            "two officials who attended the meeting",
            "institution",
        ),
        (
            "Officials who spoke on condition of anonymity said the talks had stalled.",
            "officials",
            "anonymous",
        ),
        (
            "A senior official who spoke on condition of anonymity said the talks had stalled.",
            "senior official",
            "anonymous",
        ),
    ],
)
def test_a_group_with_a_relative_clause_speaks_and_anonymity_makes_it_unnamed(
    text: str, figure: str, source_type: str
) -> None:
    (c,) = analyze(text).claims
    assert (c.figure, c.source_type) == (figure, source_type)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Shifts were cut, according to eleven current and former employees.",
            "eleven current and former employees",
        ),
        ("Current and former officials said the files were lost.", "current and former officials"),
    ],
)
def test_a_count_and_joined_modifiers_belong_to_the_phrase(text: str, figure: str) -> None:
    (c,) = analyze(text).claims
    assert c.figure == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Rep. Tom Vikander, R-N.Y., said the levy was dead.", "Tom Vikander"),
        ("Sen. Ana Brisk, D-Calif., said the levy was dead.", "Ana Brisk"),
        (
            "Senator Ann Vikander, Republican of Maine, said the levy was dead.",
            "Ann Vikander",
        ),
        ("Rachel Brisk, a baker from Lund, New York, said the levy was dead.", "Rachel Brisk"),
        ("Tom Vikander, 33, of Corinth, Miss., said the levy was dead.", "Tom Vikander"),
    ],
)
def test_a_party_tag_or_a_state_after_a_name_is_not_the_speaker(text: str, figure: str) -> None:
    (c,) = analyze(text).claims
    assert (c.figure, c.source_type) == (figure, "named_person")


def test_a_party_member_from_a_place_is_a_new_unnamed_source_each_time() -> None:
    text = (
        '"The gap is too wide," said a Vermont Democrat. "He will win," said another '
        'Vermont Democrat. "Nobody knows," said one Iowa Republican.'
    )
    a = analyze(text)
    assert [c.speaker.text for c in a.claims if c.speaker] == [
        "a Vermont Democrat",
        "another Vermont Democrat",
        "one Iowa Republican",
    ]
    assert len({c.figure for c in a.claims}) == 3
    assert {c.source_type for c in a.claims} == {"anonymous"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officials there said the ferry would not sail.", "Officials"),
        ("Residents here say the ferry will not sail.", "Residents"),
        ("A poll out Monday showed that most islanders want the ferry back.", "A poll"),
        ("A survey out this week found that most islanders want the ferry back.", "A survey"),
    ],
)
def test_a_place_adverb_or_a_release_date_after_the_head_is_left_out(
    text: str, speaker: str
) -> None:
    (c,) = analyze(text).claims
    assert c.speaker is not None and c.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A producer for Brindle Radio said the show was cancelled.", "A producer"),
        ("Many mourners at the chapel said the loss was hard.", "Many mourners"),
    ],
)
def test_an_agent_noun_with_a_post_modifier_opening_the_sentence_speaks(
    text: str, speaker: str
) -> None:
    (c,) = analyze(text).claims
    assert c.speaker is not None and c.speaker.text == speaker
    assert c.source_type == "anonymous"


def test_an_appositive_agent_noun_leaves_the_name_before_it_the_speaker() -> None:
    text = "Ann Vik, a supporter of the harbour plan, told reporters the fund would grow."
    (c,) = analyze(text).claims
    assert c.figure == "Ann Vik"


@pytest.mark.parametrize(
    "text",
    [
        '"The cod are back," Tom Ames, 30, of Lund, Norway, who fishes the fjord, said.',
        '"The cod are back," Tom Ames, 30, of Lund, who fishes the fjord, said.',
        "Tom Ames, 30, of Lund, Md., who fishes the bay, said the cod are back.",
    ],
)
def test_a_place_after_the_name_before_a_relative_clause_is_not_the_speaker(text: str) -> None:
    (c,) = analyze(text).claims
    assert (c.figure, c.source_type) == ("Tom Ames", "named_person")


def test_a_name_and_his_plural_company_speak_as_the_one_named() -> None:
    (c,) = analyze("Tom Ames and his sons have said the engine failed twice.").claims
    assert c.speaker is not None and c.speaker.text == "Tom Ames and his sons"
    assert (c.figure, c.source_type) == ("Tom Ames", "named_person")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The state prosecutor's office said the case was closed.", "state prosecutor's office"),
        ("The prime minister's office said the talks would resume.", "prime minister's office"),
    ],
)
def test_an_owners_own_modifiers_stay_in_the_phrase(text: str, figure: str) -> None:
    (c,) = analyze(text).claims
    assert c.figure == figure


def test_a_document_with_its_owner_named_is_its_own_not_the_last_one() -> None:
    text = (
        "An advert said the plan would fail. "
        "The campaign's statement said the matter was now concluded."
    )
    assert [c.figure for c in analyze(text).claims] == ["advert", "campaign's statement"]


def test_two_given_names_before_two_surnames_stay_in_the_name() -> None:
    """ "Carlos Miguel Ferrer Soto": four words, the first two given names, are one name."""
    text = "The harbour pilot Carlos Miguel Ferrer Soto said the channel was too shallow."
    (c,) = analyze(text).claims
    assert c.figure == "Carlos Miguel Ferrer Soto"


def test_a_state_before_a_name_is_no_given_name() -> None:
    """ "Virginia" is a given name too, but before three more names it is the state."""
    (c,) = analyze("Virginia Ann Lind Berg said the port would open.").claims
    assert c.figure == "Ann Lind Berg"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A lifeguard, who asked not to be named, said the pump had failed.", "lifeguard"),
        (
            "A lifeguard who worked there for years, who asked not to be named, said the "
            "pump had failed.",
            "lifeguard",
        ),
        (
            "In Dresk, an aid worker for a charity, who spoke on condition of anonymity, said "
            "the clinics were full.",
            "aid worker for a charity",
        ),
    ],
)
def test_an_unnamed_speaker_before_a_relative_clause(text: str, figure: str) -> None:
    (c,) = analyze(text).claims
    assert (c.figure, c.source_type) == (figure, "anonymous")


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg said about 200 people had come.",
        "Anna Berg said nearly half of the members had left.",
        "Anna Berg said over 6 percent of the cargo had spoiled.",
        "Anna Berg said up to 30 people were hurt.",
        "Anna Berg said as many as 50 homes were flooded.",
    ],
)
def test_a_clause_opening_with_a_rough_number_is_reported(text: str) -> None:
    (c,) = analyze(text).claims
    assert c.figure == "Anna Berg"
    assert c.content.split()[0] in ("about", "nearly", "over", "up", "as")
