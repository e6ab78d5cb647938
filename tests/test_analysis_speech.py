"""Reported and mixed speech: templates and exact content boundaries."""

import pytest
from analysis_helpers import claims_of

from reader.analysis import Claim, analyze


def only(text: str) -> Claim:
    claims = analyze(text).claims
    assert len(claims) == 1, [(c.content, c.rule) for c in claims]
    return claims[0]


def test_said_without_that_drops_the_full_stop() -> None:
    c = only("Mayor Lina Park said the new bus lanes would open in May.")
    assert c.kind == "indirect"
    assert c.content == "the new bus lanes would open in May"
    assert c.speaker is not None and c.speaker.text == "Mayor Lina Park"
    assert c.figure == "Lina Park"


def test_said_that_leaves_out_that() -> None:
    c = only("The council said that the budget had been approved.")
    assert c.content == "the budget had been approved"
    assert c.source_type == "institution"


def test_according_to_before_the_clause() -> None:
    c = only("According to the finance office, the project will cost 4 million euros.")
    assert c.content == "the project will cost 4 million euros"
    assert c.cue is not None and c.cue.text == "According to"
    assert c.rule == "according-to"


def test_according_to_after_the_clause() -> None:
    c = only("The dam was built in 1962, according to Ruth Bakker.")
    assert c.content == "The dam was built in 1962"
    assert c.figure == "Ruth Bakker"


def test_clause_then_cue_with_unnamed_spokesperson() -> None:
    text = "The bridge will stay closed until Friday, a spokesman for the transport authority said."
    c = only(text)
    assert c.content == "The bridge will stay closed until Friday"
    assert c.figure == "transport authority"
    assert c.source_type == "institution"


def test_attribution_in_the_middle_keeps_one_span() -> None:
    c = only("Engineers, said chief inspector Omar Haddad, had found cracks in two pillars.")
    assert (
        c.content == "Engineers, said chief inspector Omar Haddad, had found cracks in two pillars"
    )
    assert c.figure == "Omar Haddad"


def test_told_outlet_and_mixed_quote_at_the_end() -> None:
    text = 'Gita Rao told the Harbour Gazette that the plan was "a disaster".'
    c = only(text)
    assert c.kind == "mixed"
    assert c.content == 'the plan was "a disaster"'
    assert c.cue is not None and c.cue.text == "told"


def test_mixed_with_full_stop_inside_the_marks() -> None:
    c = only('Gita Rao said the vote had been "rushed and unfair."')
    assert c.content == 'the vote had been "rushed and unfair."'


def test_appositive_between_name_and_verb_gives_role() -> None:
    a = analyze("Anna Petrova, a spokeswoman for the ministry, said the vaccine was safe.")
    (c,) = a.claims
    assert c.figure == "Anna Petrova"
    fig = a.figure("Anna Petrova")
    assert fig is not None and fig.role == "spokeswoman for the ministry"


def test_confirmed_this_then_adding_that() -> None:
    text = (
        "Gita Rao runs the depot.\n\n"
        "Rao confirmed this to the newspaper, adding that talks with the unions would resume."
    )
    c = only(text)
    assert c.content == "talks with the unions would resume"
    assert c.figure == "Gita Rao"


def test_pronoun_only_content_is_not_a_claim() -> None:
    assert analyze("The minister denied it. The company confirmed this.").claims == ()


def test_reported_request_starts_at_to() -> None:
    c = only("The union asked the government to raise the minimum wage.")
    assert c.content == "to raise the minimum wage"


def test_reported_question_is_not_a_claim() -> None:
    assert analyze("Tomas Berg asked the mayor how the money had been spent.").claims == ()


def test_headline_with_trailing_cue() -> None:
    c = only("Ferry company weighs bid for rival, sources say\n\nThe talks began in March.")
    assert c.content == "Ferry company weighs bid for rival"
    assert c.source_type == "anonymous"


def test_interview_answers_belong_to_the_interviewee() -> None:
    text = (
        "An interview with Ines Varga, the port director.\n\n"
        "Q: Will the strike end soon?\n\n"
        "A: We expect an agreement by the end of the month.\n\n"
        "Q: And the new cranes?\n\n"
        "A: They arrive in spring."
    )
    a = analyze(text)
    assert [c.content for c in a.claims] == [
        "We expect an agreement by the end of the month.",
        "They arrive in spring.",
    ]
    assert {c.figure for c in a.claims} == {"Ines Varga"}


