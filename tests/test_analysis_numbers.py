"""What may open a reported clause: a number ("said at least 20 ..."), never a participle."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Police said at least 20 people were hurt.", "at least 20 people were hurt"),
        ("Officials said at most three homes had been lost.", "at most three homes had been lost"),
    ],
)
def test_at_least_opens_a_reported_clause(sentence: str, content: str) -> None:
    assert [c.content for c in analyze(sentence).claims] == [content]


def test_at_least_after_a_tail_cue_is_not_a_channel() -> None:
    # "..., X reported at least six ...": a number follows, so the tail is no channel
    # ("at the briefing") and the words before the comma are not what was reported.
    text = "On Friday, as the parade went by, the Courier reported at least six planes overhead."
    assert all(c.content != "On Friday, as the parade went by" for c in analyze(text).claims)


def test_a_count_of_times_is_not_a_claim() -> None:
    assert analyze("He tweeted at least 40 times on Sunday.").claims == ()


def test_a_participle_after_the_channel_is_not_the_clause() -> None:
    text = "The plan will fail, Doe told reporters at a briefing organised by the council."
    assert [c.content for c in analyze(text).claims] != ["organised by the council"]
