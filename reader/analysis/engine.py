"""Orchestration: segments, quotes, templates, figures, then the frozen model.

Each stage is a module of its own; this one decides the order, settles
overlaps (a quote claimed directly is not claimed again as reported speech)
and resolves speakers in reading order so back-references see only what
came before.
"""

from __future__ import annotations

from dataclasses import replace

from reader.analysis.failures import Errors, Failures
from reader.analysis.figures.mention_index import index_mentions
from reader.analysis.figures.mentions import seed
from reader.analysis.figures.registry import Registry
from reader.analysis.figures.store import TYPE_OF_KIND
from reader.analysis.insight import enrich
from reader.analysis.insight.refusals import find_refusals
from reader.analysis.insight.refusers import Refusers
from reader.analysis.limits import MAX_CUES_PER_SENTENCE
from reader.analysis.model import Analysis, Claim, Figure, Span
from reader.analysis.reading import Resolver, settle
from reader.analysis.templates.blocks import block_quote
from reader.analysis.templates.cues import Found, forget_verbs, prime_verbs
from reader.analysis.templates.direct import attribute_quotes
from reader.analysis.templates.framed import reportedly
from reader.analysis.templates.indirect import reported_speech
from reader.analysis.templates.interview import interview_answers
from reader.analysis.text.quotes import Quote, find_quotes
from reader.analysis.text.segments import Segments, budget, segment
from reader.analysis.text.tokens import forget_tokens


def analyze(text: str, start: int = 0, *, errors: Errors = "raise") -> Analysis:
    """Find attributed claims in `text[start:]`, offsets into the whole `text`.

    A pure function of its arguments: it runs in the caller's thread, starts
    no process and changes no process-wide state. A failure anywhere inside
    raises (`errors="raise"`), or is kept in `Analysis.problems` while the
    rest of the text is still analysed (`errors="record"`).
    """
    failures = Failures(errors)
    start = max(0, min(start, len(text)))
    # A no-break space is read as a space: 'she added,\u00a0"..."' is 'she added, "..."'.
    # One character for one, so every offset holds; the claims show the text as given.
    work = text.replace(_HARD_SPACE, " ") if _HARD_SPACE in text else text
    try:
        found = _analyze(work, start, failures)
        return found if work is text else _as_given(found, text)
    except Exception as exc:
        failures.record("analysis", None, exc, "no claims: the analysis stopped")
        return Analysis(text=text, claims=(), figures=(), problems=tuple(failures.found))
    finally:
        # The per-thread caches hold the text and its matches: let them go with it.
        forget_tokens()
        forget_verbs()


#: The space that does not break a line, common in news pages between a cue and its quote.
_HARD_SPACE = "\u00a0"


def _as_given(analysis: Analysis, text: str) -> Analysis:
    """The analysis of the text read with plain spaces, its spans and contents in `text`."""

    def span(s: Span | None) -> Span | None:
        return None if s is None else Span(s.start, s.end, text[s.start : s.end])

    def spans(ss: tuple[Span, ...]) -> tuple[Span, ...]:
        return tuple(Span(s.start, s.end, text[s.start : s.end]) for s in ss)

    claims = tuple(
        replace(c, content=text[c.start : c.end], cue=span(c.cue), speaker=span(c.speaker))
        for c in analysis.claims
    )
    figures = tuple(
        replace(
            f,
            mentions=spans(f.mentions),
            no_comment=spans(f.no_comment),
            anonymity=span(f.anonymity),
        )
        for f in analysis.figures
    )
    return replace(analysis, text=text, claims=claims, figures=figures)


def _analyze(text: str, start: int, failures: Failures) -> Analysis:
    seg = segment(text, start)
    reg = Registry(seg)
    try:
        seed(reg, start)
        index_mentions(reg, start)
    except Exception as exc:
        # Mentions only help resolution: claims still resolve without them.
        failures.record("mentions", None, exc, "names were not indexed before resolution")
    refusers = Refusers(seg, reg, _refusals(text, seg, start), failures)
    quotes = find_quotes(seg, start, 0, len(seg.para_starts))
    reg.set_quoted([(q.start, q.end) for q in quotes if q.closed and not q.naming])
    found = _all_paragraphs(seg, start, quotes, failures)
    for at in seg.crowded:
        failures.note(
            "sentence",
            at,
            f"a sentence with more than {MAX_CUES_PER_SENTENCE} reporting verbs "
            f"was read for its first {MAX_CUES_PER_SENTENCE} only",
        )
    resolver = Resolver(text, seg, reg, failures)
    claims = resolver.claims
    # Refusals in reading order with the claims: each sees what came before it.
    for f in settle(found):
        refusers.up_to(f.start, claims)
        resolver.add([f])
    refusers.up_to(len(text), claims)
    return enrich(_freeze(text, reg, claims, failures), seg, start, failures)


