"""The mention index: where each known figure is named, and genders from pronouns.

Once seeding has registered every figure, a second pass over the same
capitalised runs records each mention's position, so pronouns find "the
nearest earlier person" by bisect, never by rescanning the text.
"""

from __future__ import annotations

import regex

from reader.analysis.figures.capital_runs import opener_words, runs
from reader.analysis.figures.registry import Registry
from reader.analysis.figures.store import Fig, key
from reader.analysis.lexicon import words
from reader.analysis.limits import GENDER_CHARS, MENTION_TIMEOUT, PRONOUN_TAIL_CHARS
from reader.analysis.model import Span

_QUOTE_MARK = regex.compile(r"[\"“”„«»]")
_PRONOUN = regex.compile(r"\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im|[Hh]ers)\b")


def index_mentions(reg: Registry, start: int) -> None:
    """Positions of person and body mentions, and gender from later pronouns."""
    # The registry does not change in this pass, so a run's figure depends
    # only on its words: runs that recur are looked up once.
    memo: dict[tuple[str, ...], Fig | None] = {}
    text = reg.seg.text
    for pos, ws in runs(reg, start):
        words = tuple(ws)
        if words in memo:
            fig = memo[words]
        else:
            fig = memo[words] = _run_figure(reg, ws)
        if fig is None:
            continue
        g = " ".join(ws)
        if fig.kind == "person":
            reg.person_pos.append(pos)
            reg.person_fig.append(fig)
        else:
            reg.org_pos.append(pos)
            reg.org_fig.append(fig)
        if text[pos : pos + len(g)] == g:
            fig.mentions.append(Span(pos, pos + len(g), g))
    learn_genders(reg, start)
    # Nothing reads the runs after this: freed here, beside the other process's
    # work, rather than in the serial end of the analysis.
    reg.run_cache = None


def _run_figure(reg: Registry, ws: list[str]) -> Fig | None:
    """The known figure a capitalised run names, titles and openers aside."""
    ws = ws[opener_words(ws, "", titles=True) :]
    if len(ws) > 8:
        return None
    name = " ".join(ws)
    fig = (
        reg.figs.get(name)
        or reg.lookup(name)
        or reg.lookup(ws[-1])
        or reg.org_short.get(key(ws[0]))
    )
    if fig is None and "of" in ws[2:]:
        # "Sen. Mara Lind of Vestby": the person before the place she is from.
        head = ws[: ws.index("of", 2)]
        fig = reg.lookup(" ".join(head)) or reg.lookup(head[-1])
        if fig is not None and fig.kind != "person":
            fig = None
    return fig


#: Prepositions before a "him" that is likely someone other than the person named.
_BEFORE_HIM = words("for to with from against toward towards")


def learn_genders(reg: Registry, start: int) -> None:
    """The first he/she/his/her after a person's mention, before the next person.

    Only the `GENDER_CHARS` characters after each mention of a person whose
    gender is still open are read, in text order, which is what a pass over
    the whole text would look at.
    """
    text = reg.seg.text
    places, figs = reg.person_pos, reg.person_fig
    n = len(places)
    for i, (at, fig) in enumerate(zip(places, figs, strict=True)):
        if fig.gender is not None or at < start:
            continue
        limit = at + GENDER_CHARS
        if i + 1 < n:
            limit = min(limit, places[i + 1] - 1)
        # A pronoun starting by `limit` ends, with the character after it, within a few more.
        end = min(len(text), limit + PRONOUN_TAIL_CHARS)
        for m in _PRONOUN.finditer(text, pos=at, endpos=end, timeout=MENTION_TIMEOUT):
            if m.start() > limit:
                break
            # Only within the sentence of the mention, and not across a quote mark,
            # where the pronoun may well be another speaker's.
            s_lo, _s_hi = reg.seg.sentence_of(m.start())
            if at < s_lo or _QUOTE_MARK.search(
                text, pos=at, endpos=m.start(), timeout=MENTION_TIMEOUT
            ):
                continue
            before = text[max(0, m.start() - 10) : m.start()].split()
            if m.group() == "him" and before and before[-1].lower() in _BEFORE_HIM:
                # "Lind's rise was seen as a defeat for him": after a preposition in
                # the sentence of a mention, "him" is mostly someone else.
                continue
            fig.gender = "f" if m.group().lower() in ("she", "her", "hers") else "m"
            break
