"""Reported clauses: where the content starts after the cue and where it ends."""

import pytest
from analysis_helpers import claims_of

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ilse Marten said prices would ease.", "prices would ease"),
        ("The airline said flights resumed.", "flights resumed"),
        ("Her agent, Paolo Ricci, said she might retire.", "she might retire"),
    ],
)
def test_short_reported_clauses_with_a_verb_are_claims(text: str, content: str) -> None:
    assert [c for c, _f, _t in claims_of(text)] == [content]


@pytest.mark.parametrize(
    "text", ["The coach acknowledged the defeat.", "Mr Ricci denied the report."]
)
def test_a_short_object_is_not_a_claim(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hugo Varga on Monday said the merger would go ahead.",
        "Hugo Varga last week said the merger would go ahead.",
        "Hugo Varga said Monday the merger would go ahead.",
        "Hugo Varga told analysts Monday the merger would go ahead.",
    ],
)
def test_us_style_time_next_to_the_verb(text: str) -> None:
    assert claims_of(text) == [("the merger would go ahead", "Hugo Varga", "named_person")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Rui Sato told shareholders the dividend was safe.", "the dividend was safe"),
        ("Rui Sato told his brother he would sell the farm.", "he would sell the farm"),
    ],
)
def test_told_a_plain_audience_then_the_clause(text: str, content: str) -> None:
    assert [c for c, _f, _t in claims_of(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The old captain told a story about a storm that sank three boats.",
        "The rescue went according to plan and everyone was home by noon.",
    ],
)
def test_things_told_and_according_to_plan_are_not_claims(text: str) -> None:
    assert claims_of(text) == []


def test_detailed_how_reports_but_detailed_plans_does_not() -> None:
    assert [c for c, _f, _t in claims_of("Eva Ruud detailed how the fund would work.")] == [
        "how the fund would work"
    ]
    assert claims_of("Eva Ruud detailed plans to merge the two schools next year.") == []


def test_a_relative_that_after_the_verb_is_not_a_reported_clause() -> None:
    assert claims_of("Driver charged after a fire that destroyed a barn") == []


def test_while_another_source_ends_the_clause() -> None:
    text = (
        "Oxfam International said the plan would hurt farmers, "
        "while the farmers' union warned that prices would fall."
    )
    got = [(c, t) for c, _f, t in claims_of(text)]
    assert got[0] == ("the plan would hurt farmers", "institution")


def test_a_characterisation_ends_at_its_closing_mark() -> None:
    text = 'Residents have called the tower a "monster", and the council has paused it.'
    assert [c for c, _f, _t in claims_of(text)] == ['the tower a "monster"']


def test_partial_quote_after_a_passive_verb_is_mixed_speech() -> None:
    text = 'A spokesman for the port said repairs would be finished "within weeks".'
    a = analyze(text)
    assert [(c.kind, c.content, c.figure) for c in a.claims] == [
        ("mixed", 'repairs would be finished "within weeks"', "port")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Water bills will double by 2030, Lena Brandt, an adviser to the utility, said.",
        "Water bills will double by 2030, said Lena Brandt, an adviser to the utility.",
        "Water bills will double by 2030, said Lena Brandt, who advises the utility.",
    ],
)
def test_appositive_after_a_tail_cue_stays_out_of_the_content(text: str) -> None:
    a = analyze(text)
    assert [(c.content, c.figure) for c in a.claims] == [
        ("Water bills will double by 2030", "Lena Brandt")
    ]


def test_citing_after_a_tail_cue_stays_out_of_the_content() -> None:
    text = "The mine will close in June, Bloomberg reported, citing three people briefed on it."
    assert [c for c, _f, _t in claims_of(text)] == ["The mine will close in June"]


def test_a_clause_between_quote_and_tail_cue_is_not_a_relation() -> None:
    text = (
        'The fire, which the owner called "arson", destroyed the barn, '
        "the fire service said in a statement."
    )
    a = analyze(text)
    assert [c.kind for c in a.claims] == ["mixed"]