def _all_paragraphs(
    seg: Segments, start: int, quotes: list[Quote], failures: Failures
) -> list[Found]:
    """The direct and reported claims of every paragraph, Q&A turns included, in text order."""
    qa: dict[int, list[Found]] = {}
    for f in interview_answers(seg, start):
        qa.setdefault(seg.para_of(f.start), []).append(f)
    n = len(seg.para_starts)
    qstarts = [q.open for q in quotes]
    if n:
        prime_verbs(seg.text, seg.para_starts[0], seg.para_ends[n - 1])
    found: list[Found] = []
    qi = 0
    for p in range(n):
        ps, pe = seg.para_starts[p], seg.para_ends[p]
        qj = qi
        while qj < len(quotes) and quotes[qj].para == p:
            qj += 1
        turns = qa.get(p, [])
        found += turns
        try:
            found += _paragraph(seg, quotes, qstarts, quotes[qi:qj], turns, p, ps, pe)
        except Exception as exc:
            failures.record("paragraph", ps, exc, f"paragraph {p + 1} lost its claims")
        qi = qj
    return found


def _paragraph(
    seg: Segments,
    quotes: list[Quote],
    qstarts: list[int],
    para_quotes: list[Quote],
    turns: list[Found],
    p: int,
    ps: int,
    pe: int,
) -> list[Found]:
    """The direct and reported claims of one paragraph (Q&A turns come separately)."""
    direct, used = attribute_quotes(seg, para_quotes)
    block = block_quote(seg, p)
    if block is not None and not direct:
        direct = [block]
    if turns:
        spans = [(f.start, f.end) for f in turns]
        direct = [f for f in direct if not _overlaps_any(spans, f.start, f.end)]
    found = direct + reported_speech(seg, quotes, qstarts, used, direct + turns, ps, pe)
    return found + reportedly(seg, quotes, qstarts, ps, pe, found + turns)


def _overlaps_any(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans)


def _refusals(text: str, seg: Segments, start: int) -> list[tuple[int, int, str]]:
    """Every "declined to comment" and the like: offsets and words."""
    return find_refusals(text, start, budget(len(text) - start))


def _freeze(text: str, reg: Registry, claims: list[Claim], failures: Failures) -> Analysis:
    figs = sorted(reg.figs.values(), key=lambda f: f.order)
    names = _unnumbered(reg)
    if names:
        claims = _renamed(claims, names)
    claims = _typed_as_figures(claims, reg)
    figures = tuple(
        Figure(
            name=names.get(f.name, f.name),
            aliases=tuple(f.aliases),
            role=f.role,
            source_type=TYPE_OF_KIND.get(f.kind, "anonymous"),
            claims=tuple(f.claims),
            mentions=_in_order(f.mentions),
            no_comment=tuple(f.no_comment),
        )
        for f in figs
    )
    return Analysis(
        text=text, claims=tuple(claims), figures=figures, problems=tuple(failures.found)
    )


def _typed_as_figures(claims: list[Claim], reg: Registry) -> list[Claim]:
    """Each claim with its figure's source type as the figure ends up: a lone
    surname first read as a body's name is a person once a "he" goes on with it."""
    out = claims
    for k, c in enumerate(claims):
        fig = reg.figs.get(c.figure) if c.figure is not None else None
        if fig is not None and fig.source_type != c.source_type:
            if out is claims:
                out = list(claims)
            out[k] = replace(c, source_type=fig.source_type)
    return out


def _unnumbered(reg: Registry) -> dict[str, str]:
    """Each "X #1" that is the only unnamed source so described, to "X": the number
    keeps several apart, and one alone needs none."""
    return {
        f"{base} #1": base
        for base, n in reg.anon_count.items()
        if n == 1 and f"{base} #1" in reg.figs and base not in reg.figs
    }


def _renamed(claims: list[Claim], names: dict[str, str]) -> list[Claim]:
    """The claims with their figures' names (and the steps that name them) as renamed."""
    out = []
    for c in claims:
        figure = names.get(c.figure, c.figure) if c.figure is not None else None
        resolution = _renamed_in(c.resolution, names) if "#1" in c.resolution else c.resolution
        changed = (figure, resolution) != (c.figure, c.resolution)
        out.append(replace(c, figure=figure, resolution=resolution) if changed else c)
    return out


def _renamed_in(words: str, names: dict[str, str]) -> str:
    """`words` with each renamed "X #1" in it as "X" (the longest name ending there)."""
    parts: list[str] = []
    at = 0
    end = words.find(" #1", at)
    while end >= 0:
        stop = end + 3
        if not words[stop : stop + 1].isdigit():
            for start in range(max(at, stop - _LONGEST_NAME), end):
                if (start == 0 or not words[start - 1].isalnum()) and words[start:stop] in names:
                    parts += [words[at:start], names[words[start:stop]]]
                    at = stop
                    break
        end = words.find(" #1", stop)
    return "".join(parts) + words[at:]


#: How far back a renamed name is looked for in a resolution step.
_LONGEST_NAME = 160


def _in_order(spans: list[Span]) -> tuple[Span, ...]:
    """Distinct spans by position; a span's text is fixed by its offsets, so they are the key."""
    if len(spans) < 2:
        return tuple(spans)
    # One integer per place (offsets stay far below 2**32): cheaper to hash and sort.
    by_place = {s.start << 32 | s.end: s for s in spans}
    return tuple(map(by_place.__getitem__, sorted(by_place)))
