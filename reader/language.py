"""Whether a text reads as English, so the reader can say why it found no claims.

The analysis reads English patterns only; on a Russian or French article it
finds nothing, and a reader deserves to know that the reason is the language.
Two cheap measures over a sample of the text decide it, with no language
model: the share of letters in the Latin script, and the share of words that
are common English function words (about two words in five in English prose,
a few in a hundred in other languages written in Latin letters).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

#: Characters read from the text; enough for a stable share, cheap on a book.
SAMPLE = 20_000
#: Fewer words than this and the text is too short to judge (taken as English).
MIN_WORDS = 20
#: Below this share of Latin letters a text is taken to be in another script.
MIN_LATIN = 0.6
#: Below this share of English function words, a Latin-script text is not English.
MIN_ENGLISH = 0.12

#: Frequent English function words (and `said`), leaving out those that are
#: common words in French, Spanish, German, Italian or Dutch too (in, on, an, was).
_WORDS = """
the of and to is that for it with as by at from this be are were has have
had not but he she they his their its which who would been or said says
there about than
"""
ENGLISH_WORDS = frozenset(_WORDS.split())

_PUNCTUATION = "\"'“”‘’«»„.,;:!?()[]{}—–-…/*"


@dataclass(frozen=True, slots=True)
class Language:
    """The two shares measured over a text's sample."""

    latin: float
    english: float
    words: int

    @property
    def mostly_english(self) -> bool:
        """English, or too short to tell (then the heuristics are given the benefit)."""
        if self.words < MIN_WORDS:
            return True
        return self.latin >= MIN_LATIN and self.english >= MIN_ENGLISH


def _is_latin(char: str) -> bool:
    code = ord(char)
    return code < 0x250 or 0x1E00 <= code < 0x1F00


def measure(text: str) -> Language:
    """The Latin-letter and English-word shares of the start of `text`."""
    sample = text[:SAMPLE]
    letters = latin = 0
    for char in sample:
        if char.isalpha():
            letters += 1
            latin += _is_latin(char)
    words = [w.strip(_PUNCTUATION).casefold() for w in sample.split()]
    words = [w for w in words if w and any(c.isalpha() for c in w)]
    english = sum(1 for w in words if w in ENGLISH_WORDS)
    count = len(words)
    if latin < letters / 2:
        # a script written without spaces (Chinese, Japanese) has few "words"
        count = max(count, letters // 2)
    return Language(
        latin=latin / letters if letters else 1.0,
        english=english / len(words) if words else 0.0,
        words=count,
    )


@lru_cache(maxsize=4)
def mostly_english(text: str) -> bool:
    """Whether the heuristics, which read English, can be expected to find claims."""
    return measure(text).mostly_english