def test_wire_story_tails_and_objects() -> None:
    text = (
        "Copper rose 3% on Monday after a mine flooded in Peru, traders said, "
        "adding to supply worries.\n\n"
        "A ministry spokesman told state radio the flooding was under control.\n\n"
        "Analysts at Harlow Brandt wrote in a note that prices could rise further.\n\n"
        "(Reporting by Ana Ruiz; Editing by Tim Cole)"
    )
    a = analyze(text)
    assert [(c.content, c.source_type) for c in a.claims] == [
        ("Copper rose 3% on Monday after a mine flooded in Peru", "anonymous"),
        ("the flooding was under control", "institution"),
        ("prices could rise further", "institution"),
    ]
    assert "Ana Ruiz" not in [f.name for f in a.figures]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Still, Mayor Lina Park says, the tram line will be late.", "Lina Park"),
        ("In any case, Hugo Varga said, the harbour was too small for cruise ships.", "Hugo Varga"),
        ("Two years ago, Hugo Varga said, the unions called the merger a fantasy.", "Hugo Varga"),
        ("Instead, Hugo Varga told reporters, the ferry will stop at Lund.", "Hugo Varga"),
        ("If anything, Ilse Marten argued in her letter, the vote came too early.", "Ilse Marten"),
    ],
)
def test_a_cue_after_a_fronted_adverbial_reports_the_whole_sentence(text: str, figure: str) -> None:
    # The fronted part belongs to what was said: the content runs over the cue.
    assert claims_of(text) == [(text.rstrip("."), figure, "named_person")]


@pytest.mark.parametrize(
    "text",
    [
        "Net profit fell sharply, Velmont reported, citing higher energy costs.",
        "Net profit fell sharply, Velmont said on Monday, as energy costs rose.",
        "Net profit fell sharply, said Jane Okoro, a spokeswoman for Velmont.",
    ],
)
def test_what_follows_a_trailing_cue_is_not_always_what_was_said(text: str) -> None:
    assert [c for c, _f, _t in claims_of(text)] == ["Net profit fell sharply"]


def test_an_infinitive_after_a_weak_verb_is_no_channel() -> None:
    text = "Sure of the nomination, Ms Marten will continue to face her rival, Senator Bo Lind."
    assert claims_of(text) == []


def test_a_clause_then_a_possessive_spokesman() -> None:
    from reader.analysis import analyze

    text = "The port will reopen in May, the prime minister’s spokesman said."
    claims = analyze(text).claims
    assert [(c.content, c.speaker.text if c.speaker else None) for c in claims] == [
        ("The port will reopen in May", "the prime minister’s spokesman")
    ]


def test_an_adjective_in_ing_before_a_noun_is_no_verb_between_cue_and_that() -> None:
    text = "Mayor Ines Holm said in her closing remarks that the port should reopen."
    assert [c for c, _f, _t in claims_of(text)] == ["the port should reopen"]


def test_a_channel_compound_after_the_verb_is_not_the_reported_clause() -> None:
    text = (
        "Mayor Ines Holm spoke on Monday. The council had failed the island, "
        "she said in a video message to the meeting."
    )
    assert [c for c, _f, _t in claims_of(text)] == ["The council had failed the island"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ola Berntsen said if he were mayor, the program would grow.",
            "if he were mayor, the program would grow",
        ),
        (
            "Tom Reed said if elected he could work with both parties.",
            "if elected he could work with both parties",
        ),
    ],
)
def test_a_conditional_after_said_is_the_claim(text: str, content: str) -> None:
    (c,) = analyze(text).claims
    assert c.content == content


def test_asked_if_is_a_question_not_a_claim() -> None:
    assert analyze("Jane Doe asked if the plan would work and the vote was held.").claims == ()


def test_that_far_after_an_interview_with_an_outlet() -> None:
    text = (
        "Ruth Ginsburg said in an interview with The Associated Press last week that "
        "she did not want to think about it."
    )
    (c,) = analyze(text).claims
    assert c.content == "she did not want to think about it"


def test_a_programme_named_between_the_verb_and_that() -> None:
    text = 'Ines Holm said on the Courier\'s "Morning Round" that the toll was unfair.'
    assert [c for c, _f, _t in claims_of(text)] == ["the toll was unfair"]


def test_a_clause_opening_with_at_least_and_a_past_verb() -> None:
    text = "The Gazette reported at least six boats crossed the bay on Sunday."
    assert [c for c, _f, _t in claims_of(text)] == ["at least six boats crossed the bay on Sunday"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Aune said it's over.", "it's over"),
        ("Aune said there’s no plan.", "there’s no plan"),
        ("Aune says she'd stay.", "she'd stay"),
    ],
)
def test_a_short_clause_opening_with_a_contracted_pronoun_is_reported(
    text: str, content: str
) -> None:
    assert [c for c, _f, _t in claims_of(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Aune rejected the levy, saying her council doesn’t want it.",
            "her council doesn’t want it",
        ),
        ("Aune said the pier won't open.", "the pier won't open"),
    ],
)
def test_a_negated_auxiliary_is_a_verb_of_its_own(text: str, content: str) -> None:
    assert [c for c, _f, _t in claims_of(text)] == [content]


