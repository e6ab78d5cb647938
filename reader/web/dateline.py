"""The publication date when the head does not give it: the URL, <time>, the dateline.

Many pages state their date only where a reader sees it: in a `<time
datetime>` element, in a dateline or byline under the headline ("Published
6 November 2024", "31.05.2012", "2. August 2019"), or in the path of their
address (`/2024/11/06/`). They are tried in the order of how rarely each is
wrong: the address, then a `<time>` at or after the headline, then the first
date written within a few lines of it.
"""

from __future__ import annotations

import regex

from reader.dates import find_date, to_iso

_TIMEOUT = 1.0
#: How much text after the headline is searched for a written date.
_WINDOW = 1500
_GERMAN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "januar jänner jan",
            "februar feber feb",
            "märz maerz mär",
            "april apr",
            "mai",
            "juni jun",
            "juli jul",
            "august aug",
            "september sept sep",
            "oktober okt",
            "november nov",
            "dezember dez",
        ),
        start=1,
    )
    for name in names.split()
}
#: A day-first date with dots (31.05.2012): the dots fix the order, unlike slashes.
_DOTTED = regex.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)\.\s?(?P<month>[01]?\d)\.\s?(?P<year>(?:19|20)\d\d)(?!\d)"
)
_GERMAN = regex.compile(
    r"(?<!\d)(?P<day>[0-3]?\d)\.\s*(?P<month>"
    + "|".join(sorted(_GERMAN_MONTHS, key=len, reverse=True))
    + r")\.?\s+(?P<year>(?:19|20)\d\d)(?!\d)",
    regex.IGNORECASE,
)
#: A date in an address's path: /2024/11/06/ or /2024-11-06-.
_IN_PATH = regex.compile(
    r"/(?P<year>(?:19|20)\d\d)[/-](?P<month>[01]\d)[/-](?P<day>[0-3]\d)(?:[/_.-]|$)"
)


def written_date(text: str) -> str | None:
    """The earliest date written in `text`, in English, German or day-first
    dotted form, as ISO `YYYY-MM-DD`; None when there is none."""
    found: list[tuple[int, str]] = []
    english = find_date(text)
    if english is not None:
        found.append((english[1], english[0]))
    for pattern in (_DOTTED, _GERMAN):
        for m in pattern.finditer(text, timeout=_TIMEOUT):
            iso = _iso(m.group("year"), m.group("month"), m.group("day"))
            if iso is not None:
                found.append((m.start(), iso))
                break
    return min(found)[1] if found else None


def path_date(url: str | None) -> str | None:
    """The date in the path of a page's address, if it has one."""
    if not url:
        return None
    m = _IN_PATH.search(url[:2000], timeout=_TIMEOUT)
    return _iso(m.group("year"), m.group("month"), m.group("day")) if m else None


def _iso(year: str, month: str, day: str) -> str | None:
    return to_iso(year, month, day, _GERMAN_MONTHS)
