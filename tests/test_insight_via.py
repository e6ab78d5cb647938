"""Via: the outlet a claim reached the article through, in short made-up texts."""

from __future__ import annotations

import pytest

from reader.analysis import Analysis, Claim, analyze


def _claim(analysis: Analysis, words: str) -> Claim:
    found = [c for c in analysis.claims if words in c.content]
    assert found, [c.content for c in analysis.claims]
    return found[0]


TOLD = "A resident told the Harbour Gazette that the lights had been out for weeks.\n\n"


@pytest.mark.parametrize(
    "own",
    [
        "Figures obtained by the Gazette under the Freedom of Information Act show more break-ins.",
        "The Gazette has learned that the council will cut the budget.",
        "The Gazette can reveal that the council will cut the budget.",
    ],
)
def test_an_outlet_doing_the_articles_own_reporting_is_no_via(own: str) -> None:
    assert _claim(analyze(TOLD + own), "lights had been out").via is None


def test_an_outlet_only_told_is_the_way_through() -> None:
    text = TOLD + "The council said the budget would be cut."
    assert _claim(analyze(text), "lights had been out").via == "Harbour Gazette"


def test_a_source_of_an_outlet_with_a_two_word_name_is_the_source_and_the_outlet_its_way() -> None:
    a = analyze(
        "According to Harbour Times’s source in the ministry, the contract was signed in May."
    )
    claim = _claim(a, "contract was signed")
    assert claim.speaker is not None and claim.speaker.text == "Harbour Times’s source"
    assert (claim.source_type, claim.via) == ("anonymous", "Harbour Times")


def test_a_source_quoted_by_an_outlet_speaks_and_the_outlet_is_the_way() -> None:
    a = analyze(
        "A care assistant quoted by the Harbour Times said that the night shifts "
        "were often left to one person."
    )
    claim = _claim(a, "night shifts")
    assert claim.speaker is not None and claim.speaker.text == "A care assistant"
    assert (claim.source_type, claim.via) == ("anonymous", "Harbour Times")


@pytest.mark.parametrize(
    ("text", "words", "via"),
    [
        (
            "The cracks were first reported by Coastal Wire, a regional news agency. In its "
            "report, an engineer who worked on the ship said the welds had come apart.",
            "welds had come apart",
            "Coastal Wire",
        ),
        (
            "A former nurse told the local radio station Radio Nordvik last week that she had "
            "warned managers. In the interview, she said she had been ignored for months.",
            "ignored for months",
            "Radio Nordvik",
        ),
        (
            "The ministry published its findings in March, long after Coastal Wire first "
            "wrote about the ship.\n\nThe inspectors met in May. In the report, an engineer "
            "said the welds had come apart.",
            "welds had come apart",
            None,
        ),
    ],
)
def test_a_report_or_interview_referred_back_to_is_the_outlets(
    text: str, words: str, via: str | None
) -> None:
    assert _claim(analyze(text), words).via == via


def test_an_outlet_described_then_named_is_told_not_said() -> None:
    a = analyze(
        "A former nurse told the local radio station Radio Nordvik last week that she had "
        "warned managers about the night shifts."
    )
    claim = _claim(a, "warned managers")
    assert claim.content.startswith("she had warned")
    assert (claim.channel, claim.via) == ("told_outlet", "Radio Nordvik")


def test_a_ledger_is_a_newspaper() -> None:
    a = analyze(
        "The Harbour Ledger reported in May that the mill had lost money for years.\n\n"
        "One former employee told the Ledger that the books were kept in two sets."
    )
    assert _claim(a, "mill had lost").source_type == "media"
    assert _claim(a, "two sets").via == "Harbour Ledger"


def test_asking_not_to_be_named_is_no_cue_for_the_quote_before() -> None:
    a = analyze(
        "A driver with ten years at the firm told the newspaper Kystbladet that pay was "
        '"the worst it has ever been." The driver asked not to be identified for fear of '
        "losing shifts."
    )
    claim = _claim(a, "worst it has ever been")
    assert claim.kind == "mixed"
    assert (claim.channel, claim.via) == ("told_outlet", "Kystbladet")
    assert not [c for c in a.claims if "identified" in c.content]
