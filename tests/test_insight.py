"""Sourcing insight: stance, channel, via, anonymity, why and balance on short made-up texts."""

from __future__ import annotations

import pytest
from analysis_helpers import claim_with

from reader.analysis import analyze
from reader.analysis.insight import annotate
from reader.analysis.insight.balance import balance, quoted_words, summary
from reader.analysis.insight.stance import stance_of
from reader.analysis.insight.why import UNKNOWN, Explainer, explain


@pytest.mark.parametrize(
    ("cue", "stance"),
    [
        ("said", "neutral"),
        ("according to", "neutral"),
        ("told reporters", "neutral"),
        ("claimed", "doubt"),
        ("has alleged", "doubt"),
        ("admitted", "concession"),
        ("acknowledging", "concession"),
        ("insisted", "insistence"),
        ("maintains", "insistence"),
        ("denied", "denial"),
        ("rejected", "denial"),
        ("slammed", "emotive"),
        ("boasted", "emotive"),
        (None, "neutral"),
    ],
)
def test_stance_of_cue(cue: str | None, stance: str) -> None:
    assert stance_of(cue) == stance


def test_loaded_cue_in_an_article() -> None:
    a = analyze(
        "The mayor, Jane Doe, insisted that the bridge was safe.\n\n"
        "She denied that repairs were late."
    )
    assert claim_with(a, "bridge was safe").stance == "insistence"
    assert claim_with(a, "repairs were late").stance == "denial"


@pytest.mark.parametrize(
    ("text", "words", "channel"),
    [
        ("The ministry said in a statement that talks would resume.", "talks would", "statement"),
        ("Jane Doe said in an interview that she would run again.", "would run", "interview"),
        ("Jane Doe told Radio Nordvik that the plant would close.", "plant would", "told_outlet"),
        (
            "The minister told a news conference that prices would fall.",
            "prices",
            "press_conference",
        ),
        ("Jane Doe wrote on X that the vote was rigged.", "vote was", "social_media"),
        ("Jane Doe said in an email that the deal was off.", "deal was", "email"),
        ("Prosecutors said in a court filing that the money was moved.", "money", "court_filing"),
        ("Jane Doe testified that she had signed the order.", "had signed", "testimony"),
        ("The company said in its annual report that costs rose.", "costs rose", "report"),
        ("Jane Doe said that the bridge would reopen.", "bridge", None),
    ],
)
def test_channel(text: str, words: str, channel: str | None) -> None:
    assert claim_with(analyze(text), words).channel == channel


@pytest.mark.parametrize(
    ("text", "words", "via"),
    [
        (
            "Talks have stalled, according to a source who spoke to the outlet Verstka.",
            "Talks have stalled",
            "Verstka",
        ),
        (
            "A senior official told Radio Nordvik that the plant would close.",
            "plant",
            "Radio Nordvik",
        ),
        (
            "A memo seen by the Harbour Gazette said the deal was signed in March.",
            "deal was signed",
            "Harbour Gazette",
        ),
        (
            "A senior official, speaking to the Harbour Gazette, said the port would close.",
            "port",
            "Harbour Gazette",
        ),
        (
            "The port will close, according to the Harbour Gazette's sources.",
            "port",
            "Harbour Gazette",
        ),
        ("Jane Doe said the bridge would reopen.", "bridge", None),
    ],
)
def test_via(text: str, words: str, via: str | None) -> None:
    assert claim_with(analyze(text), words).via == via


def test_an_outlets_own_report_has_no_via() -> None:
    a = analyze("The Harbour Gazette reported that the port would close.")
    claim = claim_with(a, "port would close")
    assert claim.figure == "Harbour Gazette"
    assert claim.via is None


def test_the_articles_own_outlet_is_no_via() -> None:
    front = "Source: Radio Nordvik\n\n"
    a = analyze(
        front + "A senior official told Radio Nordvik that the plant would close.", len(front)
    )
    claim = claim_with(a, "plant")
    assert claim.channel == "told_outlet"
    assert claim.via is None


