"""Mentions: named people and bodies found in a pass over capitalised runs.

Seeding registers every named person and organisation before any claim is
resolved, so surnames and short names resolve to full names, and figures
that are only mentioned are listed too. The runs are in `capital_runs`; the
index of mention positions that pronouns use is in `mention_index`.
"""

from __future__ import annotations

from reader.analysis.figures.capital_runs import opener_words, runs
from reader.analysis.figures.headline_names import (
    WordFinder,
    headline_name,
    in_title_case_line,
    plain_opener,
    plain_word,
)
from reader.analysis.figures.registry import Registry
from reader.analysis.figures.store import key
from reader.analysis.figures.titled import seed_relatives, seed_titled, titled_surname
from reader.analysis.given_names import FEMALE_NAMES, MALE_NAMES
from reader.analysis.lexicon import (
    BODY_NOUNS,
    COMPASS_WORDS,
    COUNTRIES,
    MEDIA_NAMES,
    MEDIA_WORDS,
    NEWS_BODY_WORDS,
    NOT_BODIES,
    NOT_NAME_START,
    ORG_WORDS,
    OUTLET_INTRODUCERS,
    OUTLET_NOUNS,
    PLACE_WORDS,
    ROLE_WORDS,
    THING_NAME_ENDS,
    TITLES,
)
from reader.analysis.limits import (
    RUN_LEAD_CHARS,
)
from reader.analysis.phrases.classify import classify_words
from reader.analysis.phrases.names import phrase_before


def seed(reg: Registry, start: int) -> None:
    """Register named people and organisations from capitalised runs."""
    text = reg.seg.text
    furniture = reg.seg.furniture
    cache: dict[tuple[str, ...], tuple[str, str, str | None]] = {}
    title_lines: dict[int, bool] = {}
    words = WordFinder(text, start)
    openers = WordFinder(text, start, _OPENER_QUESTIONS)  # apart from the headlines'
    titled: list[tuple[str, str, int]] = []
    for pos, ws in runs(reg, start):
        if len(ws) < 2 and not (len(ws[0]) > 1 and ws[0].isupper()):
            continue
        para = reg.seg.para_of(pos)
        if furniture[para]:
            continue
        if len(ws) == 1 and _named_acronym(reg, pos, ws[0], reg.seg.para_starts[para]):
            continue
        if _dateline_or_label(reg, pos, ws, para):
            continue
        if in_title_case_line(text, pos, title_lines) and not headline_name(ws, words):
            continue  # "Hackers Stole Party Emails, Officials Say": capitals of a headline
        if (
            plain_opener(ws)
            and _opens_sentence(reg, pos)
            and plain_word(ws[0], openers)
            and openers.after_other(ws[0], ws[1])
        ):
            ws = ws[1:]  # "Understated Lind wins", with "Mara Lind" below: Lind alone
        if _quoted_alone(text, pos, pos + len(" ".join(ws))):
            continue  # '"Salt Year" opened the festival': a title, not a person
        owned = _after_owner(ws)
        if owned is not None and _given_name(owned[0]) and classify_words(owned)[0] == "person":
            pos, ws = text.find(owned[0], pos), owned
        # "the Saga Nordvik": an article before a name marks a thing or body.
        before = text[max(0, pos - RUN_LEAD_CHARS) : pos].split()
        prev = before[-1].lower() if before else ""
        thing = prev == "the" or prev in BODY_NOUNS
        ws = ws[opener_words(ws, prev) :]
        if not ws or len(ws) > 8:
            continue
        cache_key = tuple(ws)
        known = cache.get(cache_key)
        if known is None:
            known = cache[cache_key] = classify_words(ws)
        kind, core, role = known
        if kind == "person" and prev in BODY_NOUNS and role is not None:
            thing = False  # "union President Mara Lind": a title after the body's noun
        elif kind == "person" and prev in BODY_NOUNS:
            kind, core = ("media" if prev in OUTLET_NOUNS else "org"), " ".join(ws)
        elif kind == "org" and _outlet_noun(text[max(0, pos - 40) : pos].split()):
            kind = "media"  # "the state broadcaster ORT", "the broadcaster, ORT,"
        if kind == "person":
            lows = core.lower().split()
            place = role is None and (set(lows) & PLACE_WORDS or lows[0] in COMPASS_WORDS)
            if lows[-1] in THING_NAME_ENDS:
                continue  # "the Ferry Safety Act", "Nordic Fishing Partnership": a law, a treaty
            if any(w.endswith(("'s", "’s")) for w in ws[:-1]):
                continue  # "Warhol's Polaroids": a thing of a person
            if len(core.split()) < 2 or place or thing:
                if role and not place and not thing and titled_surname(ws, core, _NOT_BODY_NAMES):
                    titled.append((core, role, pos))
                continue
            reg.person(core, role, pos)
        elif kind != "backref" and len(core) > 1 and core.lower() not in _NOT_BODY_NAMES:
            if kind != "media" and core[-1].isdigit():
                continue  # "STS-135", "Hangar-2": a mission or a thing, unless it speaks
            _seed_body(reg, core, kind, role)
    if titled:
        seed_titled(reg, titled)
    seed_relatives(reg, start)


def _after_owner(ws: list[str]) -> list[str] | None:
    """The words after an owner in a run: "Vestby Radio's Tomas Brek" names
    Tomas Brek, "the Harbour Post’s Mara Lind" Mara Lind, when they read as a
    person opened by a given name ("Vestby's Grand Hall" and "Lind's Sixth
    Symphony" stay whole). A single word after the owner is a thing of the
    owner ("Warhol's Polaroids"), so no name."""
    last = max((i for i, w in enumerate(ws[:-1]) if w.endswith(_OWNER_ENDS)), default=-1)
    if last < 0 or len(ws) - last - 1 < 2:
        return None
    return ws[last + 1 :]