def test_a_common_present_verb_makes_the_words_after_an_ing_cue_a_clause() -> None:
    text = "Aune criticized the harbour deal, saying the deal goes too far for the town."
    assert [c for c, _f, _t in claims_of(text)] == ["the deal goes too far for the town"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Tom Ames has said for weeks the ferry will be late all summer.",
            "the ferry will be late all summer",
        ),
        (
            "The ministry said for the first time that two ferries had been sold.",
            "two ferries had been sold",
        ),
        (
            "Lena Vold has said for the past six years that the pier is unsafe.",
            "the pier is unsafe",
        ),
    ],
)
def test_a_span_of_time_after_the_verb_is_skipped(text: str, content: str) -> None:
    (c,) = analyze(text).claims
    assert c.content == content


def test_speaking_for_an_hour_reports_nothing() -> None:
    assert analyze("Tom Ames spoke for an hour about the harbour.").claims == ()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mayor Lena Vold vowed to fight the ruling in court.", "to fight the ruling in court"),
        ("Mayor Lena Vold pledged not to raise the ferry fares.", "not to raise the ferry fares"),
        ("Mayor Lena Vold promised to cut taxes for farmers.", "to cut taxes for farmers"),
        (
            'Mayor Lena Vold vowed to "keep every pier open" in the county.',
            'to "keep every pier open" in the county',
        ),
        (
            "Mayor Lena Vold cut the ribbon, vowing to build a second quay.",
            "to build a second quay",
        ),
    ],
)
def test_a_commitment_put_as_speech_reports_its_to_clause(text: str, content: str) -> None:
    (c,) = analyze(text).claims
    assert (c.content, c.figure) == (content, "Lena Vold")


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Lena Vold has pledged her support to Tom Ames.",
        "The promise to cut taxes was broken.",
    ],
)
def test_a_pledge_of_support_is_an_object_not_a_claim(text: str) -> None:
    assert analyze(text).claims == ()


def test_a_demonstrative_after_that_opens_the_clause() -> None:
    (c,) = analyze("Lena Vold noted that these nets, once dried, can be used again.").claims
    assert c.content == "these nets, once dried, can be used again"
    assert analyze("Lena Vold confirmed that.").claims == ()


def test_soon_between_subject_and_cue_is_skipped() -> None:
    (c,) = analyze("Dock workers soon noted that the crane had been moved.").claims
    assert c.speaker is not None and c.speaker.text == "Dock workers"


@pytest.mark.parametrize(
    "text",
    [
        "Mara Lind said the ferry tax was unfair, and she accused the council of hiding costs.",
        "Mara Lind said the ferry tax was unfair, but she urged the council to keep the pier.",
    ],
)
def test_a_clause_ends_before_and_or_but_with_a_pronoun_and_a_verb_of_speech(text: str) -> None:
    first, second = analyze(text).claims
    assert first.content == "the ferry tax was unfair"
    assert second.figure == "Mara Lind"


def test_a_comparison_after_a_reported_figure_is_the_reporters() -> None:
    text = (
        "About 41 percent of Veldhaven voters said they would take the ferry, "
        "compared with 30 percent in May."
    )
    (c,) = analyze(text).claims
    assert c.content == "they would take the ferry"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Anna Lind said that the pier is “a poor use of harbour money,” adding that "
            "the council “keeps attacking us.”",
            "the pier is “a poor use of harbour money,”",
            "the council “keeps attacking us.”",
        ),
        (
            "Peter Brek said he saw no reason to alter the plan, telling reporters "
            "that the harbour would reopen.",
            "he saw no reason to alter the plan",
            "the harbour would reopen",
        ),
        (
            "Anna Lind insisted that she had “saved the ferry,” claiming that she alone "
            "had found the money.",
            "she had “saved the ferry,”",
            "she alone had found the money",
        ),
    ],
)
def test_a_second_cue_in_ing_ends_the_clause_also_past_a_quote(
    text: str, first: str, second: str
) -> None:
    """', adding that', ',” claiming that': a cue of its own after the comma, also
    when a closing quote mark stands between, ends the clause before it."""
    contents = [c for c, _f, _t in claims_of(text)]
    assert contents == [first, second]


@pytest.mark.parametrize(
    "tail",
    [
        ", but she did not say whether she would vote against it",
        ", though he declined to name the buyers",
        ", but they never explained the delay",
    ],
)
def test_a_narrated_clause_after_but_ends_the_content(tail: str) -> None:
    """', but she did not say ...': the writer goes on about the speaker, who
    says nothing there, so the reported clause ends before it."""
    text = f"Anna Lind said she had real concerns about the cost of the pier{tail}."
    assert [c for c, _f, _t in claims_of(text)] == [
        "she had real concerns about the cost of the pier"
    ]


def test_a_clause_after_but_with_a_modal_stays_reported() -> None:
    """', but it would take years': still what was said."""
    text = "Anna Lind said the pier would reopen, but it would take years."
    assert [c for c, _f, _t in claims_of(text)] == [
        "the pier would reopen, but it would take years"
    ]