TEXT = (
    "A source close to the company, who asked not to be named because the talks are private, "
    "said an offer was near.\n\n"
    "Another source said the price was too high.\n\n"
    "A banker said the deal would be paid in cash. "
    "He spoke on condition of anonymity because he is not involved.\n\n"
    "Jane Doe, the chief executive, said the firm had no plans.\n\n"
    "Nordline declined to comment."
)


def test_reasons_for_anonymity_go_to_their_source() -> None:
    a = analyze(TEXT)
    reasons = {f.name: f.anonymity.text if f.anonymity else None for f in a.figures if f.claims}
    first = claim_with(a, "offer was near").figure or ""
    second = claim_with(a, "price was too high").figure or ""
    banker = claim_with(a, "paid in cash").figure or ""
    assert reasons[first] == "because the talks are private"
    assert second in reasons and reasons[second] is None
    assert reasons[banker] == "because he is not involved"
    assert reasons["Jane Doe"] is None


@pytest.mark.parametrize(
    "marker",
    [
        "who did not want to be named because the talks are private",
        "who asked to remain anonymous because the talks are private",
        "who spoke on condition that she not be named because the talks are private",
        "whose name is being withheld because the talks are private",
    ],
)
def test_the_ways_news_says_a_source_goes_unnamed(marker: str) -> None:
    a = analyze(f"A banker, {marker}, said the deal would be paid in cash.")
    figure = a.figure(claim_with(a, "paid in cash").figure or "")
    assert figure is not None and figure.anonymity is not None
    assert figure.anonymity.text == "because the talks are private"


def test_a_reason_told_to_the_court_is_the_reason() -> None:
    text = (
        "A forklift driver who worked at the depot testified that smoke had filled the bay. "
        "The court allowed him to give evidence anonymously after he told the judge he feared "
        "for his job."
    )
    a = analyze(text)
    figure = a.figure(claim_with(a, "smoke had filled").figure or "")
    assert figure is not None and figure.anonymity is not None
    assert figure.anonymity.text == "he feared for his job"


def test_balance_and_summary() -> None:
    a = analyze(TEXT)
    b = balance(a)
    assert b.claims == len(a.claims)
    assert b.claims_by_type["anonymous"] == 3
    assert len(b.unnamed) == 3 and len(b.unnamed_with_reason) == 2
    assert b.declined == ("Nordline",)
    sentence = summary(a, b)
    assert sentence.startswith("3 of 4 claims come from unnamed sources (three distinct ones)")
    assert "two of three given a reason" in sentence
    assert "Nordline declined to comment" in sentence


def test_quoted_words_count_only_the_sources_own_words() -> None:
    a = analyze('"We will win this," Jane Doe said.\n\nShe said the plan was "dead on arrival".')
    direct = claim_with(a, "We will win")
    assert quoted_words(direct) == 4
    mixed = [c for c in a.claims if c.kind == "mixed"]
    assert not mixed or quoted_words(mixed[0]) == 3


def test_why_follows_back_references_to_the_mention() -> None:
    a = analyze(
        'Another source close to the company said the talks had failed.\n\n"It is over," he said.'
    )
    claim = claim_with(a, "It is over")
    why = explain(a, claim)
    assert why.rule == "quote-then-cue"
    assert why.family == "direct quote"
    assert why.steps[0] == "‘he’ (paragraph 2)"
    assert why.steps[1] == "‘Another source’ (paragraph 1)"
    assert why.steps[-1] == claim.figure
    assert why.known


def test_why_says_speaker_unknown() -> None:
    a = analyze("It was reported that the talks had failed.")
    claim = claim_with(a, "talks had failed")
    assert claim.figure is None
    assert Explainer(a)(claim).steps == (UNKNOWN,)
    assert not explain(a, claim).known


@pytest.mark.parametrize(
    ("text", "words", "channel"),
    [
        ("The audit found that the ministry had paid twice the price.", "paid twice", "report"),
        ("Court documents show that the manager was warned in June.", "was warned", "court_filing"),
        ("Figures from the agency show that exports fell.", "exports fell", None),
        ('Fans reacted. One tweet said: "The pier is gone."', "pier is gone", "social_media"),
        ("A Harbour Post poll shows that most voters back the pier.", "most voters", "report"),
        ("Jo Lund said it was shut. According to the Post, the vote is Monday.", "vote is", None),
    ],
)
def test_a_documents_kind_is_its_channel(text: str, words: str, channel: str | None) -> None:
    assert claim_with(analyze(text), words).channel == channel


