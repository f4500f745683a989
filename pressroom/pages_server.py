"""A local HTTP server that serves a built site the way GitHub Pages serves a project site.

- The site lives under the project path (/smart-systems-hub/); a folder is served by its
  index.html, a folder without its trailing slash is redirected (301) to the one with it.
- Every missing path, inside or outside the project path, gets the site's root 404.html with
  status 404 (GitHub Pages serves a project's 404.html for its whole path).
- Text responses are gzip-compressed when the client accepts it; Cache-Control max-age=600.

Run it by hand: python -m pressroom.pages_server site/ --port 8000
"""

from __future__ import annotations

import argparse
import gzip
import mimetypes
import posixpath
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

PROJECT_PATH = "/smart-systems-hub/"
COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".xml": "application/xml",
    ".svg": "image/svg+xml",
    ".txt": "text/plain; charset=utf-8",
    ".map": "application/json; charset=utf-8",
    ".gz": "application/gzip",
}


class PagesHandler(BaseHTTPRequestHandler):
    server: "PagesServer"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._respond(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(with_body=False)

    def _respond(self, *, with_body: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        status, target, location = self.server.resolve(path)
        self.server.record(self.command, path, status)
        if location:
            self.send_response(status)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = target.read_bytes()
        kind = TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Cache-Control", "max-age=600")
        self.send_header("Vary", "Accept-Encoding")
        if kind.startswith(COMPRESSED_TYPES) and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, compresslevel=6, mtime=0)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # quiet: the server records requests instead
        pass


class PagesServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: Path, port: int = 0, project_path: str = PROJECT_PATH) -> None:
        super().__init__(("127.0.0.1", port), PagesHandler)
        self.site = Path(site)
        self.project_path = project_path
        self.requests: list[tuple[str, str, int]] = []
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def url(self) -> str:
        """The site's address: http://127.0.0.1:<port>/smart-systems-hub/"""
        return f"http://127.0.0.1:{self.port}{self.project_path}"

    def record(self, method: str, path: str, status: int) -> None:
        with self._lock:
            self.requests.append((method, path, status))

    def resolve(self, path: str) -> tuple[int, Path | None, str | None]:
        """(status, file to send, redirect location) for a request path."""
        base = self.project_path.rstrip("/")
        if path == base:
            return HTTPStatus.MOVED_PERMANENTLY, None, self.project_path
        if path.startswith(self.project_path):
            relative = posixpath.normpath(path[len(self.project_path):]).lstrip("/")
            if relative == ".":
                relative = ""
            if not relative.startswith(".."):
                target = self.site / relative
                if target.is_dir():
                    if not path.endswith("/"):
                        return HTTPStatus.MOVED_PERMANENTLY, None, path + "/"
                    target = target / "index.html"
                if target.is_file():
                    return HTTPStatus.OK, target, None
        return HTTPStatus.NOT_FOUND, self.site / "404.html", None

    def start(self) -> "PagesServer":
        self._thread = threading.Thread(target=self.serve_forever, name="pages-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        if self._thread:
            self._thread.join(timeout=5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the built site folder")
    parser.add_argument("--port", type=int, default=8000)
    arguments = parser.parse_args()
    server = PagesServer(arguments.site, arguments.port)
    print(f"Serving {arguments.site} at {server.url}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
