"""Figures: back-references, aliases, unnamed sources, no-comment, source types."""

import pytest
from analysis_helpers import claims_of

from reader.analysis import analyze


def test_pronoun_resolves_to_the_speaker_before() -> None:
    text = 'Anna Petrova said the vaccine was safe. "We have no doubts," she said.'
    a = analyze(text)
    assert [c.figure for c in a.claims] == ["Anna Petrova", "Anna Petrova"]
    assert a.claims[1].speaker is not None and a.claims[1].speaker.text == "she"
    assert "pronoun 'she' -> Anna Petrova" in a.claims[1].resolution


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    text = (
        'Mr. Karl Brandt, the mayor, met Ms. Ilse Maurer on Monday. "The deal is done," she said.'
    )
    (c,) = analyze(text).claims
    assert c.figure == "Ilse Maurer"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Susan Okafor chairs the board. Daniel Reyes runs the fund. "
            '"We will not sell," she said.',
            "Susan Okafor",
        ),
        (
            'Peter Holm met Margaret Lund in Oslo. "The talks went well," he said.',
            "Peter Holm",
        ),
    ],
)
def test_a_given_name_tells_he_from_she(text: str, expected: str) -> None:
    """No pronoun or title near either mention says who is who: the given names do."""
    (c,) = analyze(text).claims
    assert c.figure == expected


def test_a_given_name_shared_by_both_genders_leaves_the_pronoun_open() -> None:
    text = 'Anna Berg left early. Robin Mills stayed. "It is over," she said.'
    (c,) = analyze(text).claims
    assert c.figure == "Robin Mills"  # the nearest person: "Robin" does not rule her out


def test_he_continues_the_subject_of_the_sentence_before_not_its_object() -> None:
    text = 'Peter Holm attacked Karl Brandt on Monday. "It was a mistake," he said.'
    (c,) = analyze(text).claims
    assert c.figure == "Peter Holm"
    assert "subject of the sentence before" in c.resolution


def test_the_speaker_of_the_claim_before_still_comes_first() -> None:
    text = (
        "Karl Brandt said the deal was dead. Peter Holm attacked Karl Brandt on Monday. "
        '"It was a mistake," he said.'
    )
    assert analyze(text).claims[-1].figure == "Karl Brandt"


def test_a_word_that_opens_a_sentence_is_not_the_start_of_a_name() -> None:
    text = (
        "Even Nora Vance said the plan was sound. Without Halvorsen, the board is split. "
        'Tom Reed agreed. "Maybe I was wrong," he said.'
    )
    a = analyze(text)
    assert [f.name for f in a.figures] == ["Nora Vance", "Tom Reed"]
    assert [c.figure for c in a.claims] == ["Nora Vance", "Tom Reed"]


def test_distinct_anonymous_sources_and_the_source() -> None:
    text = (
        "A source close to the Kremlin said the talks had stalled. "
        "Another source close to the Kremlin said the talks were going well. "
        "The source added that a meeting was planned."
    )
    a = analyze(text)
    names = [c.figure for c in a.claims]
    assert names == [
        "source close to the Kremlin #1",
        "source close to the Kremlin #2",
        "source close to the Kremlin #2",
    ]
    assert all(c.source_type == "anonymous" for c in a.claims)


def test_alias_merging_by_surname_title_and_particles() -> None:
    text = (
        "Dr. Hans van der Linde said the results were preliminary. "
        "Van der Linde said more tests were needed. "
        "Finance Minister Eva Lund said the budget was fixed. Lund added that taxes would rise."
    )
    a = analyze(text)
    assert [c.figure for c in a.claims] == [
        "Hans van der Linde",
        "Hans van der Linde",
        "Eva Lund",
        "Eva Lund",
    ]
    lund = a.figure("Eva Lund")
    assert lund is not None and lund.role == "Finance Minister"
    assert len({f.name for f in a.figures}) == len(a.figures)


def test_no_comment_is_recorded_not_claimed() -> None:
    text = (
        '"I will not resign," said Sen. Mary O\'Neill. '
        "O'Neill did not respond to a request for comment on Tuesday.\n\n"
        "A spokeswoman for the Ministry of Health declined to comment."
    )
    a = analyze(text)
    assert len(a.claims) == 1
    oneill = a.figure("Mary O'Neill")
    assert oneill is not None and [s.text for s in oneill.no_comment] == ["did not respond"]
    ministry = a.figure("Ministry of Health")
    assert ministry is not None and [s.text for s in ministry.no_comment] == ["declined to comment"]