def test_interview_with_name_labels() -> None:
    text = (
        "Courier: Why did you resign?\n\n"
        "Van der Berg: Because the board ignored the safety reports.\n\n"
        "Courier: Do you regret it?\n\n"
        "Van der Berg: Not for a second."
    )
    a = analyze(text)
    assert [c.content for c in a.claims] == [
        "Because the board ignored the safety reports.",
        "Not for a second.",
    ]
    assert all(c.kind == "direct" for c in a.claims)


def test_dateline_is_not_part_of_the_claim() -> None:
    c = only("LONDON, March 3 (Wire) - Copper prices fell on Monday, traders said.")
    assert c.content == "Copper prices fell on Monday"
    assert c.source_type == "anonymous"


def test_colon_quote_and_partial_quote_share_a_verb() -> None:
    text = 'Ruth Adair told the Gazette any plan "must be fair": "We will not accept less."'
    a = analyze(text)
    assert [(c.kind, c.content) for c in a.claims] == [
        ("mixed", 'any plan "must be fair"'),
        ("direct", "We will not accept less."),
    ]
    assert {c.figure for c in a.claims} == {"Ruth Adair"}


def test_documents_speak_with_post_modifiers() -> None:
    text = (
        "Rents rose by 9 percent last year, according to a survey published on Monday.\n\n"
        "A court filing submitted by the city shows that the contract was signed in May."
    )
    a = analyze(text)
    assert [c.content for c in a.claims] == [
        "Rents rose by 9 percent last year",
        "the contract was signed in May",
    ]
    assert [c.source_type for c in a.claims] == ["document", "document"]
    assert a.claims[1].speaker is not None and a.claims[1].speaker.text == "A court filing"


def _content_and_figure(text: str) -> list[tuple[str, str | None]]:
    return [(c.content, c.figure) for c in analyze(text).claims]


def test_a_participle_cue_after_a_comma_takes_the_subject_of_the_main_verb() -> None:
    assert _content_and_figure("The minister resigned on Friday, saying the plan had failed.") == [
        ("the plan had failed", "minister")
    ]
    assert _content_and_figure(
        "After the vote, the union held a rally, urging the government to act."
    ) == [("to act", "union")]
    # Never read as an inverted cue ("..., said the government"): the government is asked.
    assert _content_and_figure("The union launched a petition, asking the government to act.") == [
        ("to act", "union")
    ]
    assert _content_and_figure("The paper ran the letter, citing two officials.") == []


@pytest.mark.parametrize(
    ("text", "content", "figure"),
    [
        # The main verb is a past form that neither ends in -ed nor is a common finite verb.
        (
            "Grete Salo threw a party for the ferry crew on Friday, saying the "
            "crossing had never been safer.",
            "the crossing had never been safer",
            "Grete Salo",
        ),
        # A fronted phrase ("In May," holds no verb "may") comes before the main clause.
        (
            "In June, a harbour inspector closed the pier, saying the pilings were rotten.",
            "the pilings were rotten",
            "harbour inspector",
        ),
        (
            "At the quay on Friday morning, Mr. Tom Ames struck the bell twice, saying "
            "the regatta had begun.",
            "the regatta had begun",
            "Tom Ames",
        ),
        # A participle opener is no subject: "she" is, and she is the one named before.
        (
            "Ina Brekke runs the port. Pressed by a council member on whether the bridge "
            "should close, she declined to answer, telling the committee it was a "
            "decision for ministers.",
            "it was a decision for ministers",
            "Ina Brekke",
        ),
        # A relative clause after the name, then the main verb and its object.
        (
            "Capt. Mark Dolan, 61, who sails out of Lund, withdrew his "
            "boat from the race, saying the sails were torn.",
            "the sails were torn",
            "Mark Dolan",
        ),
    ],
)
def test_an_ing_cue_takes_the_main_subject_past_fronted_phrases_and_past_forms(
    text: str, content: str, figure: str
) -> None:
    assert _content_and_figure(text)[-1:] == [(content, figure)]


def test_no_appositive_stands_before_an_ing_cue() -> None:
    # "X, who ..., <verb phrase>, saying": the words after the relative clause are
    # the main verb's, not a description of X.
    text = "Mayor Lena Vold, who lost the vote, praised the council, saying it had been fair."
    assert _content_and_figure(text) == [("it had been fair", "Lena Vold")]


