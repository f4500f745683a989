"""Browser test fixtures: the site built once, served like GitHub Pages, and one Debian Chromium.

CHROMIUM_PATH names the browser (default /usr/bin/chromium). No test tool downloads a browser.
Without one, the browser tests fail and say how to install it; SKIP_BROWSER_TESTS=1 skips them
on purpose, except in CI (CI=true), which always runs them.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.browser.chromium import CHROMIUM_FLAGS, chromium_path
from tests.browser.pages_server import PagesServer
from tests.conftest import copy_site, run_build

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


def pytest_collection_modifyitems(config, items):
    if not skipping_on_purpose():
        return
    skip = pytest.mark.skip(reason="SKIP_BROWSER_TESTS=1: browser tests skipped on purpose")
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(skip)


@dataclass
class ServedSite:
    server: PagesServer
    site: Path
    url: str
    outside: list[str] = field(default_factory=list)

    def page_url(self, lang: str, page: str = "") -> str:
        return self.url + LANGUAGES[lang] + page


@pytest.fixture(scope="session")
def served_site(tmp_path_factory):
    """The site built for the local server's address (Material's language switcher fetches the
    sitemap from the absolute site_url) and served like GitHub Pages."""
    root = copy_site(tmp_path_factory.mktemp("browser-site"))
    server = PagesServer(root / "site")
    build = run_build(root, site_url=server.url)
    if build.returncode != 0:
        server.server_close()
        pytest.fail("mkdocs build failed:\n" + build.output)
    server.start()
    yield ServedSite(server, root / "site", server.url)
    server.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    problem = missing_browser(path)
    if problem:
        pytest.fail(problem, pytrace=False)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


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


@pytest.fixture
def open_page(browser, served_site):
    """open_page(url, **context_options) -> (page, log): a fresh browser context that lets no
    request leave 127.0.0.1 and records everything the page reports."""
    contexts = []
    origin = served_site.url.split("/smart-systems-hub/")[0]

    def opener(url: str | None = None, **options):
        context = browser.new_context(**options)
        contexts.append(context)
        log = PageLog()

        def guard(route):
            if route.request.url.startswith((origin + "/", "data:", "blob:")):
                route.continue_()
            else:
                log.outside.append(route.request.url)
                route.abort()

        context.route("**/*", guard)
        context.add_init_script(RECORD_CSP)
        context.on("request", lambda request: log.requests.append(request.url))
        context.on("requestfailed", lambda request: log.failed.append(f"{request.url} ({request.failure})"))
        context.on("response", lambda response: response.status >= 400 and log.failed.append(f"{response.url} ({response.status})"))
        page = context.new_page()
        page.on("console", lambda message: message.type == "error" and log.console_errors.append(message.text))
        page.on("pageerror", lambda error: log.page_errors.append(str(error)))
        if url:
            page.goto(url, wait_until="networkidle")
        return page, log

    yield opener
    for context in contexts:
        context.close()


def collect_csp(page, log: PageLog) -> None:
    log.csp_violations += page.evaluate("window.__cspViolations || []")
