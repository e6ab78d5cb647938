"""Documents sent out by someone: "Ann Lind put out a statement saying ...".

News often lets a statement, an email or a letter carry the words of the
person or body that sent it ("The Harbour Party released a statement
saying ..."). The document is then only the channel: the sender, the subject
of the verb that sent it out, is the source. A document no one is said to
have sent ("A report released Monday said ...") still speaks for itself.
"""

from __future__ import annotations

import regex

from reader.analysis.limits import SHORT_TIMEOUT
from reader.analysis.phrases.classify import Phrase

#: Documents that carry their sender's words.
_SENT_HEADS = frozenset(
    {"statement", "email", "e-mail", "letter", "memo", "message", "release", "tweet", "note"}
)

#: A verb that sends a document out, just before the document's article.
_ISSUING = regex.compile(
    r"\b(?:issued|released|sent(?:[ \t]+out)?|put[ \t]+out|posted|published|"
    r"blasted[ \t]+out|fired[ \t]+off|e-?mailed|distributed|circulated)[ \t]+$"
)

#: Characters before a document's article searched for the verb.
_ISSUING_CHARS = 30


def issuing_verb(text: str, s_lo: int, ph: Phrase) -> int | None:
    """Where the verb that sent out the document `ph` starts, if one stands
    right before it ("issued a statement"); else None."""
    words = ph.text.lower().split()
    if len(words) < 2 or words[0] not in ("a", "an"):
        return None
    head = ph.core.lower().split()
    if not any(w in _SENT_HEADS for w in head[:2]):
        return None
    lo = max(s_lo, ph.start - _ISSUING_CHARS)
    m = _ISSUING.search(text, pos=lo, endpos=ph.start, timeout=SHORT_TIMEOUT)
    return m.start() if m is not None else None