def test_source_types_from_the_speaker_phrase() -> None:
    text = (
        "Police said two men had been arrested. "
        "The report found that emissions rose by 4 percent. "
        "The Daily Courier reported that the mayor would resign. "
        "People familiar with the matter said the sale was close."
    )
    types = [c.source_type for c in analyze(text).claims]
    assert types == ["institution", "document", "media", "anonymous"]


def test_mentioned_figures_are_listed_without_claims() -> None:
    text = "Maria Lind met Tomas Berg in Oslo. Berg said the plan was sound."
    a = analyze(text)
    lind = a.figure("Maria Lind")
    assert lind is not None and lind.claims == ()
    berg = a.figure("Tomas Berg")
    assert berg is not None and berg.claims == (0,)


def test_a_headline_in_title_case_names_no_figure() -> None:
    text = (
        "Hackers Broke Into Harbour Bank Systems, Officials Say\n\n"
        "Officials at Harbour Bank said on Monday that hackers had broken in. "
        "Rune Vik, a spokesman, said no money was taken."
    )
    assert [f.name for f in analyze(text).figures] == ["Harbour Bank", "Rune Vik"]


def test_a_law_a_treaty_or_an_event_named_in_capitals_is_no_figure() -> None:
    text = (
        "Backers of the Farm Relief Act met on Monday. Under Halvard-Sund Partnership rules, "
        "the Harbour Cup final was moved. Anna Day said the plan was sound."
    )
    names = [f.name for f in analyze(text).figures]
    assert names == ["Anna Day"]


def test_captions_bylines_and_credit_lines_are_not_claims() -> None:
    text = (
        "Harbour repairs delayed\n\n"
        "By Jonas Weber\n\n"
        'Mayor Lina Park at the quay on Monday, saying "we will fix it".\n'
        "Photo: Jonas Weber\n\n"
        "The quay will stay closed until June, Park said."
    )
    a = analyze(text)
    assert [c.content for c in a.claims] == ["The quay will stay closed until June"]


def test_quote_without_cue_inherits_the_previous_speaker() -> None:
    text = 'Farmer Olaf Dahl said the harvest had failed. "We sold the tractor to pay the bank."'
    a = analyze(text)
    assert len(a.claims) == 2
    assert a.claims[1].figure == "Olaf Dahl"
    assert a.claims[1].cue is None
    assert a.claims[1].resolution.startswith("inherited")


def test_unnamed_spokesperson_and_the_spokesperson_speak_for_the_body() -> None:
    text = (
        '"We are watching closely," a Harbour Authority spokesperson said. '
        "The spokesperson added that ferries would run as normal."
    )
    a = analyze(text)
    assert [c.figure for c in a.claims] == ["Harbour Authority", "Harbour Authority"]
    assert all(c.source_type == "institution" for c in a.claims)


def test_plural_group_at_a_named_body_and_off_the_record_officials() -> None:
    text = (
        "Analysts at Norrland Bank wrote in a note that prices could climb further.\n\n"
        "Two officials at the ministry, who spoke on condition of anonymity, "
        "said the plan had been shelved."
    )
    a = analyze(text)
    assert a.claims[0].figure == "Norrland Bank"
    assert a.claims[0].source_type == "institution"
    assert a.claims[1].source_type == "anonymous"


def test_short_name_of_a_body_and_the_company() -> None:
    text = (
        "Velmont Foods will close two plants. Velmont said the decision was final. "
        "The company said that talks with unions would start on Monday."
    )
    a = analyze(text)
    assert [c.figure for c in a.claims] == ["Velmont Foods", "Velmont Foods"]


def test_british_single_marks_and_a_body_name_as_modifier() -> None:
    text = (
        "A Department for Transport spokesperson said: 'We have frozen fares for two years.'\n\n"
        "Her deputy, Priya Nair, called the rise 'a kick in the teeth for commuters'."
    )
    a = analyze(text)
    assert [c.figure for c in a.claims] == ["Department for Transport", "Priya Nair"]
    assert [c.kind for c in a.claims] == ["direct", "mixed"]


