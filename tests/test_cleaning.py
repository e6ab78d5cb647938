"""Making text safe to show (reader.cleaning): escape sequences, controls, bidi overrides."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.cleaning import _printable, clean


@pytest.mark.parametrize(
    "hostile",
    [
        "\x1b[31mred\x1b[0m",
        "\x1b]52;c;aGVsbG8=\x07",  # OSC 52 clipboard write
        "\x1b]0;pwned title\x1b\\",  # window title, ST-terminated
        "\x1bP+q544e\x1b\\",  # DCS
        "\x1b_Gf=100;AAAA\x1b\\",  # APC (kitty graphics)
        "\x9b2J",  # 8-bit CSI
        "\x9d0;title\x9c",  # 8-bit OSC
        "\x1bc",  # reset
        "\x07\x08\x0b\x0c\x7f\x85\x90",
    ],
)
def test_escape_sequences_and_controls_are_removed(hostile: str) -> None:
    text = clean(f"before {hostile} after")
    assert text.startswith("before ")
    assert text.endswith(" after")
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in text)
    assert not any(0x7F <= ord(ch) <= 0x9F for ch in text)
    assert "pwned" not in text and "aGVsbG8" not in text


def test_unterminated_osc_does_not_swallow_the_article() -> None:
    text = clean("Title\x1b]0;never ends\nSecond line stays.\n")
    assert "Second line stays." in text
    assert "\x1b" not in text


def test_bidi_overrides_are_neutralised() -> None:
    text = clean("abc\u202eevil\u202c \u2066iso\u2069 \u200fmark")
    assert not any(ch in text for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert "evil" in text and "\u200f" in text


@given(st.text())
def test_clean_never_leaves_control_characters(text: str) -> None:
    out = clean(text)
    assert all(ch in "\n\t" or (ord(ch) >= 32 and not 0x7F <= ord(ch) <= 0x9F) for ch in out)


@given(st.text(alphabet=st.characters(max_codepoint=0x2030), max_size=40))
def test_the_printable_shortcut_agrees_with_isprintable(text: str) -> None:
    assert _printable(text) == text.replace("\n", "").replace("\t", "").isprintable()
    ascii_text = text.encode("ascii", "ignore").decode("ascii")
    assert _printable(ascii_text) == ascii_text.replace("\n", "").replace("\t", "").isprintable()


def test_surrogate_escapes_become_replacement_characters() -> None:
    # a file name or argument with a byte that is not UTF-8 arrives as '\udcff'
    assert clean("caf\udcff.txt") == "caf\ufffd.txt"
    assert clean("\ud800x\udfff") == "\ufffdx\ufffd"


@given(st.text(alphabet=st.characters(codec=None, min_codepoint=0xD700, max_codepoint=0xE000)))
def test_clean_always_gives_encodable_text(text: str) -> None:
    clean(text).encode("utf-8")  # strict: no lone surrogate survives
