"""Title case: headlines capitalise every word but a few small ones.

In such a line capitals say nothing about names ("Hackers Stole Party Emails,
Officials Say"), so the templates read it as a headline and the figure
seeding takes no names from it.
"""

from __future__ import annotations

#: Small words a title-case headline leaves in lower case.
SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with",
     "as", "is", "from", "vs", "into", "over"}
)  # fmt: skip


def nearly_title_case(words: list[str]) -> bool:
    """At least three words that are not small, all capitalised but perhaps one."""
    big = [w for w in words if w.lower() not in SMALL_WORDS]
    caps = sum(1 for w in big if w[0].isupper())
    return len(big) >= 3 and caps >= len(big) - 1


def strictly_title_case(words: list[str]) -> bool:
    """At least four words that are not small, every one capitalised: a prose
    line full of names still has a lower-case verb."""
    big = [w for w in words if w.lower() not in SMALL_WORDS]
    return len(big) >= 4 and all(w[0].isupper() for w in big)
