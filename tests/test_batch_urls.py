"""`newsreader batch` and `reader.load` take web addresses too, fetched like `newsreader URL`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

import reader
from reader.batch.inputs import expand
from reader.cli import main

PAGE = (Path(__file__).parent / "fixtures" / "web" / "allotment.html").read_bytes()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy set in the environment would carry these requests off the machine."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("all_proxy", raising=False)


def test_urls_are_inputs_as_given() -> None:
    urls = ["https://example.org/news/a?id=1", "https://example.org//b"]
    assert list(expand(urls)) == urls


def test_batch_fetches_urls_and_records_a_failing_one(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/news/allotments").respond_with_data(
        PAGE, content_type="text/html; charset=utf-8"
    )
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    good, gone = httpserver.url_for("/news/allotments"), httpserver.url_for("/gone")
    out = tmp_path / "out.jsonl"
    assert main(["batch", good, gone, "--jobs", "1", "--out", str(out)]) == 1
    first, second = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    assert first["article"]["url"] == good
    assert first["article"]["title"] == "Allotment holders win a reprieve"
    assert first["claims"]
    assert second["path"] == gone and "404" in second["error"]


def test_the_library_loads_a_url(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/p").respond_with_data(PAGE, content_type="text/html")
    document = reader.load(httpserver.url_for("/p"))
    assert document.metadata.url == httpserver.url_for("/p")
    assert reader.analyze(document).claims
