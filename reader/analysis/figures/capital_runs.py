"""Capitalised runs: the words of a text that may name someone, found once.

A run is a stretch of capitalised words ("Sen. Mara Lind", "Bank of Vestby"),
joined by the small words names hold and cut after a full stop that ends a
sentence. Seeding and the mention index both read the same runs, cached on
the registry between them.
"""

from __future__ import annotations

import regex

from reader.analysis.figures.registry import Registry
from reader.analysis.lexicon import GLUED_PARTICLES, NOT_NAME_START, TITLES, WEEKDAYS
from reader.analysis.text.segments import Segments, budget

#: A word's tail; a hyphen goes on to letters or to a number ("KTV-1").
_TAIL = r"(?:[\p{L}\p{M}'’]|-(?:\p{N}++|(?=\p{L}))|\.(?=\p{L}))*+\.?+"
_WORD = r"(?:\p{Lu}|(?:" + "|".join(GLUED_PARTICLES) + r")[\-'’]\p{Lu})" + _TAIL
_JOIN = (
    r"(?:[ \t]++(?:(?:de|la|van|von|der|den|du|da|di|del|bin"
    r"|ibn|al|el|le|ten|ter|dos|das|della|des|of|for|the)[ \t]++){0,2}+"
)
RUN = regex.compile(r"(?<![\p{L}\p{N}])" + _WORD + _JOIN + _WORD + r")*+")
#: The same runs where no word opens with a glued particle ("al-Assad"):
#: twice as fast, and such words are rare, so it reads most of the text.
_PLAIN_WORD = r"\p{Lu}" + _TAIL
_PLAIN_RUN = regex.compile(r"(?<![\p{L}\p{N}])" + _PLAIN_WORD + _JOIN + _PLAIN_WORD + r")*+")


def _sentence_stop(w: str) -> bool:
    """The full stop after a word ends a sentence: not an initial or a title's
    ("Dr."), but after a word or an acronym of two capitals ("Vestby TV.")."""
    if not w.endswith(".") or "." in w[:-1] or w[:-1].lower() in TITLES:
        return False
    return len(w) > 3 or (len(w) == 3 and w[:-1].isupper())


def runs(reg: Registry, start: int) -> list[tuple[int, list[str]]]:
    """Capitalised runs, cut after a full stop that is not an initial or title."""
    if reg.run_cache is not None:
        return reg.run_cache
    text = reg.seg.text
    out: list[tuple[int, list[str]]] = []
    for m in run_matches(reg.seg, start):
        g = m.group()
        pos = m.start()
        if " " not in g and "\t" not in g:
            # One word (most runs): no offsets to find.
            if _sentence_stop(g):
                g = g[:-1]
            out.append((pos, [g]))
            continue
        ws = g.split()
        if "." not in g:
            # No full stop to cut at: one run from the first word.
            out.append((pos, ws))
            continue
        cur: list[str] = []
        cur_pos = pos
        for w in ws:
            if cur and cur[-1].endswith(".") and w.lower() in NOT_NAME_START:
                # "Washington, D.C. He said": an abbreviation ends the sentence
                # and a new one opens; the opener is no part of a name.
                last = cur[-1]
                if "." not in last[:-1] and len(last) > 2 and last[:-1].lower() not in TITLES:
                    cur[-1] = last[:-1]  # "Junius Ho. Two ...": the stop ends the sentence
                out.append((cur_pos, cur))
                cur = []
            at = text.find(w, pos)
            if not cur:
                cur_pos = at
            cur.append(w)
            pos = at + len(w)
            if _sentence_stop(w):
                cur[-1] = w[:-1]
                out.append((cur_pos, cur))
                cur = []
        if cur:
            out.append((cur_pos, cur))
    reg.run_cache = out
    return out


def run_matches(seg: Segments, start: int) -> list[regex.Match[str]]:
    """What `RUN.finditer` finds from `start`.

    The plain pattern reads the text; paragraphs holding a glued particle
    before a capital are read again with the full one. A run never crosses
    a line, so paragraph by paragraph gives the same matches.
    """
    text = seg.text
    timeout = budget(len(text) - start)
    found = list(_PLAIN_RUN.finditer(text, pos=start, timeout=timeout))
    redo = sorted({seg.para_of(i) for i in _glued_particles(text, start)})
    if not redo:
        return found
    out: list[regex.Match[str]] = []
    k = 0
    for p in redo:
        ps, pe = seg.para_starts[p], seg.para_ends[p]
        while k < len(found) and found[k].start() < ps:
            out.append(found[k])
            k += 1
        while k < len(found) and found[k].start() < pe:
            k += 1
        for m in RUN.finditer(text, pos=max(ps, start), timeout=timeout):
            if m.start() >= pe:
                break
            out.append(m)
    out += found[k:]
    return out


def _glued_particles(text: str, start: int) -> list[int]:
    """Offsets of a hyphen or apostrophe between a particle and a capital ("al-Assad")."""
    out: list[int] = []
    for sep in "-'’":
        i = text.find(sep, start)
        while i >= 0:
            before = text[max(start, i - 3) : i]
            if text[i + 1 : i + 2].isupper() and before.endswith(GLUED_PARTICLES):
                out.append(i)
            i = text.find(sep, i + 1)
    return out


def opener_words(ws: list[str], prev: str, titles: bool = False) -> int:
    """How many words open a capitalised run before the name: "The", "On", a day
    ("Sunday Anna Berg said"), and titles too when asked; but a day after "the"
    opens a paper's name ("the Sunday Courant"). `prev` is the word before the run."""
    k = 0
    while k < len(ws) - (1 if titles else 0):
        low = ws[k].lower().rstrip(".") if titles else ws[k].lower()
        after_the = (ws[k - 1].lower() if k else prev.lower()) == "the"
        if low in WEEKDAYS and after_the and k + 1 < len(ws):
            break
        if low not in NOT_NAME_START and not (titles and low in TITLES):
            break
        k += 1
    return k
