"""A quote's speaker read close to it: after a colon, or right after the quote."""

import pytest
from analysis_helpers import LEAD, claims_of

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ('And Ms. Lind gloated: "I told you he would not be ready."', "Anna Lind"),
        ('Pressed on the delay, Anna Lind shot back: "That is not true."', "Anna Lind"),
        ('Anna Lind resisted: "Harbour masters cannot shut the quay."', "Anna Lind"),
        ('Asked which pier he liked best, he demurred: "I like them all."', "Peter Brek"),
    ],
)
def test_a_subject_and_a_verb_before_a_colon_speak_the_quote(second: str, speaker: str) -> None:
    """The quote is the subject's, not the speaker's of the quote before."""
    text = f'Anna Lind met the board. "We will appeal," said Peter Brek. {second}'
    claims = analyze(text).claims
    assert [c.figure for c in claims] == ["Peter Brek", speaker]
    assert claims[1].rule == "colon-subject"


@pytest.mark.parametrize(
    "text",
    [
        'Anna Lind carried a banner: "Save the harbour."',
        'The banner read: "Go home."',
        'Anna Lind\'s office responded: "No comment."',
    ],
)
def test_an_object_or_a_subject_the_phrase_leaves_is_no_such_clause(text: str) -> None:
    assert all(c.rule != "colon-subject" for c in analyze(text).claims)


def test_the_quote_after_such_a_colon_is_a_claim_of_its_own() -> None:
    text = 'Anna Lind resisted: "Harbour masters cannot shut the quay."'
    assert claims_of(text) == [
        ("Harbour masters cannot shut the quay.", "Anna Lind", "named_person")
    ]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("his colleague wrote on the Vestby forum.", "his colleague"),
        ("said her neighbour.", "her neighbour"),
        ("Anna Lind shot back.", "Anna Lind"),
        ("Anna Lind went on.", "Anna Lind"),
        ("Anna Lind repeated.", "Anna Lind"),
        ("Anna Lind gloated.", "Anna Lind"),
    ],
)
def test_the_speaker_right_after_a_quote_is_read_not_inherited(after: str, speaker: str) -> None:
    """Verbs that attribute only right after a quote ("shot back", "went on",
    "repeated") and a possessive before an unnamed person ("his colleague")."""
    text = f'"We will appeal," said Peter Brek. "It will be for the council," {after}'
    claims = analyze(text).claims
    assert len(claims) == 2
    assert claims[1].speaker is not None and claims[1].speaker.text == speaker
    assert claims[1].rule == "quote-then-cue"


@pytest.mark.parametrize(
    "text",
    [
        'Peter Brek left. "It will be for the council," Anna Lind went to the pier.',
        "Brek cites such things as his recent claim that the pier killed all the fish.",
    ],
)
def test_no_speaker_without_the_particle_or_after_a_possessive_noun(text: str) -> None:
    assert all(c.rule not in ("quote-then-cue", "speaker-verb-that") for c in analyze(text).claims)


@pytest.mark.parametrize(
    "second",
    [
        'Or, as Anna Lind, a former harbour master, put it: "We will win."',
        'As Anna Lind put it: "We will win."',
    ],
)
def test_as_a_name_put_it_before_a_colon(second: str) -> None:
    """ "As X put it:" names the quote's speaker past the "as" that opens the clause."""
    text = f'"We will appeal," said Peter Brek. {second}'
    claims = analyze(text).claims
    assert [c.figure for c in claims] == ["Peter Brek", "Anna Lind"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Mr. Brek, citing "the harbour\'s old charm," said the candidate could win.',
            None,
        ),
        ('"We will appeal," said Anna Lind as she was leaving.', "Anna Lind"),
        ('"We will appeal," said Anna Lind, who was leaving.', "Anna Lind"),
    ],
)
def test_a_clause_after_the_cue_is_no_inverted_speaker(text: str, speaker: str | None) -> None:
    """'said the candidate could win': a subject and a finite verb after the cue
    make its clause, so the quote before is not the candidate's."""
    quotes = [c for c in analyze(text).claims if c.rule == "quote-then-cue"]
    assert [c.speaker.text if c.speaker else None for c in quotes] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "speaker", "rule"),
    [
        (
            'Anna Lind mocked the plan, saying at one point, "We will win the pier back."',
            "Anna Lind",
            "main-subject cue-then-quote",
        ),
        ('Another netmaker said, "This is the end of the harbour."', "Another netmaker", None),
    ],
)
def test_a_quote_after_its_cue_and_a_comma(text: str, speaker: str, rule: str | None) -> None:
    """'..., saying at one point, "..."' ("point" is no verb there) and a
    described subject the lexicon lacks before 'said,'."""
    (c,) = analyze(text).claims
    assert c.speaker is not None and c.speaker.text == speaker
    assert c.rule == (rule or "cue-then-quote")


