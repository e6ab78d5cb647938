"""`"..." — Dr Priya Raman, the chief surgeon.`: a quote signed after a dash."""

from __future__ import annotations

from reader.analysis.limits import SIGNATURE_TAIL_CHARS
from reader.analysis.templates.cues import Found, phrase_after
from reader.analysis.text.quotes import Quote, words


def dash_signed(text: str, q: Quote, pstart: int, pend: int) -> Found | None:
    """`"..." — Dr Priya Raman, the chief surgeon.`: a quote that opens its
    paragraph or line, signed after a dash (em, en or the quotation dash ―)
    with a name and nothing but an appositive. Lists of readers' comments
    often put one signed quote on each line of a single paragraph.

    Paragraph bounds are trimmed, so the quote opens its paragraph exactly
    when it opens at its start, and the tail after the name is read up to
    the line's end only when it is short: a long paragraph of many quotes is
    never copied once per quote.
    """
    content = text[q.start : q.end].rstrip()
    if not (q.open == pstart or text[q.open - 1] == "\n") or words(content) < 4:
        return None  # a short one is more likely a title and its author
    if not content.endswith((".", "!", "?", "…", ",")):
        return None  # '"Bridge to reopen in May" — The Courier, May 2': a headline cited
    k = q.close
    while k < pend and text[k] in " \t\u00a0":
        k += 1
    if k >= pend or text[k] not in "—–―":
        return None
    k += 1
    while k < pend and text[k] in " \t\u00a0":
        k += 1
    lend = text.find("\n", k, pend)
    if lend < 0:
        lend = pend
    ph = phrase_after(text, k, lend)
    if ph is None or ph.start != k or ph.kind not in ("person", "org", "media"):
        return None
    tail = ph.end
    while tail < lend and text[tail].isspace():
        tail += 1
    if tail < lend and not (
        text[tail] in ",."
        and lend - tail < SIGNATURE_TAIL_CHARS
        and not any(c in text[tail:lend] for c in '"“”')
    ):
        return None
    return Found(q.start, q.end, "direct", None, ph, "dash-signed-quote")
