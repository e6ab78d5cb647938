"""Direct quotes: marks and their pairing, quote templates, split quotes, scare quotes, titles."""

import pytest
from analysis_helpers import claims_of

from reader.analysis import Claim, analyze
from reader.analysis.text.quotes import find_quotes
from reader.analysis.text.segments import segment


def claims(text: str) -> tuple[Claim, ...]:
    return analyze(text).claims


def test_straight_quote_after_cue_keeps_punctuation_inside() -> None:
    text = '"We will rebuild the bridge by June," Mayor Ana Costa said.'
    (c,) = claims(text)
    assert c.content == "We will rebuild the bridge by June,"
    assert c.kind == "direct"
    assert c.cue is not None and c.cue.text == "said"
    assert c.speaker is not None and c.speaker.text == "Mayor Ana Costa"
    assert c.figure == "Ana Costa"
    assert c.source_type == "named_person"


def test_curly_quote_inverted_order() -> None:
    text = "“The tests came back clean,” said Tomas Berg, a chemist at the plant."
    (c,) = claims(text)
    assert c.content == "The tests came back clean,"
    assert c.figure == "Tomas Berg"
    assert c.rule == "quote-then-cue"


def test_guillemets_and_low_high_marks() -> None:
    text = "«Nous restons ici», said Claire Dubois.\n\n„Wir bleiben hier“, said Jonas Weber."
    a = analyze(text)
    assert [c.content for c in a.claims] == ["Nous restons ici", "Wir bleiben hier"]
    assert [c.figure for c in a.claims] == ["Claire Dubois", "Jonas Weber"]


def test_split_quote_gives_two_claims_one_figure() -> None:
    text = 'Maria Lind runs the shelter.\n\n"We have beds," Lind said, "but not enough blankets."'
    a = analyze(text)
    assert [c.content for c in a.claims] == ["We have beds,", "but not enough blankets."]
    assert {c.figure for c in a.claims} == {"Maria Lind"}
    assert a.claims[1].speaker is not None and a.claims[1].speaker.text == "Lind"


def test_colon_introduced_quote() -> None:
    text = 'Coach Pia Holm told reporters: "We played our best game of the season."'
    (c,) = claims(text)
    assert c.content == "We played our best game of the season."
    assert c.figure == "Pia Holm"
    assert c.cue is not None and c.cue.text == "told"


def test_multi_paragraph_quote_one_claim_per_paragraph() -> None:
    text = (
        'Farmer Olaf Dahl said: "The harvest failed twice in a row.\n\n'
        '"We sold the tractor to pay the bank.\n\n'
        '"Now we wait for rain."'
    )
    a = analyze(text)
    assert len(a.claims) == 3
    assert {c.figure for c in a.claims} == {"Olaf Dahl"}
    assert a.claims[0].content == "The harvest failed twice in a row."
    assert a.claims[1].content == "We sold the tractor to pay the bank."


def test_british_single_marks_with_apostrophes() -> None:
    text = "'It's the workers' money we're spending,' said councillor Ruth Adair."
    (c,) = claims(text)
    assert c.content == "It's the workers' money we're spending,"
    assert c.figure == "Ruth Adair"


def test_nested_single_quote_stays_inside() -> None:
    text = "\"He told me 'never again' and left,\" said Ivo Marek."
    (c,) = claims(text)
    assert c.content == "He told me 'never again' and left,"


def test_unclosed_quote_bounded_to_paragraph() -> None:
    text = (
        'Nina Oster said: "The gate was open\n\nThe council met on Tuesday to discuss the budget.'
    )
    a = analyze(text)
    assert len(a.claims) == 1
    assert a.claims[0].content == "The gate was open"


def test_scare_quotes_and_titles_are_not_claims() -> None:
    text = (
        'The so-called "reform" passed quietly. The museum shows a film titled "Night Harbour".\n\n'
        "Critics of the plan gathered outside."
    )
    assert claims(text) == ()


