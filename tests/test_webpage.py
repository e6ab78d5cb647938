"""Which extractor reads a page: trafilatura first, our own when it fails or finds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura

from reader.document import load_bytes
from reader.webpage import extract_page

PAGE = (Path(__file__).parent / "fixtures" / "web" / "allotment.html").read_text("utf-8")


def test_a_news_page_is_read_by_trafilatura_with_its_date_from_the_dateline() -> None:
    found = extract_page(PAGE)
    assert found.extractor == "trafilatura"
    assert found.metadata.date == "2024-11-06"  # only in the visible dateline
    assert found.metadata.author == "Mira Okonjo"
    assert found.text.startswith("Allotment holders win a reprieve\n\n")
    assert "Most read" not in found.text
    assert "Copyright" not in found.text


def test_loading_a_page_keeps_the_document_interface() -> None:
    doc = load_bytes(PAGE.encode(), "allotment.html")
    paragraphs = [doc.text[p.start : p.end] for p in doc.paragraphs]
    assert paragraphs[0] == "Allotment holders win a reprieve"
    assert any(p.startswith("Gardeners on the Brook Lane") for p in paragraphs)
    assert doc.metadata.title == "Allotment holders win a reprieve"
    assert doc.metadata.date == "2024-11-06"


def test_our_extractor_takes_over_when_trafilatura_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("a page the library cannot parse")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    found = extract_page(PAGE)
    assert found.extractor == "reader.web"
    assert "Gardeners on the Brook Lane" in found.text
    assert found.metadata.author == "Mira Okonjo"


@pytest.mark.parametrize("answer", [None, "  \n "])
def test_our_extractor_takes_over_when_trafilatura_finds_nothing(
    monkeypatch: pytest.MonkeyPatch, answer: str | None
) -> None:
    real = trafilatura.bare_extraction

    def empty(*args: object, **kwargs: object) -> object:
        if answer is None:
            return None
        found = real(*args, **kwargs)  # type: ignore[arg-type]
        assert found is not None and not isinstance(found, dict)
        found.text = answer
        return found

    monkeypatch.setattr(trafilatura, "bare_extraction", empty)
    found = extract_page(PAGE)
    assert found.extractor == "reader.web"
    assert "Gardeners on the Brook Lane" in found.text


def test_a_list_stays_one_paragraph() -> None:
    items = "".join(
        f"<li>Item number {n} of the society's plan for the plots</li>" for n in range(3)
    )
    page = PAGE.replace("<p>The society plans", f"<ul>{items}</ul><p>The society plans")
    paragraphs = extract_page(page).text.split("\n\n")
    assert "- Item number 0 of the society's plan for the plots\n- Item number 1" in "\n\n".join(
        paragraphs
    )
    assert sum(p.startswith("- Item") for p in paragraphs) == 1