def test_a_role_refers_back_to_the_person_who_holds_it() -> None:
    text = (
        "Home Secretary Ruth Adair visited the port on Monday.\n\n"
        "The Home Secretary said the checks would continue."
    )
    (c,) = analyze(text).claims
    assert c.figure == "Ruth Adair"
    assert c.speaker is not None and c.speaker.text == "The Home Secretary"


def test_object_of_admitted_is_not_a_clause() -> None:
    text = "Daniel Reed admitted 12 counts of theft. Reed admitted he had taken the money."
    (c,) = analyze(text).claims
    assert c.content == "he had taken the money"


def test_reports_by_unnamed_outlets_are_media_and_a_report_is_a_document() -> None:
    def speaker_type(text: str) -> str:
        (claim,) = analyze(text).claims
        return claim.source_type

    assert speaker_type("Reports say the mine will close in March.") == "media"
    assert speaker_type("Unconfirmed reports said the mine would close.") == "media"
    assert speaker_type("A news report said the mine would close.") == "media"
    assert speaker_type("A report found that the mine would close.") == "document"
    assert speaker_type("Two audit reports found that the mine lost money.") == "document"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The ferry lost money for a third year, fundraising documents show.",
            "The ferry lost money for a third year",
            "fundraising documents",
        ),
        (
            "The emails show that the harbour master knew of the leak.",
            "the harbour master knew of the leak",
            "The emails",
        ),
        (
            "Exit polling showed that Ruud won every district but one.",
            "Ruud won every district but one",
            "Exit polling",
        ),
        (
            "The port opened in 1911, according to parish records.",
            "The port opened in 1911",
            "parish records",
        ),
    ],
)
def test_records_emails_and_polling_speak_as_documents(
    text: str, content: str, speaker: str
) -> None:
    (c,) = analyze(text).claims
    assert (c.content, c.speaker and c.speaker.text, c.source_type) == (
        content,
        speaker,
        "document",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The ferry lost money again. That's according to the annual report.",
        "The clerk admitted it withheld emails, and delayed the audit.",
    ],
)
def test_a_lead_pointing_back_or_a_verbs_object_is_no_document_claim(text: str) -> None:
    assert all(c.source_type != "document" for c in analyze(text).claims)


def test_a_surname_mistyped_by_one_letter_is_the_known_person() -> None:
    text = (
        "Karl Maurer, the foundation's treasurer, said the gifts were free.\n\n"
        "Recipients must show the works every ten years, said Mauer."
    )
    a = analyze(text)
    assert [c.figure for c in a.claims] == ["Karl Maurer", "Karl Maurer"]
    assert [c.source_type for c in a.claims] == ["named_person", "named_person"]


def test_a_short_or_distant_name_is_not_taken_for_a_known_surname() -> None:
    from reader.analysis.figures.store import one_edit

    assert one_edit("maurer", "mauer") and one_edit("waters", "water")
    assert one_edit("peskov", "pezkov") and not one_edit("peskov", "peskov")
    assert not one_edit("maurer", "maurice") and not one_edit("smith", "smyths")
    text = "Jane Lee said the plan worked.\n\nThe plan failed, said Lei."
    assert analyze(text).claims[1].figure == "Lei"


def test_a_section_label_on_its_own_line_is_no_figure() -> None:
    text = (
        "MONEY\n\nThe council said the budget would be cut.\n\nNATO said it would send more ships."
    )
    names = [f.name for f in analyze(text).figures]
    assert "MONEY" not in names
    assert "NATO" in names


def test_an_acronym_in_brackets_is_the_short_name_of_the_body_before_it() -> None:
    text = (
        "The World Health Organization (WHO) warned that cases would rise.\n\n"
        "WHO said it would send staff. The minister, who had resigned, said the plan would fail."
    )
    a = analyze(text)
    assert [c.figure for c in a.claims] == [
        "World Health Organization",
        "World Health Organization",
        "minister",
    ]
    who = a.figure("World Health Organization")
    assert who is not None and "WHO" in who.aliases
    assert "WHO" not in [f.name for f in a.figures]


