"""A quote whose cue hangs on another verb: "went on to say", "before saying",
"smiled and said". The subject of that verb speaks, not the speaker of the
quote before."""

import pytest

from reader.analysis import analyze

_BEFORE = '"We will fight the toll," Tomas Brek said. '


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ('Mara Lind went on to say, "The pier is safe and will stay open."', "Mara Lind"),
        ('Mara Lind was quick to say: "The pier is safe and will stay open."', "Mara Lind"),
        (
            'The debate was so calm that Mara Lind was prompted to say, "The pier is '
            'safe and will stay open."',
            "Mara Lind",
        ),
        (
            "Mara Lind dodged several questions about the pier before saying, "
            '"The pier is safe and will stay open."',
            "Mara Lind",
        ),
        ('Mara Lind began by saying, "The pier is safe and will stay open."', "Mara Lind"),
        (
            'Asked about the vote, Mara Lind smiled and said, "The pier is safe and '
            'will stay open."',
            "Mara Lind",
        ),
    ],
)
def test_a_quote_after_a_cue_with_no_subject_is_the_verbs_subjects(text: str, figure: str) -> None:
    first, second = analyze(_BEFORE + text).claims
    assert first.figure == "Tomas Brek"
    assert second.content == "The pier is safe and will stay open."
    assert second.figure == figure
    assert second.rule == "main-subject cue-then-quote"


def test_saying_after_without_is_no_cue() -> None:
    text = _BEFORE + 'Mara Lind left the hall without saying, "The pier is safe."'
    claims = analyze(text).claims
    assert all(c.rule != "main-subject cue-then-quote" for c in claims)
