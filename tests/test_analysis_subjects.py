"""Who speaks when the subject is not right before the cue: shared and described subjects."""

import pytest
from analysis_helpers import claims_of

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "content", "figure"),
    [
        (
            "Ilse Marten toured the flooded farms and said the dikes had been neglected.",
            "the dikes had been neglected",
            "Ilse Marten",
        ),
        (
            "One of the farmers, Hugo Varga, 64, had lost his barn and said that "
            "nobody had warned him.",
            "nobody had warned him",
            "Hugo Varga",
        ),
        (
            "Velmont closed two plants last year but says it will hire again in May.",
            "it will hire again in May",
            "Velmont",
        ),
    ],
)
def test_a_cue_after_and_shares_the_subject_of_the_first_verb(
    text: str, content: str, figure: str
) -> None:
    claims = analyze(text).claims
    assert [(c.content, c.figure, c.rule.startswith("shared-subject")) for c in claims] == [
        (content, figure, True)
    ]


def test_told_with_no_object_after_and_is_passive() -> None:
    # The subject was told: nobody in the sentence is the speaker.
    assert claims_of("I was called in and told that my contract had ended.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The Liberal incumbent said that her pledge was sincere.",
            "her pledge was sincere",
            "The Liberal incumbent",
        ),
        (
            "Many commuters have said they will not pay the new toll.",
            "they will not pay the new toll",
            "Many commuters",
        ),
        (
            "In a short speech, the retired welder said the plant had been unsafe for years.",
            "the plant had been unsafe for years",
            "the retired welder",
        ),
    ],
)
def test_a_described_subject_with_an_unknown_head_still_speaks(
    text: str, content: str, speaker: str
) -> None:
    (claim,) = analyze(text).claims
    assert (claim.content, claim.speaker and claim.speaker.text) == (content, speaker)
    assert claim.source_type == "anonymous"


def test_an_unknown_head_inside_a_longer_clause_is_no_subject() -> None:
    assert claims_of("The vote on the harbour plan for the south quay said little.") == []


def test_the_head_noun_of_a_named_body_refers_back_to_it() -> None:
    text = (
        "The Lindholm Jazz Festival drew 9,000 visitors on Sunday. "
        "The festival says ticket sales have doubled since 2019."
    )
    assert claims_of(text) == [
        ("ticket sales have doubled since 2019", "Lindholm Jazz Festival", "institution")
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Six in 10 say the ferry should run all winter.",
            "the ferry should run all winter",
            "Six in 10",
        ),
        (
            "Among island residents, about 9 percent said they would move away.",
            "they would move away",
            "about 9 percent",
        ),
        (
            "Nearly a third of the farmers polled said that the subsidy came too late.",
            "the subsidy came too late",
            "Nearly a third of the farmers polled",
        ),
        ("Two in three said the toll was too high.", "the toll was too high", "Two in three"),
        ("Those surveyed said the harbour was safe.", "the harbour was safe", "Those surveyed"),
        (
            "Twenty-four percent of Liberal voters said the mayor did nothing wrong.",
            "the mayor did nothing wrong",
            "Twenty-four percent of Liberal voters",
        ),
    ],
)
def test_a_share_of_the_people_polled_speaks(text: str, content: str, speaker: str) -> None:
    (c,) = analyze(text).claims
    assert c.content == content
    assert c.speaker is not None and c.speaker.text == speaker
    assert c.source_type == "anonymous"
    assert c.rule.startswith("poll-share ")


def test_two_shares_joined_by_and_give_two_claims() -> None:
    a = analyze("On taxes, 42% say they are satisfied, and 31% say they are not.")
    assert [(c.content, c.speaker and c.speaker.text) for c in a.claims] == [
        ("they are satisfied", "42%"),
        ("they are not", "31%"),
    ]