def test_block_quote_after_a_cue_and_colon() -> None:
    text = (
        "In a statement, the harbour board rejected the claims:\n\n"
        "The board has always followed the safety rules and will keep doing so.\n\n"
        "The inquiry resumes in May."
    )
    (c,) = claims(text)
    assert c.content == "The board has always followed the safety rules and will keep doing so."
    assert c.kind == "direct"
    assert c.rule == "block-quote"
    assert c.source_type == "institution"


def test_colon_quote_without_a_verb_belongs_to_the_subject() -> None:
    text = (
        "The old mine closed in 1994.\n\n"
        "Her daughter, Sanna Berg, who was nine at the time, put it differently: "
        "\u201cThey closed it with a letter on a Friday.\u201d"
    )
    (c,) = claims(text)
    assert c.figure == "Sanna Berg"
    assert c.rule == "colon-subject"


def test_plural_possessive_inside_single_marks_does_not_close_the_quote() -> None:
    text = "'The growers' market will move to the square,' the council said."
    (c,) = analyze(text).claims
    assert c.content == "The growers' market will move to the square,"


def test_plural_possessive_with_no_closer_after_it_closes_the_quote() -> None:
    text = "She called it 'a matter for the growers' and moved on."
    (q,) = find_quotes(segment(text))
    assert text[q.start : q.end] == "a matter for the growers"


@pytest.mark.parametrize(
    "text",
    [
        'Marta Quist carried a banner: "Save the harbour."',
        'Marta Quist\'s first novel begins with a line: "The sea keeps what it takes."',
    ],
)
def test_a_colon_after_a_name_without_speech_is_not_a_claim(text: str) -> None:
    assert claims_of(text) == []


def test_a_colon_after_a_speech_predicate_is_the_subjects_quote() -> None:
    text = 'Marta Quist put it plainly: "The harbour is dying."'
    assert claims_of(text) == [("The harbour is dying.", "Marta Quist", "named_person")]


def test_a_quote_signed_after_a_dash() -> None:
    text = (
        "\u201cEvery village will have a doctor again.\u201d "
        "\u2014 Hanna Olsen, the health minister."
    )
    assert claims_of(text) == [
        ("Every village will have a doctor again.", "Hanna Olsen", "named_person")
    ]


def test_a_short_title_signed_after_a_dash_is_not_a_claim() -> None:
    assert claims_of("\u201cNorthern Lights\u201d \u2014 Hanna Olsen, 2019") == []


def test_a_headline_that_is_a_surname_and_a_quote() -> None:
    text = (
        'Lindqvist: "The mine will not reopen"\n\n'
        "Sanna Lindqvist, the regional governor, said talks had ended."
    )
    assert [(c, f) for c, f, _t in claims_of(text)] == [
        ("The mine will not reopen", "Sanna Lindqvist"),
        ("talks had ended", "Sanna Lindqvist"),
    ]


def test_a_headline_label_that_names_nobody_is_not_a_speaker() -> None:
    assert claims_of('Flood Alert: "Stay away from the river"\n\nThe river rose.') == []


def test_an_inverted_cue_opening_the_sentence_before_a_colon() -> None:
    text = 'Mira Lenz chaired the inquiry. Said Lenz: "Nobody checked the valves."'
    assert claims_of(text) == [("Nobody checked the valves.", "Mira Lenz", "named_person")]


def test_a_lead_in_to_something_embedded_is_not_a_block_quote() -> None:
    """Web copy loses the video or tweet a line introduced: the next paragraph is not it."""
    from reader.analysis import analyze

    lost_video = (
        "The senator mocked the plan on air.\n\n"
        "Watch the full video of his remarks below:\n\n"
        "Follow our reporter on Twitter for more coverage of the race."
    )
    lead_ins = (
        "Local politicians also fired back, including the mayor:\n\n"
        "The governor of the state also spoke out against the plan:"
    )
    assert analyze(lost_video).claims == ()
    assert [c.rule for c in analyze(lead_ins).claims] == []
    kept = (
        "The company rejected the claims in a statement:\n\n"
        "We have always paid our suppliers on time and will continue to do so."
    )
    assert [c.rule for c in analyze(kept).claims] == ["block-quote"]


