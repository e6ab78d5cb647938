"""'made (it) clear that ...' states what follows, as 'said that' does."""

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mara Lind made it clear to us that the pier would stay shut.",
            "the pier would stay shut",
        ),
        ("Mara Lind has made clear that the ferry will run.", "the ferry will run"),
        ("Tomas Brek makes it clear that he will not sign the deal.", "he will not sign the deal"),
    ],
)
def test_made_clear_that_is_a_cue(text: str, content: str) -> None:
    (c,) = analyze(text).claims
    assert (c.content, c.rule) == (content, "speaker-verb-that")
    assert c.figure in ("Mara Lind", "Tomas Brek")


@pytest.mark.parametrize(
    "text",
    [
        "Mara Lind made clear her support for the pier.",
        "Mara Lind made a clear case for the pier.",
        "The ferry firm made a profit last year.",
    ],
)
def test_made_clear_with_an_object_is_no_claim(text: str) -> None:
    assert analyze(text).claims == ()
