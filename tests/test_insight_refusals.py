"""Who refused to comment: the figure a refusal is recorded on, in short made-up texts."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from analysis_helpers import refusers as _refusers

from reader.analysis import analyze
from reader.analysis.insight.refusals import find_refusals
from reader.analysis.lexicon import NO_COMMENT_PATTERN


@pytest.mark.parametrize(
    ("text", "refuser"),
    [
        (
            "Jane Doe said the port would close.\n\n"
            "The port's biggest customer, the shipping line Harbour Freight, declined to comment.",
            "Harbour Freight",
        ),
        (
            "Jane Doe said the port would close.\n\n"
            "A state regulator, the Maritime Safety Board, refused to say whether it would act.",
            "Maritime Safety Board",
        ),
    ],
)
def test_a_description_named_in_apposition_is_the_body_named(text: str, refuser: str) -> None:
    assert _refusers(text) == [refuser]


def test_a_description_after_a_name_leaves_the_name_the_refuser() -> None:
    text = (
        "Jane Doe said the port would close.\n\n"
        "Tom Reyes, a former lawyer at Harbour Freight, declined to comment."
    )
    assert _refusers(text) == ["Tom Reyes"]


@pytest.mark.parametrize(
    ("text", "refuser"),
    [
        (
            "Brightwater Partners, which lent the club money, said in a filing that it was owed "
            "12 million euros. A spokeswoman for the fund declined to comment further.",
            "Brightwater Partners",
        ),
        (
            "Jane Doe said the runway would close.\n\n"
            "Lakemoor Airport said flights would run as usual. "
            "Tom Reyes of the Lakemoor Pilots' Association said crews were tired.\n\n"
            "The airport operator did not respond to questions.",
            "Lakemoor Airport",
        ),
    ],
)
def test_a_described_body_refers_back_to_the_body_named_before(text: str, refuser: str) -> None:
    assert _refusers(text) == [refuser]


@pytest.mark.parametrize(
    ("refusal", "refuser"),
    [
        (
            "Two other banks named in the complaint did not return calls.",
            "two other banks named in",
        ),
        ("Harlow’s solicitors did not return calls.", "Harlow’s solicitors"),
    ],
)
def test_a_group_singled_out_or_someones_lawyers_refuse_as_themselves(
    refusal: str, refuser: str
) -> None:
    refusers = _refusers("Jane Doe said the bank had misled savers.\n\n" + refusal)
    assert len(refusers) == 1 and refusers[0].startswith(refuser)


@pytest.mark.parametrize(
    ("text", "refuser"),
    [
        (
            'The Harbour Authority said it could "neither confirm nor deny" an inquiry.',
            "Harbour Authority",
        ),
        (
            "Harbour Energy said it had hired a law firm. Harbour Energy's statement said the "
            "firm would report in May. It would not name the firm.",
            "Harbour Energy",
        ),
    ],
)
def test_refusals_in_quotation_marks_and_after_a_statement(text: str, refuser: str) -> None:
    assert _refusers(text) == [refuser]


def test_a_refusal_refers_back_to_the_figure_named_before_it_not_after() -> None:
    text = (
        "A senior official at the ministry said the plan was dead.\n\n"
        "The official declined to comment on the talks.\n\n"
        "An official at the treasury said the budget was safe."
    )
    assert _refusers(text) == ["senior official at the ministry"]


def test_a_figure_met_at_a_refusal_is_there_for_the_claims_after_it() -> None:
    text = (
        "A banker said the plan was dead. A spokesman for Harbour Energy declined to comment.\n\n"
        "The spokesman said later that the budget was safe."
    )
    a = analyze(text)
    assert [c.figure for c in a.claims] == ["banker", "Harbour Energy"]
    assert [f.name for f in a.figures if f.no_comment] == ["Harbour Energy"]


LEAD = "Jane Doe said the plant would close. "


REFUSALS = [
    "Harbour Energy did not immediately respond to a request for comment.",
    "Harbour Energy could not be reached for comment.",
    "Harbour Energy did not return a message seeking comment.",
    "Harbour Energy declined to elaborate.",
    "Harbour Energy declined to discuss the talks.",
    "Harbour Energy declined to say when the plant would close.",
    "Harbour Energy refused to answer questions.",
    "Harbour Energy refused to be interviewed.",
    "Harbour Energy declined several interview requests.",
    "Harbour Energy would not speculate on the cause.",
    "Harbour Energy said it could not comment on an ongoing case.",
    "Harbour Energy was not immediately available for comment.",
    "Harbour Energy has not returned calls.",
    "A spokesperson for Harbour Energy did not respond to questions.",
    "Representatives for Harbour Energy did not respond.",
    "Messages left for Harbour Energy were not returned.",
    "Calls to Harbour Energy went unanswered.",
    "An email to Harbour Energy's press office was not answered.",
    "Harbour Energy didn't respond to a request for comment.",
    "Harbour Energy hasn't responded.",
    "Harbour Energy couldn't be reached.",
    "Harbour Energy could not be immediately reached.",
    "Harbour Energy could not be contacted.",
    "Harbour Energy was unavailable for comment.",
    "Harbour Energy declined to disclose the price.",
    "Harbour Energy declined to name the buyer.",
    "Harbour Energy said it wouldn't comment on rumours.",
    "Harbour Energy would not say how many jobs would go.",
    "Harbour Energy refused to be drawn on the timing.",
    "A message seeking comment from Harbour Energy was not immediately returned.",
    "Harbour Energy has yet to respond.",
    "Harbour Energy did not respond to the reporter's questions.",
    "Harbour Energy has not responded to Brekke's requests for comment.",
    "Harbour Energy had no immediate comment.",
    "Harbour Energy offered no comment.",
    "Harbour Energy was not available to comment.",
    "Harbour Energy ignored requests for comment.",
    "Harbour Energy has declined all interview requests.",
    "Harbour Energy would neither confirm nor deny the report.",
    "Harbour Energy declined further comment.",
    "Harbour Energy declined an interview.",
    "Harbour Energy chose not to comment.",
    "Harbour Energy did not wish to comment.",
    "Harbour Energy was not immediately able to comment.",
    "Harbour Energy declined to speculate on the cause.",
    "Harbour Energy refused to go into details.",
    "Harbour Energy declined to go into any specifics about the sale.",
]


@pytest.mark.parametrize("refusal", REFUSALS)
def test_the_ways_news_reports_a_refusal(refusal: str) -> None:
    a = analyze(LEAD + refusal)
    assert [f.name for f in a.figures if f.no_comment] == ["Harbour Energy"]
    assert [c.content for c in a.claims] == ["the plant would close"]


@pytest.mark.parametrize(
    "words",
    [
        "Harbour Energy has not yet responded to Brekke’s remarks.",
        "Harbour Energy did not respond to the mayor's criticism on Monday.",
    ],
)
def test_no_answer_in_public_to_what_someone_said_is_no_refusal(words: str) -> None:
    assert _refusers(LEAD + words) == []


def test_declining_to_go_into_anything_but_details_is_no_refusal() -> None:
    assert _refusers(LEAD + "Harbour Energy declined to go into administration.") == []


def test_a_thing_not_returned_is_no_refusal() -> None:
    assert _refusers(LEAD + "The documents were not returned to the archive.") == []


def test_declining_to_be_named_is_no_refusal_to_comment() -> None:
    assert _refusers(LEAD + "A second engineer declined to be named.") == []


def test_a_message_for_no_one_named_goes_to_the_one_asked_just_before() -> None:
    text = "Harbour Energy said the plant would close. A message seeking comment was not returned."
    assert _refusers(text) == ["Harbour Energy"]
    text = "Harbour Energy said the plant would close. Repeated requests have gone unanswered."
    assert _refusers(text) == ["Harbour Energy"]


def test_a_reporter_noting_what_someone_did_not_say_is_no_refusal() -> None:
    assert _refusers("Jane Doe said the plant would close. She did not say why.") == []


@pytest.mark.parametrize(
    ("text", "refuser"),
    [
        (
            "Jane Doe said the ferry would be late.\n\n"
            "Tom Reyes, who declined to comment for this story, has argued for a new pier.",
            "Tom Reyes",
        ),
        (
            "Jane Doe said the ferry would be late.\n\n"
            "Harbour Freight, which declined to comment, sold the vessel last year.",
            "Harbour Freight",
        ),
    ],
)
def test_the_name_before_who_or_which_refuses(text: str, refuser: str) -> None:
    assert _refusers(text) == [refuser]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Jane Doe declined to publicly detail the inquiry.", "declined to publicly detail"),
        ("Jane Doe wouldn't directly speculate about the motive.", "wouldn't directly speculate"),
        ("Jane Doe declined to weigh in on the vote.", "declined to weigh in"),
        ("Jane Doe declined an interview request.", "declined an interview request"),
        ("Jane Doe declined to give details of the deal.", "declined to give"),
        ("Jane Doe would not give a specific figure.", "would not give"),
        ("Jane Doe refused to give any more details.", "refused to give"),
    ],
)
def test_refusals_with_an_adverb_or_a_request_declined(text: str, words: str) -> None:
    [figure] = [f for f in analyze(text).figures if f.no_comment]
    assert [s.text for s in figure.no_comment] == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe refused to give me the usual discount.",
        "Jane Doe would not give them a second chance.",
        "Critics blamed Jane Doe for refusing to say the words.",
        "Tom Reyes said the plan was dead. He angered the board by refusing to say the word.",
        "Jane Doe did not return to banking after the sale.",
        "Tom Reyes mocked her, and Jane Doe did not respond in kind.",
        "Jane Doe refused to give up the records.",
        "Jane Doe said the speaker would not give the bill floor time.",
        "Jane Doe said many families had not yet returned to their homes.",
    ],
)
def test_what_someone_did_is_no_refusal_to_comment(text: str) -> None:
    assert _refusers(text) == []


def test_a_body_named_in_its_description_is_not_another_of_its_kind() -> None:
    text = (
        "The Orme campaign said the rally was a success.\n\n"
        "Jane Doe said the port would close. The Quill campaign did not return a request for "
        "comment."
    )
    assert _refusers(text) == ["Quill campaign"]


@pytest.mark.parametrize(
    ("text", "refuser"),
    [
        ("Jane Doe said the port would shut. Some councillors declined to comment.", "councillors"),
        ("Jane Doe said the port would close. Many traders also did not respond.", "traders"),
    ],
)
def test_a_subject_with_a_head_the_lexicon_lacks_refuses(text: str, refuser: str) -> None:
    [name] = _refusers(text)
    assert name.startswith(refuser)


@pytest.mark.parametrize(
    ("text", "refuser"),
    [
        (
            "The Campaign Ethics Fund said the filing was late. "
            "The Quill campaign declined to comment.",
            "Quill campaign",
        ),
        (
            "The Quill Organization said the hotel was sold. "
            "The Quill campaign did not respond to questions.",
            "Quill campaign",
        ),
        (
            "The Orme Legal Fund said the filing was late. "
            "The Quill Organization said it had no comment on the hotel.",
            "Quill Organization",
        ),
    ],
)
def test_a_campaign_is_its_own_body_and_it_had_no_comment_is_the_sayers(
    text: str, refuser: str
) -> None:
    assert _refusers(text) == [refuser]


def test_a_described_refuser_with_the_is_the_speaker_just_before() -> None:
    text = "Tom Reyes said the tower would rise. The property mogul declined to elaborate."
    assert _refusers(text) == ["Tom Reyes"]


def test_finding_refusals_by_their_words_finds_what_a_whole_scan_finds() -> None:
    """`find_refusals` reads only around `NO_COMMENT_WORDS`: a way of refusing
    that holds none of them would be lost, and this says so."""
    whole = regex.compile(r"\b(?:" + NO_COMMENT_PATTERN + r")\b")
    samples = Path(__file__).resolve().parent.parent / "samples" / "dev"
    texts = [LEAD + p for p in REFUSALS]
    texts += [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))]
    texts.append("Officials have not said why. Jo Lund wouldn't say; the firm had yet to reply.")
    for text in texts:
        expected = [(m.start(), m.end(), m.group()) for m in whole.finditer(text)]
        assert find_refusals(text, 0, 5.0) == expected, text[:80]


def test_a_description_narrowed_by_who_is_the_refuser() -> None:
    text = (
        "In an email, a regional operations manager told colleagues that the year was bad.\n\n"
        "The regional operations manager who wrote the email, and who has since been "
        "promoted, could not be reached for comment."
    )
    assert _refusers(text) == ["regional operations manager"]


@pytest.mark.parametrize(
    "refusal",
    [
        "Several councillors supporting Jane Doe declined to comment.",
        "Two councillors backing Jane Doe did not respond to requests for comment.",
    ],
)
def test_a_counted_group_refuses_as_itself_not_as_the_name_in_its_description(
    refusal: str,
) -> None:
    refusers = _refusers("Jane Doe said the bank had misled savers.\n\n" + refusal)
    assert len(refusers) == 1 and refusers[0].removeprefix("two ").startswith("councillors")


def test_refusals_joined_by_and_or_a_comma_share_their_subject() -> None:
    a = analyze(
        "Jane Doe said the bank had misled savers.\n\n"
        "Harbour Energy declined to comment on the sale and did not return calls. Several "
        "councillors declined to comment, didn't respond to requests or sent statements."
    )
    assert {f.name: len(f.no_comment) for f in a.figures if f.no_comment} == {
        "Harbour Energy": 2,
        "councillors": 2,
    }


def test_a_refusal_after_and_with_a_subject_of_its_own_is_that_subjects() -> None:
    text = "Jane Doe said the bank had misled savers. Harbour Energy declined to comment, and "
    assert sorted(_refusers(text + "Tom Reyes did not respond.")) == ["Harbour Energy", "Tom Reyes"]


@pytest.mark.parametrize(
    ("sentence", "refuser"),
    [
        (
            "While declining to give details, Tom Reyes insisted the deal was done.",
            "Tom Reyes",
        ),
        ("Declining to comment on the sale, Tom Reyes said the port would stay open.", "Tom Reyes"),
        ("Refusing to name the buyer, the bank said the sale was closed.", "Harbour Bank"),
    ],
)
def test_a_refusing_participle_is_the_refusal_of_the_clause_it_opens(
    sentence: str, refuser: str
) -> None:
    text = "Jane Doe said Harbour Bank had misled savers.\n\n" + sentence
    assert _refusers(text) == [refuser]


def test_refusing_to_leave_opening_a_sentence_is_no_refusal() -> None:
    text = "Jane Doe said the bank had misled savers.\n\nRefusing to leave, Tom Reyes said no."
    assert _refusers(text) == []


@pytest.mark.parametrize(
    "spokes",
    ["A spokesman for Brek", "A spokeswoman for Mr. Brek", "A spokesperson for Tomas Brek"],
)
def test_a_persons_spokesperson_refuses_for_the_person_named_before(spokes: str) -> None:
    # The person's voice, as "Brek's spokesman" is: no second figure named "Brek".
    text = f"Tomas Brek said the depot would close. {spokes} declined to say if he would appeal."
    assert [f.name for f in analyze(text).figures] == ["Tomas Brek"]
    assert _refusers(text) == ["Tomas Brek"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Efforts to reach Brek were unsuccessful.",
        "Attempts to contact Brek on Friday were unsuccessful.",
        "Neither Brek nor his lawyer responded to requests for comment.",
        "Neither Brek nor his lawyer responded.",
        "None of the Breks would comment for this article.",
    ],
)
def test_a_failed_attempt_or_an_answer_denied_to_all_is_a_refusal(sentence: str) -> None:
    text = f"Tomas Brek said the depot would close. {sentence}"
    assert _refusers(text) == ["Tomas Brek"]
    assert [f.name for f in analyze(text).figures] == ["Tomas Brek"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Efforts to reach a settlement were unsuccessful in May.",
        "Neither side responded to the proposal.",
        "Neither Brek nor Holm responded to critics.",
        "Brek responded to requests for comment.",
    ],
)
def test_an_aim_missed_or_an_answer_given_is_no_refusal(sentence: str) -> None:
    assert _refusers(f"Tomas Brek said the depot would close. {sentence}") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry declined requests to be interviewed.",
        "The ministry declined to make anyone available for an interview.",
        "The ministry did not make anyone available to comment.",
        "The ministry has remained silent on the matter.",
        "The ministry did not immediately provide comment.",
        "The ministry was not available for an interview.",
    ],
)
def test_more_ways_a_body_keeps_from_answering(sentence: str) -> None:
    assert _refusers(f"Tomas Brek said the depot would close. {sentence}") == ["ministry"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry was not available to passengers.",
        "The staff remained silent during the minute of mourning.",
        "Most councillors have remained silent, so far, as the two traded blows.",
    ],
)
def test_silence_or_absence_that_answers_no_question_is_no_refusal(sentence: str) -> None:
    assert _refusers(f"Tomas Brek said the depot would close. {sentence}") == []