def test_a_news_agency_named_with_its_acronym_is_media() -> None:
    text = (
        "North Korea's news agency, the Korean Central News Agency (KCNA), reported the drill.\n\n"
        '"The enemy will pay," said KCNA.'
    )
    (claim,) = analyze(text).claims
    assert (claim.figure, claim.source_type) == ("Korean Central News Agency", "media")


def test_a_place_named_after_a_body_of_is_a_body() -> None:
    text = "The regional government of North Halmark confirmed that it was in talks."
    (claim,) = analyze(text).claims
    assert claim.source_type == "institution"


@pytest.mark.parametrize(
    "text",
    [
        "Nadia Ferro, the chief executive of Brightwell, said costs had doubled. "
        "The chief executive added that prices would rise.",
        "Ivo Stanek, a lawyer for the tenants, said the eviction was unlawful. "
        "The lawyer said an appeal had been lodged.",
    ],
)
def test_the_role_word_refers_back_to_the_named_person(text: str) -> None:
    figs = {f for _c, f, _t in claims_of(text)}
    types = {t for _c, _f, t in claims_of(text)}
    assert len(figs) == 1 and types == {"named_person"}


def test_a_role_word_with_an_article_is_still_a_new_unnamed_source() -> None:
    text = "A nurse said the ward was full. The nurse said staff were exhausted."
    assert [(f, t) for _c, f, t in claims_of(text)] == [("nurse", "anonymous")] * 2


def test_one_unnamed_source_with_adding_that_is_one_figure() -> None:
    text = (
        '"Nothing is settled," a person close to the talks said, '
        "adding that a deal could come by Friday."
    )
    a = analyze(text)
    assert len(a.claims) == 2
    assert len({c.figure for c in a.claims}) == 1
    assert [f.name for f in a.figures if f.source_type == "anonymous"] == [a.claims[0].figure]


def test_it_refers_to_an_unnamed_body_mentioned_just_before() -> None:
    text = 'The water board published new rules on Monday. "Nobody will be cut off," it said.'
    assert claims_of(text) == [("Nobody will be cut off,", "water board", "institution")]


def test_the_official_refers_back_to_an_unnamed_official() -> None:
    text = (
        '"Nothing is agreed," a senior UN official said on condition of anonymity. '
        "The official said talks would resume in May."
    )
    figs = [(f, t) for _c, f, t in claims_of(text)]
    assert len(figs) == 2 and figs[0] == figs[1] and figs[0][1] == "anonymous"


def test_a_nationality_epithet_refers_to_the_person_before() -> None:
    text = 'Coach Jan van der Berg praised the defence. "We were patient," the Dutchman said.'
    assert claims_of(text) == [("We were patient,", "Jan van der Berg", "named_person")]


def test_an_epithet_prefers_the_speaker_of_the_claim_before() -> None:
    text = (
        "Lina Holt told Harbour Radio that the season was not over. Her coach, Ben Ruiz, "
        'watched from the stands. "We are still first," the striker said.'
    )
    assert [f for _c, f, _t in claims_of(text)] == ["Lina Holt", "Lina Holt"]


def test_he_after_an_unnamed_spokesman_is_the_spokesmans_body() -> None:
    text = (
        "Ruth Ames said she was worried. A spokesman for the Home Office said funding "
        "had risen. He added: \u201cWe keep this under review.\u201d"
    )
    got = [(f, t) for _c, f, t in claims_of(text)]
    assert got[1:] == [("Home Office", "institution")] * 2


def test_one_of_the_people_is_a_member_of_the_group_before() -> None:
    text = (
        "The bank will sell its insurance arm, according to two people briefed on the talks. "
        "A buyer could be named within weeks, one of the people said."
    )
    figs = [(f, t) for _c, f, t in claims_of(text)]
    assert len(figs) == 2 and figs[0] == figs[1] and figs[0][1] == "anonymous"


def test_a_part_in_the_event_is_not_the_last_speaker() -> None:
    text = (
        "Inspector Joan Marsh said the car had been stolen. "
        "The defendant told the court he had borrowed it."
    )
    got = [(f, t) for _c, f, t in claims_of(text)]
    assert got == [("Joan Marsh", "named_person"), ("defendant", "anonymous")]