def test_typewriter_double_marks_pair_like_quotation_marks() -> None:
    """News archives write quotes with two apostrophes: ''like this,'' she said."""
    from reader.analysis import analyze

    text = (
        "''He is not the right person,'' said Maria Leon, a secretary. "
        "''I will vote for Lind.''\n\nShe didn't say why, and ''nobody'' asked."
    )
    claims = analyze(text).claims
    assert [(c.content, c.kind, c.figure) for c in claims[:2]] == [
        ("He is not the right person,", "direct", "Maria Leon"),
        ("I will vote for Lind.", "direct", "Maria Leon"),
    ]
    assert all("didn" not in c.content for c in claims)


def test_a_verb_after_a_quote_and_a_conjunction_opens_its_own_clause() -> None:
    text = "Critics called the plan a “fantasy”, and the mayor said it would go ahead."
    claims = analyze(text).claims
    assert [(c.content, c.figure) for c in claims][-1] == ("it would go ahead", "mayor")
    assert all(c.figure != "mayor" for c in claims if "fantasy" in c.content)


def test_and_as_after_a_quote_still_attributes_it() -> None:
    text = "“It is a right,” and as Nora Vance noted, it holds."
    assert analyze(text).claims[0].figure == "Nora Vance"


def test_quotes_signed_after_a_quotation_dash_one_to_a_line() -> None:
    text = (
        "\u201cThe ferry has to run again before the winter.\u201d\u00a0\u2015 Pia Lund\u00a0\n"
        "\u201cNobody asked the island what it needs.\u201d\u2015 Ole Brandt."
    )
    assert claims_of(text) == [
        ("The ferry has to run again before the winter.", "Pia Lund", "named_person"),
        ("Nobody asked the island what it needs.", "Ole Brandt", "named_person"),
    ]


def test_headlines_cited_one_to_a_line_after_a_dash_are_not_claims() -> None:
    text = (
        "The pier closed on Monday.\n\n"
        '"Harbour bridge to reopen in May, council says" \u2014 The Courier, May 2, 2024\n'
        '"Ferry fares frozen for a second winter" \u2014 Nordvik Times, May 3, 2024'
    )
    assert all(c.rule != "dash-signed-quote" for c in analyze(text).claims)


def test_a_short_quote_or_question_right_after_the_cue_sentence_goes_on() -> None:
    text = (
        "Councillor Ida Rask voted against the budget.\n\n"
        '"We tried," Rask said on Monday. "Twice."\n\n'
        '"The depot is empty," said Rask, who chairs the committee. "Why wait?"'
    )
    assert [c.content for c in analyze(text).claims] == [
        "We tried,",
        "Twice.",
        "The depot is empty,",
        "Why wait?",
    ]
    assert {c.figure for c in analyze(text).claims} == {"Ida Rask"}


def test_a_quoted_word_that_starts_a_new_sentence_does_not_go_on() -> None:
    text = (
        "Councillor Ida Rask sent the draft.\n\n"
        '"Mark it as a draft," Rask wrote. "Blue copy" is the clerks\' word for it.'
    )
    assert [c.content for c in analyze(text).claims] == ["Mark it as a draft,"]


def test_a_no_break_space_after_the_cue_sentence_still_ends_it() -> None:
    text = (
        "Councillor Ida Rask voted against the budget.\n\n"
        '"We tried," said Rask, who chairs the committee.\u00a0"It is a risk for every school."'
    )
    a = analyze(text)
    assert [c.content for c in a.claims] == ["We tried,", "It is a risk for every school."]
    assert a.claims[1].rule == "continued-quote"


