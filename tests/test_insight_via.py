"""Via: the outlet a claim reached the article through, in short made-up texts."""

from __future__ import annotations

import pytest
from analysis_helpers import claim_with

from reader.analysis import analyze

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
    assert claim_with(analyze(TOLD + own), "lights had been out").via is None


def test_an_outlet_only_told_is_the_way_through() -> None:
    text = TOLD + "The council said the budget would be cut."
    assert claim_with(analyze(text), "lights had been out").via == "Harbour Gazette"


def test_a_source_of_an_outlet_with_a_two_word_name_is_the_source_and_the_outlet_its_way() -> None:
    a = analyze(
        "According to Harbour Times’s source in the ministry, the contract was signed in May."
    )
    claim = claim_with(a, "contract was signed")
    assert claim.speaker is not None and claim.speaker.text == "Harbour Times’s source"
    assert (claim.source_type, claim.via) == ("anonymous", "Harbour Times")


def test_a_source_quoted_by_an_outlet_speaks_and_the_outlet_is_the_way() -> None:
    a = analyze(
        "A care assistant quoted by the Harbour Times said that the night shifts "
        "were often left to one person."
    )
    claim = claim_with(a, "night shifts")
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
    assert claim_with(analyze(text), words).via == via


def test_an_outlet_described_then_named_is_told_not_said() -> None:
    a = analyze(
        "A former nurse told the local radio station Radio Nordvik last week that she had "
        "warned managers about the night shifts."
    )
    claim = claim_with(a, "warned managers")
    assert claim.content.startswith("she had warned")
    assert (claim.channel, claim.via) == ("told_outlet", "Radio Nordvik")


def test_a_ledger_is_a_newspaper() -> None:
    a = analyze(
        "The Harbour Ledger reported in May that the mill had lost money for years.\n\n"
        "One former employee told the Ledger that the books were kept in two sets."
    )
    assert claim_with(a, "mill had lost").source_type == "media"
    assert claim_with(a, "two sets").via == "Harbour Ledger"


def test_asking_not_to_be_named_is_no_cue_for_the_quote_before() -> None:
    a = analyze(
        "A driver with ten years at the firm told the newspaper Kystbladet that pay was "
        '"the worst it has ever been." The driver asked not to be identified for fear of '
        "losing shifts."
    )
    claim = claim_with(a, "worst it has ever been")
    assert claim.kind == "mixed"
    assert (claim.channel, claim.via) == ("told_outlet", "Kystbladet")
    assert not [c for c in a.claims if "identified" in c.content]


@pytest.mark.parametrize(
    ("text", "words", "outlet"),
    [
        # An outlet quoting or citing someone, with or without a clause between.
        ("The Harbour Gazette quoted the mayor as saying that the budget would be cut.",
         "budget would be cut", "Harbour Gazette"),
        ("The Harbour Gazette, which saw the minutes, quoted Tom Reyes as writing that the "
         "budget would be cut.", "budget would be cut", "Harbour Gazette"),
        # Words in the outlet's own pages or programmes.
        ("Writing in the Harbour Gazette, the mayor said the budget would be cut.",
         "budget would be cut", "Harbour Gazette"),
        ("The mayor wrote in the Harbour Gazette that the budget would be cut.",
         "budget would be cut", "Harbour Gazette"),
        ("In an op-ed for the weekly Coast Review, Tom Reyes argued that the budget would be cut.",
         "budget would be cut", "Coast Review"),
        ("The mayor said on Radio Brannock's morning show that the budget would be cut.",
         "budget would be cut", "Radio Brannock"),
        # Said to an outlet, in the ways news puts it.
        ("In an interview with the Harbour Gazette, the mayor said the budget would be cut.",
         "budget would be cut", "Harbour Gazette"),
        ("Speaking to Radio Brannock, the mayor said the budget would be cut.",
         "budget would be cut", "Radio Brannock"),
        ("The mayor told the Brannock Post newspaper that the budget would be cut.",
         "budget would be cut", "Brannock Post"),
        ("In comments to the Harbour Gazette, the mayor said the budget would be cut.",
         "budget would be cut", "Harbour Gazette"),
        ("The mayor said in an interview on Radio Brannock that the budget would be cut.",
         "budget would be cut", "Radio Brannock"),
        ("Officials said the budget would be cut, according to the Harbour Gazette.",
         "budget would be cut", "Harbour Gazette"),
        ("In comments published by the Harbour Gazette, the mayor said the budget would be cut.",
         "budget would be cut", "Harbour Gazette"),
        ("In an interview broadcast by Radio Brannock, the mayor said the budget would be cut.",
         "budget would be cut", "Radio Brannock"),
        ("The council said in a statement to Radio Brannock that the budget would be cut.",
         "budget would be cut", "Radio Brannock"),
    ],
)  # fmt: skip
def test_the_shapes_news_relays_an_outlet_in(text: str, words: str, outlet: str) -> None:
    assert claim_with(analyze(text), words).via == outlet


