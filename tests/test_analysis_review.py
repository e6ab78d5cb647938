"""Fixes from the engine review: crashes, over-fitted rules, common news patterns."""

import pytest

from reader.analysis import analyze, engine
from reader.analysis.text.quotes import find_quotes
from reader.analysis.text.segments import segment


def claims_of(text):
    return [(c.content, c.figure, c.source_type) for c in analyze(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry runs late, according to officials,",
        '"Not yet," said Omar Haddad,',
        "The pier needs work, said Omar Haddad,\na harbour engineer, who added more.",
    ],
)
def test_a_name_at_the_end_of_a_line_before_a_comma_does_not_crash(text):
    analysis = analyze(text)
    assert all(c.figure for c in analysis.claims)
    assert analysis.claims


def test_a_failing_paragraph_loses_only_itself(monkeypatch):
    real = engine.reported_speech

    def flaky(seg, quotes, qstarts, used, direct, lo, hi):
        if "ferry" in seg.text[lo:hi]:
            raise IndexError("boom")
        return real(seg, quotes, qstarts, used, direct, lo, hi)

    monkeypatch.setattr(engine, "reported_speech", flaky)
    text = (
        "The ferry will stop in winter, the port authority said.\n\n"
        "The new bridge will open in the spring, the city council said."
    )
    with pytest.raises(IndexError):
        analyze(text)
    recorded = analyze(text, errors="record")
    assert [c.content for c in recorded.claims] == ["The new bridge will open in the spring"]
    assert [(p.stage, p.start, p.error) for p in recorded.problems] == [
        ("paragraph", 0, "IndexError")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ilse Marten said prices would ease.", "prices would ease"),
        ("The airline said flights resumed.", "flights resumed"),
        ("Her agent, Paolo Ricci, said she might retire.", "she might retire"),
    ],
)
def test_short_reported_clauses_with_a_verb_are_claims(text, content):
    assert [c for c, _f, _t in claims_of(text)] == [content]


@pytest.mark.parametrize(
    "text", ["The coach acknowledged the defeat.", "Mr Ricci denied the report."]
)
def test_a_short_object_is_not_a_claim(text):
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nadia Ferro, the chief executive of Brightwell, said costs had doubled. "
        "The chief executive added that prices would rise.",
        "Ivo Stanek, a lawyer for the tenants, said the eviction was unlawful. "
        "The lawyer said an appeal had been lodged.",
    ],
)
def test_the_role_word_refers_back_to_the_named_person(text):
    figs = {f for _c, f, _t in claims_of(text)}
    types = {t for _c, _f, t in claims_of(text)}
    assert len(figs) == 1 and types == {"named_person"}


def test_a_role_word_with_an_article_is_still_a_new_unnamed_source():
    text = "A nurse said the ward was full. The nurse said staff were exhausted."
    assert [(f, t) for _c, f, t in claims_of(text)] == [("nurse #1", "anonymous")] * 2


@pytest.mark.parametrize(
    "text",
    [
        'Marta Quist carried a banner: "Save the harbour."',
        'Marta Quist\'s first novel begins with a line: "The sea keeps what it takes."',
    ],
)
def test_a_colon_after_a_name_without_speech_is_not_a_claim(text):
    assert claims_of(text) == []


def test_a_colon_after_a_speech_predicate_is_the_subjects_quote():
    text = 'Marta Quist put it plainly: "The harbour is dying."'
    assert claims_of(text) == [("The harbour is dying.", "Marta Quist", "named_person")]


def test_name_of_the_body_is_a_person_with_the_body_as_role():
    a = analyze("Greta Lund of the Institute of Marine Research said stocks were falling.")
    (c,) = a.claims
    assert (c.figure, c.source_type) == ("Greta Lund", "named_person")
    (fig,) = [f for f in a.figures if f.name == "Greta Lund"]
    assert fig.role is not None and "Institute of Marine Research" in fig.role


@pytest.mark.parametrize(
    "text",
    [
        "Hugo Varga on Monday said the merger would go ahead.",
        "Hugo Varga last week said the merger would go ahead.",
        "Hugo Varga said Monday the merger would go ahead.",
        "Hugo Varga told analysts Monday the merger would go ahead.",
    ],
)
def test_us_style_time_next_to_the_verb(text):
    assert claims_of(text) == [("the merger would go ahead", "Hugo Varga", "named_person")]


