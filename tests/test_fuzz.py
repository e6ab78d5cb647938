"""The fuzz harness: news-like text, raw bytes and web pages through the whole core.

A modest number of examples runs with the suite; set NEWSREADER_FUZZ to run
many more (`NEWSREADER_FUZZ=5000 pytest tests/test_fuzz.py`, see
CONTRIBUTING.md). Whatever comes in, the core must give a well-formed result
or a clear refusal, the same result twice, in bounded time, and an export
that is valid UTF-8 JSON with no terminal controls in it.
"""

from __future__ import annotations

import json
import os
import time
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_analysis_robustness import check

from reader.analysis import analyze
from reader.document import LoadError, load_bytes
from reader.export import to_json

EXAMPLES = int(os.environ.get("NEWSREADER_FUZZ", "60"))
#: A file to which each analysis appends its size and time (for reports).
TIMINGS = os.environ.get("NEWSREADER_FUZZ_TIMINGS")
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: Far above honest text (about 1 ms per KB here): only a runaway pattern or loop reaches it.
MAX_SECONDS_PER_KB = 0.1

QUOTES = ['"', "“", "”", "„", "«", "»", "‹", "›", "'", "‘", "’", "「", "」", "『", "』", "`"]
PIECES = [
    *QUOTES,
    *["said", "says", "told reporters", "according to", "added", "denied", "warned", "saying"],
    *["Anna Petrova", "Dr. Priya Raman", "de la Cruz", "al-Rashid", "Олег Орлов", "王小明"],
    *["the ministry", "a source close to the talks", "officials", "The Times", "the report"],
    *["he", "she", "they", "it", "declined to comment", "Q:", "A:", "PETROVA:", "Photo:"],
    *[".", ",", ":", ";", "?", "!", "…", "—", "–", "-", "(", ")", "\n", "\n\n", "\t", "  "],
    *["\x1b[31m", "\x1b]0;title\x07", "\x9b", "\u202e", "\u2066", "\u200b", "\ufeff", "\x00"],
    *["😀", "👩‍👩‍👧", "e\u0301", "ﬁ", "\u00a0", "\r\n", "\u2028"],
]
#: A stretch of pieces, repeated up to 60 times: long texts from short examples.
news = st.tuples(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=200),
    st.integers(min_value=1, max_value=60),
).map(lambda drawn: " ".join(drawn[0]) * drawn[1])
TAGS = ["<p>", "</p>", "<div>", "</div>", "<br>", "<article>", "<h1>", "<pre>", "<script>", "<!--"]
pages = st.lists(st.one_of(st.sampled_from(TAGS + PIECES), st.text(max_size=6)), max_size=300).map(
    lambda parts: "<html><head><title>T</title></head><body>" + "".join(parts)
)


def _timed_analysis(text: str) -> None:
    start = time.perf_counter()
    first = analyze(text)
    took = time.perf_counter() - start
    check(first, text)
    if TIMINGS:
        with open(TIMINGS, "a", encoding="utf-8") as out:
            out.write(f"{len(text)}\t{took:.6f}\n")
    assert analyze(text) == first, "the same text gave another result"
    # A second's floor: a loaded machine may stall any short run that long.
    assert took <= max(1.0, MAX_SECONDS_PER_KB * len(text) / 1000), f"{took:.2f}s"


@FUZZ
@given(news)
def test_news_like_text(text: str) -> None:
    _timed_analysis(text)


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "page.html", "x"]))
def test_raw_bytes_load_or_are_refused(data: bytes, name: str) -> None:
    _loaded_and_exported(data, name)


@FUZZ
@given(pages, st.sampled_from(["utf-8", "utf-16", "cp1251", "latin-1"]))
def test_web_pages_load_or_are_refused(page: str, encoding: str) -> None:
    _loaded_and_exported(page.encode(encoding, errors="replace"), "page.html")


def _loaded_and_exported(data: bytes, name: str) -> None:
    try:
        document = load_bytes(data, name)
    except LoadError as exc:
        message = str(exc)
        assert "\n" not in message and message.isprintable()
        return
    assert not _unsafe(document.text), "a control character survived loading"
    _timed_analysis(document.text)
    out = to_json(document, analyze(document.text, document.body_start))
    out.encode("utf-8")  # valid UTF-8: no lone surrogates
    assert json.loads(out)["claims"] is not None
    assert not _unsafe(json.loads(out)["article"]["title"] or "")


def _unsafe(text: str) -> list[str]:
    """Characters that could act on a terminal: controls and bidi overrides."""
    return [
        ch
        for ch in text
        if (unicodedata.category(ch) == "Cc" and ch not in "\n\t")
        or "\u202a" <= ch <= "\u202e"
        or "\u2066" <= ch <= "\u2069"
    ]
