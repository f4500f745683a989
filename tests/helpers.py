"""Helpers shared by the tests of every tier (fixtures are in the conftest.py files)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pressroom.devsite import Build, run_build
from pressroom.pages_server import PagesServer

LANGUAGES = {"de": "", "en": "en/"}
INSTALL_HINT = (
    "The browser tests need Chromium. Install Debian's package (`apt-get install chromium`, as .ci/run does) "
    "or point CHROMIUM_PATH at a Chromium binary. To skip them on purpose, set SKIP_BROWSER_TESTS=1 "
    "(ignored when CI=true)."
)


def skipping_on_purpose() -> bool:
    return os.environ.get("SKIP_BROWSER_TESTS") == "1" and os.environ.get("CI", "").lower() != "true"


def missing_browser(path: str) -> str | None:
    """Why the browser at `path` can't be used, or None."""
    resolved = shutil.which(path) if not os.path.isabs(path) else path
    if not resolved or not os.path.isfile(resolved):
        return f"No Chromium at {path}. {INSTALL_HINT}"
    if not os.access(resolved, os.X_OK):
        return f"{path} is not executable. {INSTALL_HINT}"
    return None


@dataclass
class ServedSite:
    server: PagesServer
    site: Path
    url: str
    outside: list[str] = field(default_factory=list)

    def page_url(self, lang: str, page: str = "") -> str:
        return self.url + LANGUAGES[lang] + page


@contextlib.contextmanager
def built_and_served(root: Path, what: str = "the site"):
    """The site sources at `root` strictly built for a local server's address (Material's language
    switcher and the feeds use the absolute site_url) and served like GitHub Pages on a free port:
    yields (server, build); a failed build fails the test, naming `what`."""
    server = PagesServer(root / "site")
    build: Build = run_build(root, site_url=server.url)
    if build.returncode != 0:
        server.server_close()
        pytest.fail(f"mkdocs build of {what} failed:\n" + build.output[-5000:])
    server.start()
    try:
        yield server, build
    finally:
        server.stop()


@dataclass
class PageLog:
    """What a page did: console errors, script errors, failed and foreign requests, CSP violations."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)

    def problems(self, *, allow_status: dict[str, int] | None = None) -> list[str]:
        return (
            [f"console error: {m}" for m in self.console_errors]
            + [f"script error: {m}" for m in self.page_errors]
            + [f"failed request: {m}" for m in self.failed if m not in (allow_status or {})]
            + [f"request leaving 127.0.0.1: {m}" for m in self.outside]
            + [f"CSP violation: {m}" for m in self.csp_violations]
        )


# Collects CSP violations in the page; runs before any script of the page (not subject to its CSP).
RECORD_CSP = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} in ${e.sourceFile}:${e.lineNumber}`);
});
"""


def collect_csp(page, log: PageLog) -> None:
    log.csp_violations += page.evaluate("window.__cspViolations || []")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(condition, timeout: float = 30.0):
    """The first true result of `condition()` within `timeout` seconds (an OSError counts as not yet)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            result = condition()
            if result:
                return result
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError("timed out")


@contextlib.contextmanager
def mkdocs_serve(root: Path, log_path: Path, extra_env: dict | None = None, dirty: bool = True):
    """`mkdocs serve --dirty` (as `make serve` runs it; `dirty=False`: plain `mkdocs serve`) of the
    site sources at `root` on a free port; yields (base URL, open log file)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/preview/"
    log = log_path.open("w+")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", *(["--dirty"] if dirty else [])],
        cwd=root,
        env={**os.environ, "SITE_URL": base, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        yield base, log
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def schema_org_model(node):
    """A JSON-LD node as schema_org-py's model of its @type (schema.org's vocabulary): an unknown type or
    property, or a value outside a property's range, raises. Lax mode only so that ISO dates may stay
    text, as JSON-LD writes them."""
    from schema_org import registry  # slow to import; only the tests of structured data need it

    if isinstance(node, list):
        return [schema_org_model(item) for item in node]
    if not isinstance(node, dict):
        return node
    fields = {key: schema_org_model(value) for key, value in node.items() if key not in ("@context", "@type")}
    return registry.get_model(node["@type"]).model_validate(fields, strict=False)
