"""Where an appositive's commas stand, and whether the words between them are a clause.

"Paul Dewar, an Ottawa MP, said": the speaker reader finds the comma that opens
the words set off before the verb, passing over a short quoted title inside
them ('Jan Berg, the author of "Salt Year," said'), and asks whether those
words hold a verb of their own (then they are a clause, not a description).
"""

from __future__ import annotations

from reader.analysis.text.finite import FINITE_WORDS
from reader.analysis.text.tokens import Tok


def has_verb(toks: list[Tok]) -> bool:
    """A common finite verb, or an -ed word right after a capitalised word
    ("Mrs. Lind tried") before any relative pronoun: the words hold a
    clause, not a description."""
    for x, t in enumerate(toks):
        if t.low in ("who", "which", "whose", "where"):
            return False  # the verbs after it are a relative clause's
        if t.low in FINITE_WORDS:
            return True
        if x > 0 and t.low.endswith("ed") and t.text.islower() and toks[x - 1].cap:
            return True
    return False


def opening_comma(toks: list[Tok], comma: int, start: int = -1) -> int:
    """The comma that opens the appositive closed at `comma`, or -1 (read back
    from `start` when given)."""
    j = start if start >= 0 else comma - 1
    depth = 0
    while j >= 0 and comma - j < 30:
        w = toks[j].text
        if w == ")":
            depth += 1
        elif w == "(":
            depth -= 1
        elif depth == 0 and w in QUOTE_MARKS and comma - j > 1:
            m = short_quote_open(toks, j)
            if m < 0:
                break
            j = m  # 'Jan Berg, the author of "Salt Year," said': a title inside
        elif depth == 0 and w in ',;:—–"“”':
            break
        j -= 1
    return j if j >= 0 and toks[j].text == "," else -1


QUOTE_MARKS = frozenset('"“”')


def short_quote_open(toks: list[Tok], close: int) -> int:
    """The opening mark of a quote of at most four words closed at toks[close]
    (a title or a word quoted in passing), or -1."""
    for m in range(close - 1, max(-1, close - 6), -1):
        if toks[m].text in QUOTE_MARKS:
            return m if m < close - 1 and toks[m].text != "”" else -1
        if toks[m].text in ";:.!?":
            return -1
    return -1
