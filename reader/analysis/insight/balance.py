"""Balance: how the article is sourced as a whole, and that said in one sentence.

Counts claims and quoted words by source type and by figure, the distinct
unnamed sources and how many are given a reason, the loaded cues by kind,
and who declined to comment. Read from a finished `Analysis`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from reader.analysis.limits import SHORT_TIMEOUT
from reader.analysis.model import SOURCE_TYPES, Analysis, Claim

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*+")
#: The quoted stretches of a mixed claim ("said the plan was “dead on arrival”").
_QUOTED = regex.compile(r"[“\"]([^“”\"]*+)[”\"]|‘([^‘’]{2,}+)’")
_NUMBERS = [
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]


@dataclass(frozen=True, slots=True)
class Balance:
    claims: int
    claims_by_type: dict[str, int]
    words_by_type: dict[str, int]
    #: Figures in order of claims (most first): name -> claims, quoted words.
    claims_by_figure: dict[str, int]
    words_by_figure: dict[str, int]
    #: Unnamed sources that speak, and those of them given a reason.
    unnamed: tuple[str, ...]
    unnamed_with_reason: tuple[str, ...]
    loaded: dict[str, int]
    #: Figures that declined to comment, in order of appearance.
    declined: tuple[str, ...]


def quoted_words(claim: Claim) -> int:
    """Words in the source's own words: all of a direct claim, the quoted parts of a mixed one."""
    if claim.kind == "direct":
        return len(_WORD.findall(claim.content, timeout=SHORT_TIMEOUT))
    if claim.kind == "mixed":
        return sum(
            len(_WORD.findall(m.group(1) or m.group(2) or "", timeout=SHORT_TIMEOUT))
            for m in _QUOTED.finditer(claim.content, timeout=SHORT_TIMEOUT)
        )
    return 0


def balance(analysis: Analysis) -> Balance:
    """The article's sourcing in figures."""
    by_type: Counter[str] = Counter()
    words_type: Counter[str] = Counter()
    by_fig: Counter[str] = Counter()
    words_fig: Counter[str] = Counter()
    loaded: Counter[str] = Counter()
    for claim in analysis.claims:
        n = quoted_words(claim)
        by_type[claim.source_type] += 1
        words_type[claim.source_type] += n
        name = claim.figure or "unknown source"
        by_fig[name] += 1
        words_fig[name] += n
        if claim.stance != "neutral":
            loaded[claim.stance] += 1
    unnamed = [f for f in analysis.figures if f.source_type == "anonymous" and f.claims]
    return Balance(
        claims=len(analysis.claims),
        claims_by_type={t: by_type[t] for t in SOURCE_TYPES if by_type[t]},
        words_by_type={t: words_type[t] for t in SOURCE_TYPES if by_type[t]},
        claims_by_figure=dict(by_fig.most_common()),
        words_by_figure={name: words_fig[name] for name, _n in by_fig.most_common()},
        unnamed=tuple(f.name for f in unnamed),
        unnamed_with_reason=tuple(f.name for f in unnamed if f.anonymity is not None),
        loaded=dict(loaded.most_common()),
        declined=tuple(f.name for f in analysis.figures if f.no_comment),
    )


def _count(n: int) -> str:
    return _NUMBERS[n] if n < len(_NUMBERS) else str(n)


def summary(analysis: Analysis, b: Balance | None = None) -> str:
    """The sourcing in one plain sentence."""
    b = b or balance(analysis)
    if not b.claims:
        return "No attributed claims found."
    anon = b.claims_by_type.get("anonymous", 0)
    if anon == 0:
        parts = [f"None of the {b.claims} claims comes from an unnamed source"]
    else:
        verb = "comes" if anon == 1 else "come"
        parts = [f"{anon} of {b.claims} claims {verb} from unnamed sources"]
    if b.unnamed:
        k = len(b.unnamed)
        parts[0] += f" ({_count(k)} distinct {'one' if k == 1 else 'ones'})"
        given = len(b.unnamed_with_reason)
        if given == 0:
            parts.append("none is given a reason for anonymity")
        elif given == k:
            parts.append(f"{'it is' if k == 1 else 'each is'} given a reason for anonymity")
        else:
            parts.append(f"{_count(given)} of {_count(k)} given a reason for anonymity")
    people = tuple(
        name
        for name in b.claims_by_figure
        if (f := analysis.figure(name)) is not None and f.source_type == "named_person"
    )
    if people:
        named = b.claims_by_type.get("named_person", 0)
        parts.append(f"{_count(named)} from named people ({_names(people)})")
    else:
        parts.append("none from a named person")
    loaded = sum(b.loaded.values())
    if loaded:
        kinds = ", ".join(f"{n} {kind}" for kind, n in b.loaded.items())
        parts.append(f"{_count(loaded)} framed by loaded verbs ({kinds})")
    else:
        parts.append("no reporting verb is loaded")
    if b.declined:
        parts.append(_names(b.declined) + " declined to comment")
    sentence = "; ".join(parts)
    return sentence[0].upper() + sentence[1:] + "."


def _names(names: tuple[str, ...]) -> str:
    if len(names) <= 3:
        return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    return ", ".join(names[:3]) + f" and {len(names) - 3} more"
