"""Refusals and silences worded as news words them: turned-down interviews,
calls hung up, silence kept in public, a rule that bars comment, and refusals
shared by two people or made through an owner's office or phone line."""

from __future__ import annotations

import pytest
from analysis_helpers import refusals as _refusals

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Tomas Brek turned down requests for an interview.",
            "turned down requests for an interview",
        ),
        (
            "Tomas Brek rebuffed repeated interview requests.",
            "rebuffed repeated interview requests",
        ),
        ("Tomas Brek hung up when reached by phone on Tuesday.", "hung up"),
        ("Tomas Brek has not spoken publicly since the vote.", "has not spoken publicly"),
        (
            "Tomas Brek has not addressed the allegations publicly.",
            "has not addressed the allegations publicly",
        ),
        ("Tomas Brek has said nothing in public since May.", "has said nothing in public"),
        (
            "Tomas Brek, a lawyer for the club, declined to make his client available.",
            "declined to make his client available",
        ),
    ],
)
def test_a_silence_is_a_refusal_of_its_subject(sentence: str, words: str) -> None:
    assert _refusals(sentence) == {"Tomas Brek": [words]}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Brek hung up his boots after the final in May.",
        "Tomas Brek has not spoken to his brother since the funeral.",
        "Tomas Brek has spoken publicly about the plan many times.",
        "The report does not discuss the costs of the new quay.",
        "The board twice turned down requests from ward leaders for more staff.",
    ],
)
def test_words_alike_that_refuse_nothing(sentence: str) -> None:
    assert _refusals(sentence) == {}


def test_a_rule_that_bars_comment_is_the_refusal_of_the_one_saying_so() -> None:
    text = "Brek & Lund said through a spokeswoman that client rules prevented it from commenting."
    assert _refusals(text) == {"Brek & Lund": ["prevented it from commenting"]}


def test_a_standing_policy_said_as_such_is_a_refusal() -> None:
    text = "The auditor, Brek & Lund, said it does not discuss its work while an audit is open."
    assert _refusals(text) == {"Brek & Lund": ["does not discuss"]}


def test_a_refusal_quoted_from_an_email_is_the_sender_s() -> None:
    text = 'Stakewell said in an email that it "does not comment on accounts," but it helped.'
    assert _refusals(text) == {"Stakewell": ["does not comment"]}


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither Mara Lind nor Tomas Brek agreed to be interviewed for this story.",
        "Neither the chief executive, Mara Lind, nor the monitoring officer, Tomas Brek, "
        "responded to emails asking when they learned of the link.",
        "Neither council chair Mara Lind nor finance director Tomas Brek agreed to speak "
        "to the paper about the contract.",
    ],
)
def test_neither_nor_records_the_refusal_on_both(sentence: str) -> None:
    assert set(_refusals(sentence)) == {"Mara Lind", "Tomas Brek"}


def test_an_unnamed_helper_s_silence_stays_with_the_one_named() -> None:
    text = "Tomas Brek said the depot would close. Neither Brek nor his lawyer responded."
    assert _refusals(text) == {"Tomas Brek": ["responded"]}


def test_a_press_office_that_did_not_reply_is_its_owner_s_silence() -> None:
    text = (
        "The Vestby Trust referred questions to its communications department, "
        "which had not replied by Wednesday."
    )
    assert set(_refusals(text)) == {"Vestby Trust"}


def test_messages_left_on_an_owner_s_line_are_its_silence() -> None:
    text = (
        "Tomas Brek said the trust had paid him.\n\n"
        "Messages left over three weeks on the Vestby Trust's main line went unanswered."
    )
    assert _refusals(text) == {"Vestby Trust": ["went unanswered"]}


def test_an_office_named_with_its_place_is_not_cut_to_its_owner() -> None:
    text = "Mara Lind spoke first. The U.S. Attorney's Office in Vestby did not return calls."
    assert "U.S. Attorney's" not in _refusals(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"I\'m not touching that one," Tomas Brek said.', "I'm not touching that one,"),
        ('"We have nothing to say," Tomas Brek said.', "We have nothing to say,"),
        (
            "Tomas Brek, reached at the depot, said he had 'nothing to say to the paper'.",
            "had 'nothing to say",
        ),
        ('The chair, Tomas Brek, said he was "not the right person to ask."', None),
    ],
)
def test_a_refusal_in_the_refuser_s_own_words_is_no_claim(text: str, words: str | None) -> None:
    analysis = analyze(text)
    assert analysis.claims == ()
    refusals = _refusals(text)
    assert list(refusals) == ["Tomas Brek"]
    if words is not None:
        assert refusals["Tomas Brek"] == [words]


def test_a_denial_of_a_part_is_still_a_claim() -> None:
    text = "Tomas Brek said he had nothing to do with the contract."
    assert [c.figure for c in analyze(text).claims] == ["Tomas Brek"]
    assert _refusals(text) == {}


