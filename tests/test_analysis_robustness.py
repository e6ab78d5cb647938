"""The engine never raises and never returns an offset that lies.

Whatever a user opens (a book, a feed, a file of quote marks), `analyze` must
come back, and everything it returns must slice back out of the text exactly,
because the reader colours and copies by offset.
"""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import KINDS, SOURCE_TYPES, Analysis, Claim, Span, analyze, engine
from reader.analysis.figures.registry import Registry
from reader.analysis.figures.store import Fig
from reader.analysis.phrases.classify import Phrase
from reader.analysis.templates.cues import Found
from reader.analysis.templates.indirect import reported_speech
from reader.analysis.text.quotes import Quote
from reader.analysis.text.segments import Segments

MARKS = ['"', "“", "”", "„", "«", "»", "'", "‘", "’", "‹", "›", "`"]
WORDS = [
    "said", "says", "told", "added", "according to", "explained", "claimed", "that",
    "he", "she", "they", "the source", "a spokesperson", "officials", "the report",
    "Dr.", "Sen.", "President", "Foreign Minister", "de la", "van der", "bin", "al-",
    "Anna", "Petrova", "O’Brien", "Jean-Luc", "Peskov", "Reuters", "the Ministry",
    "declined to comment", "in a statement", "told reporters", "Q:", "A:", "By",
    "Photo:", "(AP)", "—", "-", ":", ",", ".", "?", "!", ";", "(", ")", "[bold]",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\t", ""]

relaxed = settings(
    max_examples=150,
    deadline=timedelta(seconds=20),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
#: Inputs of up to a few hundred KB: fewer examples keep the suite quick.
large = settings(relaxed, max_examples=25)


def check(analysis: Analysis, text: str, start: int = 0) -> None:
    """Every span slices back out of the text; ids and figures hang together."""
    assert analysis.text == text
    assert [c.id for c in analysis.claims] == list(range(len(analysis.claims)))
    starts = [c.start for c in analysis.claims]
    assert starts == sorted(starts), "claims are not in reading order"
    names = [f.name for f in analysis.figures]
    assert len(names) == len(set(names)), "figure names are not unique"
    for claim in analysis.claims:
        assert start <= claim.start <= claim.end <= len(text)
        assert claim.content == text[claim.start : claim.end]
        assert claim.kind in KINDS
        assert claim.source_type in SOURCE_TYPES
        for span in (claim.cue, claim.speaker):
            if span is not None:
                check_span(span, text)
        if claim.figure is not None:
            figure = analysis.figure(claim.figure)
            assert figure is not None, f"claim {claim.id} names a missing figure"
            assert claim.id in figure.claims
    for figure in analysis.figures:
        assert figure.source_type in SOURCE_TYPES
        for cid in figure.claims:
            assert 0 <= cid < len(analysis.claims)
            assert analysis.claims[cid].figure == figure.name
        for span in (*figure.mentions, *figure.no_comment):
            check_span(span, text)


def check_span(span: Span, text: str) -> None:
    assert 0 <= span.start <= span.end <= len(text)
    assert span.text == text[span.start : span.end]


def tokens_text(words: list[str], seps: list[str]) -> str:
    return "".join(w + seps[i % len(seps)] for i, w in enumerate(words))


news_tokens = st.lists(st.sampled_from(MARKS + WORDS), max_size=300)
separators = st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=20)


@relaxed
@given(st.text(max_size=2000))
def test_arbitrary_text(text: str) -> None:
    check(analyze(text), text)


@relaxed
@given(st.text(alphabet=st.sampled_from([*MARKS, "a", "B", " ", "\n", ",", "."]), max_size=3000))
def test_quote_marks_and_little_else(text: str) -> None:
    check(analyze(text), text)


@relaxed
@given(news_tokens, separators, st.data())
def test_news_shaped_text_from_any_start(
    words: list[str], seps: list[str], data: st.DataObject
) -> None:
    text = tokens_text(words, seps)
    start = data.draw(st.integers(0, len(text)))
    check(analyze(text, start), text, start)


@large
@given(
    st.sampled_from(MARKS),
    st.sampled_from(MARKS),
    st.integers(1, 3000),
    st.sampled_from(["", " said Anna Petrova.", "\n\n", " x "]),
)
def test_thousands_of_unbalanced_marks(
    open_mark: str, close_mark: str, n: int, filler: str
) -> None:
    text = (open_mark + "Quote " + filler) * n + close_mark * (n // 3)
    check(analyze(text), text)


@large
@given(st.integers(1, 1500), st.sampled_from(["said", "says", "told", "according to", "added"]))
def test_repeated_cues(n: int, cue: str) -> None:
    text = f'"Yes," {cue} ' * n + ("Anna Petrova " + cue + " ") * (n // 2)
    check(analyze(text), text)


@large
@given(st.integers(1, 2000), st.booleans())
def test_many_capitalised_words(n: int, with_quote: bool) -> None:
    names = " ".join(f"Name{i % 97} Van Der De La" for i in range(n))
    text = (f'"It works," said {names}.' if with_quote else names + " said it works.") + " Done."
    check(analyze(text), text)


@large
@given(st.integers(10_000, 100_000), st.sampled_from(["a", "“", " ", "Aa ", "said "]))
def test_very_long_line(n: int, unit: str) -> None:
    text = '"' + unit * (n // len(unit)) + '," she said.'
    check(analyze(text), text)


#: Inputs of about 100 KB in one paragraph, each hard for some kind of rule.
PATHOLOGICAL = {
    "straight marks": '"' * 100_000,
    "open then close": "“" * 50_000 + "”" * 50_000,
    "every kind of mark": "“”‘’«»„" * 15_000,
    "apostrophes": "'" * 100_000 + " said",
    "said said": "said " * 20_000,
    "tiny quotes": '"A," ' * 20_000,
    "titles": "Dr. " * 25_000 + "said",
    "capitals": "A " * 50_000 + 'said "x"',
    "according to": "according to " * 8_000,
    "said that": "He said that " * 8_000 + "it rained.",
    "appositives": ", a spokeswoman for the " * 4_000 + "Ministry, said",
    "blank lines": "\n\n" * 50_000 + '"',
    "open paragraphs": ("“" + "word " * 2000 + "\n\n") * 10,
}
#: Far beyond any real article's worst paragraph; only a hang should miss it.
DEADLINE = 60.0


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_finishes(name: str) -> None:
    """Each input must come back before a generous deadline, whatever it finds."""
    text = "“Really,” he said.\n\n" + PATHOLOGICAL[name]
    result: list[Analysis] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(analyze(text))
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(DEADLINE)
    assert not worker.is_alive(), f"{name}: analyze did not finish within {DEADLINE:.0f} s"
    assert not errors, f"{name}: analyze raised {errors[0]!r}"
    check(result[0], text)


def test_check_catches_a_lying_offset() -> None:
    """The invariant check itself must be able to fail."""
    text = '"Hi," she said.'
    bad = Claim(0, 1, 4, "Hi,!", "direct", None, None, None, "anonymous")
    with pytest.raises(AssertionError):
        check(Analysis(text, (bad,), ()), text)
    orphan = Claim(0, 1, 4, "Hi,", "direct", None, None, "Nobody", "anonymous")
    with pytest.raises(AssertionError):
        check(Analysis(text, (orphan,), ()), text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry runs late, according to officials,",
        '"Not yet," said Omar Haddad,',
        "The pier needs work, said Omar Haddad,\na harbour engineer, who added more.",
    ],
)
def test_a_name_at_the_end_of_a_line_before_a_comma_does_not_crash(text: str) -> None:
    analysis = analyze(text)
    assert all(c.figure for c in analysis.claims)
    assert analysis.claims


def test_a_failing_paragraph_loses_only_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    real = reported_speech

    def flaky(
        seg: Segments,
        quotes: list[Quote],
        qstarts: list[int],
        used: set[int],
        direct: list[Found],
        lo: int,
        hi: int,
    ) -> list[Found]:
        if "ferry" in seg.text[lo:hi]:
            raise IndexError("boom")
        return real(seg, quotes, qstarts, used, direct, lo, hi)

    monkeypatch.setattr(engine, "reported_speech", flaky)
    text = (
        "The ferry will stop in winter, the port authority said.\n\n"
        "The new bridge will open in the spring, the city council said."
    )
    with pytest.raises(IndexError):
        analyze(text)
    recorded = analyze(text, errors="record")
    assert [c.content for c in recorded.claims] == ["The new bridge will open in the spring"]
    assert [(p.stage, p.start, p.error) for p in recorded.problems] == [
        ("paragraph", 0, "IndexError")
    ]


def test_a_failing_resolution_loses_only_that_claims_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = Registry.resolve

    def flaky(
        self: Registry, ph: Phrase, last: Fig | None, last_para: int
    ) -> tuple[Fig | None, str]:
        if ph.text == "the port authority":
            raise IndexError("boom")
        return real(self, ph, last, last_para)

    monkeypatch.setattr(Registry, "resolve", flaky)
    text = (
        "The ferry will stop in winter, the port authority said.\n\n"
        "The bridge will open in the spring, the city council said."
    )
    with pytest.raises(IndexError):
        analyze(text)
    recorded = analyze(text, errors="record")
    assert [(c.content, c.figure) for c in recorded.claims] == [
        ("The ferry will stop in winter", None),
        ("The bridge will open in the spring", "city council"),
    ]
    assert [p.stage for p in recorded.problems] == ["speaker"]


def test_a_failing_mention_pass_keeps_the_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(reg: Registry, start: int) -> None:
        raise TimeoutError

    monkeypatch.setattr(engine, "seed", broken)
    text = "The bridge will open in the spring, the city council said."
    with pytest.raises(TimeoutError):
        analyze(text)
    recorded = analyze(text, errors="record")
    assert [(c.content, c.figure, c.source_type) for c in recorded.claims] == [
        ("The bridge will open in the spring", "city council", "institution")
    ]
    assert [p.stage for p in recorded.problems] == ["mentions"]


def test_a_no_break_space_reads_as_a_space_and_the_claims_keep_it() -> None:
    # News pages often put U+00A0 between the cue and the quote, or inside names.
    text = "Ann\u00a0Lind added,\u00a0“The tide is out and\u00a0the boats will wait.”"
    a = analyze(text)
    (c,) = a.claims
    assert (c.content, c.figure, c.rule) == (
        "The tide is out and\u00a0the boats will wait.",
        "Ann Lind",
        "cue-then-quote",
    )
    assert a.text == text
    assert c.speaker is not None and c.speaker.text == "Ann\u00a0Lind"
    for f in a.figures:
        assert all(text[s.start : s.end] == s.text for s in f.mentions)


@pytest.mark.parametrize(
    "text",
    [
        "\"So he is the 'Harbour Patron,' \" Tom Berg wrote of the gift.",
        "\"We heard him say, 'Stop,' \" Ann Lind said.",
    ],
)
def test_a_space_between_a_nested_and_an_outer_closing_mark_closes_the_quote(text: str) -> None:
    (c,) = analyze(text).claims
    assert c.kind == "direct" and c.rule == "quote-then-cue"
    assert c.content.rstrip(' "').endswith(",'")


def test_a_straight_mark_after_a_space_still_opens_a_quote() -> None:
    text = "Ann Lind said the ferry had a 'crew,' \"a captain\" and a dog."
    assert all(c.rule != "quote-then-cue" for c in analyze(text).claims)