@pytest.mark.parametrize(
    "opening",
    ["Anna Lind interjected,", "Anna Lind shot back,", "Anna Lind smiled,"],
)
def test_a_subject_and_a_verb_in_the_past_before_a_comma_speak_the_quote(opening: str) -> None:
    text = f'{opening} "Ladies and gentlemen, the harbour master."'
    (c,) = analyze(text).claims
    assert (c.figure, c.rule) == ("Anna Lind", "cue-then-quote")


@pytest.mark.parametrize(
    "text",
    ['The crowd cheered, "Lind, Lind."', 'When Anna Lind arrived, "the pier was full."'],
)
def test_no_speaker_before_a_comma_without_such_a_clause(text: str) -> None:
    """A crowd is nobody who speaks; "When Lind arrived" opens another clause."""
    assert all(c.figure != "Anna Lind" for c in analyze(text).claims)
    assert all(c.rule != "cue-then-quote" for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The pier will close," the report said.', "the report"),
        ('"The pier will close," the new harbour report said.', "the new harbour report"),
        ('"The pier will close," Anna Lind told harbour delegates.', "Anna Lind"),
    ],
)
def test_a_verb_form_that_names_a_document_is_no_cue(text: str, speaker: str) -> None:
    """ "report" after a determiner or right before "said" is the document
    speaking, not the cue ("told harbour delegates": "told" stays the cue)."""
    (c,) = analyze(text).claims
    assert c.speaker is not None and c.speaker.text == speaker


def test_a_sentence_after_a_closed_quote_that_quotes_again_is_no_cue_for_it() -> None:
    text = (
        LEAD + 'Jonathan Berg warned that such a ban would be "unacceptable." He said American'
        ' voters "know all too well what can happen when a group is singled out."'
    )
    claims = [(c.rule, c.content[:30]) for c in analyze(text).claims]
    assert claims == [
        ("speaker-verb-that", 'such a ban would be "unaccepta'),
        ("speaker-verb-clause", 'American voters "know all too '),
    ]


def test_a_surname_and_a_colon_label_a_quote_inside_a_paragraph() -> None:
    text = (
        LEAD + "Jeb Bush and Hillary Clinton reject the term containment.\n\n"
        'Clinton: "Our goal is to defeat ISIS." Bush: "The mission is to destroy ISIS."'
    )
    claims = [(c.figure, c.rule) for c in analyze(text).claims]
    assert claims == [("Hillary Clinton", "name-colon-quote"), ("Jeb Bush", "name-colon-quote")]


def test_a_word_before_a_colon_that_names_no_one_labels_nothing() -> None:
    text = LEAD + 'The inspectors were blunt. Verdict: "The hull is unsafe."'
    assert all(c.rule != "name-colon-quote" for c in analyze(text).claims)


def test_a_verb_after_that_following_a_quote_is_no_cue_for_it() -> None:
    text = (
        LEAD + "A Whitehall source said ministers were “quietly furious” that Harbourline had"
        " announced the plan without warning them."
    )
    (claim,) = analyze(text).claims
    assert claim.content.startswith("ministers were “quietly furious” that")
    assert claim.figure == "whitehall source"
