"""`newsreader URL`: fetching against a local server only; nothing here reaches the network."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from reader.cli import main
from reader.fetch import USER_AGENT, FetchError, Limits, fetch, is_url, load_url

PAGE = (Path(__file__).parent / "fixtures" / "web" / "allotment.html").read_bytes()
HTML = "text/html; charset=utf-8"


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy set in the environment would carry these requests off the machine."""
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)


def _one_line_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main([*args, "--export", "json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and captured.err.startswith("newsreader: ")
    return captured.err


def test_only_web_addresses_are_urls() -> None:
    assert is_url("https://example.org/a") and is_url("HTTP://example.org")
    assert not is_url("article.html") and not is_url("ftp://example.org/a") and not is_url("-")


def test_a_page_is_fetched_and_read_with_its_url(
    httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/news/allotments").respond_with_data(PAGE, content_type=HTML)
    url = httpserver.url_for("/news/allotments")
    assert main([url, "--export", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["article"]["url"] == url
    assert data["article"]["title"] == "Allotment holders win a reprieve"
    assert "Pauline Reyes" in [figure["name"] for figure in data["figures"]]
    request, _ = httpserver.log[0]
    assert request.headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("newsreader/")


def test_the_final_url_after_redirects_is_the_articles_url(httpserver: HTTPServer) -> None:
    for hop in range(3):
        httpserver.expect_request(f"/r{hop}").respond_with_data(
            "", status=302, headers={"Location": httpserver.url_for(f"/r{hop + 1}")}
        )
    httpserver.expect_request("/r3").respond_with_data(PAGE, content_type=HTML)
    document = load_url(httpserver.url_for("/r0"))
    assert document.metadata.url == httpserver.url_for("/r3")


def test_more_than_five_redirects_is_an_error(
    httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    for hop in range(7):
        httpserver.expect_request(f"/r{hop}").respond_with_data(
            "", status=301, headers={"Location": httpserver.url_for(f"/r{hop + 1}")}
        )
    httpserver.expect_request("/r7").respond_with_data(PAGE, content_type=HTML)
    err = _one_line_error(capsys, httpserver.url_for("/r0"))
    assert "more than 5 redirects" in err


def test_a_slow_server_times_out(httpserver: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        time.sleep(0.6)
        return Response(PAGE, content_type=HTML)

    httpserver.expect_request("/slow").respond_with_handler(slow)
    started = time.monotonic()
    with pytest.raises(FetchError, match="took too long"):
        fetch(httpserver.url_for("/slow"), Limits(read_timeout=0.2))
    assert time.monotonic() - started < 0.6


def test_a_body_over_the_limit_is_refused(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/big").respond_with_data(b"x" * 5000, content_type="text/plain")
    with pytest.raises(FetchError, match="larger than 4000 bytes"):
        fetch(httpserver.url_for("/big"), Limits(max_bytes=4000))


def test_an_endless_body_stops_being_read_at_the_limit(httpserver: HTTPServer) -> None:
    sent = []

    def endless(request: Request) -> Response:
        def body() -> Iterator[bytes]:
            for _ in range(20_000):  # 20 MB, if anyone read it all
                sent.append(1)
                yield b"<p>" + b"y" * 1021

        return Response(body(), content_type=HTML)

    httpserver.expect_request("/endless").respond_with_handler(endless)
    with pytest.raises(FetchError, match="larger than"):
        fetch(httpserver.url_for("/endless"), Limits(max_bytes=64 * 1024))
    time.sleep(0.1)
    assert len(sent) < 5000


@pytest.mark.parametrize("kind", ["image/png", "application/pdf", ""])
def test_a_response_that_is_not_a_page_is_refused(
    httpserver: HTTPServer, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    headers = {"Content-Type": kind} if kind else {}
    response = Response(b"\x89PNG\r\n", headers=headers)
    if not kind:
        del response.headers["Content-Type"]
    httpserver.expect_request("/thing").respond_with_response(response)
    err = _one_line_error(capsys, httpserver.url_for("/thing"))
    assert f"not a web page ({kind or 'no content type'})" in err


@pytest.mark.parametrize(("status", "reason"), [(404, "NOT FOUND"), (503, "SERVICE UNAVAILABLE")])
def test_an_http_error_is_one_line(
    httpserver: HTTPServer, capsys: pytest.CaptureFixture[str], status: int, reason: str
) -> None:
    httpserver.expect_request("/gone").respond_with_data("no", status=status)
    err = _one_line_error(capsys, httpserver.url_for("/gone"))
    assert f"HTTP {status} {reason}" in err.upper()


def test_a_refused_connection_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    err = _one_line_error(capsys, f"http://127.0.0.1:{port}/a")
    assert "cannot be fetched" in err


def test_the_charset_in_the_header_wins_over_the_page(httpserver: HTTPServer) -> None:
    text = "Жители города Северск проголосовали за новый парк у реки, сообщил мэр."
    page = (
        '<html><head><meta charset="windows-1251"><title>Парк</title></head>'
        f"<body><article><p>{text}</p></article></body></html>"
    ).encode("koi8-r")
    httpserver.expect_request("/ru").respond_with_data(
        page, content_type="text/html; charset=KOI8-R"
    )
    document = load_url(httpserver.url_for("/ru"))
    assert text in document.text
    assert document.encoding == "koi8-r"


def test_save_keeps_the_fetched_bytes(
    httpserver: HTTPServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    httpserver.expect_request("/news").respond_with_data(PAGE, content_type=HTML)
    saved = tmp_path / "page.html"
    assert main([httpserver.url_for("/news"), "--save", str(saved), "--export", "json"]) == 0
    assert saved.read_bytes() == PAGE
    capsys.readouterr()


def test_save_without_a_url_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Someone said something.\n", encoding="utf-8")
    assert main([str(article), "--save", str(tmp_path / "b"), "--export", "json"]) == 2
    assert "--save" in capsys.readouterr().err