def test_the_unquoted_opening_before_the_cue_is_a_claim_too() -> None:
    text = (
        "Mayor Ines Holm spoke on Monday.\n\n"
        'If the ferry stops, she said, "the island will empty within a year."'
    )
    assert [(c.content, c.kind, c.figure, c.rule) for c in analyze(text).claims] == [
        ("If the ferry stops", "indirect", "Ines Holm", "fragment-then-cue"),
        ("the island will empty within a year.", "direct", "Ines Holm", "cue-then-quote"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Ines Holm spoke.\n\nAfter the vote on Monday, Holm said, "We will not give up."',
        'Mayor Ines Holm spoke.\n\nIn her speech to the council, Holm said, "we will not give up."',
    ],
)
def test_a_frame_before_the_cue_is_no_claim(text: str) -> None:
    assert all(c.rule != "fragment-then-cue" for c in analyze(text).claims)


def test_a_word_quoted_inside_the_subject_is_not_a_quote_with_that_cue() -> None:
    text = 'Jan Berg, who calls the toll a "farce," said he would not pay it.'
    (c,) = analyze(text).claims
    assert (c.kind, c.content) == ("indirect", "he would not pay it")


def test_a_title_inside_the_appositive_keeps_the_name_as_speaker() -> None:
    text = 'Jan Berg, the author of "Salt Year," said the island had changed.'
    (c,) = analyze(text).claims
    assert (c.content, c.figure) == ("the island had changed", "Jan Berg")


def test_a_show_named_after_a_possessive_is_no_quote() -> None:
    text = 'Speaking on the Courier\'s "Morning Round," Jan Berg said the toll was unfair.'
    assert [c.content for c in analyze(text).claims] == ["the toll was unfair"]


@pytest.mark.parametrize(
    ("text", "content", "figure"),
    [
        (
            "Nora Vance blasted the government as “a family business with an army attached.”",
            "a family business with an army attached.",
            "Nora Vance",
        ),
        ("Tom Reed hailed the ruling as “long overdue” on Monday.", "long overdue", "Tom Reed"),
        (
            "Tom Reed spoke for an hour, dismissing the report as “a well-worn script.”",
            "a well-worn script.",
            "Tom Reed",
        ),
        (
            "At the quay, Mara Lind referred to the pilots as “my lighthouse”.",
            "my lighthouse",
            "Mara Lind",
        ),
        (
            "In her leaflets Mara Lind characterizes the toll as “the herring tax” twice.",
            "the herring tax",
            "Mara Lind",
        ),
        (
            "The Veldhaven Tribune portrays Jon Berg as “a friend of the pier.”",
            "a friend of the pier.",
            "Veldhaven Tribune",
        ),
    ],
)
def test_a_label_quoted_after_a_verb_of_judging_and_as(
    text: str, content: str, figure: str
) -> None:
    (c,) = analyze(text).claims
    assert (c.content, c.figure, c.kind, c.rule) == (content, figure, "direct", "label-as-quote")


@pytest.mark.parametrize(
    "text",
    [
        "He slammed the door as “nobody” walked in.",
        "The firm sells a brand pitched as “the ultimate destination” for travellers.",
    ],
)
def test_as_before_a_quote_without_a_verb_of_judging_is_no_label(text: str) -> None:
    assert analyze(text).claims == ()


def test_a_chant_in_a_fronted_phrase_leaves_the_verb_to_its_clause() -> None:
    text = (
        'Walking into the hall to chants of "Ines! Ines!," the mayor said '
        "her campaign was closing strong."
    )
    (c,) = analyze(text).claims
    assert (c.kind, c.content) == ("indirect", "her campaign was closing strong")


def test_an_ing_cue_after_a_quoted_phrase_takes_the_main_subject() -> None:
    text = "Ines Holm blamed the delay on a “bad line,” claiming she had already answered."
    (c,) = analyze(text).claims
    assert (c.kind, c.content, c.figure) == ("indirect", "she had already answered", "Ines Holm")


