"""Paragraphs, sentences and page furniture (headline blocks, wrapped lines, related links)."""

from analysis_helpers import LEAD

from reader.analysis import analyze


def test_hard_wrapped_lines_do_not_end_sentences() -> None:
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


def test_short_lines_of_a_headline_block_still_end_sentences() -> None:
    text = (
        "Night buses return in May\n"
        "By Carl Mott\n"
        "Fares will stay the same, the transport board said."
    )
    (c,) = analyze(text).claims
    assert c.content == "Fares will stay the same"


def test_hard_wrapped_text_without_blank_lines_keeps_its_paragraphs_together() -> None:
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


def test_related_links_and_read_more_lines_are_apparatus() -> None:
    text = (
        "The ferry will run on Sunday, Jon Edda said.\n\n"
        "Read more: Ferry Strike Ends, Union Says\n\n"
        "Related Topics\n\n"
        "Harbour Transport"
    )
    a = analyze(text)
    assert [f.name for f in a.figures] == ["Jon Edda"]
    assert len(a.claims) == 1


def test_a_long_run_of_sentence_marks_is_read_in_linear_time() -> None:
    """Once a 0.5 s timeout: 4,000 dots before a lower-case letter lost the paragraph."""
    from reader.analysis import analyze

    text = "Anna Petrova said the plan will fail. " + "." * 50_000 + " x"
    claims = analyze(text).claims
    assert len(claims) == 1 and claims[0].content.startswith("the plan will fail")
    long = "." * 4000 + " x " + "He declined to comment. " * 200
    assert analyze(long).problems == ()


def test_an_abbreviation_ends_the_sentence_before_a_pronoun() -> None:
    text = (
        LEAD + "Mara Lind says the council is trying to hide the cost of the new "
        "ferry to the U.S. She says voters deserve the full figures.\n\n"
        "Tomas Brek says he will wait for the count after the polls close at 8 p.m. "
        'He says "it could be a long night."'
    )
    got = [(c.content, c.figure) for c in analyze(text).claims]
    assert got == [
        ("the council is trying to hide the cost of the new ferry to the U.S", "Mara Lind"),
        ("voters deserve the full figures", "Mara Lind"),
        ("he will wait for the count after the polls close at 8 p.m", "Tomas Brek"),
        ("it could be a long night.", "Tomas Brek"),
    ]


def test_an_abbreviation_before_a_name_or_a_title_keeps_the_sentence() -> None:
    text = LEAD + "The U.S. Harbour Agency and Mr. Brek said the ferry would sail at 9 a.m. Monday."
    (c,) = analyze(text).claims
    assert c.content == "the ferry would sail at 9 a.m. Monday"