def test_a_short_aside_between_subject_and_verb() -> None:
    (claim,) = analyze("The Food and Drug Administration (FDA) said the drug was safe.").claims
    assert (claim.figure, claim.source_type) == ("Food and Drug Administration", "institution")
    (claim,) = analyze("Jane Doe (pictured) said the drug was safe.").claims
    assert claim.figure == "Jane Doe"


def test_requests_in_progressive_catenative_and_called_on_forms() -> None:
    assert _content_and_figure("The union has been asking the government to raise wages.") == [
        ("to raise wages", "union")
    ]
    assert _content_and_figure("Several councils have started asking schools to pay taxes.") == [
        ("to pay taxes", "councils")
    ]
    assert _content_and_figure("Police are calling on drivers to avoid the area.") == [
        ("to avoid the area", "police")
    ]
    assert _content_and_figure("She called on Monday to complain.") == []
    assert _content_and_figure("The mayor called the plan a disaster.") == []


def test_an_ing_cue_without_a_clause_is_not_read_backwards() -> None:
    text = "In her remarks, Waters pointed to the posters, noting the touches of the old studio."
    assert analyze(text).claims == ()


def test_an_ing_cue_reports_a_clause_that_has_a_verb_of_its_own() -> None:
    text = "Karen Holt left the meeting whilst promising a full update is coming."
    assert _content_and_figure(text) == [("a full update is coming", "Karen Holt")]
    text = "Prices rose again, with the newspaper reporting the talks will resume."
    assert _content_and_figure(text) == [("the talks will resume", "newspaper")]
    # A verb inside a relative clause or after a comma is not the reported clause's.
    text = "Waters spoke, noting the touches of the studio, or the rooms, that were around them."
    assert _content_and_figure(text) == []
    assert _content_and_figure("The council voted no, citing figures released last week.") == []


def test_a_sentence_after_a_finished_quote_reports_its_own_clause() -> None:
    text = (
        "“I read it in one night,” Jonas Aalto said, “and it stayed with me.” "
        "He said the crew had filmed for three weeks."
    )
    claims = analyze(text).claims
    assert [(c.kind, c.content, c.figure) for c in claims] == [
        ("direct", "I read it in one night,", "Jonas Aalto"),
        ("direct", "and it stayed with me.", "Jonas Aalto"),
        ("indirect", "the crew had filmed for three weeks", "Jonas Aalto"),
    ]
    # Only the attribution after the quote: still the quote's cue.
    (claim,) = analyze("“We are done.” Jonas Aalto said on Monday.").claims
    assert (claim.content, claim.figure) == ("We are done.", "Jonas Aalto")


def test_a_document_owned_by_a_body_speaks_after_according_to() -> None:
    text = "According to the authority’s final notice, the lender added a fee."
    (claim,) = analyze(text).claims
    assert (claim.figure, claim.source_type) == ("authority’s final notice", "document")
    assert claim.speaker is not None and claim.speaker.text == "authority’s final notice"
    (claim,) = analyze("Sales fell, according to the company’s annual report.").claims
    assert claim.source_type == "document"


def test_a_spokesperson_named_by_possessive_speaks_for_the_owner() -> None:
    text = "Velmont Foods cut jobs. Velmont’s spokeswoman said the plan had failed."
    assert _content_and_figure(text) == [("the plan had failed", "Velmont Foods")]
    text = "Jane Smith leads the party. Jane Smith’s spokesman said the plan had failed."
    (claim,) = analyze(text).claims
    assert (claim.figure, claim.source_type) == ("Jane Smith", "named_person")


def test_a_quoted_title_after_a_comma_far_from_the_verb_is_no_quote_of_the_speaker() -> None:
    text = (
        "“I wanted people to smell the sea,” Noor Haddad said, sitting in the hall the "
        "morning after her new work, “Salt Year,” opened the festival."
    )
    assert [c.content for c in analyze(text).claims] == ["I wanted people to smell the sea,"]
    text = "Noor Haddad told reporters, “The sea is the whole point.”"
    assert _content_and_figure(text) == [("The sea is the whole point.", "Noor Haddad")]


