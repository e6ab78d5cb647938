"""The channel a document speaks through: a report, or papers before a court.

"The audit found", "a 2024 assessment shows", "according to the filing",
"court documents show": when the source is itself a document, what kind
of document it is says how it spoke (an email, a statement, a tweet). Figures,
data, memos and notices are documents with no channel of their own.
"""

from __future__ import annotations

import regex

from reader.analysis.lexicon import words
from reader.analysis.limits import SHORT_TIMEOUT
from reader.analysis.model import Channel

_COURT = words(
    "filing filings lawsuit lawsuits indictment ruling judgment judgement affidavit court "
    "complaint complaints"
)
_REPORT = words(
    "report reports audit audits survey surveys poll polls assessment "
    "assessments trial trials study studies paper review analysis note notes"
)
_EMAIL = words("email emails e-mail e-mails")
_STATEMENT = words("statement statements release communique communiqué")
#: "one tweet", "a Facebook post"; "post" only in lower case ("a Washington Post
#: poll" is a poll, "the Post" a newspaper).
_SOCIAL = frozenset({"tweet", "tweets", "Tweet", "Tweets", "post", "posts"})
_WORD = regex.compile(r"\p{L}+(?:-\p{L}+)*+")


def document_channel(name: str, speaker: str = "") -> Channel | None:
    """The channel the words naming a document give it (its figure's name and
    the words the claim names it by), else None."""
    found = {
        w.casefold() for text in (name, speaker) for w in _WORD.findall(text, timeout=SHORT_TIMEOUT)
    }
    if found & _COURT:
        return "court_filing"
    if found & _EMAIL:
        return "email"
    if found & _STATEMENT:
        return "statement"
    if found & _REPORT:
        return "report"
    # As written where the claim names it: the figure's name may be lower-cased.
    written = set(_WORD.findall(speaker or name, timeout=SHORT_TIMEOUT))
    if written & _SOCIAL:
        return "social_media"  # "one tweet said", "the post reads"
    return None
