"""The home page and the archive of the site with 1,000 generated release pairs (tests/conftest.py,
large_archive) in Debian's Chromium: the home page's size and element count as the browser has
them, axe-core on the archive pages, the way from the home page to a release with the keyboard,
and a phone's screen."""

from __future__ import annotations

import pytest

from tests.browser.test_pages import FOCUS_STATE, axe_violations, settle, start_material
from tests.helpers import LANGUAGES, collect_csp

HOME_BYTES = 100 * 1024
HOME_ELEMENTS = 1400
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True, "has_touch": True}
ARCHIVE_PAGES = ["", "archiv/", "archiv/2023/"]


def url(large_archive, lang: str, path: str = "") -> str:
    return large_archive.url + LANGUAGES[lang] + path


def problems(log) -> list[str]:
    """What the pages reported, but for requests cut short by leaving a page: Material's search
    worker may still be loading the large archive's index when a test moves on."""
    return [problem for problem in log.problems() if not problem.endswith("(net::ERR_ABORTED)")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_is_small_as_the_browser_loads_it(open_archive_page, large_archive, lang):
    page, log = open_archive_page()
    response = page.goto(url(large_archive, lang), wait_until="networkidle")
    assert len(response.body()) <= HOME_BYTES
    assert page.evaluate("document.getElementsByTagName('*').length") <= HOME_ELEMENTS
    # The newest ten and a link for each year of the archive.
    assert page.locator("main .release-list__item").count() == 10
    assert page.locator("main nav.archive-years a").count() == 4
    start_material(page)
    assert page.evaluate("document.getElementsByTagName('*').length") <= HOME_ELEMENTS
    collect_csp(page, log)
    assert log.problems() == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_finds_no_wcag_21_aa_violation_on_the_archive(open_archive_page, large_archive, lang, scheme):
    page, log = open_archive_page(color_scheme=scheme)
    found = {}
    for path in ARCHIVE_PAGES:
        page.goto(url(large_archive, lang, path), wait_until="networkidle")
        found[path or "home"] = axe_violations(page)
        start_material(page)
        found[(path or "home") + " with Material's bundle"] = axe_violations(page)
        collect_csp(page, log)
    assert {path: violations for path, violations in found.items() if violations} == {}
    assert problems(log) == []


def tab_to(page, selector: str, limit: int = 80) -> list[dict]:
    """Press Tab until the focus is on an element matching `selector`; the Tab stops on the way."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(FOCUS_STATE))
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return stops
    raise AssertionError(f"{selector} not reached with {limit} Tabs: {stops[-5:]}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_keyboard_leads_from_the_home_page_through_a_year_to_a_release(open_archive_page, large_archive, lang):
    page, log = open_archive_page(url(large_archive, lang))
    settle(page)
    # The skip link, then the content: the archive's years after the newest releases.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
    stops = tab_to(page, "nav.archive-years a[href$='archiv/2022/']")
    assert [s for s in stops if not s["visible"]] == [], "every Tab stop shows its focus"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == url(large_archive, lang, "archiv/2022/")
    # On the year page: past the header and the years to the first release of the year.
    stops = tab_to(page, "main .release-list__item a")
    assert [s for s in stops if not s["visible"]] == []
    target = page.evaluate("document.activeElement.href")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == target and page.locator("article.release h1").is_visible()
    collect_csp(page, log)
    assert problems(log) == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", ARCHIVE_PAGES)
def test_phone_viewport_has_no_horizontal_scrolling_in_the_archive(open_archive_page, large_archive, lang, path):
    page, log = open_archive_page(url(large_archive, lang, path), **PHONE)
    settle(page)
    widths = page.evaluate("[document.documentElement.scrollWidth, document.body.scrollWidth, innerWidth]")
    assert max(widths[:2]) <= widths[2] == 390, widths
    page.mouse.wheel(200, 0)
    assert page.evaluate("scrollX") == 0
    # The year links stay targets of at least 24 × 24 px.
    sizes = page.evaluate("[...document.querySelectorAll('.archive-years__list a')].map(a => { const b = a.getBoundingClientRect(); return [b.width, b.height]; })")
    assert sizes and all(w >= 24 and h >= 24 for w, h in sizes), sizes