def test_a_body_named_before_its_adjectives_keeps_its_name() -> None:
    text = "The Vesterøy municipal council said in a statement that extra sailings were enough."
    (claim,) = analyze(text).claims
    assert (claim.figure, claim.source_type) == ("Vesterøy municipal council", "institution")


def test_a_clause_hung_on_the_sentence_after_the_cue_is_not_what_was_said() -> None:
    text = (
        "Net profit dropped to 84 million euros, Velmont said in its results statement, "
        "as higher energy costs ate into margins."
    )
    assert _content_and_figure(text) == [("Net profit dropped to 84 million euros", "Velmont")]
    text = "The council approved the budget, Mayor Lina Park said on Monday, while crowds gathered."
    assert _content_and_figure(text) == [("The council approved the budget", "Lina Park")]
    text = "Mayor Lina Park said on Monday, as crowds gathered, that the budget was approved."
    assert _content_and_figure(text) == [("the budget was approved", "Lina Park")]


def test_a_sentence_said_to_be_reportedly_so_is_a_claim_without_a_named_source() -> None:
    text = "The plan was reportedly rejected by the prime minister over fears of the cost."
    (claim,) = analyze(text).claims
    assert claim.content == text.rstrip(".")
    assert (claim.figure, claim.rule, claim.cue and claim.cue.text) == (
        None,
        "reportedly",
        "reportedly",
    )
    # A stated source wins; questions and quoted words are left alone.
    assert _content_and_figure("The plan was reportedly dropped, officials said.") == [
        ("The plan was reportedly dropped", "officials")
    ]
    assert analyze("Was the plan reportedly dropped by the council in May?").claims == ()


def test_reportedly_in_an_embedded_post_is_the_posters_not_the_articles() -> None:
    text = (
        "The mayor reportedly wants a parade on the pier https://t.co/x1 "
        "— Harbour Wire (@harbourwire) June 2, 2016"
    )
    assert analyze(text).claims == ()


def test_a_quoted_name_does_not_make_reported_speech_mixed() -> None:
    text = "According to the coach, the team’s robot, named “Better Idea,” scored two points."
    (claim,) = analyze(text).claims
    assert claim.kind == "indirect"
    (claim,) = analyze("The coach said the robot was “simply the best” on the day.").claims
    assert claim.kind == "mixed"


def test_french_spaced_guillemets_start_a_new_sentence() -> None:
    text = (
        "« Some countries want the benefits », the diplomat said. "
        "« That is not how a single window works. »"
    )
    claims = analyze(text).claims
    assert [c.content.strip() for c in claims] == [
        "Some countries want the benefits",
        "That is not how a single window works.",
    ]
    assert claims[1].figure == claims[0].figure


def test_a_quoted_title_is_not_a_person_for_pronouns_to_find() -> None:
    text = (
        "Noor Haddad spoke after her new work, “Salt Year,” opened the festival. "
        "“Salt Year” is her first piece about home, and she said it took her a decade."
    )
    analysis = analyze(text)
    assert [c.figure for c in analysis.claims] == ["Noor Haddad"]
    assert analysis.figure("Salt Year") is None


def test_the_body_of_a_place_speaks_under_its_full_description() -> None:
    text = "The regional government of North Halmark confirmed that it was in talks."
    (claim,) = analyze(text).claims
    assert (claim.figure, claim.source_type) == (
        "regional government of North Halmark",
        "institution",
    )
    (claim,) = analyze("The Ministry of Health said the clinics would reopen.").claims
    assert claim.figure == "Ministry of Health"


def test_a_clause_opening_with_no_is_reported() -> None:
    assert _content_and_figure("The agency said no decision had been made.") == [
        ("no decision had been made", "agency")
    ]
    assert _content_and_figure("Mayor Lina Park said no one would lose their job.") == [
        ("no one would lose their job", "Lina Park")
    ]
    # A bare "no" is the answer itself, not the opening of a clause.
    (answer,) = analyze("Asked whether he would resign, the minister said no.").claims
    assert answer.content == "no"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Asked if the pier should close, 41 percent of Veldhaven voters said yes.", "yes"),
        ("Mara Lind said yes when the council asked her, and left.", "yes"),
        ("Asked whether she would run, Mara Lind said no. She left at noon.", "no"),
    ],
)
def test_a_one_word_answer_is_what_was_said(text: str, content: str) -> None:
    (c,) = analyze(text).claims
    assert (c.content, c.kind) == (content, "indirect")


