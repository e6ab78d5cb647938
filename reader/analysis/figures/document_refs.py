"""Which earlier document "the report" or "the filing" refers back to.

A document is named in full once ("an audit published on Wednesday", "a
court filing submitted by the prosecution") and later by a noun: its own
head, or another noun for the same kind of paper ("the report" for the
audit, "the complaint" for the lawsuit). A noun of another kind ("the
lawsuit" after "an analysis") is a new document.
"""

from __future__ import annotations

#: Document nouns that name one document as well as each other ("the report" after
#: "an audit published on Wednesday", "the complaint" after "a lawsuit filed ...").
_DOCUMENT_KINDS = (
    frozenset(
        {"report", "audit", "study", "review", "analysis", "assessment", "findings", "inquiry"}
    ),
    frozenset({"poll", "survey", "polls", "surveys"}),
    frozenset({"complaint", "lawsuit", "suit", "filing", "petition", "motion"}),
    frozenset({"statement", "release"}),
)


def same_document(name: str, head: str) -> bool:
    """Whether a document figure's name fits "the <head>": the head among its
    first words ("court filing submitted by ..." is "the filing"), or a noun of
    the same kind ("the report" for an audit)."""
    first = [w.rstrip("s") for w in name.lower().split()[:4]]
    stem = head.rstrip("s")
    if stem in first:
        return True
    return any(
        head in kind and any(w in kind or w + "s" in kind for w in first)
        for kind in _DOCUMENT_KINDS
    )
