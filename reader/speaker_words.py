"""Who said a claim, in words a citation can print.

A named figure is its name and role; an unnamed source is the fullest
description the article gives it ("people familiar with the matter"), with
an article in front, never a made-up name.
"""

from __future__ import annotations

import re

from reader.analysis.model import SOURCE_TYPE_LABELS, Analysis, Claim, Figure

_PRONOUNS = frozenset("he she they it him her them who i we you this that".split())  # noqa: SIM905


def _descriptive(text: str) -> bool:
    words = text.lower().split()
    if not words or (len(words) == 1 and words[0] in _PRONOUNS):
        return False
    return not (len(words) <= 2 and words[0] in ("the", "this", "that"))


def _anonymous(claim: Claim, figure: Figure | None) -> str:
    """An unnamed source as the article describes it, never a made-up name."""
    found = [claim.speaker.text] if claim.speaker else []
    if figure is not None:
        found += [m.text for m in sorted(figure.mentions, key=lambda s: s.start)]
        found.append(re.sub(r"\s*#\d+$", "", figure.name))
    # The fullest description the article gives: "people familiar with the
    # matter", not the "people" the sentence's subject was cut to.
    found.sort(key=lambda t: -len(t.split()))
    for text in found:
        text = " ".join(text.split())
        if _descriptive(text):
            first, _, rest = text.partition(" ")
            if first in ("A", "An", "The", "One", "Another", "Two", "Three", "Some"):
                text = first.lower() + (" " + rest if rest else "")
            return _with_article(text)
    if figure is not None:
        return _with_article(re.sub(r"\s*#\d+$", "", figure.name))
    return "an unnamed source"


_DETERMINERS = frozenset("a an the one another two three four some several many most".split())  # noqa: SIM905
#: Plural or collective without a final s: "people familiar with ...".
_PLURALS = frozenset("people police staff personnel crew clergy".split())  # noqa: SIM905


def _with_article(text: str) -> str:
    """`source close to the company` -> `a source close to the company` (a
    figure's name has no article); plurals and determined phrases stay."""
    first = text.split(" ", 1)[0]
    if first in _DETERMINERS or first in _PLURALS or not first.islower() or first.endswith("s"):
        return text
    return ("an " if first[0] in "aeiou" else "a ") + text


def describe_speaker(claim: Claim, analysis: Analysis, with_kind: bool = True) -> str:
    """Who said it, with role and source type in words: `Name, role (type)`."""
    figure = analysis.figure(claim.figure)
    stype = figure.source_type if figure else claim.source_type
    if stype == "anonymous":
        who = _anonymous(claim, figure)
    elif figure is not None:
        who = figure.name
        if figure.role and figure.role.lower() not in who.lower():
            who += ", " + " ".join(figure.role.split())
    elif claim.speaker and _descriptive(claim.speaker.text):
        who = " ".join(claim.speaker.text.split())
    else:
        who = "speaker unknown"
    notes = [SOURCE_TYPE_LABELS[stype]]
    if with_kind and claim.kind != "direct":
        notes.append("reported speech")
    return f"{who} ({', '.join(notes)})"