def test_said_so_is_no_answer_and_no_5_is_no_sentence_end() -> None:
    assert (
        analyze("Asked if the toll was fair, 38 percent of the crews said so at the quay.").claims
        == ()
    )
    (c,) = analyze("The boat is ranked no. 5 in the fleet, Jon Berg said.").claims
    assert c.content == "The boat is ranked no. 5 in the fleet"
    assert analyze("She said no to the plan on Friday.").claims == ()


def test_warnings_and_requests_keep_their_negation() -> None:
    assert _content_and_figure("Police warned residents to stay indoors.") == [
        ("to stay indoors", "police")
    ]
    assert _content_and_figure("Police urged residents not to travel.") == [
        ("not to travel", "police")
    ]
    assert _content_and_figure("Police warned the roads would be icy.") == [
        ("the roads would be icy", "police")
    ]
    assert analyze("The mayor warned of delays to come.").claims == ()


def test_people_estimate_and_forecast_in_clauses_not_objects() -> None:
    assert _content_and_figure("Officials estimate 3,000 homes were damaged.") == [
        ("3,000 homes were damaged", "officials")
    ]
    assert analyze("Economists forecast growth of 2 percent.").claims == ()


def test_courts_rule_and_it_was_reported() -> None:
    assert _content_and_figure("The court ruled that the law was unconstitutional.") == [
        ("the law was unconstitutional", "court")
    ]
    assert analyze("The party ruled the country for 30 years.").claims == ()
    (claim,) = analyze("It was reported that the minister would resign.").claims
    assert (claim.content, claim.figure, claim.rule) == (
        "the minister would resign",
        None,
        "it-was-said",
    )
    assert analyze("It is thought that the minister would resign.").claims == ()


def test_a_reported_clause_never_opens_with_the_sentence_verb() -> None:
    text = "The case on which the court has ruled was about unpaid taxes from 2004."
    assert analyze(text).claims == ()


def test_according_to_in_the_middle_keeps_the_whole_clause() -> None:
    text = "The new rules, according to officials, will take effect in May."
    assert _content_and_figure(text) == [
        ("The new rules, according to officials, will take effect in May", "officials")
    ]
    text = "Prices rose 3 percent, according to the agency, which publishes monthly data."
    assert _content_and_figure(text) == [("Prices rose 3 percent", "agency")]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # The opener is no claim; the commitment after the verb is (docs/design.md).
        (
            "Standing outside the court, Ida Brun promised to keep fighting the ruling.",
            [("to keep fighting the ruling", "Ida Brun", "named_person")],
        ),
        ("She asked the board for more money to repair the roof.", []),
    ],
)
def test_participle_openers_and_requests_for_things_are_not_claims(
    text: str, claims: list[tuple[str, str, str]]
) -> None:
    assert claims_of(text) == claims


@pytest.mark.parametrize(
    "text",
    [
        "The mayor, Cllr Ruth Ames, has defended the cuts, saying the city had no choice.",
        "Ruth Ames defended the cuts, saying the city had no choice.",
    ],
)
def test_comma_saying_after_another_verb(text: str) -> None:
    assert claims_of(text) == [("the city had no choice", "Ruth Ames", "named_person")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A survey of 1,500 tenants found that rents had risen by a third.",
            "rents had risen by a third",
        ),
        (
            "Demand fell sharply in the spring, the data showed.",
            "Demand fell sharply in the spring",
        ),
        (
            "Rosa Lind said the audit showed that the accounts were wrong.",
            "the audit showed that the accounts were wrong",
        ),
    ],
)
def test_documents_and_clauses_that_report_a_document(text: str, content: str) -> None:
    assert [c for c, _f, _t in claims_of(text)] == [content]


def test_said_then_according_to_keeps_the_speaker_of_said() -> None:
    text = "The mayor said the bridge would reopen, according to minutes of the meeting."
    assert [(c, f) for c, f, _t in claims_of(text)] == [("the bridge would reopen", "mayor")]