def test_answers_in_a_q_and_a_are_an_interview() -> None:
    a = analyze(
        "We spoke with Jane Doe about the harbour.\n\n"
        "Q: Will you sell?\n\nA: We never planned to.\n\nQ: Why not?\n\nA: It is ours."
    )
    answers = [c for c in a.claims if c.rule == "interview-answer"]
    assert answers and all(c.channel == "interview" for c in answers)


def test_told_the_broadcaster_refers_back_to_an_outlet() -> None:
    a = analyze("Jane Doe told the broadcaster that the audit was accurate.")
    assert claim_with(a, "audit was accurate").channel == "told_outlet"


def test_the_outlet_of_a_dateline_is_the_articles_own() -> None:
    text = "OSLO (Coastal Wire) — A senior official told Coastal Wire that the port would close."
    claim = claim_with(analyze(text), "port would close")
    assert claim.channel == "told_outlet"
    assert claim.via is None


def test_summary_of_an_article_without_unnamed_sources() -> None:
    a = analyze("Jane Doe said the bridge would reopen.\n\nThe council said repairs were done.")
    sentence = summary(a)
    assert sentence.startswith("None of the 2 claims comes from an unnamed source")
    assert "named people (Jane Doe)" in sentence


@pytest.mark.parametrize(
    ("text", "words", "channel"),
    [
        ("Jane Doe told the committee that the data was lost.", "data was lost", "testimony"),
        ("Jane Doe told parliament that the law was flawed.", "law was flawed", None),
        ("Doe acknowledged under questioning that she had signed it.", "had signed", "testimony"),
        ("The lawyer argued in his opening statement that the case was weak.", "case", None),
        (
            "In a motion filed on Friday, Doe claimed that messages were withheld.",
            "messages",
            "court_filing",
        ),
        (
            "An analyst, Jane Doe, wrote in a note to clients that sales would fall.",
            "sales",
            "report",
        ),
        (
            "Jane Doe, who was not involved in the study, said the results were modest.",
            "results",
            None,
        ),
        (
            "Jane Doe, asked by the news agency Dala Press about the talks, said they had failed.",
            "they had failed",
            "told_outlet",
        ),
    ],
)
def test_channel_as_news_writes_it(text: str, words: str, channel: str | None) -> None:
    assert claim_with(analyze(text), words).channel == channel


def test_a_continued_quote_keeps_the_stance_and_channel_of_the_one_before() -> None:
    a = analyze('"We paid every bill," Jane Doe insisted in an interview. "Every single one."')
    first, second = claim_with(a, "We paid"), claim_with(a, "Every single")
    assert first.stance == second.stance == "insistence"
    assert first.channel == second.channel == "interview"


def test_an_outlet_named_by_its_noun_and_referred_to_by_a_short_name() -> None:
    a = analyze(
        "The Harbour Times reported that the plant would close.\n\n"
        "A former employee told the Times that staff were moved.\n\n"
        "Another employee told Glow magazine that staff were scared."
    )
    assert claim_with(a, "staff were moved").via == "Harbour Times"
    assert claim_with(a, "staff were scared").via == "Glow"


def test_a_refusal_belongs_to_the_subject_before_a_relative_clause() -> None:
    a = analyze(
        "Jane Doe said the plant would close.\n\n"
        "Stefan Irimia, whose sister is married to the owner of the supplier, Aeronord Systems, "
        "did not respond to a request for comment. Aeronord declined to comment."
    )
    refused = {f.name: [s.text for s in f.no_comment] for f in a.figures if f.no_comment}
    assert refused["Stefan Irimia"] == ["did not respond"]
    assert refused["Aeronord Systems"] == ["declined to comment"]


def test_told_the_broadcaster_comes_via_the_outlet_named_before() -> None:
    a = analyze(
        "Jane Doe told the public broadcaster TVR Nord that the audit was checked. "
        '"We stand behind it," she told the broadcaster.'
    )
    assert claim_with(a, "audit was checked").via == "TVR Nord"
    assert claim_with(a, "We stand behind").via == "TVR Nord"