def test_time_inside_a_post_modifier_stays_with_the_document():
    text = "A survey published on Monday found that most drivers wanted fewer tolls."
    assert [(c, t) for c, _f, t in claims_of(text)] == [
        ("most drivers wanted fewer tolls", "document")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Rui Sato told shareholders the dividend was safe.", "the dividend was safe"),
        ("Rui Sato told his brother he would sell the farm.", "he would sell the farm"),
    ],
)
def test_told_a_plain_audience_then_the_clause(text, content):
    assert [c for c, _f, _t in claims_of(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The old captain told a story about a storm that sank three boats.",
        "The rescue went according to plan and everyone was home by noon.",
    ],
)
def test_things_told_and_according_to_plan_are_not_claims(text):
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Water bills will double by 2030, Lena Brandt, an adviser to the utility, said.",
        "Water bills will double by 2030, said Lena Brandt, an adviser to the utility.",
        "Water bills will double by 2030, said Lena Brandt, who advises the utility.",
    ],
)
def test_appositive_after_a_tail_cue_stays_out_of_the_content(text):
    a = analyze(text)
    assert [(c.content, c.figure) for c in a.claims] == [
        ("Water bills will double by 2030", "Lena Brandt")
    ]


def test_citing_after_a_tail_cue_stays_out_of_the_content():
    text = "The mine will close in June, Bloomberg reported, citing three people briefed on it."
    assert [c for c, _f, _t in claims_of(text)] == ["The mine will close in June"]


def test_hard_wrapped_lines_do_not_end_sentences():
    flat = (
        "Night buses return\n\n"
        "The transport board said on Thursday that the night buses would run "
        "again from May, after a year in which drivers had refused late shifts, and "
        "that fares would not change."
    )
    wrapped = flat.replace("run ", "run\n").replace("refused ", "refused\n")
    assert len(wrapped) == len(flat)
    assert [(c.start, c.end) for c in analyze(wrapped).claims] == [
        (c.start, c.end) for c in analyze(flat).claims
    ]
    assert len(analyze(flat).claims) == 2


def test_short_lines_of_a_headline_block_still_end_sentences():
    text = (
        "Night buses return in May\n"
        "By Carl Mott\n"
        "Fares will stay the same, the transport board said."
    )
    (c,) = analyze(text).claims
    assert c.content == "Fares will stay the same"


def test_plural_possessive_inside_single_marks_does_not_close_the_quote():
    text = "'The growers' market will move to the square,' the council said."
    (c,) = analyze(text).claims
    assert c.content == "The growers' market will move to the square,"


def test_plural_possessive_with_no_closer_after_it_closes_the_quote():
    text = "She called it 'a matter for the growers' and moved on."
    (q,) = find_quotes(segment(text))
    assert text[q.start : q.end] == "a matter for the growers"


def test_one_unnamed_source_with_adding_that_is_one_figure():
    text = (
        '"Nothing is settled," a person close to the talks said, '
        "adding that a deal could come by Friday."
    )
    a = analyze(text)
    assert len(a.claims) == 2
    assert len({c.figure for c in a.claims}) == 1
    assert [f.name for f in a.figures if f.source_type == "anonymous"] == [a.claims[0].figure]


@pytest.mark.parametrize(
    ("text", "figure", "stype"),
    [
        (
            "Tove Aas won the final on Sunday. The swimmer said she would rest for a month.",
            "Tove Aas",
            "named_person",
        ),
        (
            "Ben Kray was sentenced on Monday. The 47-year-old told the court he regretted it.",
            "Ben Kray",
            "named_person",
        ),
        ("A commuter said the trains had been late all week.", "commuter #1", "anonymous"),
        ("Her family said in a statement that she had loved the sea.", "family #1", "anonymous"),
    ],
)
def test_common_nouns_for_people_speak(text, figure, stype):
    assert [(f, t) for _c, f, t in claims_of(text)] == [(figure, stype)]


def test_a_capitalised_name_ending_in_ed_is_not_a_participle():
    text = "Her uncle Ahmed Saeed said the family would appeal."
    assert claims_of(text) == [("the family would appeal", "Ahmed Saeed", "named_person")]


def test_partial_quote_after_a_passive_verb_is_mixed_speech():
    text = 'A spokesman for the port said repairs would be finished "within weeks".'
    a = analyze(text)
    assert [(c.kind, c.content, c.figure) for c in a.claims] == [
        ("mixed", 'repairs would be finished "within weeks"', "port")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Standing outside the court, Ida Brun promised to keep fighting the ruling.",
        "She asked the board for more money to repair the roof.",
    ],
)
def test_participle_openers_and_requests_for_things_are_not_claims(text):
    assert claims_of(text) == []


def test_a_characterisation_ends_at_its_closing_mark():
    text = 'Residents have called the tower a "monster", and the council has paused it.'
    assert [c for c, _f, _t in claims_of(text)] == ['the tower a "monster"']