def test_a_quote_spoken_by_someone_described_with_an_unlisted_head() -> None:
    text = (
        '"Tell us how you would mend the harbour," the moderator said. "You have one minute."\n\n'
        '"It sinks every winter," said one lifelong Brindle ferryman.'
    )
    a = analyze(text)
    assert [c.content for c in a.claims] == [
        "Tell us how you would mend the harbour,",
        "You have one minute.",
        "It sinks every winter,",
    ]
    first, second, third = a.claims
    assert first.rule == "quote-then-cue"
    assert first.speaker is not None and first.speaker.text == "the moderator"
    assert second.rule == "continued-quote" and second.figure == first.figure
    assert third.speaker is not None and third.speaker.text == "one lifelong Brindle ferryman"
    assert third.figure != first.figure
    assert {c.source_type for c in a.claims} == {"anonymous"}


@pytest.mark.parametrize(
    "text",
    [
        "Next spring the press brings out ''Salt Year,'' a biography written by Jon Ekberg.",
        '"Quiet, please," the next day said nothing.',
    ],
)
def test_a_described_phrase_before_a_participle_or_naming_a_time_speaks_no_quote(
    text: str,
) -> None:
    assert all(c.rule != "quote-then-cue" for c in claims(text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            '"The harbour will flood again," the Brindle harbour master, Tove Aune, '
            "said on Monday.",
            "Tove Aune",
        ),
        (
            '"The harbour will flood again," Tove Aune, a harbour engineer for thirty years and a '
            "former director of the Brindle port authority, wrote in a note.",
            "Tove Aune",
        ),
    ],
)
def test_a_quote_s_speaker_after_a_role_or_with_a_long_appositive(text: str, figure: str) -> None:
    (c,) = claims(text)
    assert (c.rule, c.figure) == ("quote-then-cue", figure)
    assert c.content == "The harbour will flood again,"


def test_a_reporting_verb_after_a_possessive_is_a_noun_not_a_quote_s_cue() -> None:
    text = (
        'Fans chanted "Build a pier," a jab at the mayor\'s claims about the harbour fund '
        "and the council's comments on it."
    )
    assert all(c.rule != "quote-then-cue" for c in claims(text))


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ('"Sit down," Aune barked, and the meeting went on.', "barked", "Aune"),
        ('"What a night!" beamed Tom Vikander of Lund.', "beamed", "Tom Vikander of Lund"),
        ('"Sail!" the dockers yelled back.', "yelled back", "the dockers"),
        ('"And the fares?" Berg pressed.', "pressed", "Berg"),
    ],
)
def test_a_verb_that_attributes_only_right_after_a_quote(text: str, cue: str, speaker: str) -> None:
    (c,) = claims(text)
    assert c.rule == "quote-then-cue"
    assert c.cue is not None and c.cue.text == cue
    assert c.speaker is not None and c.speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Aune pressed the button and the ferry horn sounded.",
        '"The harbour is closed." Aune remembered the storm of 1990 well.',
    ],
)
def test_such_a_verb_attributes_nothing_elsewhere(text: str) -> None:
    assert all(c.rule != "quote-then-cue" for c in claims(text))


def test_a_quote_verb_followed_by_an_object_is_no_cue_of_the_quote() -> None:
    (c,) = claims('"You have mocked the fishermen," Aune charged in her first question.')
    assert c.cue is not None and c.cue.text == "charged"
    text = '"Salt Year," the new play, pressed its case on the critics.'
    assert all(c.rule != "quote-then-cue" for c in claims(text))


def test_a_described_thing_that_reads_a_quote_is_a_document() -> None:
    (c,) = claims('"Save the ferry," the banner read.')
    assert (c.rule, c.source_type) == ("quote-then-cue", "document")


