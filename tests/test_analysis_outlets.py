"""Which figures are outlets: broadcasters, agencies and publications named by
their noun or their name, and the look-alikes that are not (a radio host, a
press secretary, a press office, a poll made for an outlet)."""

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "figure", "source_type"),
    [
        ("Kestland’s state broadcaster, KTV, reported that the talks had failed.", "KTV", "media"),
        ("The broadcaster KTV reported that the talks had failed.", "KTV", "media"),
        ("The national news agency, KNA, said the vote was close.", "KNA", "media"),
        ("State television KTV said the floods had receded.", "KTV", "media"),
        ("The state agency SFA said the floods had receded.", "SFA", "institution"),
    ],
)
def test_a_body_introduced_by_an_outlet_noun_is_media(
    text: str, figure: str, source_type: str
) -> None:
    (claim,) = analyze(text).claims
    assert (claim.figure, claim.source_type) == (figure, source_type)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Kestland state television reported that the river had fallen.",
            "Kestland state television",
        ),
        ("Kestland state TV said the talks had failed.", "Kestland state TV"),
        ("State radio said the talks had failed.", "State radio"),
    ],
)
def test_state_television_and_radio_are_media(text: str, figure: str) -> None:
    (claim,) = analyze(text).claims
    assert (claim.figure, claim.source_type) == (figure, "media")


def test_a_radio_host_or_reality_television_is_no_outlet() -> None:
    text = "Anna Berg, the reality television star, said she would run. A radio host said so too."
    a = analyze(text)
    assert [c.figure for c in a.claims] == ["Anna Berg"]
    assert not [f.name for f in a.figures if f.source_type == "media"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The Associated Press reported that the vote was close.", "Associated Press"),
        ("Agence France-Presse said the vote was close.", "Agence France-Presse"),
        ("The Press Association said the vote was close.", "Press Association"),
        ("The network said the vote was close.", "network"),
    ],
)
def test_news_agencies_and_networks_are_media(text: str, figure: str) -> None:
    (claim,) = analyze(text).claims
    assert (claim.figure, claim.source_type) == (figure, "media")


def test_a_press_secretary_is_a_person() -> None:
    (claim,) = analyze("Press Secretary Ann Vik said the vote was close.").claims
    assert (claim.figure, claim.source_type) == ("Ann Vik", "named_person")


def test_a_poll_conducted_for_an_outlet_is_the_poll() -> None:
    text = (
        "According to early results of exit polls conducted for the Associated Press by "
        "Edison Research, most voters want change."
    )
    (claim,) = analyze(text).claims
    assert claim.source_type == "document"


def test_an_owner_s_press_office_is_no_body_named_press() -> None:
    text = (
        "Kestrel Press Agency reported the deal. The army’s press office said the trials were fine."
    )
    claim = analyze(text).claims[-1]
    assert claim.figure != "Kestrel Press Agency"
