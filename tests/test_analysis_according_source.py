"""The source of 'according to' is read to its comma: the words after the head
say which document or body it is."""

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The toll will rise by a third, according to a notice the council posted.",
            "notice the council posted",
        ),
        (
            "The ferry lost money for a decade, according to figures her office sent on Friday.",
            "figures her office sent on Friday",
        ),
        (
            "According to a Vestby Post poll taken in May, most islanders want the pier.",
            "Vestby Post poll taken in May",
        ),
    ],
)
def test_the_whole_source_names_the_figure(text: str, figure: str) -> None:
    (c,) = analyze(text).claims
    assert c.rule == "according-to"
    assert c.figure == figure


def test_the_mention_stays_the_head_and_a_person_keeps_the_name() -> None:
    text = (
        "The pier is unsafe, according to a report by the Vestby Post. "
        "The ferry will stop, according to Mara Lind, the harbour master."
    )
    first, second = analyze(text).claims
    assert first.speaker is not None and first.speaker.text == "a report"
    assert first.figure == "report by the Vestby Post"
    assert second.figure == "Mara Lind"


def test_a_dash_ends_the_source() -> None:
    (c,) = analyze("The ferry lost money, according to a harbour audit - a rare admission.").claims
    assert c.figure == "harbour audit"


def test_a_tail_that_only_says_when_is_no_part_of_the_source() -> None:
    (c,) = analyze("The ferry lost money, according to a harbour audit last week.").claims
    assert c.figure == "harbour audit"


def test_a_time_adverbial_after_a_described_source_is_no_part_of_it() -> None:
    text = "According to a filing by prosecutors last month, the ferry contract was void."
    (c,) = analyze(text).claims
    assert c.figure == "filing by prosecutors"
