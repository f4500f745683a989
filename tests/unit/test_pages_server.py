"""The GitHub-Pages-like server and the browser-test switches, without a browser."""

from __future__ import annotations

import gzip
import http.client

import pytest

from tests import helpers
from pressroom.pages_server import PagesServer


@pytest.fixture
def server(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "index.html").write_text("<h1>Start</h1>" * 50, encoding="utf-8")
    (tmp_path / "en" / "index.html").write_text("<h1>Home</h1>", encoding="utf-8")
    (tmp_path / "404.html").write_text("<h1>Not found</h1>", encoding="utf-8")
    (tmp_path / "favicon.png").write_bytes(b"\x89PNG")
    server = PagesServer(tmp_path).start()
    yield server
    server.stop()


def get(server, path, gzip_ok=True):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    connection.request("GET", path, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    if response.getheader("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return response, body.decode("utf-8", "replace")


def test_folders_are_served_by_index_html_under_the_project_path(server):
    response, body = get(server, "/smart-systems-hub/en/")
    assert response.status == 200 and body == "<h1>Home</h1>"
    assert response.getheader("Content-Type") == "text/html; charset=utf-8"


@pytest.mark.parametrize("path, location", [("/smart-systems-hub", "/smart-systems-hub/"), ("/smart-systems-hub/en", "/smart-systems-hub/en/")])
def test_a_folder_without_slash_is_redirected(server, path, location):
    response, _ = get(server, path)
    assert (response.status, response.getheader("Location")) == (301, location)


@pytest.mark.parametrize("path", ["/smart-systems-hub/en/missing/", "/smart-systems-hub/../etc/passwd", "/robots.txt", "/other/"])
def test_every_missing_path_gets_the_root_404_page(server, path):
    response, body = get(server, path)
    assert (response.status, body) == (404, "<h1>Not found</h1>")


def test_text_is_gzipped_when_accepted_and_binary_is_not(server):
    response, body = get(server, "/smart-systems-hub/")
    assert response.getheader("Content-Encoding") == "gzip" and body.startswith("<h1>Start</h1>")
    assert int(response.getheader("Content-Length")) < len(body)
    response, _ = get(server, "/smart-systems-hub/", gzip_ok=False)
    assert response.getheader("Content-Encoding") is None
    response, _ = get(server, "/smart-systems-hub/favicon.png")
    assert response.getheader("Content-Encoding") is None


def test_a_missing_browser_is_reported_with_how_to_install_one(tmp_path):
    message = helpers.missing_browser(str(tmp_path / "no-chromium"))
    assert "apt-get install chromium" in message and "CHROMIUM_PATH" in message and "SKIP_BROWSER_TESTS" in message
    assert helpers.missing_browser("/bin/sh") is None


@pytest.mark.parametrize("skip, ci, skipped", [("1", "", True), ("1", "true", False), ("", "", False), ("0", "", False)])
def test_skip_variable_is_ignored_in_ci(monkeypatch, skip, ci, skipped):
    monkeypatch.setenv("SKIP_BROWSER_TESTS", skip)
    monkeypatch.setenv("CI", ci)
    assert helpers.skipping_on_purpose() is skipped