def test_an_epithet_skips_a_person_with_another_role() -> None:
    text = (
        "Ivo Brandt scored the winner. Coach Mia Storm said the team had been brave. "
        "The striker said he had waited years for this."
    )
    assert [f for _c, f, _t in claims_of(text)] == ["Mia Storm", "Ivo Brandt"]


def test_a_camel_case_brand_keeps_its_capital() -> None:
    a = analyze("Prices will rise, according to a YouGov poll.")
    assert [c.figure for c in a.claims] == ["YouGov poll"]


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


def test_a_sentence_after_an_abbreviation_does_not_join_the_name_before_it() -> None:
    text = (
        "He moved to Washington, D.C. He said the plan was dead. "
        "Nora Vance met Junius Ho. Two aides said the talks went well."
    )
    names = [f.name for f in analyze(text).figures]
    assert "D.C. He" not in names and "Junius Ho. Two" not in names
    assert "Junius Ho" in names


def test_one_of_a_group_nobody_names_is_an_unnamed_source() -> None:
    (c,) = analyze("The mayor will join the lawsuit, according to one of her senior aides.").claims
    assert (c.content, c.speaker and c.speaker.text, c.source_type) == (
        "The mayor will join the lawsuit",
        "one of her senior aides",
        "anonymous",
    )


def test_a_name_inside_a_quote_is_not_what_a_later_he_refers_to() -> None:
    text = (
        'Tom Reed spoke for an hour. "Everyone knows Peter Holm is wrecking the party." '
        "He added that the vote would be close."
    )
    assert analyze(text).claims[-1].figure == "Tom Reed"


def test_multiple_sources_are_an_unnamed_source() -> None:
    text = "The ferry will be sold, according to multiple sources familiar with the talks."
    (c,) = analyze(text).claims
    assert (c.content, c.source_type) == ("The ferry will be sold", "anonymous")


def _figure_of(text: str, words: str) -> str | None:
    [claim] = [c for c in analyze(text).claims if words in c.content]
    return claim.figure


def test_a_bare_body_takes_the_description_it_was_introduced_with() -> None:
    text = (
        "Two officials at the state pensions regulator were briefed on Monday.\n\n"
        "The regulator said the fund would be wound down."
    )
    assert _figure_of(text, "wound down") == "state pensions regulator"


@pytest.mark.parametrize(
    "intro",
    [
        "Ledgerline, the payroll software company whose system was hit, stayed quiet.",
        "The payroll software company Ledgerline stayed quiet.",
    ],
)
def test_a_bare_body_is_the_name_its_description_stood_beside(intro: str) -> None:
    text = intro + "\n\nOn Friday the company said the flaw was fixed."
    assert _figure_of(text, "flaw was fixed") == "Ledgerline"


def test_a_body_last_mentioned_otherwise_keeps_its_bare_name() -> None:
    text = (
        "Rain fell on the last day of the presidential campaign.\n\n"
        "Donna Reyes’s campaign ended early.\n\n"
        "The campaign said it had raised $2 million."
    )
    assert _figure_of(text, "raised $2 million") != "presidential campaign"


@pytest.mark.parametrize(
    "middle",
    ["FULL STORY.", "Harbour Says Goodbye.", "Port Tallis cheered."],
)
def test_a_pronoun_passes_over_a_label_a_headline_verb_or_a_place(middle: str) -> None:
    text = f"Tove Aune spoke to reporters on Monday. {middle} She said the ferry was late."
    (c,) = analyze(text).claims
    assert c.figure == "Tove Aune"


def test_several_and_others_are_part_of_the_group_that_spoke_before() -> None:
    text = (
        "Eleven former employees said the depot was unsafe.\n\n"
        "Several said they had signed agreements when they left, and others said "
        "they feared for their jobs."
    )
    figures = [c.figure for c in analyze(text).claims]
    assert len(figures) == 3
    assert len(set(figures)) == 1, figures


def test_a_group_only_named_before_is_not_the_one_counted() -> None:
    text = (
        "The candidate's voters turned out in large numbers.\n\n"
        "Many speculated that turnout would fall."
    )
    [claim] = analyze(text).claims
    assert claim.figure is not None and "voters" not in claim.figure


