"""Names in a title-case headline, where every word has a capital.

"Hackers Stole Party Emails, Officials Say": capitals there say nothing about
names, so only a short run the article repeats below is taken as one
("Ida Marsh: ..." with "Marsh said" later).
"""

from __future__ import annotations

from reader.analysis.given_names import FEMALE_NAMES, MALE_NAMES
from reader.analysis.lexicon import NOT_NAME_START
from reader.analysis.limits import HEADLINE_CHARS
from reader.analysis.text.title_case import strictly_title_case


def in_title_case_line(text: str, pos: int, known: dict[int, bool]) -> bool:
    """`pos` is on a headline-length line in strict title case (cached by line start)."""
    lo = text.rfind("\n", max(0, pos - HEADLINE_CHARS), pos) + 1
    if lo == 0 and pos > HEADLINE_CHARS:
        return False  # a line longer than any headline
    line = known.get(lo)
    if line is None:
        hi = text.find("\n", pos, lo + HEADLINE_CHARS + 1)
        line = known[lo] = hi >= 0 or len(text) - lo <= HEADLINE_CHARS
        if line:
            words = text[lo : hi if hi >= 0 else len(text)].split()
            line = known[lo] = strictly_title_case([w for w in words if w[0].isalpha()])
    return line


def headline_name(ws: list[str], words: WordFinder) -> bool:
    """A name in a title-case headline, where every word has a capital: two or
    three words, the first a given name or a word the article never writes in
    lower case ("Ida Marsh", not "Says Ida Marsh"), the last written
    again in the article ("Richards said ...")."""
    if not 2 <= len(ws) <= 3:
        return False
    first, last = ws[0].lower(), ws[-1]
    if last.lower() in NOT_NAME_START or not words.written(last, 2):
        return False
    return first in MALE_NAMES or first in FEMALE_NAMES or not words.written(first, 1)


def plain_opener(ws: list[str]) -> bool:
    """Two capitals whose first is no given name ("Understated Lind"): a run that
    may open with a word capitalised only by its place (`plain_word`)."""
    return len(ws) == 2 and ws[0].lower() not in MALE_NAMES and ws[0].lower() not in FEMALE_NAMES


def plain_word(word: str, words: WordFinder) -> bool:
    """A plain word, no name: a hyphened "Thin-skinned", a long -ated or -ing
    form, or one the article also writes in lower case. Opening a sentence
    before a surname the article gives elsewhere after another first word
    ("Understated Lind wins" and "Mara Lind"), it is capitalised by its
    place (`WordFinder.after_other`)."""
    head, _, tail = word.partition("-")
    if tail[:1].islower() or (len(head) > 7 and head.endswith(("ated", "ing"))):
        return True
    return words.written(word.lower(), 1)  # never in lower case: it may be a name


#: How many word questions the headlines of one text may ask.
_HEADLINE_QUESTIONS = 40


class WordFinder:
    """Whether a word stands in the text as a word of its own, so many times.

    Each question reads the text once with `str.find`; headlines are few, and
    past `_HEADLINE_QUESTIONS` the answer is no, so a text of nothing but
    title-case lines stays linear.
    """

    __slots__ = ("asked", "questions", "start", "text")

    def __init__(self, text: str, start: int, questions: int = _HEADLINE_QUESTIONS) -> None:
        self.text, self.start, self.asked = text, start, 0
        self.questions = questions

    def written(self, word: str, times: int) -> bool:
        self.asked += 1
        if self.asked > self.questions:
            return False
        text, seen = self.text, 0
        i = text.find(word, self.start)
        while i >= 0:
            j = i + len(word)
            if not text[i - 1 : i].isalpha() and not text[j : j + 1].isalpha():
                seen += 1
                if seen >= times:
                    return True
            i = text.find(word, j)
        return False

    def after_other(self, first: str, last: str) -> bool:
        """`last` stands elsewhere inside a sentence after a capitalised word other
        than `first` ("Secretary Lind", "Mara Lind")."""
        self.asked += 1
        if self.asked > self.questions:
            return False
        text = self.text
        i = text.find(" " + last, self.start)
        while i >= 0:
            j = i + 1 + len(last)
            if not text[j : j + 1].isalpha():
                k = text.rfind(" ", max(0, i - 30), i) + 1
                before = text[k:i]
                if before[:1].isupper() and before.isalpha() and before != first:
                    # inside its sentence, so not capitalised by its place either
                    lead = text[max(0, k - 4) : k].rstrip(" ")
                    if lead and lead[-1] not in ".!?\n\"“‘'":
                        return True
            i = text.find(" " + last, j)
        return False