def test_a_body_introduced_as_a_broadcaster_is_an_outlet_when_told() -> None:
    text = (
        "The broadcaster NRV said the vote was close.\n\n"
        "Tom Reyes told NRV that the budget would be cut."
    )
    claim = claim_with(analyze(text), "budget would be cut")
    assert (claim.via, claim.channel) == ("NRV", "told_outlet")


def test_the_broadcaster_told_is_the_one_introduced_before_even_if_never_a_figure() -> None:
    text = (
        "In an interview with the broadcaster Kanal 24 on Friday, Tom Reyes looked tired. "
        "“We will cut the budget,” he told the broadcaster."
    )
    assert claim_with(analyze(text), "cut the budget").via == "Kanal 24"


def test_in_the_interview_refers_to_the_outlet_before_a_quote_of_several_sentences() -> None:
    text = (
        "Her son told Radio Brannock on Wednesday that she had been in hospital. "
        "‘She is strong. She walks everywhere. We nearly lost her,’ he said in the interview."
    )
    assert claim_with(analyze(text), "We nearly lost her").via == "Radio Brannock"


def test_writing_in_a_report_or_saying_on_monday_names_no_outlet() -> None:
    text = (
        "Writing in the report, Tom Reyes said the budget would be cut. "
        "Jane Doe said on Monday that taxes would rise."
    )
    a = analyze(text)
    assert claim_with(a, "budget would be cut").via is None
    assert claim_with(a, "taxes would rise").via is None


def test_a_document_published_by_a_body_comes_direct() -> None:
    text = "The report, published by the council, said the budget would be cut."
    assert claim_with(analyze(text), "budget would be cut").via is None


@pytest.mark.parametrize(
    "body",
    [
        "The Gazette reported last year that officials said the pier was unsafe.",
        "The Gazette published the letter. Tom Reyes told the newspaper the pier was unsafe.",
    ],
)
def test_the_articles_own_outlet_is_never_the_way_through(body: str) -> None:
    text = "Source: The Harbour Gazette\n\n" + body
    start = text.index(body)
    claim = claim_with(analyze(text, start), "pier was unsafe")
    assert claim.via is None


@pytest.mark.parametrize(("before", "outlet"), [("the broadcaster ", True), ("the agency ", False)])
def test_a_body_is_an_outlet_when_introduced_by_a_word_for_news(before: str, outlet: bool) -> None:
    from reader.analysis.insight.article_outlets import _named_as_outlet
    from reader.analysis.model import Figure, Span

    text = f"Yesterday {before}NRV said so."
    at = text.index("NRV")
    figure = Figure("NRV", ("NRV",), None, "institution", mentions=(Span(at, at + 3, "NRV"),))
    assert _named_as_outlet(figure, text) is outlet


