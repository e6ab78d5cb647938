"""Loading articles: encodings, newlines, files and stdin, front matter, saved web pages.

What loading relies on has its own file: test_cleaning.py (making text safe to
show) and test_paragraphs.py (paragraph offsets).
"""

from __future__ import annotations

import codecs
import io
import os
import sys
import threading
import time
from pathlib import Path
from typing import cast

import pytest

from reader.decoding import _HIGH_WORD
from reader.document import (
    MAX_BYTES,
    READER_MAX_BYTES,
    LoadError,
    TooLargeError,
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


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text",
    [
        "The minister said the bridge would reopen on Monday.\n",
        "Министр сказал, что мост откроют в понедельник.\n",
    ],
)
def test_decodes_utf16_without_bom(codec: str, text: str) -> None:
    # every other byte of English UTF-16 is NUL: not a sign of a binary file
    assert decode(text.encode(codec)) == (text, codec)


#: Short texts in a legacy encoding, where a detector that samples a few
#: chunks and weighs every code page alike goes wrong (mac_cyrillic, cp775).
LEGACY = [
    ("что ему ничего не известно о переговорах. «Мы не", "cp1251"),
    ("Москва заявила, что переговоры продолжатся в четверг.", "koi8-r"),
    ("The spokesman, Дмитрий Песков, said the talks would continue next week.", "cp1251"),
    ("The minister, Κυριάκος Μητσοτάκης, said the budget was balanced.", "cp1253"),
    ("Ο υπουργός είπε ότι θα παραιτηθεί την Πέμπτη.", "cp1253"),
    ("Zürich's mayor, Corine Mauch, said the tram would run.", "cp1252"),
    ("Mayor José Müller said the plan, backed by François Gagné, was ready.", "cp1252"),
    ("Łódź mayor Hanna Zdanowska said the plan was ready.", "cp1250"),
    # a long English paragraph around one short name: the name decides
    (
        "The rights group said on Tuesday that its co-chair had been detained at home in "
        "Moscow, and that lawyers had not been allowed to see him. «Олег Орлов» was taken "
        "away in the morning, the group said.",
        "cp1251",
    ),
    ("Hüseyin Çelik and Ayşe Öztürk said the ferry would sail on Friday.", "cp1254"),
]


@pytest.mark.parametrize(("text", "codec"), LEGACY)
def test_detects_common_legacy_encodings(text: str, codec: str) -> None:
    decoded, encoding = decode(text.encode(codec))
    assert decoded == text
    assert codecs.lookup(encoding).name == codecs.lookup(codec).name


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("日本の首相は木曜日に辞任すると発表した。後任は来月決まる。", "shift_jis"),
        ("中国政府周四宣布新的经济刺激计划，官员表示将在下月实施。", "gb18030"),
        ("한국 정부는 목요일 새로운 경제 정책을 발표했다.", "euc-kr"),
    ],
)
def test_multibyte_encodings_are_still_detected(text: str, codec: str) -> None:
    assert decode(text.encode(codec))[0] == text


@pytest.mark.parametrize("piece", [b"a", b"a\xe9", b"\xe9", b"ab ", b"a" * 50 + b"\xe9 "])
def test_legacy_detection_stays_linear(piece: bytes) -> None:
    data = piece * (400_000 // len(piece))
    start = time.perf_counter()
    _HIGH_WORD.findall(data)
    decode(data + b"\xe9")
    assert time.perf_counter() - start < 2.0  # a quadratic scan takes minutes here


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


def _sparse(tmp_path: Path, size: int) -> str:
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        fh.truncate(size)  # no disk used: the size is checked before reading
    return str(path)


def test_the_reader_cap_is_lower_than_the_export_cap(tmp_path: Path) -> None:
    assert READER_MAX_BYTES == 16 * 1024 * 1024 < MAX_BYTES == 64 * 1024 * 1024
    path = _sparse(tmp_path, READER_MAX_BYTES + 1)
    with pytest.raises(TooLargeError, match=r"too large \(over 16 MB\)") as info:
        load(path, max_bytes=READER_MAX_BYTES)
    assert (info.value.name, info.value.limit) == (path, READER_MAX_BYTES)
    with pytest.raises(LoadError, match="binary"):  # past the size check: NUL bytes
        load(path)
    with pytest.raises(LoadError, match=r"too large \(over 64 MB\)"):
        load(_sparse(tmp_path, MAX_BYTES + 1))


def test_the_reader_cap_holds_for_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"word " * (READER_MAX_BYTES // 5 + 1)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    with pytest.raises(TooLargeError, match=r"<stdin>: too large \(over 16 MB\)"):
        load("-", max_bytes=READER_MAX_BYTES)


def _load_or_unblock(path: Path) -> LoadError:
    """Load in a thread; if it blocks on a FIFO, unblock it and fail."""
    result: list[BaseException] = []

    def work() -> None:
        try:
            load(str(path))
        except LoadError as exc:
            result.append(exc)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(timeout=20)
    if thread.is_alive():
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(timeout=5)
        pytest.fail("blocked on a FIFO")
    assert result, "loaded without an error"
    return cast(LoadError, result[0])


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    assert str(_load_or_unblock(fifo)) == f"{fifo}: not a regular file (a FIFO)"


def test_a_device_is_refused() -> None:
    error = _load_or_unblock(Path("/dev/zero"))
    assert str(error) == "/dev/zero: not a regular file (a character device)"


def test_the_name_is_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "a\x1bkwin\x1b\\\x9d\u202e\udcff.txt"
    path.write_bytes(b"Body.\n")
    name = load(str(path)).name
    assert name == str(tmp_path / "awin\ufffd.txt")
    with pytest.raises(LoadError) as info:
        load(str(tmp_path / "gone\x1b]0;x\x07\udcff.txt"))
    assert str(info.value) == f"{tmp_path}/gone\ufffd.txt: no such file"


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


def test_a_licence_line_belongs_to_the_header_not_the_body() -> None:
    doc = from_text(
        "Title: Storm closes port\nSource: Wikinews\n"
        "License: CC BY 2.5 (Wikinews)\n\nThe port closed on Monday."
    )
    assert doc.metadata.title == "Storm closes port" and doc.metadata.outlet == "Wikinews"
    assert doc.body == "The port closed on Monday."
