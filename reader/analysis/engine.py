"""Orchestration: segments, quotes, templates, figures, then the frozen model.

Each stage is a module of its own; this one decides the order, settles
overlaps (a quote claimed directly is not claimed again as reported speech)
and resolves speakers in reading order so back-references see only what
came before.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from bisect import bisect_left

import regex

from reader.analysis.figures.mentions import index_mentions, seed
from reader.analysis.figures.registry import Registry
from reader.analysis.figures.store import TYPE_OF_KIND, Fig
from reader.analysis.lexicon import NO_COMMENT_PATTERN
from reader.analysis.model import Analysis, Claim, Figure, Span
from reader.analysis.parallel import forking_pays, shared_each
from reader.analysis.phrases.classify import Phrase
from reader.analysis.reading import Resolver, Settler
from reader.analysis.templates.cues import Found, prime_verbs, subject_of
from reader.analysis.templates.direct import attribute_quotes, block_quote
from reader.analysis.templates.framed import reportedly
from reader.analysis.templates.indirect import reported_speech
from reader.analysis.templates.interview import interview_answers
from reader.analysis.text.quotes import Quote, find_quotes
from reader.analysis.text.segments import Segments, budget, segment

_NO_COMMENT = regex.compile(r"\b(?:" + NO_COMMENT_PATTERN + r")\b")


def analyze(text: str, start: int = 0) -> Analysis:
    """Find attributed claims in `text[start:]`, offsets into the whole `text`."""
    start = max(0, min(start, len(text)))
    # The analysis makes a great many short-lived objects and no garbage
    # cycles worth collecting midway: the collector would only rescan them.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _analyze(text, start)
    except Exception:
        # A failure outside the per-paragraph stage: show the text plainly.
        return Analysis(text=text, claims=(), figures=())
    finally:
        if collecting:
            gc.enable()


def _analyze(text: str, start: int) -> Analysis:
    seg = segment(text, start)
    refusals: list[tuple[int, int, str]] = []
    subjects: list[Phrase | None] = []
    reg = Registry(seg)
    n = len(seg.para_starts)
    runs = _runs(seg, start, n) if forking_pays(len(text) - start) else [(0, n)]

    @functools.cache
    def paras() -> _Paragraphs:
        # Found on first use, so a forked child finds its own Q&A turns
        # while this process seeds the figures.
        qa_by_para: dict[int, list[Found]] = {}
        for f in interview_answers(seg, start):
            qa_by_para.setdefault(seg.para_of(f.start), []).append(f)
        return _Paragraphs(seg, start, qa_by_para)

    def first() -> None:
        # Mentions only help resolution: if seeding fails, claims still resolve.
        with contextlib.suppress(Exception):
            seed(reg, start)
            index_mentions(reg, start)
        refusals.extend(_refusals(text, seg, start))
        for rs, _re, _rg in refusals:
            # The subject of a refusal ("a spokesman declined to comment").
            subject: Phrase | None = None
            with contextlib.suppress(Exception):
                subject = subject_of(text, seg.sentence_of(rs)[0], rs)
            subjects.append(subject)

    def read(i: int) -> list[list[Found]]:
        return paras().read(*runs[i])

    settler = Settler()
    resolver = Resolver(text, seg, reg)

    def take(i: int, share: list[list[Found]]) -> None:
        # Runs come in text order: settle and resolve them while later ones are read.
        first_p, stop_p = runs[i]
        qa = paras().qa
        found = [
            f
            for p, claims in zip(range(first_p, stop_p), share, strict=True)
            for f in qa.get(p, []) + claims
        ]
        boundary = seg.para_starts[stop_p] if stop_p < n else len(text)
        resolver.add(settler.add(found, boundary))

    if len(runs) > 1:
        shared_each(len(runs), read, first, take)
    else:
        first()
        take(0, read(0))
    resolver.add(settler.flush())
    claims = resolver.claims
    with contextlib.suppress(Exception):
        _no_comment(seg, reg, claims, refusals, subjects)
    return _freeze(text, reg, claims)


#: Characters of text in one run of paragraphs handed to a process.
RUN_CHARS = 16_000


def _runs(seg: Segments, start: int, n: int) -> list[tuple[int, int]]:
    """Consecutive runs of paragraphs of about `RUN_CHARS` characters each."""
    size = max(RUN_CHARS, (len(seg.text) - start) // 2000 + 1)
    runs: list[tuple[int, int]] = []
    first = 0
    while first < n:
        stop = bisect_left(seg.para_starts, seg.para_starts[first] + size, lo=first + 1)
        runs.append((first, stop))
        first = stop
    return runs


class _Paragraphs:
    """Reads runs of paragraphs for claims; each paragraph on its own, so runs can be shared out."""

    def __init__(self, seg: Segments, start: int, qa: dict[int, list[Found]]) -> None:
        self.seg = seg
        self.start = start
        self.qa = qa

    def read(self, first: int, stop: int) -> list[list[Found]]:
        """The direct and reported claims of paragraphs [first, stop), one list each."""
        seg = self.seg
        out: list[list[Found]] = []
        if first >= stop:
            return out
        # Only this run's quotes: every lookup stays inside its own paragraph.
        quotes = find_quotes(seg, self.start, first, stop)
        qstarts = [q.open for q in quotes]
        prime_verbs(seg.text, seg.para_starts[first], seg.para_ends[stop - 1])
        qi = 0
        for p in range(first, stop):
            ps, pe = seg.para_starts[p], seg.para_ends[p]
            qj = qi
            while qj < len(quotes) and quotes[qj].para == p:
                qj += 1
            claims: list[Found] = []
            # A bug or a pattern timeout loses this paragraph, not the article.
            with contextlib.suppress(Exception):
                claims = _paragraph(
                    seg, quotes, qstarts, quotes[qi:qj], self.qa.get(p, []), p, ps, pe
                )
            out.append(claims)
            qi = qj
        return out


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
    return [
        (m.start(), m.end(), m.group())
        for m in _NO_COMMENT.finditer(text, pos=start, timeout=budget(len(text) - start))
    ]


def _no_comment(
    seg: Segments,
    reg: Registry,
    claims: list[Claim],
    refusals: list[tuple[int, int, str]],
    subjects: list[Phrase | None],
) -> None:
    """Record refusals to comment on the figure that refused."""
    starts = [c.start for c in claims]
    for (rs, re_, words), ph in zip(refusals, subjects, strict=True):
        span = Span(rs, re_, words)
        fig: Fig | None = None
        if ph is not None:
            k = bisect_left(starts, rs) - 1
            last = reg.figs.get(claims[k].figure or "") if k >= 0 else None
            fig, _how = reg.resolve(ph, last, seg.para_of(claims[k].start) if k >= 0 else -10)
        else:
            k = bisect_left(starts, rs) - 1
            if k >= 0 and seg.para_of(claims[k].start) == seg.para_of(rs):
                fig = reg.figs.get(claims[k].figure or "")
        if fig is not None:
            fig.no_comment.append(span)


def _freeze(text: str, reg: Registry, claims: list[Claim]) -> Analysis:
    figs = sorted(reg.figs.values(), key=lambda f: f.order)
    figures = tuple(
        Figure(
            name=f.name,
            aliases=tuple(f.aliases),
            role=f.role,
            source_type=TYPE_OF_KIND.get(f.kind, "anonymous"),
            claims=tuple(f.claims),
            mentions=_in_order(f.mentions),
            no_comment=tuple(f.no_comment),
        )
        for f in figs
    )
    return Analysis(text=text, claims=tuple(claims), figures=figures)


def _in_order(spans: list[Span]) -> tuple[Span, ...]:
    """Distinct spans by position; a span's text is fixed by its offsets, so they are the key."""
    if len(spans) < 2:
        return tuple(spans)
    # One integer per place (offsets stay far below 2**32): cheaper to hash and sort.
    by_place = {s.start << 32 | s.end: s for s in spans}
    return tuple(map(by_place.__getitem__, sorted(by_place)))