@pytest.mark.parametrize(
    ("text", "words", "via"),
    [
        (
            '"I am not running," Mara Quill said in a Friday interview with Univision.',
            "not running",
            "Univision",
        ),
        ("Mara Quill told Newsmax that the port plan was a disaster.", "port plan", "Newsmax"),
        ('"It floods every year," Mara Quill told The Hill.', "floods every year", "Hill"),
        (
            "Sitting down with Radio Alven on Monday, Mara Quill remarked that she was surprised.",
            "was surprised",
            "Radio Alven",
        ),
        (
            '"It is late," Mara Quill noted in a podcast interview, as reported by Alven Wire.',
            "It is late",
            "Alven Wire",
        ),
    ],
)
def test_more_ways_a_claim_comes_through_an_outlet(text: str, words: str, via: str) -> None:
    assert claim_with(analyze(text), words).via == via


def test_a_surname_told_is_no_outlet() -> None:
    assert claim_with(analyze('"It is late," Ivo Brandt told Jon Hill.'), "It is late").via is None


def test_an_outlet_reporting_as_the_sentence_opens_is_the_source_not_a_via() -> None:
    text = "As Alven Wire reported, Mara Quill said the pier would close."
    assert claim_with(analyze(text), "pier would close").via is None


def test_sitting_down_with_an_outlet_frames_the_quote_after_it() -> None:
    text = 'Ivo Brandt sat down with the Alven Gazette on Monday. "The pier will reopen," he said.'
    claim = claim_with(analyze(text), "pier will reopen")
    assert (claim.channel, claim.via) == ("told_outlet", "Alven Gazette")


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("Mara Quill told a Ledger reporter that the pier was shut.", "Ledger"),
        ("Mara Quill told Radio Alven correspondent Ivo Brandt the pier was shut.", "Radio Alven"),
        ("Mara Quill told a Senate committee that the pier was shut.", None),
        ("Mara Quill told a TV interviewer that the pier was shut.", None),
    ],
)
def test_telling_someone_of_an_outlet_is_telling_the_outlet(text: str, via: str | None) -> None:
    assert claim_with(analyze(text), "pier was shut").via == via


def test_telling_an_outlet_in_the_present_tense() -> None:
    text = "Ivo Brandt tells Radio Alven anchor Mara Quill that the pier is shut."
    claim = claim_with(analyze(text), "pier is shut")
    assert (claim.channel, claim.via) == ("told_outlet", "Radio Alven")


def test_the_same_interview_refers_back_to_the_outlet_told_before() -> None:
    text = (
        "The mayor, Ana Ruiz, told Radio Delta on Monday that the bridge was safe. "
        "In the same interview, she insisted that repairs would start in May."
    )
    claim = claim_with(analyze(text), "repairs would start")
    assert (claim.via, claim.channel) == ("Radio Delta", "interview")


@pytest.mark.parametrize("lead", ["the trade publication", "the industry magazine"])
def test_an_outlet_described_by_its_field_before_its_name(lead: str) -> None:
    text = (
        f"In a memo, a copy of which was obtained by {lead} Freight Weekly, "
        "Tom Reyes told staff that the depot would close."
    )
    assert claim_with(analyze(text), "depot would close").via == "Freight Weekly"


@pytest.mark.parametrize(
    "text",
    [
        "On Radio Nordvik’s “Week in Review” on Sunday, Mayor Ola Brekke said the pier was shut.",
        '“The pier is shut,” Mayor Ola Brekke said Sunday on Radio Nordvik\'s "Week in Review."',
        "“The pier is shut,” Mayor Ola Brekke said of the plan during a call to Radio "
        "Nordvik’s “Week in Review.”",
    ],
)
def test_a_programme_named_after_its_outlet_is_the_way_through(text: str) -> None:
    claim = claim_with(analyze(text), "pier")
    assert (claim.via, claim.channel) == ("Radio Nordvik", None)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ola Brekke said he watched Radio Nordvik’s “Week in Review” and the pier was shut.",
        "On Ola Brekke’s “Harbour Plan” page, the council said the pier was shut.",
    ],
)
def test_a_programme_watched_or_a_title_of_no_outlet_is_no_way_through(text: str) -> None:
    assert claim_with(analyze(text), "pier").via is None


