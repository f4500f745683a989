"""Browser test fixtures: the site built once, served like GitHub Pages, and one Debian Chromium.

CHROMIUM_PATH names the browser (default /usr/bin/chromium). No test tool downloads a browser.
Without one, the browser tests fail and say how to install it; SKIP_BROWSER_TESTS=1 skips them
on purpose, except in CI (CI=true), which always runs them.
"""

from __future__ import annotations

import pytest

from pressroom.devsite import CHROMIUM_FLAGS, chromium_path, copy_site
from tests.helpers import RECORD_CSP, PageLog, ServedSite, built_and_served, missing_browser, skipping_on_purpose


def pytest_collection_modifyitems(config, items):
    if not skipping_on_purpose():
        return
    skip = pytest.mark.skip(reason="SKIP_BROWSER_TESTS=1: browser tests skipped on purpose")
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def served_site(tmp_path_factory):
    """The site built for the local server's address (Material's language switcher fetches the
    sitemap from the absolute site_url) and served like GitHub Pages."""
    root = copy_site(tmp_path_factory.mktemp("browser-site"))
    with built_and_served(root) as (server, _):
        yield ServedSite(server, root / "site", server.url)


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


def _opener(browser, site_url: str):
    """opener(url, **context_options) -> (page, log): a fresh browser context that lets no
    request leave the origin of `site_url` and records everything the page reports; and the
    contexts it made, to close."""
    contexts = []
    origin = site_url.split("/smart-systems-hub/")[0]

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

    return opener, contexts


@pytest.fixture
def open_page(browser, served_site):
    """open_page(url, **context_options) -> (page, log) on the real site (see _opener)."""
    opener, contexts = _opener(browser, served_site.url)
    yield opener
    for context in contexts:
        context.close()


@pytest.fixture
def open_archive_page(browser, large_archive):
    """open_archive_page(url, **context_options) -> (page, log) on the site with the large
    archive (tests/conftest.py), served on its own port."""
    opener, contexts = _opener(browser, large_archive.url)
    yield opener
    for context in contexts:
        context.close()
