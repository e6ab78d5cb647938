"""Raw input: reading a file without blocking, and turning its bytes into text.

Reading refuses anything but a regular file before it opens it: opening a
FIFO waits for a writer and a device such as /dev/zero never ends. Decoding
tries byte order marks, UTF-16 without a mark, UTF-8 and a page's declared
charset, then weighs every common legacy code page over the whole text and
only then asks the general detector, which guesses badly on short texts.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import pairwise

import regex

_TIMEOUT = 10.0


class LoadError(Exception):
    """Input that cannot be read; the message is one line naming file and reason."""


class NotRegularFile(OSError):
    """A path that names a FIFO, a device or a socket, which reading could block on."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"not a regular file ({kind})")
        self.kind = kind


class OverLimit(OSError):
    """A file or stream holding more bytes than the caller accepts."""


_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
#: O_NONBLOCK: a FIFO put in the file's place after the check cannot block the open.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


def _check_regular(mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "is a directory")
    if not stat.S_ISREG(mode):
        kind = next((kind for test, kind in _KINDS if test(mode)), "a special file")
        raise NotRegularFile(kind)


def read_regular(path: str, limit: int) -> bytes:
    """The bytes of a regular file, refusing others before opening them.

    Raises NotRegularFile, IsADirectoryError, OverLimit (more than `limit`
    bytes, known from the size before anything is read) or another OSError.
    The descriptor is checked again, so a swap after the first check is caught.
    """
    _check_regular(os.stat(path).st_mode)
    fd = os.open(path, _OPEN_FLAGS)
    with open(fd, "rb") as fh:
        info = os.fstat(fd)
        _check_regular(info.st_mode)
        if info.st_size > limit:
            raise OverLimit(errno.EFBIG, "too large")
        data = fh.read(limit + 1)
    if len(data) > limit:  # it grew while we looked
        raise OverLimit(errno.EFBIG, "too large")
    return data


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """Bytes to str and the encoding used; LoadError for what is not text."""
    found = _by_bom(data, name) or _utf16_by_nuls(data)
    if found:
        return found
    if b"\x00" in data:
        raise LoadError(f"{name}: binary file (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    found = _declared(data) or _undetected(data)
    if found is None or _looks_binary(found[0]):
        raise LoadError(f"{name}: binary or undecodable data, not a text article")
    return found


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _by_bom(data: bytes, name: str) -> tuple[str, str] | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise LoadError(f"{name}: not valid {enc.upper()} text") from None
    return None


def _utf16_by_nuls(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: its ASCII characters put NULs on one side of each pair.

    Latin text has a NUL in every other byte; Cyrillic or Greek text still
    has one in each space and digit. A binary file has NULs on both sides.
    """
    sample = data[:65536]
    pairs = len(sample) // 2
    if len(data) % 2 or pairs < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) < pairs * 0.05 or min(even, odd) * 20 > max(even, odd):
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return None if _looks_binary(text) else (text, codec)


_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", regex.I
)


def _declared(data: bytes) -> tuple[str, str] | None:
    """The charset a web page declares in a <meta> tag near its top, if it fits."""
    m = _META_CHARSET.search(data[:4096], timeout=_TIMEOUT)
    if m is None:
        return None
    declared = m.group(1).decode("ascii").lower()
    try:
        return data.decode(declared), declared
    except (UnicodeDecodeError, LookupError):
        return None


def _detected(data: bytes) -> tuple[str, str] | None:
    """The general detector, for what no legacy code page explains (CJK, Hebrew...)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    return str(best), best.encoding


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f\x1b")
    return controls / len(sample) > 0.05


# --- legacy code pages -------------------------------------------------------

#: The common single-byte code pages, most widely used first: on a tie the
#: earlier wins, so plain Western text stays cp1252.
LEGACY = (
    "cp1252",
    "cp1251",
    "koi8-r",
    "cp1253",
    "cp1250",
    "cp1254",
    "cp1257",
    "iso8859-2",
    "iso8859-5",
    "iso8859-7",
    "iso8859-15",
    "koi8-u",
    "cp1255",
    "latin-1",
)
#: Mean cost per non-ASCII byte up to which a legacy reading is taken without
#: asking the detector, and above which no legacy code page explains the text.
_CONFIDENT = 0.35
_PLAUSIBLE = 0.8
#: The words with non-ASCII bytes weighed: the most frequent, counted over the whole text.
_WORDS = 2000
# A word holding a byte over 0x7F. It starts only where a word starts and
# never gives letters back, so the scan is linear; the standard `re` runs
# this byte pattern six times as fast as `regex`.
_HIGH_WORD = re.compile(rb"(?<![A-Za-z])[A-Za-z]*+[\x80-\xff][A-Za-z\x80-\xff]*+")


def _undetected(data: bytes) -> tuple[str, str] | None:
    """A legacy code page when one reads the text well, else the general detector.

    The detector has the last word only for a script no legacy code page here
    covers (CJK, Arabic, Thai...), or when no code page is plausible at all.
    """
    legacy = _legacy(data)
    if legacy is not None and legacy[0] <= _CONFIDENT:
        return data.decode(legacy[1]), legacy[1]
    detected = _detected(data)
    if detected is not None and (legacy is None or _other_script(detected[0])):
        return detected
    if legacy is not None and legacy[0] <= _PLAUSIBLE:
        return data.decode(legacy[1]), legacy[1]
    return detected


def _legacy(data: bytes) -> tuple[float, str] | None:
    """The legacy code page whose reading of the text's words costs least, and the cost.

    The cost is a mean per non-ASCII byte over the words that hold one,
    each weighed by how often it occurs in the whole text.
    """
    words = Counter(_HIGH_WORD.findall(data))
    high = bytes(sorted(set(b"".join(words)) - set(range(128))))
    # a "word" of thousands of letters is not one: its start says enough
    weighed = [(word[:64], n) for word, n in words.most_common(_WORDS)]
    total = sum(n * sum(b > 127 for b in word) for word, n in weighed)
    best: tuple[float, str] | None = None
    for codec in LEGACY:
        try:
            high.decode(codec)
        except UnicodeDecodeError:
            continue  # a byte this code page leaves undefined
        cost = sum(n * _cost(word.decode(codec)) for word, n in weighed) / max(total, 1)
        if best is None or cost < best[0] - 1e-9:
            best = (cost, codec)
    return best


def _other_script(text: str) -> bool:
    """Whether most letters beyond ASCII are of a script the legacy pages do not cover."""
    letters = [ch for ch in text[:65536] if ord(ch) > 127 and ch.isalpha()]
    return sum(_script(ch) == "OTHER" for ch in letters) * 2 > len(letters)


_LETTERS = regex.compile(r"\p{L}+")
#: Punctuation and signs that legacy text often holds: cheap in any reading.
_COMMON_SIGNS = frozenset("«»“”„‘’‚–—…•€£№°§©®™\u00a0")
#: Non-ASCII letters by how often the languages of each script use them.
_CYRILLIC_COMMON = frozenset("оеаинтсрвл")
_CYRILLIC_USUAL = frozenset("кмдпуяыьгзбчйіїєў")
_LATIN_RARE = frozenset("ðþýÿƒţ")  # ţ: Romanian writes ț; a cedilla t is mostly a misread ş
_GREEK_RARE = frozenset("ΰΐϊϋ")
#: Written at the end of a word (Italian "città", "più"), seldom inside one.
_GRAVE_FINALS = frozenset("ìòù")
_GREEK_TONOS = frozenset("άέήίόύώΐΰ")
#: Vowels of the three scripts: a longer word without one is not a word.
_VOWELS = frozenset(
    "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿąęėįųůőűă" + "аеёиоуыэюяіїєў" + "αεηιουωάέήίόύώϊϋΐΰ"
)


def _cost(text: str) -> float:
    """How implausible one decoded word (with the signs around it) is as text.

    Mis-decoded text shows as script mixed inside a word ("Josй"), case that
    flips inside a word ("пЕЯЙНБ"), runs of accented Latin letters
    ("Ïðåññ"), rare letters and stray signs, which real text rarely has.
    """
    cost = 0.0
    for i, ch in enumerate(text):
        if ord(ch) > 127 and not ch.isalpha():
            cost += _sign_cost(ch)
            if 0 < i < len(text) - 1 and ch not in _COMMON_SIGNS:
                cost += text[i - 1].isalpha() and text[i + 1].isalpha()
    return cost + sum(_word_cost(word) for word in _LETTERS.findall(text))


def _sign_cost(ch: str) -> float:
    if ch in _COMMON_SIGNS:
        return 0.1
    category = unicodedata.category(ch)
    if category == "Cc":
        return 8.0  # C1 controls: latin-1's reading of bytes it leaves unused
    if category[0] == "C" or category == "So":
        return 3.0  # format characters, box drawing
    return 1.5


def _word_cost(word: str) -> float:
    high = [ch for ch in word if ord(ch) > 127]
    if not high:
        return 0.0
    scripts = {_script(ch) for ch in word}
    if len(scripts) > 1:
        return 3.0 * len(high)
    script = scripts.pop()
    cost = sum(_letter_cost(script, ch.lower()) for ch in high)
    for prev, ch in pairwise(word):
        if ch.isupper() and prev.islower():
            cost += 2.0
    if len(word) > 1 and word.isupper():
        cost += 0.3 * (len(word) - 1)
    if script != "HEBREW" and len(word) >= 3 and not any(ch in _VOWELS for ch in word.lower()):
        cost += 0.5 * len(word)
    if script == "LATIN":
        cost += sum(len(run) for run in _ACCENT_RUNS.findall(word))
        cost += sum(ch in _GRAVE_FINALS for ch in word[:-1].lower())
    elif script == "GREEK":
        cost += _greek_cost(word)
    elif script == "HEBREW":
        cost += _hebrew_cost(word)
    return cost


_ACCENT_RUNS = regex.compile(r"[^\x00-\x7f]{3,}")


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """The script a letter belongs to, from its Unicode name (ASCII is LATIN)."""
    if ch.isascii():
        return "LATIN"
    name = unicodedata.name(ch, "")
    script = name.split(" ", 1)[0]
    return script if script in ("LATIN", "CYRILLIC", "GREEK", "HEBREW") else "OTHER"


def _letter_cost(script: str, ch: str) -> float:
    if script == "CYRILLIC":
        return 0.0 if ch in _CYRILLIC_COMMON else 0.2 if ch in _CYRILLIC_USUAL else 1.0
    if script == "LATIN":
        return 0.8 if ch in _LATIN_RARE else 0.3
    if script == "GREEK":
        return 1.0 if ch in _GREEK_RARE else 0.1
    return 0.1 if script == "HEBREW" else 1.0


def _greek_cost(word: str) -> float:
    """Greek ends words with ς, uses σ elsewhere, and accents every longer word."""
    cost = 2.0 * word[:-1].count("ς") + (word[-1] == "σ")
    if len(word) >= 5 and not word.isupper() and not any(ch in _GREEK_TONOS for ch in word):
        cost += 1.0
    return cost


_HEBREW_FINALS = frozenset("ךםןףץ")


def _hebrew_cost(word: str) -> float:
    """Hebrew writes five letters in a final form at the end of a word, and only there."""
    return 2.0 * sum(ch in _HEBREW_FINALS for ch in word[:-1])