@pytest.mark.parametrize(
    ("text", "quote", "figure"),
    [
        (
            'Mayor Lena Vold opened the new pier, saying, "I think boats will come back '
            'to this town."',
            "I think boats will come back to this town.",
            "Lena Vold",
        ),
        (
            'Tom Ames was also unhappy with the tolls, telling the Ledger: "The tolls '
            'hurt every fisherman here."',
            "The tolls hurt every fisherman here.",
            "Tom Ames",
        ),
        (
            'Before the regatta, Chief Tom Ames closed the slipway, saying, "The '
            'calmer the harbour, the better."',
            "The calmer the harbour, the better.",
            "Tom Ames",
        ),
    ],
)
def test_a_quote_after_an_ing_cue_is_the_main_subjects(text: str, quote: str, figure: str) -> None:
    (c,) = analyze(text).claims
    assert (c.kind, c.content, c.figure) == ("direct", quote, figure)
    assert c.rule == "main-subject cue-then-quote"


def test_an_ing_cue_after_a_quote_leaves_the_speaker_to_that_quote() -> None:
    text = '"The nets are mended," Tom Ames said, adding, "We sail at dawn."'
    claims = analyze(text).claims
    assert [(c.content, c.figure) for c in claims] == [
        ("The nets are mended,", "Tom Ames"),
        ("We sail at dawn.", "Tom Ames"),
    ]
    assert all(c.rule != "main-subject cue-then-quote" for c in claims)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            '"The cod are back," Harbour Survey\'s Lena M. Vold wrote in April.',
            "Lena M. Vold",
        ),
        ('"The pier is safe again," Norland\'s chief engineer Tom Ames said.', "Tom Ames"),
    ],
)
def test_an_owner_before_the_name_after_a_quote_describes_it(text: str, figure: str) -> None:
    (c,) = analyze(text).claims
    assert (c.rule, c.figure, c.source_type) == ("quote-then-cue", figure, "named_person")


def test_a_quote_that_fills_the_paragraph_after_a_cue_and_colon_is_a_block_quote() -> None:
    text = (
        "Tom Ames spoke after the vote. He said:\n\n"
        '"We will appeal the ruling in every court we can."\n\nThe council met again.'
    )
    (c,) = analyze(text).claims
    assert (c.rule, c.kind, c.figure) == ("block-quote", "direct", "Tom Ames")
    assert c.content == "We will appeal the ruling in every court we can."


def test_a_quote_that_only_opens_the_paragraph_after_a_colon_is_no_block_quote() -> None:
    text = 'Lena Vold wrote:\n\n"Rising fast" is how the paper put it, and it stuck.'
    assert all(c.rule != "block-quote" for c in analyze(text).claims)


def test_a_label_inside_a_reported_clause_is_left_to_the_clause() -> None:
    text = "Mara Lind said that Jon Berg had portrayed her as “a saboteur” in his leaflets."
    (c,) = analyze(text).claims
    assert (c.figure, c.rule) == ("Mara Lind", "speaker-verb-that")


def test_a_quote_ending_a_sentence_is_not_cued_by_a_next_sentence_with_its_own_clause() -> None:
    text = (
        'An aide said the mayor expected to be cleared "well before May." Mara Lind '
        "claimed in a post on Monday that the reports were a smear."
    )
    found = {(c.content, c.figure) for c in analyze(text).claims}
    assert ("the reports were a smear", "Mara Lind") in found
    assert all(figure != "Mara Lind" for content, figure in found if "well before" in content)


def test_a_line_of_a_quote_list_is_the_named_persons() -> None:
    text = (
        "Reactions came quickly.\n\n"
        'Mara Lind, Vestby Post: "The plan will fail."\n\n'
        'Tomas Brek, harbour master: "We were never asked."'
    )
    found = [(c.content, c.figure, c.rule) for c in analyze(text).claims]
    assert found == [
        ("The plan will fail.", "Mara Lind", "name-colon-quote"),
        ("We were never asked.", "Tomas Brek", "name-colon-quote"),
    ]


def test_a_label_that_is_no_name_before_a_colon_names_no_speaker() -> None:
    text = 'The ferry was stopped on Monday.\n\nUpdate: "The ferry runs again."'
    assert analyze(text).claims == ()
