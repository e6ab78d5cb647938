"""Sources read past what the phrase reader knows: unknown heads, post-modifiers."""

import pytest
from analysis_helpers import claims_of

from reader.analysis import Claim, analyze


def only(text: str) -> Claim:
    claims = analyze(text).claims
    assert len(claims) == 1, [(c.content, c.rule) for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    ("text", "speaker", "source_type"),
    [
        (
            "Turnout fell by a third in Brindle, according to early figures counted "
            "on Friday night.",
            "early figures",
            "document",
        ),
        (
            "Holm leads Berg by four points, according to the average of six surveys "
            "gathered by the Coastal Ledger.",
            "the average",
            "document",
        ),
        ("Aune clerked for two judges, according to his profile.", "his profile", "document"),
        (
            "The ferry fund has spent 3 million crowns since May, according to harbour trackers.",
            "harbour trackers",
            "anonymous",
        ),
    ],
)
def test_according_to_a_source_the_phrase_reader_does_not_know(
    text: str, speaker: str, source_type: str
) -> None:
    c = only(text)
    assert c.rule == "according-to"
    assert c.content == text.split(", according to")[0]
    assert c.speaker is not None and c.speaker.text == speaker
    assert c.source_type == source_type


@pytest.mark.parametrize(
    "text",
    [
        "The launch went ahead according to local custom.",
        "The crowd sang according to the recently reprinted hymnal.",
    ],
)
def test_according_to_a_bare_noun_or_an_adverb_is_no_source(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The audit named three contracts, which the review said were signed without a tender.",
            "the review",
            "were signed without a tender",
        ),
        (
            "The council shut a shelter in Brindle that inspectors said was unsafe for children.",
            "inspectors",
            "was unsafe for children",
        ),
        (
            "Marsh signed a ferry levy that harbour pilots said would drive trade to Tallis.",
            "harbour pilots",
            "would drive trade to Tallis",
        ),
    ],
)
def test_speech_inside_a_relative_whose_subject_no_phrase_rule_reads(
    text: str, speaker: str, content: str
) -> None:
    (c,) = [c for c in analyze(text).claims if c.rule == "object-relative"]
    assert c.content == content
    assert c.speaker is not None and c.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Residents packed the hall. Some said the ferry should never have been sold.", "Some"),
        ("Residents packed the hall. In the end, many said the ferry should stay.", "many"),
        ("The ferry should stay, Lena Aune and others said.", "Lena Aune and others"),
    ],
)
def test_a_quantifier_or_a_name_and_others_speaks(text: str, speaker: str) -> None:
    c = only(text)
    assert c.content.startswith("the ferry should") or c.content.startswith("The ferry")
    assert c.speaker is not None and c.speaker.text == speaker
    assert c.source_type == ("named_person" if "Aune" in speaker else "anonymous")


def test_a_quantifier_before_a_noun_that_looks_like_a_verb_is_no_speaker() -> None:
    assert claims_of("Most counties counted early. Some states stayed too close to call.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("If the tide keeps rising, forecasters say the pier will flood by June.", "forecasters"),
        ("But harbour specialists say the pier will flood by June.", "harbour specialists"),
    ],
)
def test_a_bare_plural_the_lexicon_lacks_speaks_as_people_nobody_names(
    text: str, speaker: str
) -> None:
    c = only(text)
    assert c.content == "the pier will flood by June"
    assert c.speaker is not None and c.speaker.text == speaker
    assert c.source_type == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        "He always says the pier will flood by June.",
        "The harbour master sometimes says the pier will flood.",
    ],
)
def test_an_adverb_ending_like_a_plural_is_no_speaker(text: str) -> None:
    assert all(
        c.speaker is None or c.speaker.text not in ("always", "sometimes")
        for c in analyze(text).claims
    )


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Mayor Lena Aune Says Ferry Will Return In May.\n\nThe mayor spoke on Monday.",
            "Mayor Lena Aune",
            "Ferry Will Return In May",
        ),
        (
            "Harbour Fees Will Double, Pilot Tom Brisk Says.\n\nThe pilots met on Monday.",
            "Pilot Tom Brisk",
            "Harbour Fees Will Double",
        ),
    ],
)
def test_a_title_case_headline_with_a_capitalised_cue(
    text: str, speaker: str, content: str
) -> None:
    (c,) = [c for c in analyze(text).claims if c.rule == "title-headline"]
    assert c.content == content
    assert c.speaker is not None and c.speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Fights Back Against Claims Of A Secret Deal.\n\nText.",
        "Harbour master says ferry will return in May after repairs are done.\n\nText.",
    ],
)
def test_a_noun_in_a_headline_or_a_sentence_case_headline_is_no_title_cue(text: str) -> None:
    assert all(c.rule != "title-headline" for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Aune won among the 30 percent of residents who said the ferry mattered most.",
            "residents",
            "the ferry mattered most",
        ),
        (
            "The vote handed a win to critics who say the quota is too low.",
            "critics",
            "the quota is too low",
        ),
    ],
)
def test_a_plural_and_who_said_without_a_comma_reports_for_the_plural(
    text: str, speaker: str, content: str
) -> None:
    c = only(text)
    assert c.rule == "relative-clause"
    assert c.content == content
    assert c.speaker is not None and c.speaker.text.endswith(speaker)


def test_a_singular_and_who_said_without_a_comma_is_left_alone() -> None:
    assert claims_of("The man who said he saw the crash left early.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Just under a third, 31 percent, say they will vote for Aune.",
            "Just under a third, 31 percent",
        ),
        ("A third of islanders, 34%, say they will vote for Aune.", "A third of islanders, 34%"),
        ("Nearly nine out of 10 say they will vote for Aune.", "Nearly nine out of 10"),
        ("Of those polled, three-fourths say they will vote for Aune.", "three-fourths"),
    ],
)
def test_more_shares_of_the_people_polled(text: str, speaker: str) -> None:
    c = only(text)
    assert c.rule == "poll-share speaker-verb-clause"
    assert c.content == "they will vote for Aune"
    assert c.speaker is not None and c.speaker.text == speaker
    assert c.source_type == "anonymous"


def test_a_that_inside_a_clause_that_has_begun_is_the_clause_s_own() -> None:
    c = only("Many islanders say they see it that way.")
    assert c.content == "they see it that way"
    c = only("Aune said she hadn't raised that with Berg.")
    assert c.content == "she hadn't raised that with Berg"


def test_a_focus_word_before_the_subject_of_speech_inside_a_relative() -> None:
    (c,) = [
        c
        for c in analyze("It was the speech which even rivals say was her best.").claims
        if c.rule == "object-relative"
    ]
    assert c.content == "was her best"


def test_according_to_a_work_whose_title_follows_in_quotes() -> None:
    c = only("Aune paid 8 million crowns for the boat, according to his memoir ''Salt Year.''")
    assert c.rule == "according-to"
    assert c.speaker is not None and c.speaker.text == "his memoir"


def test_a_title_headline_s_one_word_speaker_named_with_a_title_below_is_a_person() -> None:
    text = (
        "Vikander Says Harbour Museum Will Tell Of Hard Times.\n\n"
        "LUND — President Vikander said on Saturday that the museum would open."
    )
    a = analyze(text)
    assert [c.rule for c in a.claims] == ["title-headline", "speaker-verb-that"]
    assert {(c.figure, c.source_type) for c in a.claims} == {("Vikander", "named_person")}