def test_a_second_named_speaker_joined_by_and_ends_the_first_clause() -> None:
    a = analyze("Mayor Ines Holm said the pier was safe, and Carl Brandt said it was not.")
    assert [(c.content, c.figure) for c in a.claims] == [
        ("the pier was safe", "Ines Holm"),
        ("it was not", "Carl Brandt"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The majority leader said the vote would be held on Friday.",
        "About 40 percent of the budget goes to schools, the council said.",
    ],
)
def test_a_share_that_is_no_group_of_people_polled_is_not_the_speaker(text: str) -> None:
    assert all(not c.rule.startswith("poll-share") for c in analyze(text).claims)


def test_the_poll_is_not_one_of_those_polled() -> None:
    text = (
        "A poll of 400 voters came out on Monday. Some 56 percent of farmers polled said "
        "prices were too low. Farmers, most of whom sell abroad according to the poll, "
        "want a new deal."
    )
    claims = analyze(text).claims
    assert [c.figure for c in claims] == ["56 percent of farmers polled", "poll"]


@pytest.mark.parametrize(
    "text",
    [
        "Tove Aune thanked the crew, then said she would sail again.",
        "Tove Aune thanked the crew and then said she would sail again.",
    ],
)
def test_then_joins_a_cue_to_the_subject_of_the_verb_before(text: str) -> None:
    (c,) = analyze(text).claims
    assert (c.content, c.figure) == ("she would sail again", "Tove Aune")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ms. Lena Vold often says the harbour board wastes its money.",
            "the harbour board wastes its money",
        ),
        (
            "Mr. Tom Ames has long said that the ferry must stay public.",
            "the ferry must stay public",
        ),
        (
            "Lena Vold has since said that the pier was never safe.",
            "the pier was never safe",
        ),
        (
            "Tom Ames always says the harbour needs a second ferry.",
            "the harbour needs a second ferry",
        ),
    ],
)
def test_a_frequency_adverb_between_subject_and_cue_is_skipped(text: str, content: str) -> None:
    (c,) = analyze(text).claims
    assert c.content == content
    assert c.figure in ("Lena Vold", "Tom Ames")
    assert c.source_type == "named_person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Coastal conservatives say the ferry tolls are far too high.",
            "Coastal conservatives",
        ),
        (
            "But Norwegian netmakers have said the cod stock is recovering.",
            "Norwegian netmakers",
        ),
    ],
)
def test_a_plural_with_a_capitalised_adjective_is_an_unnamed_group(text: str, speaker: str) -> None:
    (c,) = analyze(text).claims
    assert c.speaker is not None and c.speaker.text == speaker
    assert c.source_type == "anonymous"


def test_a_name_before_a_plural_head_is_no_adjective() -> None:
    # "Brightwater" names the body: no bare plural of people nobody names.
    claims = analyze("Brightwater trustees say the museum will move in May.").claims
    assert all(c.speaker is None or c.speaker.text != "Brightwater trustees" for c in claims)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Just 26 percent of Greens said they would back the ferry plan.",
            "Just 26 percent of Greens",
        ),
        ("In the poll, 85% of Liberals said the vote was fair.", "85% of Liberals"),
    ],
)
def test_a_share_of_a_capitalised_group_speaks_as_the_share(text: str, speaker: str) -> None:
    (c,) = analyze(text).claims
    assert c.speaker is not None and c.speaker.text == speaker
    assert c.source_type == "anonymous"
    assert c.rule.startswith("poll-share")


def test_a_body_named_after_of_is_no_share() -> None:
    (c,) = analyze("The leader of Greenpeace said the vote was fair.").claims
    assert not c.rule.startswith("poll-share")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Even farmers who backed the dam complained on Friday that the river had dried up.",
            "farmers",
        ),
        ("Some who ride the ferry complain that the timetable is a mess.", "Some"),
        (
            "Local groups that have funded Lena Vold say the pier will reopen.",
            "Local groups",
        ),
    ],
)
def test_the_subject_stands_before_its_relative_clause(text: str, speaker: str) -> None:
    (c,) = analyze(text).claims
    assert c.speaker is not None and c.speaker.text == speaker