_OWNER_ENDS = ("'s", "’s", "s'", "s’")


def _given_name(word: str) -> bool:
    low = word.lower()
    return low in MALE_NAMES or low in FEMALE_NAMES


#: One word that names no body: a country, a title, a role or a common noun.
_NOT_BODY_NAMES = COUNTRIES | TITLES | ROLE_WORDS | NOT_BODIES


#: How many word questions the plain openers of one text may ask (each reads the text).
_OPENER_QUESTIONS = 12


def _opens_sentence(reg: Registry, pos: int) -> bool:
    """`pos` opens its sentence, past opening marks ("'Bold' Lind ...")."""
    s0 = reg.seg.sentence_bounds(pos)[0]
    return pos - s0 < 3 and not reg.seg.text[s0:pos].strip("\"'“‘ ")


def _dateline_or_label(reg: Registry, pos: int, ws: list[str], para: int) -> bool:
    """Capitals opening a paragraph that are a dateline ("OSLO —") or a section
    label on a line of its own ("MONEY"), not a body."""
    if pos != reg.seg.para_starts[para] or not ws[0].isupper() or len(ws) > 3:
        return False
    end = pos + len(" ".join(ws))
    after = reg.seg.text[end : end + 3]
    if after.lstrip()[:1] in (",", "—", "–", "-", "(", ":"):
        return True
    return end >= reg.seg.para_ends[para] and all(w.isupper() for w in ws)


def _seed_body(reg: Registry, core: str, kind: str, role: str | None) -> None:
    """Register a body's name, and its first word as the short name it goes by."""
    short = reg.org_short.get(key(core)) if " " not in core else None
    fig = reg.figs.get(core) or short or reg.register(core, kind, role)
    fig.alias(core)
    first = core.split()[0]
    low = first.lower()
    if " " in core and not (low in ORG_WORDS or low in NOT_NAME_START or low in TITLES):
        # "Velmont Foods" is "Velmont" later on.
        reg.org_short.setdefault(key(first), fig)
    if kind == "media" and _titled_outlet(core):
        # "the Veldhaven Tribune" is "the Tribune" later on.
        reg.org_short.setdefault(key(core.split()[-1]), fig)


#: Media words that cannot stand for one outlet named before: too general, or
#: an outlet's (and a person's) whole name already ("Whatever Reuters decides").
_GENERIC_MEDIA = frozenset(
    {"tv", "television", "radio", "daily", "weekly", "monthly", "bloomberg", "reuters",
     "newsweek", "newswire"}
)  # fmt: skip


def _titled_outlet(core: str) -> bool:
    """A newspaper's name that its last word can stand for: "Veldhaven Tribune",
    not a person with a media word for a surname ("Michael Reuters", "Mayor
    Ann Herald") nor an owner's channel ("ABC's TV")."""
    words = core.split()
    lows = [w.lower().rstrip(".") for w in words]
    return (
        len(words) > 1
        and lows[-1] in MEDIA_WORDS
        and lows[-1] not in _GENERIC_MEDIA
        and lows[0] not in MALE_NAMES
        and lows[0] not in FEMALE_NAMES
        and not any(w in TITLES for w in lows)
        and not any(w.endswith(("'s", "’s")) for w in lows)
    )


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """The run is all a quote holds: a title or a name in quotes."""
    after = text[end : end + 2]
    if after[:1] in (",", "."):
        after = after[1:]
    return text[start - 1 : start] in _OPENING_MARKS and after[:1] in _CLOSING_MARKS


_OPENING_MARKS = frozenset("\"“‘«„'")
_CLOSING_MARKS = frozenset("\"”’»“'")


def _outlet_noun(before: list[str]) -> bool:
    """Whether the words before a name introduce it as an outlet: "the
    broadcaster ORT", or in apposition, "Orvania's state broadcaster, ORT"."""
    if not before:
        return False
    last = before[-1].lower().removesuffix(",")
    if last in OUTLET_NOUNS:
        return True
    return len(before) > 1 and f"{before[-2].lower()} {last}" in _OUTLET_PAIRS


#: The two-word nouns of `OUTLET_INTRODUCERS` ("news agency", "state television").
_OUTLET_PAIRS = frozenset(n for n in OUTLET_INTRODUCERS if " " in n)


def _named_acronym(reg: Registry, pos: int, word: str, para_start: int) -> bool:
    """ "The Food and Drug Administration (FDA)": the capitals name the body before them.

    The body is registered under its full name with the acronym as its short
    name, so a later "FDA said" is the same figure, not a second one.
    """
    text = reg.seg.text
    end = pos + len(word)
    if not (text[pos - 1 : pos] == "(" and text[end : end + 1] == ")" and word.isalpha()):
        return False
    ph = phrase_before(text, para_start, pos - 1)
    if ph is None or ph.kind not in ("org", "media") or " " not in ph.core:
        return False
    media = word.lower() in MEDIA_NAMES or bool(set(ph.core.lower().split()) & NEWS_BODY_WORDS)
    fig = reg.figs.get(ph.core) or reg.register(ph.core, "media" if media else ph.kind, ph.role)
    if media and fig.kind == "org":
        fig.kind = "media"  # seeded from its capitals alone, before the acronym was seen
    fig.alias(ph.core)
    fig.alias(word)
    reg.org_short[key(word)] = fig
    return True