def test_asked_on_an_outlet() -> None:
    a = analyze("Asked on Radio Nordvik about the ship, Jane Doe said every ship was checked.")
    claim = claim_with(a, "every ship")
    assert (claim.channel, claim.via) == ("told_outlet", "Radio Nordvik")


def test_summary_when_every_unnamed_source_has_a_reason() -> None:
    a = analyze(
        "A source, who asked not to be named because the talks are private, "
        "said a buyer had been found."
    )
    assert "(one distinct one); it is given a reason for anonymity" in summary(a)


def test_a_failing_insight_pass_is_recorded_and_the_claims_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_args: object) -> None:
        raise ValueError("broken on purpose")

    monkeypatch.setattr(annotate, "channel_of", broken)
    monkeypatch.setattr(annotate, "reasons", broken)
    text = "A source, who asked not to be named because it is secret, said the deal was off."
    a = analyze(text, errors="record")
    assert claim_with(a, "deal was off").channel is None
    assert {p.stage for p in a.problems} == {"insight"}
    assert len(a.problems) == 2
    with pytest.raises(ValueError, match="broken on purpose"):
        analyze(text)


@pytest.mark.parametrize(
    ("text", "refuser"),
    [
        (
            "Jane Doe said the port would close.\n\n"
            "Harbour Shipping, the port's largest client, did not respond to questions.",
            "Harbour Shipping",
        ),
        (
            "Jane Doe said the port would close.\n\n"
            "Asked about the plan, the Harbour Authority said it would not comment.",
            "Harbour Authority",
        ),
    ],
)
def test_who_refused_across_a_description_or_a_said_pronoun(text: str, refuser: str) -> None:
    a = analyze(text)
    assert [f.name for f in a.figures if f.no_comment] == [refuser]


def test_a_source_who_spoke_to_an_outlet_is_the_source_and_the_outlet_its_way() -> None:
    a = analyze(
        "According to a source in the ministry who spoke to the newspaper Harbour Times, "
        "the contract was signed in May."
    )
    claim = claim_with(a, "contract was signed")
    assert claim.speaker is not None and claim.speaker.text == "a source"
    assert claim.source_type == "anonymous"
    assert (claim.channel, claim.via) == ("told_outlet", "Harbour Times")


@pytest.mark.parametrize(
    ("marker", "reason"),
    [
        (
            "speaking on the condition of anonymity to offer a frank assessment",
            "to offer a frank assessment",
        ),
        (
            "who was granted anonymity to candidly describe the talks",
            "to candidly describe the talks",
        ),
        ("asking for anonymity to speak freely", "to speak freely"),
        ("who requested anonymity to reveal private talks", "to reveal private talks"),
    ],
)
def test_a_purpose_after_anonymity_is_the_reason(marker: str, reason: str) -> None:
    a = analyze(f"A dock manager, {marker}, said the deal was close.")
    figure = a.figure(claim_with(a, "deal was close").figure or "")
    assert figure is not None and figure.anonymity is not None
    assert figure.anonymity.text == reason


@pytest.mark.parametrize("aux", ["wasn’t", "was not", "isn't", "hasn't been"])
def test_not_authorised_contracted_or_not_is_the_reason(aux: str) -> None:
    a = analyze(f"The pier will close, according to a dock manager who {aux} authorized to speak.")
    figure = a.figure(claim_with(a, "pier will close").figure or "")
    assert figure is not None and figure.anonymity is not None
    assert figure.anonymity.text == f"{aux} authorized to speak".removeprefix("was ")


@pytest.mark.parametrize(
    "said",
    ["said the deal was close.", 'said Wednesday, "The deal is close."'],
)
def test_a_reason_ends_where_its_source_says_the_claim(said: str) -> None:
    a = analyze(f"A dock manager who requested anonymity to discuss the plans {said}")
    figure = a.figure(a.claims[0].figure or "")
    assert figure is not None and figure.anonymity is not None
    assert figure.anonymity.text == "to discuss the plans"


def test_a_reason_in_which_someone_else_says_something_goes_on() -> None:
    a = analyze(
        "A dock manager said the deal was close. He spoke on condition of anonymity "
        "because he said he feared reprisals."
    )
    figure = a.figure(claim_with(a, "deal was close").figure or "")
    assert figure is not None and figure.anonymity is not None
    assert figure.anonymity.text == "because he said he feared reprisals"


