"""Making text safe to show: a leaf module every input path shares.

Article text, web metadata and anything else from outside pass through
`clean` before they reach the terminal, so an article has no power over it:
escape sequences and control characters are removed, bidi overrides
neutralised, newlines unified and the text NFC-normalised.
"""

from __future__ import annotations

import unicodedata

import regex

_TIMEOUT = 10.0

# Escape sequences. 7-bit string sequences (OSC, DCS, APC, PM, SOS) run to
# their terminator (BEL or ST); an unterminated one is cut at the end of its
# line so that a stray ESC cannot swallow the article. The 8-bit string
# introducers are mostly mis-decoded text, so only the control itself goes
# (with _CONTROLS) and what follows stays visible as plain text.
_ESCAPES = regex.compile(
    r"""
      (?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?        # CSI
    | \x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?       # OSC DCS SOS PM APC
    | \x1b[\x20-\x2f]*[\x30-\x7e]?                              # other ESC sequences
    """,
    regex.VERBOSE,
)
# C0 and C1 controls except tab and newline, DEL, and the bidi embeddings,
# overrides and isolates (U+202A-202E, U+2066-2069), which can reorder what
# the reader sees.
_CONTROLS = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NEWLINES = regex.compile(r"\r\n?|[\x85\u2028\u2029]")
# Lone surrogates: how Python hands over a file name or argument byte that is
# not UTF-8 ('\udcff'). They cannot be written as UTF-8, so each becomes U+FFFD.
_SURROGATES = regex.compile(r"[\ud800-\udfff]")


def clean(text: str) -> str:
    """Make text safe to show: one newline form, no control, no lone surrogate, NFC."""
    # Most articles hold nothing to remove, and isprintable() (false for every
    # control, separator and format character, and for some harmless ones such
    # as NBSP) proves that in one fast C pass; only then are the passes skipped.
    if not _printable(text):
        text = _SURROGATES.sub("\ufffd", text, timeout=_TIMEOUT)
        text = _NEWLINES.sub("\n", text, timeout=_TIMEOUT)
        if "\x1b" in text:
            text = _ESCAPES.sub("", text, timeout=_TIMEOUT)
        text = _CONTROLS.sub("", text, timeout=_TIMEOUT)
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def clean_line(text: str) -> str:
    """`clean`, on one line: for a file name or a value from outside the article.

    Line breaks and tabs become spaces (a name must not break the line it is
    shown on); other spaces are kept, so a cleaned path still reads as written.
    """
    text = clean(text)
    if "\n" in text or "\t" in text:
        text = text.replace("\n", " ").replace("\t", " ")
    return text


#: The ASCII controls other than tab and newline.
_ASCII_CONTROLS = bytes(c for c in range(32) if c not in (9, 10)) + b"\x7f"


def _printable(text: str) -> bool:
    """Nothing but printing characters, spaces, tabs and newlines.

    An ASCII text is checked as bytes (deleting the controls leaves its length
    as it was), which is twice as fast as `str.isprintable` on a 2 MB article.
    """
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_CONTROLS)) == len(text)
    shown = text.replace("\n", "")
    if "\t" in shown:
        shown = shown.replace("\t", "")
    return shown.isprintable()