@pytest.mark.parametrize(
    ("text", "content", "figure"),
    [
        (
            "The agency quoted Omar Haddad as saying that talks would resume in May.",
            "talks would resume in May",
            "Omar Haddad",
        ),
        (
            "Omar Haddad was quoted as saying the talks had failed.",
            "the talks had failed",
            "Omar Haddad",
        ),
    ],
)
def test_quoted_as_saying(text, content, figure):
    assert [(c, f) for c, f, _t in claims_of(text)] == [(content, figure)]


def test_related_links_and_read_more_lines_are_apparatus():
    text = (
        "The ferry will run on Sunday, Jon Edda said.\n\n"
        "Read more: Ferry Strike Ends, Union Says\n\n"
        "Related Topics\n\n"
        "Harbour Transport"
    )
    a = analyze(text)
    assert [f.name for f in a.figures] == ["Jon Edda"]
    assert len(a.claims) == 1


def test_a_descriptor_before_a_name_is_a_role():
    a = analyze("Meteorologist Kai Berg said the rain would ease by Friday.")
    assert [(f.name, f.role) for f in a.figures] == [("Kai Berg", "Meteorologist")]


def test_it_refers_to_an_unnamed_body_mentioned_just_before():
    text = 'The water board published new rules on Monday. "Nobody will be cut off," it said.'
    assert claims_of(text) == [("Nobody will be cut off,", "water board", "institution")]


def test_a_quote_signed_after_a_dash():
    text = (
        "\u201cEvery village will have a doctor again.\u201d "
        "\u2014 Hanna Olsen, the health minister."
    )
    assert claims_of(text) == [
        ("Every village will have a doctor again.", "Hanna Olsen", "named_person")
    ]


def test_a_short_title_signed_after_a_dash_is_not_a_claim():
    assert claims_of("\u201cNorthern Lights\u201d \u2014 Hanna Olsen, 2019") == []


def test_hard_wrapped_text_without_blank_lines_keeps_its_paragraphs_together():
    text = (
        "Ferry fares to rise\n"
        "The ferry company will raise fares by a tenth in the spring, said Ola\n"
        "Brekke, a spokesman for the operator, who added that the night crossing\n"
        "would stop in winter.\n"
        '"Fuel costs have doubled," he said.'
    )
    got = [(c.content.replace("\n", " "), c.figure) for c in analyze(text).claims]
    assert got == [
        ("The ferry company will raise fares by a tenth in the spring", "Ola Brekke"),
        ("the night crossing would stop in winter", "Ola Brekke"),
        ("Fuel costs have doubled,", "Ola Brekke"),
    ]


def test_who_added_that_belongs_to_the_person_before_it():
    text = "The vote was postponed, said Ines Roth, who added that a new date would follow."
    assert [(c, f) for c, f, _t in claims_of(text)] == [
        ("The vote was postponed", "Ines Roth"),
        ("a new date would follow", "Ines Roth"),
    ]


def test_a_headline_that_is_a_surname_and_a_quote():
    text = (
        'Lindqvist: "The mine will not reopen"\n\n'
        "Sanna Lindqvist, the regional governor, said talks had ended."
    )
    assert [(c, f) for c, f, _t in claims_of(text)] == [
        ("The mine will not reopen", "Sanna Lindqvist"),
        ("talks had ended", "Sanna Lindqvist"),
    ]


def test_a_headline_label_that_names_nobody_is_not_a_speaker():
    assert claims_of('Flood Alert: "Stay away from the river"\n\nThe river rose.') == []


def test_an_aside_between_commas_is_not_a_role():
    a = analyze("Ida Brun, however, said the vote was rigged.")
    assert [(f.name, f.role) for f in a.figures] == [("Ida Brun", None)]


def test_said_then_according_to_keeps_the_speaker_of_said():
    text = "The mayor said the bridge would reopen, according to minutes of the meeting."
    assert [(c, f) for c, f, _t in claims_of(text)] == [("the bridge would reopen", "mayor #1")]


def test_coast_guard_is_a_body_and_skipper_an_epithet():
    text = (
        "The coast guard said it had found the boat. Eva Lund, 44, owns the boat. "
        "The skipper added that nobody was hurt."
    )
    got = [(f, t) for _c, f, t in claims_of(text)]
    assert got == [("coast guard", "institution"), ("Eva Lund", "named_person")]


def test_a_relative_clause_after_a_name_is_not_its_role():
    a = analyze("Kari Vik, who chairs the board, said the plan was sound.")
    assert [(f.name, f.role) for f in a.figures] == [("Kari Vik", None)]


