"""Channel: how a source spoke, as news words it, in short made-up texts."""

from __future__ import annotations

import pytest
from analysis_helpers import claim_with

from reader.analysis import analyze

CUT = "the budget would be cut"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("In a post on X, the mayor said the budget would be cut.", "social_media"),
        ("The mayor said in a post on Facebook that the budget would be cut.", "social_media"),
        ("The mayor wrote on Truth Social that the budget would be cut.", "social_media"),
        ("The mayor said on Twitter that the budget would be cut.", "social_media"),
        ("In a televised address, the mayor said the budget would be cut.", "statement"),
        ("At a news conference, the mayor said the budget would be cut.", "press_conference"),
        ("The mayor told a briefing on Monday that the budget would be cut.", "press_conference"),
        ("The mayor said in an emailed statement that the budget would be cut.", "statement"),
        ("The mayor said in an email that the budget would be cut.", "email"),
        ("In court papers, the company said the budget would be cut.", "court_filing"),
        ("The company said in court documents that the budget would be cut.", "court_filing"),
        ("Lind sued the city. The complaint says the budget would be cut.", "court_filing"),
        ("The mayor testified that the budget would be cut.", "testimony"),
        ("Giving evidence to a committee in June, the mayor said the budget would be cut.",
         "testimony"),
        ("Pressed on costs, the mayor demurred, telling the committee the budget would be cut.",
         "testimony"),
        ("The mayor admitted in court on Monday that the budget would be cut.", "testimony"),
        ("In a deposition, the mayor said the budget would be cut.", "testimony"),
        ("The pathologist told the inquest that the budget would be cut.", "testimony"),
        ("The council said in a statement to Radio Brannock that the budget would be cut.",
         "statement"),
        ("In comments to the Harbour Gazette, the mayor said the budget would be cut.",
         "told_outlet"),
        # A letter and a notice posted in an app are no channel.
        ("In a letter to residents, the mayor said the budget would be cut.", None),
        ("In a notice posted in the app, the council said the budget would be cut.", None),
        ("The mayor said on Monday that the budget would be cut.", None),
    ],
)  # fmt: skip
def test_the_channels_news_names(text: str, channel: str | None) -> None:
    assert claim_with(analyze(text), CUT).channel == channel


def test_a_sentence_that_frames_the_quote_gives_its_channel_and_outlet() -> None:
    text = (
        "In an interview with the broadcaster Kanal 9 on Friday, Jane Doe stopped short of "
        "resigning. “I am not going anywhere,” she said."
    )
    claim = claim_with(analyze(text), "not going anywhere")
    assert (claim.channel, claim.via) == ("interview", "Kanal 9")


def test_a_post_named_in_the_sentence_before_is_the_channel_of_the_quotes_after_it() -> None:
    text = (
        "Ivo Kerevan was suspended on Monday.\n\n"
        "Kerevan rejected the accusations in a post on social media hours later. "
        "“I have always demanded a great deal,” he wrote. “Demanding is not abuse.”"
    )
    a = analyze(text)
    assert [c.channel for c in a.claims] == ["social_media", "social_media"]


def test_the_same_outlet_told_again_is_told_to_an_outlet_through_it() -> None:
    text = (
        "“He is exacting,” Dan Valchev told Radio Aurora on Sunday. The critic Hanne Sorensen "
        "told the same station that the band had never played better."
    )
    claim = claim_with(analyze(text), "never played better")
    assert (claim.channel, claim.via) == ("told_outlet", "Radio Aurora")


def test_a_statement_read_out_is_the_channel_of_the_quotes_after_it() -> None:
    text = (
        "Outside court, Jane Doe read a statement on behalf of the families. "
        "“Our sons were locked in,” she said. “We want answers.”"
    )
    a = analyze(text)
    assert [c.channel for c in a.claims] == ["statement", "statement"]


def test_a_frame_that_reports_something_itself_gives_nothing_to_the_next_quote() -> None:
    # The first sentence holds a claim of its own: the later quote is another remark.
    text = (
        "At a news conference, Jane Doe said the budget would be cut. "
        "“We will not raise taxes,” she said."
    )
    assert claim_with(analyze(text), "not raise taxes").channel is None


def test_a_frame_about_someone_else_gives_nothing() -> None:
    text = (
        "In an interview with Kanal 9, Tom Reyes looked tired. "
        "“We will not raise taxes,” Jane Doe said."
    )
    assert claim_with(analyze(text), "not raise taxes").channel is None


def test_the_sentence_after_may_name_the_medium_of_the_same_words() -> None:
    text = (
        "The ministry said it would send a team in May. Its statement did not mention the drought."
    )
    assert claim_with(analyze(text), "send a team").channel == "statement"


def test_told_the_articles_own_outlet_is_told_to_an_outlet_but_not_through_one() -> None:
    text = (
        "Source: The Sunday Beacon\n\n"
        "Body\n\n"
        "“Every invoice was settled,” Tom Reyes told the Beacon."
    )
    start = text.index("Body")
    claim = claim_with(analyze(text, start), "Every invoice")
    assert (claim.channel, claim.via) == ("told_outlet", None)


def test_a_quote_with_no_cue_of_its_own_takes_the_channel_its_sentence_names() -> None:
    text = (
        "NORDVIK — Harbour master Ola Brekke announced that the ferry would return in spring."
        "\n\nBrekke, 52, the head of the port authority, wrote on Facebook on Monday, with a "
        "photograph of the new quay, “Every pier will be rebuilt before the summer!”"
    )
    claims = analyze(text).claims
    assert [(c.cue is None, c.channel) for c in claims] == [(False, None), (True, "social_media")]


def test_a_quote_continued_in_a_sentence_naming_no_channel_keeps_the_first_ones() -> None:
    text = "“The pier is shut,” Mayor Ola Brekke told Radio Nordvik. “It will stay shut.”"
    claims = analyze(text).claims
    assert [(c.channel, c.via) for c in claims] == [("told_outlet", "Radio Nordvik")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Ruth Dane told a meeting of its scrutiny committee on Monday that the council "
        "had no power to act.",
        'The chief of staff told parliament\'s defence committee that the ship was "on schedule."',
        "Anna Berg told the city council's workforce committee last week that couriers were "
        "underpaid.",
    ],
)
def test_telling_a_committee_named_with_its_owner_is_testimony(text: str) -> None:
    assert [c.channel for c in analyze(text).claims] == ["testimony"]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ('In a motion to dismiss filed last month, the firm argued that riders "set their own '
         'hours."', "court_filing"),
        ("In a brief it filed Monday, the city argued that the law was void.", "court_filing"),
        ("In a video statement posted on the company's website, the owner, Anatol Brisk, "
         "denied that he had paid anyone.", "statement"),
        ("In a video posted on X, Anna Berg said the plan was dead.", "social_media"),
    ],
)  # fmt: skip
def test_a_motion_a_brief_and_a_video_statement(text: str, channel: str) -> None:
    assert [c.channel for c in analyze(text).claims] == [channel]


def test_news_of_a_filing_is_no_channel_of_the_words_after_it() -> None:
    text = (
        "A board spokesman confirmed that a wage complaint had been filed but said the board "
        "does not release names."
    )
    assert all(c.channel is None for c in analyze(text).claims)
