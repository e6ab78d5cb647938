"""Loading articles: encodings, newlines, files and stdin, front matter, saved web pages.

What loading relies on has its own file: test_cleaning.py (making text safe to
show) and test_paragraphs.py (paragraph offsets).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from reader.document import (
    MAX_BYTES,
    LoadError,
    decode,
    from_text,
    load,
    load_bytes,
)

RUSSIAN = (
    "Пресс-секретарь Кремля Дмитрий Песков заявил журналистам, что ему ничего "
    "не известно о переговорах. «Мы не комментируем слухи», — сказал он в четверг. "
) * 4
FRENCH = (
    "Le ministre a déclaré que la réforme était nécessaire. « Nous n'avons pas le "
    "choix », a-t-il ajouté lors d'une conférence de presse à Genève, où l'été "
    "s'annonçait brûlant pour le gouvernement français. "
) * 4


def _write(tmp_path: Path, data: bytes, name: str = "a.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Plain \xe2\x80\x9cquote\xe2\x80\x9d", "Plain “quote”"),
        (b"\xef\xbb\xbfWith BOM", "With BOM"),
        ("UTF-16 “text”".encode("utf-16"), "UTF-16 “text”"),
        ("UTF-16 BE".encode("utf-16-be").join([b"\xfe\xff", b""]), "UTF-16 BE"),
        ("UTF-32 ümlaut".encode("utf-32"), "UTF-32 ümlaut"),
    ],
)
def test_decodes_utf_with_and_without_bom(data: bytes, expected: str) -> None:
    assert decode(data)[0] == expected


def test_detects_cp1251() -> None:
    text, encoding = decode(RUSSIAN.encode("cp1251"))
    assert text == RUSSIAN
    assert encoding.replace("_", "").lower() in {"cp1251", "windows1251"}


def test_detects_latin1() -> None:
    text, _ = decode(FRENCH.encode("latin-1"))
    assert text == FRENCH


def test_binary_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(LoadError, match="binary"):
        load(path)


def test_random_bytes_without_nul_are_refused_or_decoded_safely() -> None:
    data = bytes((i * 37 + 11) % 255 + 1 for i in range(4000))
    try:
        doc = load_bytes(data, "noise")
    except LoadError as exc:
        assert "noise" in str(exc)
    else:
        assert "\x1b" not in doc.text


def test_crlf_and_cr_become_newlines() -> None:
    doc = load_bytes(b"One\r\nTwo\rThree\n", "x")
    assert doc.text == "One\nTwo\nThree\n"


def test_nfc_normalisation() -> None:
    assert load_bytes("Cafe\u0301".encode(), "x").text == "Café"


def test_empty_file_loads_as_empty_document(tmp_path: Path) -> None:
    doc = load(_write(tmp_path, b""))
    assert doc.text == "" and doc.paragraphs == ()


def test_missing_file_directory_and_permissions(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file"):
        load(str(tmp_path / "missing.txt"))
    with pytest.raises(LoadError, match="is a directory"):
        load(str(tmp_path))


def test_unreadable_file(tmp_path: Path) -> None:
    import os

    path = _write(tmp_path, b"secret")
    os.chmod(path, 0)
    try:
        if os.access(path, os.R_OK):  # root reads anything: nothing to check
            assert load(path).text == "secret"
        else:
            with pytest.raises(LoadError, match="permission denied"):
                load(path)
    finally:
        os.chmod(path, 0o644)


def test_too_large_is_refused() -> None:
    with pytest.raises(LoadError, match="too large"):
        load_bytes(b"a" * (MAX_BYTES + 1), "big")


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO("From “stdin”\r\n".encode()))
    monkeypatch.setattr(sys, "stdin", fake)
    doc = load("-")
    assert doc.text == "From “stdin”\n"
    assert doc.name == "<stdin>"


def test_front_matter_becomes_metadata() -> None:
    raw = (
        "Title: Port strike ends\nSource: Harbour Times\nAuthor: By Ana Ruiz\n"
        "Date: November 6, 2024\nURL: https://example.org/a\n\nBody starts here.\n"
    )
    doc = from_text(raw)
    meta = doc.metadata
    assert (meta.title, meta.outlet, meta.author) == (
        "Port strike ends",
        "Harbour Times",
        "Ana Ruiz",
    )
    assert meta.date == "2024-11-06" and meta.url == "https://example.org/a"
    assert doc.body == "Body starts here.\n"
    assert doc.text == raw  # offsets stay in the whole text


def test_fenced_front_matter() -> None:
    doc = from_text("---\ntitle: Fenced\ntags: x\n---\n\nBody.")
    assert doc.metadata.title == "Fenced"
    assert doc.body == "Body."


def test_ordinary_first_line_is_not_front_matter() -> None:
    doc = from_text("Officials said: the bridge will reopen.\n\nMore text.")
    assert doc.body_start == 0
    assert doc.metadata.title is None


PAGE = """<!doctype html><html><head><meta charset="windows-1251">
<title>Мост откроют в понедельник | Вестник</title>
<meta property="og:site_name" content="Вестник"></head>
<body><nav>Главная</nav><article><h1>Мост откроют в понедельник</h1>
<p>«Мы проверили каждый трос», — сказала инженер Мария Линдквист.</p>
<p>Source: this line is body text, not front matter.</p></article>
<footer>© Вестник</footer></body></html>"""


def test_saved_web_page_gives_main_text_and_metadata(tmp_path: Path) -> None:
    doc = load(_write(tmp_path, PAGE.encode("cp1251"), "page.html"))
    assert doc.text.startswith("Мост откроют в понедельник\n\n«Мы проверили")
    assert "Главная" not in doc.text and "©" not in doc.text
    assert doc.metadata.outlet == "Вестник"
    assert doc.body_start == 0 and "Source: this line" in doc.text
    assert [doc.text[p.start : p.end][:4] for p in doc.paragraphs] == ["Мост", "«Мы ", "Sour"]


def test_web_page_without_text_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no article text"):
        load(_write(tmp_path, b"<!doctype html><html><body><script>x()</script></body></html>"))