@pytest.mark.parametrize(
    "text",
    [
        "“The pier is shut,” Mayor Ola Brekke told Radio Nordvik Senior Political "
        "Correspondent Jo Lund.",
        "Mayor Ola Brekke told Jo Lund of Radio Nordvik that the pier was shut.",
    ],
)
def test_the_outlet_of_a_journalist_told_is_the_way_through(text: str) -> None:
    assert claim_with(analyze(text), "pier").via == "Radio Nordvik"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ola Brekke said Sunday on Radio Nordvik that the pier was shut.",
        "“The pier is shut,” Mayor Ola Brekke said happily on Radio Nordvik.",
    ],
)
def test_a_day_or_an_adverb_between_said_and_on_the_outlet(text: str) -> None:
    assert claim_with(analyze(text), "pier").via == "Radio Nordvik"


def test_a_name_between_said_and_on_the_outlet_is_no_day() -> None:
    text = "“The pier is shut,” Ola Brekke said Emily on Radio Nordvik."
    assert claim_with(analyze(text), "pier").via is None


@pytest.mark.parametrize(
    "text",
    [
        "Two officials quoted by the Harbour Ledger said the depot would close.",
        "Analysts cited by the Harbour Ledger said the depot would close.",
        "The depot will close, according to two officials quoted by the Harbour Ledger.",
    ],
)
def test_people_quoted_by_an_outlet_are_unnamed_sources_it_relays(text: str) -> None:
    # The outlet is the way, not the speaker, even after a capitalised first word.
    claim = claim_with(analyze(text), "depot")
    assert (claim.source_type, claim.via) == ("anonymous", "Harbour Ledger")


@pytest.mark.parametrize(
    "text",
    [
        "A ministry spokesman confirmed to Vestby TV that the depot would close.",
        "Tomas Brek admitted to Vestby TV that the depot would close.",
        '"The depot will close," Tomas Brek told reporters from Vestby TV.',
    ],
)
def test_an_outlet_confirmed_to_or_whose_reporters_were_told_was_told(text: str) -> None:
    claim = claim_with(analyze(text), "depot")
    assert (claim.channel, claim.via) == ("told_outlet", "Vestby TV")


@pytest.mark.parametrize(
    ("text", "words", "via"),
    [
        (
            "In an interview with the Aldmark Courant, Tomas Brek said the depot would close.",
            "depot",
            "Aldmark Courant",
        ),
        (
            "According to documents obtained by the trade journal Harbour Notes, the depot "
            "will close.",
            "depot",
            "Harbour Notes",
        ),
        (
            "Speaking to the Dockside Talk podcast, Tomas Brek said the depot would close. "
            "'We were told nothing,' the 52-year-old told the podcast.",
            "told nothing",
            "Dockside Talk",
        ),
        (
            "It was the Harbour Lantern that named the buyer. The paper quoted a club "
            "adviser as saying the loan was normal.",
            "loan was normal",
            "Harbour Lantern",
        ),
    ],
)
def test_outlets_known_by_their_name_their_kind_or_a_word_for_them(
    text: str, words: str, via: str
) -> None:
    assert claim_with(analyze(text), words).via == via


def test_according_to_an_outlet_opening_the_sentence_is_a_way_through() -> None:
    from reader.analysis.insight.via import via_of

    def any_outlet(name: str, before: str, tail: bool = False) -> bool:
        return name == "Harbour Gazette"

    pieces = [(0, "According to the Harbour Gazette, the minister told aides that ")]
    assert via_of(pieces, any_outlet, lambda name: False, "the minister") == "Harbour Gazette"


def test_an_outlet_introduced_as_a_publication_is_a_way_through() -> None:
    text = (
        "The trade publication DeviceWatch reported the recall on Monday. A former "
        "engineer, who spoke to DeviceWatch on condition of anonymity, said a fix had been shelved."
    )
    claim = analyze(text).claims[-1]
    assert (claim.via, claim.channel) == ("DeviceWatch", "told_outlet")