def test_company_type_nouns_and_store_chains_are_bodies():
    text = (
        "Shares in Hollin Stores fell after the retailer said it would shut 30 shops.\n\n"
        "Reporting by Ana Ruiz; editing by Tim Cole"
    )
    a = analyze(text)
    assert [(c.figure, c.source_type) for c in a.claims] == [("Hollin Stores", "institution")]
    assert [f.name for f in a.figures] == ["Hollin Stores"]


def test_a_relative_that_after_the_verb_is_not_a_reported_clause():
    assert claims_of("Driver charged after a fire that destroyed a barn") == []


def test_quote_then_relation_and_name_between_commas():
    text = '"He never missed a shift," his brother, Tariq Amin, said by phone.'
    assert claims_of(text) == [("He never missed a shift,", "Tariq Amin", "named_person")]


def test_the_official_refers_back_to_an_unnamed_official():
    text = (
        '"Nothing is agreed," a senior UN official said on condition of anonymity. '
        "The official said talks would resume in May."
    )
    figs = [(f, t) for _c, f, t in claims_of(text)]
    assert len(figs) == 2 and figs[0] == figs[1] and figs[0][1] == "anonymous"


def test_while_another_source_ends_the_clause():
    text = (
        "Oxfam International said the plan would hurt farmers, "
        "while the farmers' union warned that prices would fall."
    )
    got = [(c, t) for c, _f, t in claims_of(text)]
    assert got[0] == ("the plan would hurt farmers", "institution")


def test_a_nationality_epithet_refers_to_the_person_before():
    text = 'Coach Jan van der Berg praised the defence. "We were patient," the Dutchman said.'
    assert claims_of(text) == [("We were patient,", "Jan van der Berg", "named_person")]


def test_an_epithet_prefers_the_speaker_of_the_claim_before():
    text = (
        "Lina Holt told Harbour Radio that the season was not over. Her coach, Ben Ruiz, "
        'watched from the stands. "We are still first," the striker said.'
    )
    assert [f for _c, f, _t in claims_of(text)] == ["Lina Holt", "Lina Holt"]


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
def test_documents_and_clauses_that_report_a_document(text, content):
    assert [c for c, _f, _t in claims_of(text)] == [content]


def test_a_camel_case_brand_keeps_its_capital():
    a = analyze("Prices will rise, according to a YouGov poll.")
    assert [c.figure for c in a.claims] == ["YouGov poll"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor, Cllr Ruth Ames, has defended the cuts, saying the city had no choice.",
        "Ruth Ames defended the cuts, saying the city had no choice.",
    ],
)
def test_comma_saying_after_another_verb(text):
    assert claims_of(text) == [("the city had no choice", "Ruth Ames", "named_person")]


def test_he_after_an_unnamed_spokesman_is_the_spokesmans_body():
    text = (
        "Ruth Ames said she was worried. A spokesman for the Home Office said funding "
        "had risen. He added: \u201cWe keep this under review.\u201d"
    )
    got = [(f, t) for _c, f, t in claims_of(text)]
    assert got[1:] == [("Home Office", "institution")] * 2


def test_one_of_the_people_is_a_member_of_the_group_before():
    text = (
        "The bank will sell its insurance arm, according to two people briefed on the talks. "
        "A buyer could be named within weeks, one of the people said."
    )
    figs = [(f, t) for _c, f, t in claims_of(text)]
    assert len(figs) == 2 and figs[0] == figs[1] and figs[0][1] == "anonymous"


def test_detailed_how_reports_but_detailed_plans_does_not():
    assert [c for c, _f, _t in claims_of("Eva Ruud detailed how the fund would work.")] == [
        "how the fund would work"
    ]
    assert claims_of("Eva Ruud detailed plans to merge the two schools next year.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The jury heard that the lorry had no working brakes.", "the lorry had no working brakes"),
        ("The inquest heard the pilot had flown for 14 hours.", "the pilot had flown for 14 hours"),
    ],
)
def test_court_heard_is_a_claim_without_a_stated_source(text, content):
    (c,) = analyze(text).claims
    assert (c.content, c.figure, c.cue.text if c.cue else None) == (content, None, "heard")


@pytest.mark.parametrize(
    "text", ["The court heard the case in private.", '"Stop!" she heard someone shout.']
)
def test_other_hearing_is_not_a_claim(text):
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "content", "stype"),
    [
        (
            "Rents rose again, according to a report by the Housing Trust, "
            "which found that one in three tenants was behind on payments.",
            "one in three tenants was behind on payments",
            "document",
        ),
        (
            "The fire was first reported by the news site Coastline, "
            "which said the pier had collapsed.",
            "the pier had collapsed",
            "media",
        ),
    ],
)
def test_which_said_after_a_document_or_outlet(text, content, stype):
    got = [(c, t) for c, _f, t in claims_of(text)]
    assert (content, stype) in got