def test_labels_used_once_each_head_a_list_not_an_interview() -> None:
    """A candidate list: "Holm: Hold the north." ... "Lind: Time to go home?" is no interview."""
    from reader.analysis import analyze

    text = (
        "Here is what each candidate needs tonight.\n\n"
        "Holm: Hold the north.\n\nHe leads by twenty points.\n\n"
        "Brandt: Finish second.\n\nHe needs a strong night.\n\n"
        "Lind: Time to go home?\n\nShe trails the field."
    )
    assert analyze(text).claims == ()


def test_a_label_in_quotes_after_calling_is_mixed_speech_of_the_main_subject() -> None:
    text = "Speaking in Lund, Holm went after Brandt, calling him “a tired old act.”"
    (c,) = analyze(text).claims
    assert (c.content, c.figure, c.kind) == ("him “a tired old act.”", "Holm", "mixed")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mara Lind called Jon Berg a “barnacle.”", "Jon Berg a “barnacle.”"),
        (
            "In Veldhaven, Mara Lind went after Berg, calling him a “driftwood.”",
            "him a “driftwood.”",
        ),
        ("The ferry crews were late again, and Mara Lind called them “snails”.", "them “snails”"),
    ],
)
def test_a_short_quoted_label_after_call_is_mixed_speech(text: str, content: str) -> None:
    c = analyze(text).claims[-1]
    assert (c.content, c.figure, c.kind) == (content, "Mara Lind", "mixed")


def test_a_clause_between_commas_is_no_appositive_but_a_participle_phrase_is() -> None:
    text = (
        "Nora Vance, asked by the Gazette whether the plan would change, said only that "
        "it would not."
    )
    assert analyze(text).claims[-1].figure == "Nora Vance"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The council closed the pier, which officials said was unsafe.",
            "was unsafe",
            "officials",
        ),
        (
            "Ruud signed a letter that the union said had been drafted by the board.",
            "had been drafted by the board",
            "the union",
        ),
        (
            "Ferries now stop at Linden, what the mayor says is a gift to the island.",
            "is a gift to the island",
            "the mayor",
        ),
        (
            "It was a survey the ministry said was flawed from the start.",
            "was flawed from the start",
            "the ministry",
        ),
    ],
)
def test_speech_inside_a_relative_claims_its_verb_phrase(
    text: str, content: str, speaker: str
) -> None:
    (c,) = analyze(text).claims
    assert (c.content, c.speaker and c.speaker.text, c.rule) == (
        content,
        speaker,
        "object-relative",
    )


def test_a_that_after_said_is_no_relative() -> None:
    assert all(
        c.rule != "object-relative"
        for c in analyze("Ines Holm said that officials said was a lie.").claims
    )


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "But as Ines Holm noted, the ferry has lost money for years.",
            "the ferry has lost money for years",
            "Ines Holm",
        ),
        (
            "As the Island Gazette reported last week, the pier was sold in May.",
            "the pier was sold in May",
            "the Island Gazette",
        ),
        (
            "And as Carl Brandt pointed out, nobody has paid the toll since June.",
            "nobody has paid the toll since June",
            "Carl Brandt",
        ),
    ],
)
def test_a_fronted_as_clause_cues_the_sentence(text: str, content: str, speaker: str) -> None:
    (c,) = analyze(text).claims
    assert (c.content, c.speaker and c.speaker.text, c.rule) == (content, speaker, "as-cue")


@pytest.mark.parametrize(
    "text",
    [
        "Yet as Linden Ferries continues to grow, the question is who will pay.",
        "The row between Ines and Carl, as they call each other, has lasted years.",
        "As Holm said he would, the council met on Friday.",
    ],
)
def test_an_as_clause_that_frames_no_speech_cues_nothing(text: str) -> None:
    assert all(c.rule != "as-cue" for c in analyze(text).claims)


def test_a_transcript_quoted_turn_by_turn_is_an_interview() -> None:
    text = (
        "Ines Holm spoke to the Gazette on Sunday.\n\n"
        '"HOST: Will the ferry run this winter?\n\n'
        '"HOLM: It will, and the fares will not change.\n\n'
        '"HOST: And the pier?\n\n'
        '"HOLM: The pier reopens in May."'
    )
    claims = analyze(text).claims
    assert [(c.content, c.rule) for c in claims] == [
        ("It will, and the fares will not change.", "interview-label"),
        ("The pier reopens in May.", "interview-label"),
    ]


def test_according_to_an_outlet_which_cited_someone_claims_what_follows() -> None:
    (c,) = analyze(
        "According to the Ledger, which cited two officials, the mine will close."
    ).claims
    assert (c.content, c.figure) == ("the mine will close", "Ledger")