@pytest.mark.parametrize(
    ("text", "refuser", "words"),
    [
        (
            "Tomas Brek could not be reached. His solicitor, Mara Lind, said her client "
            "would 'not be commenting while police inquiries continue'.",
            "Mara Lind",
            "would 'not be commenting",
        ),
        (
            "Tomas Brek, who remains in hospital, declined through his lawyer to be interviewed.",
            "Tomas Brek",
            "declined through his lawyer to be interviewed",
        ),
        (
            'Mara Lind spoke. A spokesman said that Tomas Brek "will not be doing media '
            'until the review concludes."',
            "Tomas Brek",
            "will not be doing media",
        ),
        (
            "Mara Lind spoke first.\n\nTomas Brek, who farms east of Vestby and who declined "
            "to comment when reached at home, is on the witness list.",
            "Tomas Brek",
            "declined to comment",
        ),
        (
            "A police spokeswoman later said police do not comment on active investigations.",
            "police",
            "do not comment",
        ),
    ],
)
def test_more_ways_of_saying_no(text: str, refuser: str, words: str) -> None:
    assert _refusals(text)[refuser] == [words]
    assert analyze(text).claims == ()


@pytest.mark.parametrize(
    ("text", "refuser", "words"),
    [
        (
            "Mara Lind sidestepped questions about whether members would accept arbitration.",
            "Mara Lind",
            "sidestepped questions",
        ),
        (
            "Mara Lind would not say how many weeks. Nor would she say whether anyone had "
            "downloaded the logs.",
            "Mara Lind",
            "would she say",
        ),
        (
            "Voicemails left for the party chairman, Tomas Brek, went unreturned on Monday.",
            "Tomas Brek",
            "went unreturned",
        ),
        (
            "A request to interview Tomas Brek, made through his agent, was turned down.",
            "Tomas Brek",
            "was turned down",
        ),
        ("Mara Lind declined to make the application public.", "Mara Lind", None),
        (
            "Tomas Brek was approached at his home. A woman who answered the door said he "
            'was "not doing interviews".',
            "Tomas Brek",
            'was "not doing interviews',
        ),
        (
            "Vestby Depot left emailed questions about its stock unanswered, and its "
            "chairman, Tomas Brek, ignored a list of questions sent to his home.",
            "Tomas Brek",
            "ignored a list of questions",
        ),
    ],
)
def test_non_answers_of_many_shapes(text: str, refuser: str, words: str | None) -> None:
    refusals = _refusals(text)
    assert refuser in refusals
    if words is not None:
        assert words in refusals[refuser]
    assert analyze(text).claims == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "In May, the Senate declined to confirm two other nominees to the board.",
        "Her request for bail was turned down on Friday.",
    ],
)
def test_a_refusal_of_something_else_is_no_silence(sentence: str) -> None:
    assert _refusals(f"Mara Lind spoke. {sentence}") == {}


def test_a_quote_that_declines_to_go_into_a_subject_is_a_refusal() -> None:
    text = (
        "Asked about agency drivers, Mara Lind said: "
        '"We\'re not going to get into contingency planning."'
    )
    assert list(_refusals(text)) == ["Mara Lind"]
    assert analyze(text).claims == ()


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Tomas Brek was not reachable on Saturday.", "was not reachable"),
        ("Tomas Brek stayed mum on how many branches the bank will keep.", "stayed mum"),
        ("Tomas Brek waved off questions from reporters outside court.", "waved off questions"),
        ("Tomas Brek brushed aside questions about the delay.", "brushed aside questions"),
        ("Asked when the money would be repaid, Tomas Brek gave no answer.", "gave no answer"),
        ("Tomas Brek offered no response to written questions.", "offered no response"),
        ("Tomas Brek would say nothing more.", "would say nothing more"),
        ("Tomas Brek shook his head when approached by reporters.", None),
        ("Tomas Brek left without speaking to reporters.", None),
        ("Tomas Brek said he was travelling and unavailable for an interview.", None),
        ('Tomas Brek said he was "not in a position" to say when.', None),
        ('Tomas Brek said it would be "inappropriate" to comment while the case is open.', None),
        ("Tomas Brek said by email that he does not release details of open files.", None),
        ("Tomas Brek declined to take questions after the reading.", None),
        ("Tomas Brek has not given an interview since the inquiry began.", None),
        ("Tomas Brek did not take up an offer to comment.", None),
        ("Tomas Brek passed on a chance to comment on the story.", None),
        ("Tomas Brek would not get into whether his client was paid.", "would not get into"),
        ("Approached at the gate, Tomas Brek would not talk.", "would not talk"),
        ("Tomas Brek did not pick up when called on Monday.", "did not pick up"),
        ("Tomas Brek said he would study the report before commenting.", None),
        ("Tomas Brek said it was long-standing practice not to comment on leaks.", None),
        ("Tomas Brek could not be raised at his office.", None),
        ("Tomas Brek said it was 'not appropriate to respond in the media' to the claims.", None),
    ],
)
def test_silences_and_deflections(sentence: str, words: str | None) -> None:
    refusals = _refusals(f"Mara Lind said the bank had failed.\n\n{sentence}")
    assert list(refusals) == ["Tomas Brek"]
    if words is not None:
        assert refusals["Tomas Brek"] == [words]