def test_a_single_unnamed_person_is_no_group_to_count_from() -> None:
    text = (
        "A former employee said the depot was unsafe.\n\n"
        "Several said they had been told to stay quiet."
    )
    first, second = analyze(text).claims
    assert second.figure != first.figure


@pytest.mark.parametrize(
    "speaker",
    ["A court official", "One senior official at the ministry", "An election official"],
)
def test_one_unnamed_official_is_an_anonymous_source(speaker: str) -> None:
    text = f"The hearing was moved.\n\n{speaker} said the judge was ill."
    [claim] = analyze(text).claims
    assert claim.source_type == "anonymous"


def test_officials_said_is_still_the_body_speaking() -> None:
    text = "The hearing was moved.\n\nCourt officials said the judge was ill."
    [claim] = analyze(text).claims
    assert claim.source_type == "institution"


def test_he_or_she_is_never_a_plural_unnamed_source() -> None:
    """ "Aides say ..." speaks for several: a later "she" is a person named before."""
    text = (
        "Ann Lind runs the campaign from Harbour City. Aides say the candidate is tired. "
        '"We will keep going," she said.'
    )
    a = analyze(text)
    assert [c.figure for c in a.claims] == ["aides", "Ann Lind"]


def test_he_or_she_still_continues_one_unnamed_source() -> None:
    text = 'A source close to the talks said the deal was near. "It will be signed soon," she said.'
    a = analyze(text)
    assert [c.figure for c in a.claims] == ["source close to the talks"] * 2


def test_an_unnamed_relative_keeps_the_gender_of_the_noun() -> None:
    """ "His mother said ..." then "he said": the man named before, not the mother."""
    text = (
        "Captain Nils Aune leads the harbour patrol. His mother once said that her son "
        'was born to sail. "The ferries need more crew," he said.'
    )
    a = analyze(text)
    assert [c.figure for c in a.claims] == ["mother", "Nils Aune"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaking to reporters in Lund, Ann Lind criticised Eva Berg over the budget. "
            'She says, "The budget is a mess."',
            "Ann Lind",
        ),
        (
            "As in past years, Tom Hale shrugged off a dispute with Karl Brandt. "
            '"We are old friends," he said.',
            "Tom Hale",
        ),
        (
            'On Monday, Tom Hale met Karl Brandt in Oslo. "We agreed on the port," he said.',
            "Tom Hale",
        ),
        (
            "Afterwards, Tom Hale argued that Mayor Karl Brandt had ignored the harbour. "
            '"He never visits," he said.',
            "Tom Hale",
        ),
    ],
)
def test_a_pronoun_continues_the_subject_after_a_fronted_phrase(text: str, expected: str) -> None:
    """A phrase set before the subject and closed by a comma ("Speaking to ...,",
    "As in past years,") leaves the person after it the sentence's subject."""
    assert analyze(text).claims[-1].figure == expected


def test_a_fronted_phrase_is_not_any_clause_before_a_comma() -> None:
    """ "Rain fell all day, and ..." is no fronted phrase: the nearest person stays."""
    text = (
        "Rain fell all day in the port, and Tom Hale met Karl Brandt at the quay. "
        '"We agreed on the port," he said.'
    )
    assert analyze(text).claims[-1].figure == "Karl Brandt"


def test_a_title_and_one_name_is_a_person_a_pronoun_can_reach() -> None:
    """ "President Lopez" with no full name in the article is still a person, and
    the nearest one before "He said"."""
    text = (
        "Mayor Paul Ertel opened the bridge. At the ceremony, President Lopez cut the "
        "ribbon. He said the bridge had taken ten years."
    )
    assert analyze(text).claims[-1].figure == "Lopez"


def test_a_title_and_one_name_still_joins_the_full_name() -> None:
    text = "President Lopez said the port would open. Later, Maria Lopez said the port was ready."
    assert [c.figure for c in analyze(text).claims] == ["Maria Lopez", "Maria Lopez"]


def test_a_title_before_a_given_name_is_no_new_person() -> None:
    """ "Dame Philippa" after "Dame Philippa Rourke" is that person, not a second one."""
    text = (
        "Dame Philippa Rourke said the rules were weak. Dame Philippa was not at the "
        "meeting on Monday."
    )
    a = analyze(text)
    assert [f.name for f in a.figures if f.source_type == "named_person"] == ["Philippa Rourke"]


