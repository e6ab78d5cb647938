"""A claim's words as a citation may show them, without misquoting anyone.

Only words the article itself puts in quotation marks are shown inside
quotation marks. A direct quote is quoted whole; reported speech is the
article's paraphrase, so it is given as "According to X, ..." with no outer
marks, and in mixed speech only the fragment the article quotes keeps its
marks ("she expected “no delays at all” from the contractors").
"""

from __future__ import annotations

from reader.analysis.model import Claim

#: Straight and curly double marks; a straight one opens after a space or
#: a bracket (or at the start) and closes otherwise.
_OPENERS = " ([{‘"


def end_sentence(text: str, mark: str = ".") -> str:
    """Close a sentence-like element without doubling its own final mark."""
    return text if text.endswith((".", "?", "!")) else text + mark


def quoted(text: str, inner_end: str = "") -> str:
    """Text in curly double quotes; double quotes inside become single ones."""
    text = " ".join(text.split()).replace("“", "‘").replace("”", "’")
    text = _curled(text, "‘", "’")
    if inner_end == ",":
        text += ","  # CMOS 17 keeps the comma even after a title's own ? or !
    elif inner_end:
        text = end_sentence(text, inner_end)
    return f"“{text}”"


def _curled(text: str, opening: str, closing: str) -> str:
    """Straight double marks as curly ones, by what stands before each."""
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch == '"':
            out.append(opening if i == 0 or text[i - 1] in _OPENERS else closing)
        else:
            out.append(ch)
    return "".join(out)


def _trimmed(words: list[str], max_words: int | None) -> tuple[str, bool]:
    if max_words is not None and max_words > 0 and len(words) > max_words:
        return " ".join(words[:max_words]).rstrip(",;:"), True
    return " ".join(words).rstrip(",;:"), False


def direct_words(claim: Claim, max_words: int | None = None) -> str:
    """A direct quote in curly quotes. The comma that ends the first half of a
    split quote ("A," she said) is dropped: quoting rules let the final mark
    fit its new place."""
    text, cut = _trimmed(claim.content.split(), max_words)
    return quoted(text + " …" if cut else text)


def reported_words(claim: Claim, max_words: int | None = None) -> str:
    """Reported or mixed speech as the article words it, with no outer marks.

    Quotation marks the article put inside are kept (curled); one left open
    by trimming is closed before the ellipsis so no quotation runs on.
    """
    text, cut = _trimmed(claim.content.split(), max_words)
    text = _curled(text, "“", "”")
    opened = text.count("“") - text.count("”")
    if cut:
        text += "”" * max(opened, 0) + " …"
    return text


def claim_words(claim: Claim, max_words: int | None = None) -> str:
    """What `y` copies: a direct quote quoted, reported speech as written."""
    if claim.kind == "direct":
        return direct_words(claim, max_words)
    return reported_words(claim, max_words)