def test_a_that_clause_after_the_verb_is_no_relative_subject() -> None:
    (c,) = analyze("Officials said the ferry that sank had been overloaded.").claims
    assert c.speaker is not None and c.speaker.text == "Officials"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Several skippers, including Tom Ames, said the harbour fees had doubled.",
            "Several skippers",
        ),
        ("Bakers — and a few butchers — say that the new rents are ruinous.", "Bakers"),
        (
            "Local pilots — and, above all, Captain Lena Vold — warned that the "
            "channel was silting up.",
            "Local pilots",
        ),
    ],
)
def test_an_aside_between_subject_and_verb_is_skipped(text: str, speaker: str) -> None:
    (c,) = analyze(text).claims
    assert c.speaker is not None and c.speaker.text == speaker


def test_an_appositive_is_no_aside() -> None:
    (c,) = analyze("Tom Ames, a farmer from Lund, said the quota hurts the coast.").claims
    assert c.figure == "Tom Ames"


@pytest.mark.parametrize(
    "text",
    [
        "The ad argues that Tom Ames would sell the harbour.",
        "A new ad from the Vold campaign says Tom Ames cannot be trusted.",
    ],
)
def test_a_campaign_ad_is_a_document_that_speaks(text: str) -> None:
    (c,) = analyze(text).claims
    assert c.source_type == "document"


@pytest.mark.parametrize(
    "text",
    [
        "Two local outlets reported on Sunday the ferry had run aground.",
        "Several news outlets reported that the mayor had resigned.",
    ],
)
def test_outlets_in_the_plural_report_as_media(text: str) -> None:
    (c,) = analyze(text).claims
    assert c.source_type == "media"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "All three skippers have said the channel needs dredging.",
            "All three skippers",
        ),
        ("Three skippers have said the channel needs dredging.", "Three skippers"),
    ],
)
def test_a_number_or_all_before_an_unknown_head_describes_people(text: str, speaker: str) -> None:
    (c,) = analyze(text).claims
    assert c.speaker is not None and c.speaker.text == speaker
    assert c.source_type == "anonymous"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ann Lind closed the meeting by saying the port would reopen in May.",
            "the port would reopen in May",
        ),
        (
            "Ann Lind calmed the skippers by telling them the ferry would run all winter.",
            "the ferry would run all winter",
        ),
    ],
)
def test_a_speech_verb_after_by_takes_the_main_verb_s_subject(text: str, content: str) -> None:
    (c,) = analyze(text).claims
    assert (c.content, c.figure) == (content, "Ann Lind")
    assert c.rule == "main-subject speaker-verb-clause"


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lind won the vote by promising cheaper fares.",
        "The port was saved by saying nothing at all.",
    ],
)
def test_by_and_an_ing_verb_without_a_clause_claims_nothing(text: str) -> None:
    assert analyze(text).claims == ()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mara Lind has voiced doubts about the toll but has said the pier can stay open.",
            "the pier can stay open",
        ),
        (
            "Mara Lind calls herself a ferry woman and has said that the pier must stay open.",
            "the pier must stay open",
        ),
    ],
)
def test_and_or_but_with_an_auxiliary_share_the_subject(text: str, content: str) -> None:
    c = analyze(text).claims[-1]
    assert (c.content, c.figure) == (content, "Mara Lind")
    assert c.rule.startswith("shared-subject")


def test_a_longer_aside_in_brackets_stands_between_subject_and_verb() -> None:
    text = "Jon Berg (who has sailed the strait every winter since 2010) said the pier was unsafe."
    (c,) = analyze(text).claims
    assert (c.content, c.figure) == ("the pier was unsafe", "Jon Berg")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The toll splits the town, with 17 percent of Veldhaven voters saying the "
            "fee should go.",
            "17 percent of Veldhaven voters",
        ),
        (
            "The row over the pier grew, with Senator Mara Lind telling reporters she "
            "would sue the mayor.",
            "Senator Mara Lind",
        ),
    ],
)
def test_the_subject_of_an_absolute_with_speaks(text: str, speaker: str) -> None:
    (c,) = analyze(text).claims
    assert c.speaker is not None and c.speaker.text == speaker