def test_a_failed_attempt_to_reach_is_the_silence_of_the_one_sought() -> None:
    text = "Mara Lind spoke.\n\nAttempts to reach Vestby Slash Services failed."
    assert list(_refusals(text)) == ["Vestby Slash Services"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Vestby Post was unable to confirm that account.",
        "The bank failed in March after a run on deposits.",
        "The team left without the trophy.",
    ],
)
def test_an_outlet_unable_to_confirm_or_a_failure_is_no_refusal(sentence: str) -> None:
    assert _refusals(f"Mara Lind spoke.\n\n{sentence}") == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Brek did not pick up the award in person.",
        "Tomas Brek would not talk about anything but the weather, she said.",
    ],
)
def test_more_look_alikes(sentence: str) -> None:
    assert "Tomas Brek" not in _refusals(f"Mara Lind spoke.\n\n{sentence}")


@pytest.mark.parametrize(
    ("sentence", "refuser", "words"),
    [
        (
            "Harlan Voss would go no further when asked about the budget.",
            "Harlan Voss",
            "would go no further",
        ),
        ("The Orlen Bank declined to go further.", "Orlen Bank", "declined to go further"),
        (
            "Harlan Voss would say neither whether he read it nor when.",
            "Harlan Voss",
            "would say neither",
        ),
        ("A message left for Harlan Voss drew no reply.", "Harlan Voss", "drew no reply"),
        (
            "Harlan Voss never returned calls seeking comment.",
            "Harlan Voss",
            "never returned calls",
        ),
        (
            "The Orlen Bank said it was not at liberty to discuss a client.",
            "Orlen Bank",
            "was not at liberty to",
        ),
        (
            "The Orlen Bank passed questions back to the regulator.",
            "Orlen Bank",
            "passed questions back to",
        ),
        (
            "Harlan Voss put the phone down when a reporter called.",
            "Harlan Voss",
            "put the phone down",
        ),
        (
            "Harlan Voss walked past reporters without a word.",
            "Harlan Voss",
            "walked past reporters without a word",
        ),
        (
            "Harlan Voss closed the briefing without taking further questions.",
            "Harlan Voss",
            "closed the briefing without taking further questions",
        ),
        # A refusal coordinated with the verb before it is the first verb's subject's.
        ("Harlan Voss opened the message and did not respond.", "Harlan Voss", "did not respond"),
        (
            "Harlan Voss sent two calls from a reporter to voicemail and never called back.",
            "Harlan Voss",
            "never called back",
        ),
    ],
)
def test_more_ways_of_not_answering(sentence: str, refuser: str, words: str) -> None:
    assert _refusals(sentence) == {refuser: [words]}


@pytest.mark.parametrize(
    "sentence",
    [
        "The question was never answered in the hearing.",
        "He fled to Lund and never returned to the city.",
        "The senator refused to go further into debt.",
        "Harlan Voss said the deal would go ahead. The treaty passed the senate.",
    ],
)
def test_what_only_looks_like_not_answering(sentence: str) -> None:
    assert _refusals(sentence) == {}


def test_a_lawyer_saying_her_client_will_not_speak_to_the_press_is_no_claim() -> None:
    a = analyze("Her lawyer, Ines Holm, said her client would not be speaking to the press.")
    assert a.claims == ()


def test_a_body_s_secretariat_refuses_for_the_body() -> None:
    text = (
        "The Southern Corridor Union met on Monday. Its secretariat did not respond to "
        "questions about the summit."
    )
    assert _refusals(text) == {"Southern Corridor Union": ["did not respond"]}


@pytest.mark.parametrize(
    ("sentence", "refuser", "words"),
    [
        (
            "Harlan Voss said that was ‘a matter for the full council’.",
            "Harlan Voss",
            "was ‘a matter for",
        ),
        (
            'Harlan Voss said it was "deferring to the police on all questions."',
            "Harlan Voss",
            'was "deferring to the police on all questions',
        ),
        (
            "Harlan Voss said questions about the contract should be directed to the council.",
            "Harlan Voss",
            "questions about the contract should be directed to",
        ),
        (
            "Asked how much was owed, Anna Berg said that would be ‘for the accountants to "
            "establish’.",
            "Anna Berg",
            "would be ‘for the accountants to establish",
        ),
        (
            "Asked about the cuts, Harlan Voss said it was for the courts to decide.",
            "Harlan Voss",
            "was for the courts to decide",
        ),
        (
            "Harlan Voss said that would be a matter for the police.",
            "Harlan Voss",
            "would be a matter for",
        ),
    ],
)
def test_a_question_passed_on_is_a_refusal_and_no_claim(
    sentence: str, refuser: str, words: str
) -> None:
    assert _refusals(sentence) == {refuser: [words]}
    assert analyze(sentence).claims == ()


def test_a_deflection_with_more_said_after_it_keeps_the_claim() -> None:
    text = "Harlan Voss said it was a matter for the courts and that he would not resign."
    assert [c.figure for c in analyze(text).claims] == ["Harlan Voss"]


def test_something_for_others_to_do_that_is_no_question_is_a_claim() -> None:
    text = "Harlan Voss said it was for residents to enjoy the park."
    assert [c.figure for c in analyze(text).claims] == ["Harlan Voss"]
