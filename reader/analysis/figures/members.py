"""Speakers named only by how many of a group they are: "Several said", "others said".

News lets a group speak ("Eleven former employees said ...") and then parts
of it with a bare quantifier. The quantifier has no noun of its own; the
group it counts is the unnamed plural that spoke just before.
"""

from __future__ import annotations

from reader.analysis.phrases.classify import Phrase

#: Quantifiers that speak on their own for part of a group.
GROUP_QUANTIFIERS = frozenset({"some", "many", "most", "several", "others", "few"})


def counts_a_group(ph: Phrase) -> bool:
    """The phrase is a bare quantifier standing for people ("Several", "others")."""
    return ph.kind == "anon" and ph.core in GROUP_QUANTIFIERS


#: Words that end a name's head and start what follows it.
_AFTER_HEAD = frozenset({"at", "of", "from", "in", "with", "who", "close", "familiar", "for"})


def head_word(name: str) -> str:
    """The head noun of an unnamed figure's name ("officials" in "officials at
    the authority #1"), or "" for an empty name."""
    words = name.split(" #", 1)[0].split()
    for k, w in enumerate(words):
        if w in _AFTER_HEAD and k > 0:
            words = words[:k]
            break
    return words[-1] if words else ""


def plural_name(name: str) -> bool:
    """Whether an unnamed figure's head is a plural ("officials at the authority #1")."""
    head = head_word(name)
    return head.endswith("s") and not head.endswith("ss")