def test_anonymity_to_the_one_spoken_to_is_no_reason() -> None:
    a = analyze("A pilot, who spoke on condition of anonymity to reporters, said it was blocked.")
    figure = a.figure(claim_with(a, "was blocked").figure or "")
    assert figure is not None and figure.anonymity is None


@pytest.mark.parametrize(
    ("cue", "stance"),
    [
        ("touted", "emotive"),
        ("trumpeting", "emotive"),
        ("mocked", "emotive"),
        ("denounced", "emotive"),
        ("countered", "denial"),
        ("rebuffed", "denial"),
        ("counter", "neutral"),  # "runs counter to": a noun as often as a verb
    ],
)
def test_more_loaded_cues(cue: str, stance: str) -> None:
    assert stance_of(cue) == stance


@pytest.mark.parametrize(
    ("text", "words", "channel"),
    [
        (
            "Ivo Brandt, who tweeted that the email server was down, was wrong.",
            "the email server was down",
            "social_media",
        ),
        (
            "The port authority announced via Twitter that the ferry was cancelled.",
            "the ferry was cancelled",
            "social_media",
        ),
    ],
)
def test_a_cue_that_names_its_medium(text: str, words: str, channel: str) -> None:
    assert claim_with(analyze(text), words).channel == channel


@pytest.mark.parametrize(
    ("text", "words", "channel"),
    [
        ("Jane Doe said in an email that the pier was closed.", "pier was closed", "email"),
        ("Jane Doe replied by email that the pier was closed.", "pier was closed", "email"),
        ("Jane Doe, whose emails were leaked, said the pier was closed.", "pier was closed", None),
        ("Jane Doe said her email server was safe.", "server was safe", None),
    ],
)
def test_email_is_a_channel_only_when_the_words_were_sent_by_it(
    text: str, words: str, channel: str | None
) -> None:
    assert claim_with(analyze(text), words).channel == channel


@pytest.mark.parametrize(
    "text",
    [
        "Two officials said the deal was close. "
        "They spoke on condition of anonymity because the talks are private.",
        "Port officials said the deal was close. "
        "The officials requested anonymity because the talks are private.",
    ],
)
def test_a_group_taken_off_the_record_in_the_next_sentence_is_unnamed(text: str) -> None:
    a = analyze(text)
    figure = a.figure(claim_with(a, "deal was close").figure or "")
    assert figure is not None and figure.source_type == "anonymous"
    assert figure.anonymity is not None
    assert figure.anonymity.text == "because the talks are private"


def test_a_group_whose_next_sentence_is_about_someone_else_stays_on_the_record() -> None:
    a = analyze(
        "Harbour officials said the pier would close. "
        "A pilot spoke on condition of anonymity because he feared for his job."
    )
    assert claim_with(a, "pier would close").source_type == "institution"


@pytest.mark.parametrize(
    "marker",
    ["who asked for anonymity", "who were granted anonymity", "who spoke anonymously"],
)
def test_more_ways_a_group_goes_off_the_record(marker: str) -> None:
    a = analyze(f"Party officials, {marker} to discuss the schedule, said the vote would slip.")
    claim = claim_with(a, "vote would slip")
    assert claim.source_type == "anonymous"
    figure = a.figure(claim.figure or "")
    assert figure is not None and figure.anonymity is not None
    assert figure.anonymity.text == "to discuss the schedule"


@pytest.mark.parametrize(
    "how", ["in an emailed response", "in emailed comments", "in a written reply"]
)
def test_written_answers_are_statements(how: str) -> None:
    claim = claim_with(analyze(f'"The pier was shut," Mara Quill said {how}.'), "pier was shut")
    assert claim.channel == "statement"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Despite Brandt's statements, the council said the pier was shut.", None),
        ("Recalling his past statements, Ivo Brandt said the pier was shut.", None),
        ("The council, in statements released on Monday, said the pier was shut.", "statement"),
    ],
)
def test_statements_someone_made_before_are_no_channel(text: str, channel: str | None) -> None:
    assert claim_with(analyze(text), "pier was shut").channel == channel
