"""Reading dates as news pages write them, to ISO `YYYY-MM-DD`.

Only unambiguous forms are read: a numeric day/month order that could be
either (03/04/2024) is left alone rather than guessed.
"""

from __future__ import annotations

import datetime as dt

import regex

_TIMEOUT = 1.0
_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    regex.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)(?!\d)"
    ),
    regex.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", regex.IGNORECASE),
    regex.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", regex.IGNORECASE),
]


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first readable date in `text`: (ISO date, start, end)."""
    best: tuple[str, int, int] | None = None
    for pattern in _PATTERNS:
        for m in pattern.finditer(text, timeout=_TIMEOUT):
            iso = to_iso(m.group("year"), m.group("month"), m.group("day"))
            if iso is not None:
                if best is None or m.start() < best[1]:
                    best = (iso, m.start(), m.end())
                break
    return best


def normalise_date(text: str) -> str | None:
    """ISO form of a date written in a common news format, or None."""
    found = find_date(text.strip())
    return found[0] if found else None


def to_iso(year: str, month: str, day: str, months: dict[str, int] | None = None) -> str | None:
    """`YYYY-MM-DD` of a date's parts, the month a number or a name in `months`
    (English by default), or None when there is no such day."""
    names = _MONTHS if months is None else months
    month_no = int(month) if month.isdigit() else names.get(month.lower().rstrip("."))
    if month_no is None:
        return None
    try:
        return dt.date(int(year), month_no, int(day)).isoformat()
    except ValueError:
        return None
