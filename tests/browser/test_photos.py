"""A release with a photo in Chromium: the photo loads (WebP where the browser takes it, a width
fitting the screen) at its proportions, with no console error, CSP violation or request leaving
127.0.0.1; axe-core finds no WCAG 2.1 AA violation; on a phone nothing scrolls sideways; the
download link fetches the full-size JPEG."""

from __future__ import annotations

import re

import pytest

from pressroom.devsite import RELEASE, add_photo, copy_site
from tests.browser.conftest import _opener
from tests.browser.test_pages import axe_violations, settle
from tests.helpers import ServedSite, built_and_served

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True, "has_touch": True}


@pytest.fixture(scope="module")
def photo_site(tmp_path_factory):
    root = copy_site(tmp_path_factory.mktemp("browser-photo"))
    add_photo(root)
    with built_and_served(root, "the site with a photo") as (server, _):
        yield ServedSite(server, root / "site", server.url)


@pytest.fixture
def open_photo_page(browser, photo_site):
    opener, contexts = _opener(browser, photo_site.url)
    yield opener
    for context in contexts:
        context.close()


def shown_photo(page) -> dict:
    img = page.locator(".release-photo img")
    img.scroll_into_view_if_needed()  # it loads lazily, below the first view
    page.wait_for_function("() => { const i = document.querySelector('.release-photo img'); return i.complete && i.naturalWidth > 0; }")
    shown = img.evaluate("i => ({src: i.currentSrc, box: [i.clientWidth, i.clientHeight]})")
    # The width of the file the browser chose from srcset, by its name (photo-<digest>-<width>.webp).
    shown["chosen"] = int(re.search(r"-(\d+)\.(?:webp|jpg)$", shown["src"]).group(1))
    return shown


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_photo_shows_without_errors_and_passes_axe(open_photo_page, photo_site, lang):
    page, log = open_photo_page(photo_site.page_url(lang, f"{RELEASE}/"))
    photo = shown_photo(page)
    assert photo["src"].endswith(".webp"), photo
    width, height = photo["box"]
    assert width > 200 and abs(width / height - 1.5) < 0.02, photo  # at the source's 3:2
    assert photo["chosen"] >= width  # never blown up on a plain screen
    settle(page)
    assert axe_violations(page) == []
    assert log.problems() == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_on_a_phone_the_photo_fits_and_nothing_scrolls_sideways(open_photo_page, photo_site, lang):
    page, log = open_photo_page(photo_site.page_url(lang, f"{RELEASE}/"), **PHONE)
    photo = shown_photo(page)
    assert photo["box"][0] <= 390
    # At three device pixels to one, a width near the screen's physical width, not the largest.
    assert 3 * photo["box"][0] <= photo["chosen"] < 1600, photo
    widths = page.evaluate("[document.documentElement.scrollWidth, document.body.scrollWidth, innerWidth]")
    assert max(widths[:2]) <= widths[2] == 390, widths
    assert log.problems() == []


def test_the_download_link_fetches_the_full_size_jpeg(open_photo_page, photo_site):
    page, log = open_photo_page(photo_site.page_url("de", f"{RELEASE}/"))
    link = page.locator(".release-photo__download a")
    assert link.is_visible()
    with page.expect_download() as download:
        link.click()
    path = download.value.path()
    from PIL import Image

    with Image.open(path) as image:
        assert image.size == (3000, 2000) and image.format == "JPEG"
    assert download.value.suggested_filename == "2023-11-10-smart-systems-hub.jpg"
    assert log.problems() == []