def test_each_title_may_tell_the_gender() -> None:
    text = (
        "President Lopez spoke first. Mrs. Hale thanked Mr. Lopez on Friday, and later "
        "she told the crowd that the bridge was open."
    )
    assert analyze(text).claims[-1].figure == "Hale"


def test_the_vice_president_is_not_the_president_named_before() -> None:
    text = "President Lopez spoke first. Then the vice president said that the port would open."
    assert analyze(text).claims[-1].figure == "vice president"


def test_a_pronoun_passes_over_a_group_named_by_a_plural() -> None:
    """ "Harbour Christians" reads as a name but is a group: no "he"."""
    text = (
        "Tom Hale gave an interview on Sunday. Later he spoke about Harbour Christians "
        'and the festival. "The festival belongs to everyone," he said.'
    )
    assert analyze(text).claims[-1].figure == "Tom Hale"


def test_a_surname_ending_like_a_plural_is_still_a_person() -> None:
    text = 'Anna Berg met Mark Adrians on Monday. "We agreed on the port," he said.'
    assert analyze(text).claims[-1].figure == "Mark Adrians"


@pytest.mark.parametrize(
    ("text", "figure", "source_type"),
    [
        (
            "Ann Lind put out a statement saying that the ferry would run on Sundays.",
            "Ann Lind",
            "named_person",
        ),
        (
            "The Harbour Party released a statement saying the vote was rigged.",
            "Harbour Party",
            "institution",
        ),
        (
            "Ann Lind emailed a letter to members stating that the fees would rise.",
            "Ann Lind",
            "named_person",
        ),
    ],
)
def test_a_statement_someone_sent_out_speaks_for_the_sender(
    text: str, figure: str, source_type: str
) -> None:
    (c,) = analyze(text).claims
    assert c.speaker is not None and c.speaker.text.startswith(("a ", "an "))
    assert (c.figure, c.source_type) == (figure, source_type)


@pytest.mark.parametrize(
    "text",
    [
        "A report released Monday said the port was unsafe.",
        "An email from a voter said the turnout was low.",
    ],
)
def test_a_document_no_one_is_said_to_send_speaks_for_itself(text: str) -> None:
    (c,) = analyze(text).claims
    assert c.source_type == "document"


def test_the_email_refers_back_to_its_sender() -> None:
    text = (
        "The Lind campaign sent a letter saying that the count was unfair. "
        '"Every ballot matters," the letter said.'
    )
    assert [c.figure for c in analyze(text).claims] == ["Lind campaign", "Lind campaign"]


def test_a_relative_named_by_a_given_name_is_a_person() -> None:
    """ "Her brother, Peter, ..." gives a person a later "he" can reach."""
    text = (
        "Sen. Tom Hale met Governor Ruth Baker. Her brother, Peter, spoke to the crowd "
        'at the quay. "The bridge will open in May," he said.'
    )
    assert analyze(text).claims[-1].figure == "Peter"


def test_a_relative_with_a_full_name_known_is_no_new_person() -> None:
    text = (
        "Jane Hale runs the port. Her husband, Tom, joined her on Monday. "
        "Tom Hale said the port would open."
    )
    names = [f.name for f in analyze(text).figures if f.source_type == "named_person"]
    assert "Tom" not in names


def test_an_outlet_named_in_full_is_later_its_last_word() -> None:
    text = (
        "The letter was seen by the Veldhaven Tribune. "
        "The Tribune reported on Saturday that the board had been warned."
    )
    (c,) = analyze(text).claims
    assert (c.figure, c.source_type) == ("Veldhaven Tribune", "media")


def test_a_dam_a_stadium_or_a_mosque_is_no_figure() -> None:
    text = (
        "The Verin Dam holds back the river, and the Harbour Stadium stands empty. "
        "Anna Berg said the Verin Dam was full."
    )
    assert [f.name for f in analyze(text).figures] == ["Anna Berg"]


def test_a_slide_or_a_chart_shows_as_a_document() -> None:
    text = "Another slide shows that eight of 10 avocados come from Mexico."
    (claim,) = analyze(text).claims
    assert (claim.figure, claim.source_type) == ("slide", "document")