def test_who_asked_not_to_be_named_is_not_a_claim():
    text = '"It is chaos," said a nurse, who asked not to be named because she feared reprisals.'
    assert [c for c, _f, _t in claims_of(text)] == ["It is chaos,"]


def test_plain_nouns_before_officials_in_a_tail_cue():
    text = "The road will stay shut until May, county highway officials said."
    assert claims_of(text) == [
        ("The road will stay shut until May", "county highway officials", "institution")
    ]


def test_a_headline_labelled_with_its_source():
    text = "Police: Two held after raid on jewellers\n\nTwo men were arrested on Sunday."
    assert claims_of(text) == [("Two held after raid on jewellers", "police", "institution")]


def test_a_headline_label_that_is_a_topic_is_not_a_source():
    assert claims_of("Budget: What it means for renters\n\nThe budget was published.") == []


def test_the_role_before_a_name_in_commas_is_kept_and_referred_back_to():
    text = (
        "Norway's fisheries minister, Siv Holm, said quotas would fall. "
        "The minister added that talks would resume in May."
    )
    a = analyze(text)
    assert [c.figure for c in a.claims] == ["Siv Holm", "Siv Holm"]
    assert [f.role for f in a.figures if f.name == "Siv Holm"] == ["Norway's fisheries minister"]


def test_a_part_in_the_event_is_not_the_last_speaker():
    text = (
        "Inspector Joan Marsh said the car had been stolen. "
        "The defendant told the court he had borrowed it."
    )
    got = [(f, t) for _c, f, t in claims_of(text)]
    assert got == [("Joan Marsh", "named_person"), ("defendant #1", "anonymous")]


def test_an_epithet_skips_a_person_with_another_role():
    text = (
        "Ivo Brandt scored the winner. Coach Mia Storm said the team had been brave. "
        "The striker said he had waited years for this."
    )
    assert [f for _c, f, _t in claims_of(text)] == ["Mia Storm", "Ivo Brandt"]


def test_a_failing_resolution_loses_only_that_claims_source(monkeypatch):
    real = engine.Registry.resolve

    def flaky(self, ph, last, last_para):
        if ph.text == "the port authority":
            raise IndexError("boom")
        return real(self, ph, last, last_para)

    monkeypatch.setattr(engine.Registry, "resolve", flaky)
    text = (
        "The ferry will stop in winter, the port authority said.\n\n"
        "The bridge will open in the spring, the city council said."
    )
    with pytest.raises(IndexError):
        analyze(text)
    recorded = analyze(text, errors="record")
    assert [(c.content, c.figure) for c in recorded.claims] == [
        ("The ferry will stop in winter", None),
        ("The bridge will open in the spring", "city council"),
    ]
    assert [p.stage for p in recorded.problems] == ["speaker"]


def test_a_failing_mention_pass_keeps_the_claims(monkeypatch):
    def broken(reg, start):
        raise TimeoutError

    monkeypatch.setattr(engine, "seed", broken)
    text = "The bridge will open in the spring, the city council said."
    with pytest.raises(TimeoutError):
        analyze(text)
    recorded = analyze(text, errors="record")
    assert [(c.content, c.figure, c.source_type) for c in recorded.claims] == [
        ("The bridge will open in the spring", "city council", "institution")
    ]
    assert [p.stage for p in recorded.problems] == ["mentions"]


def test_wire_story_tails_and_objects():
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


def test_a_clause_between_quote_and_tail_cue_is_not_a_relation():
    text = (
        'The fire, which the owner called "arson", destroyed the barn, '
        "the fire service said in a statement."
    )
    a = analyze(text)
    assert [c.kind for c in a.claims] == ["mixed"]


def test_an_inverted_cue_opening_the_sentence_before_a_colon():
    text = 'Mira Lenz chaired the inquiry. Said Lenz: "Nobody checked the valves."'
    assert claims_of(text) == [("Nobody checked the valves.", "Mira Lenz", "named_person")]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Figures released on Monday", "figures released on Monday"),
        ("Southern Cross Polling", "Southern Cross Polling"),
        ("Kessler’s office", "Kessler’s office"),
        ("YouGov", "YouGov"),
    ],
)
def test_only_a_sentence_capital_is_lowered(phrase: str, expected: str) -> None:
    from reader.analysis.figures.store import lower_first

    assert lower_first(phrase) == expected