def test_a_clause_then_a_source_who_told_a_named_outlet() -> None:
    (c,) = analyze("The mine will close next year, a source told the Gazette.").claims
    assert (c.content, c.figure, c.via) == ("The mine will close next year", "source", "Gazette")


@pytest.mark.parametrize(
    ("text", "content", "figure"),
    [
        (
            "The ferry will run all winter, Mayor Ines Holm told a council panel Monday.",
            "The ferry will run all winter",
            "Ines Holm",
        ),
        (
            "Mayor Ines Holm called her brother. The pier was safe again, the mayor told him.",
            "The pier was safe again",
            "Ines Holm",
        ),
    ],
)
def test_a_clause_then_told_and_only_the_one_told(text: str, content: str, figure: str) -> None:
    claims = analyze(text).claims
    assert [(c.content, c.figure) for c in claims] == [(content, figure)]


def test_told_a_story_after_a_clause_is_no_attribution() -> None:
    assert analyze("The night was cold, Holm told a story about the war.").claims == ()


def test_calling_someone_a_quoted_name_is_a_mixed_claim() -> None:
    (c,) = analyze("Ines Holm went after the council, calling it “a talking shop.”").claims
    assert (c.kind, c.content, c.figure) == ("mixed", "it “a talking shop.”", "Ines Holm")


def test_calling_on_people_to_act_stays_a_request() -> None:
    (c,) = analyze("Ines Holm spoke at the pier, calling on residents to stay calm.").claims
    assert c.content == "to stay calm"


def test_an_ing_cue_after_an_object_takes_the_main_subject() -> None:
    text = (
        "The Carr Lane Residents' Association wrote to the council in June describing "
        "the bridge as 'a magnet for trouble after dark'."
    )
    (c,) = analyze(text).claims
    assert c.figure == "Carr Lane Residents' Association"


def test_a_name_after_a_cue_that_follows_a_comma_is_the_speaker() -> None:
    text = (
        "The tide tables are wrong this spring, said Steve Dale, "
        "a pilot who works the northern channel."
    )
    (c,) = analyze(text).claims
    assert (c.rule, c.content, c.figure) == (
        "clause-then-cue",
        "The tide tables are wrong this spring",
        "Steve Dale",
    )


def test_a_name_after_an_appositive_subject_and_its_verb_is_the_clause() -> None:
    (c,) = analyze("Tom Ames, a farmer, said Lena Vold had lied about the quota.").claims
    assert (c.content, c.figure) == ("Lena Vold had lied about the quota", "Tom Ames")


@pytest.mark.parametrize(
    ("text", "content", "figure"),
    [
        (
            "Noting that the ferry was late, Mayor Lena Vold said the town would pay.",
            "the ferry was late",
            "Lena Vold",
        ),
        (
            "Acknowledging that the vote was close, Tom Ames conceded defeat.",
            "the vote was close",
            "Tom Ames",
        ),
    ],
)
def test_an_opening_ing_cue_with_that_gives_its_clause_to_the_main_subject(
    text: str, content: str, figure: str
) -> None:
    (c,) = [c for c in analyze(text).claims if c.rule == "participle-opener"]
    assert (c.content, c.figure) == (content, figure)


@pytest.mark.parametrize(
    "text", ["Noting that, the mayor left.", "Noting the delay, the mayor left early."]
)
def test_an_opening_ing_cue_without_a_clause_is_no_claim(text: str) -> None:
    assert analyze(text).claims == ()


def test_repeating_and_fuming_report_a_clause_not_an_object() -> None:
    assert [c for c, _f, _t in claims_of("Mara Lind repeated that the pier would close.")] == [
        "the pier would close"
    ]
    assert claims_of("Mara Lind fumed that she had been kept in the dark.") != []
    for text in (
        "Mara Lind reiterated her support for the plan.",
        "The council ignored repeated requests for comment.",
        "Mara Lind fumed over the delay.",
    ):
        assert claims_of(text) == []


def test_the_prosecution_and_the_defence_speak_as_bodies() -> None:
    text = "In a filing on Sunday, the prosecution wrote that the messages had been handed over."
    assert claims_of(text) == [("the messages had been handed over", "prosecution", "institution")]
