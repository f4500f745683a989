"""The built site in Debian's Chromium, served like GitHub Pages: clean loading, the language
switcher, the 404 page, accessibility (axe-core), keyboard, print and a phone viewport."""

from __future__ import annotations

import io
import re
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.helpers import LANGUAGES, collect_csp
from pressroom.devsite import RELEASE

HEADLINE = {
    "de": "Sachsen fördert IoT-Netzwerk",
    "en": "Saxony funds IoT network",
}
NOT_FOUND = {"de": "Seite nicht gefunden", "en": "Page not found"}
SWITCH_TO = {"de": "English", "en": "Deutsch"}
OTHER = {"de": "en", "en": "de"}
# WCAG 2.1 A and AA (axe's tags are cumulative per level, so all four are listed).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def settle(page) -> None:
    """Wait until the page has stopped loading."""
    page.wait_for_load_state("networkidle")


def wait_until_still(page) -> None:
    """Wait until the page has not scrolled for 100 ms: a touch that lands while the page
    scrolls can't be cancelled, and Chromium logs that as a console error."""
    page.wait_for_function(
        """() => {
            const now = [scrollX, scrollY, visualViewport.offsetLeft, visualViewport.offsetTop].join();
            const still = window.lastScrollSeen === now;
            window.lastScrollSeen = now;
            return still;
        }""",
        polling=100,
    )


def wait_until_transitions_end(page) -> None:
    """Wait until no CSS transition or animation runs: axe reads colours as they are drawn, and
    the skip link that Tab focuses fades in."""
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")


def wait_until_material_started(page) -> None:
    """Wait until Material's bundle has started: its palette component adds a theme-colour
    meta."""
    page.locator("meta[name=theme-color]").wait_for(state="attached")
    settle(page)


def start_material(page) -> None:
    """Interact (a Tab) so that Material's bundle loads, and wait until it has started and the
    page has stopped moving."""
    page.keyboard.press("Tab")
    wait_until_material_started(page)
    wait_until_transitions_end(page)


# --- loading -----------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_release_page_loads_without_errors_and_stays_on_127_0_0_1(open_page, served_site, lang):
    page, log = open_page(served_site.page_url(lang))
    settle(page)
    assert page.locator("html").get_attribute("lang") == lang
    assert HEADLINE[lang] in page.locator("h1").inner_text()
    # Read without Material's bundle: it starts on the first interaction.
    loaded = " ".join(log.requests)
    assert "main." in loaded and "load-on-interaction.js" in loaded
    assert "bundle." not in loaded and "pagefind" not in loaded
    start_material(page)
    loaded = " ".join(log.requests)
    assert "bundle." in loaded
    assert "pagefind" not in loaded, "search loads on the search page only"
    collect_csp(page, log)
    assert log.problems() == []
    assert all(url.startswith(served_site.url) for url in log.requests), log.requests


@pytest.mark.parametrize("lang", LANGUAGES)
def test_palette_toggle_shown_before_the_bundle_and_the_first_click_switches(open_page, served_site, lang):
    page, log = open_page(served_site.page_url(lang), color_scheme="light")
    settle(page)
    body = page.locator("body")
    assert body.get_attribute("data-md-color-scheme") == "default"
    toggle = page.locator("[data-md-component=palette] label:visible")
    assert toggle.count() == 1, "one palette toggle is shown before any script but the page's own has run"
    toggle.click()  # this click also starts the bundle
    page.locator("body[data-md-color-scheme=slate]").wait_for(state="attached")
    settle(page)
    assert body.get_attribute("data-md-color-scheme") == "slate"
    assert page.locator("[data-md-component=palette] label:visible").count() == 1
    collect_csp(page, log)
    assert log.problems() == []
    # The choice is stored and applied on the next page before any interaction.
    following = page.context.new_page()
    following.goto(served_site.page_url(lang, "impressum/"), wait_until="networkidle")
    assert following.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert following.locator("[data-md-component=palette] label:visible").count() == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_release_reads_without_javascript(open_page, served_site, lang):
    page, log = open_page(java_script_enabled=False)
    page.goto(served_site.page_url(lang, f"{RELEASE}/"), wait_until="networkidle")
    main = page.locator("main").inner_text()
    assert HEADLINE[lang] in main and "Kralinski" in main and "Jens Jungmann" in main
    # The language switcher is a plain link to the counterpart page.
    page.locator(".md-select button").focus()
    with page.expect_navigation():
        page.get_by_role("link", name=SWITCH_TO[lang], exact=True).click()
    assert page.url == served_site.page_url(OTHER[lang], f"{RELEASE}/")
    assert log.problems() == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_legal_pages_load_without_errors_and_stay_on_127_0_0_1(open_page, served_site, lang):
    page, log = open_page()
    for path in ("impressum/", "datenschutz/", "barrierefreiheit/", "leichte-sprache/"):
        page.goto(served_site.page_url(lang, path), wait_until="networkidle")
        assert page.locator("html").get_attribute("lang") == lang
        assert page.locator("h1").first.is_visible()
        collect_csp(page, log)
    assert log.problems() == []
    assert all(url.startswith(served_site.url) for url in log.requests), log.requests


@pytest.mark.parametrize("path", ["", "impressum/"])
def test_no_page_fetches_a_sitemap(open_page, served_site, path):
    """Material looks up <href>/sitemap.xml for each link[rel=alternate]; the head's hreflang
    links are written so that it doesn't, as a sitemap exists only at the site's root."""
    page, log = open_page(served_site.page_url("en", path))
    settle(page)
    assert not [url for url in log.requests if url.endswith("sitemap.xml")]


# --- language switcher and 404 ----------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", ["", f"{RELEASE}/", "impressum/"])
def test_language_switcher_lands_on_the_counterpart_page(open_page, served_site, lang, path):
    page, log = open_page(served_site.page_url(lang, path))
    settle(page)
    page.locator(".md-select button").hover()
    with page.expect_navigation():
        page.get_by_role("link", name=SWITCH_TO[lang], exact=True).click()
    settle(page)
    assert page.url == served_site.page_url(OTHER[lang], path)
    assert page.locator("html").get_attribute("lang") == OTHER[lang]
    collect_csp(page, log)
    assert log.problems() == []


@pytest.mark.parametrize("lang, mistyped", [("de", "pressemitteilung/"), ("de", "impresum"), ("en", "en/pres-release/"), ("en", "en/impresum")])
def test_a_mistyped_url_shows_the_404_page_in_the_urls_language(open_page, served_site, lang, mistyped):
    page, log = open_page()
    response = page.goto(served_site.url + mistyped, wait_until="networkidle")
    assert response.status == 404
    # The text, the footer's legal links, the skip link and the search link in one language only.
    shown = page.locator("[data-not-found]:visible")
    assert shown.count() == page.locator("[data-not-found]").count() // 2 >= 4
    assert {shown.nth(i).get_attribute("lang") for i in range(shown.count())} == {lang}
    assert page.locator(".site-legal:visible a").first.inner_text() == {"de": "Impressum", "en": "Legal notice"}[lang]
    assert page.locator("h1:visible").inner_text() == NOT_FOUND[lang]
    assert page.locator("html").get_attribute("lang") == lang
    # The site's name in the title and the header follows the URL's language too.
    name = {"de": "Medieninformation SMWA", "en": "SMWA press release"}[lang]
    assert page.title() == name
    assert page.locator(".md-header__topic .md-ellipsis").first.inner_text() == name
    assert page.locator(".md-header [data-md-component=logo]").get_attribute("aria-label") == name
    assert {"de": "SMWA press release", "en": "Medieninformation SMWA"}[lang] not in page.locator("body").inner_text()
    collect_csp(page, log)
    # The page's own 404 is expected; nothing else may fail.
    assert [p for p in log.problems() if mistyped not in p and "404 (Not Found)" not in p] == []



# Every text and label a visitor can see or hear: text nodes and the names and tooltips of
# elements, outside what is hidden (the other language's parts of the 404 page) and scripts.
WORDING = """() => {
    const shown = (node) => !node.closest('[hidden], script, style, template');
    const words = new Set();
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
        const text = node.nodeValue.split(/\\s+/).join(' ').trim();
        if (text && shown(node.parentElement)) words.add(text);
    }
    for (const element of document.body.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
        if (!shown(element)) continue;
        for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
            const value = (element.getAttribute(name) || '').trim();
            if (value) words.add(value);
        }
    }
    words.add(document.title.trim());
    return [...words];
}"""


def wording(page) -> set[str]:
    return set(page.evaluate(WORDING))


@pytest.mark.parametrize("lang, mistyped", [("en", "en/pres-release/"), ("de", "pressemitteilung/")])
def test_the_404_page_speaks_only_the_urls_language(open_page, served_site, lang, mistyped):
    # What the site's pages in the other language say and pages in this language do not: the
    # home page and the legal notice in both languages, with their navigation, header, search
    # and footer as Material and the templates word them.
    other = OTHER[lang]
    words = {}
    for language in LANGUAGES:
        seen: set[str] = set()
        for path in ["", "impressum/"]:
            page, _ = open_page(served_site.page_url(language, path))
            settle(page)
            seen |= wording(page)
            page.close()
        words[language] = seen
    foreign = words[other] - words[lang]
    assert {"de": "Impressum", "en": "Legal notice"}[other] in foreign  # the comparison can fail
    page, _ = open_page()
    page.goto(served_site.url + mistyped, wait_until="networkidle")
    shown = wording(page)
    assert shown & foreign == set()
    # And the English one is not the German one, hidden: its own language's words show.
    assert {"de": "Impressum", "en": "Legal notice"}[lang] in shown
    # The navigation leads to the pages of the URL's language.
    legal = {"de": "Impressum", "en": "Legal notice"}[lang]
    href = page.locator("a.md-nav__link", has_text=legal).first.get_attribute("href")
    assert href == urlsplit(served_site.page_url(lang, "impressum/")).path

# --- accessibility -----------------------------------------------------------------------

def axe_violations(page) -> list[str]:
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]})
    return [
        f"{violation['id']}: {violation['help']} — " + "; ".join(node["target"][0] if node["target"] else "?" for node in violation["nodes"][:5])
        for violation in results.response["violations"]
    ]


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_finds_no_wcag_21_aa_violation(open_page, served_site, lang, scheme):
    color_scheme = "dark" if scheme == "slate" else "light"
    page, log = open_page(color_scheme=color_scheme)
    found = {}
    for path in ("", "impressum/", "datenschutz/", "barrierefreiheit/", "leichte-sprache/", "suche/", "missing/"):
        page.goto(served_site.page_url(lang, path), wait_until="networkidle")
        assert page.locator("body").get_attribute("data-md-color-scheme") == scheme
        found[path or "release"] = axe_violations(page)
        start_material(page)
        found[(path or "release") + " with Material's bundle"] = axe_violations(page)
    assert {page: violations for page, violations in found.items() if violations} == {}
    assert len(found) == 14


# --- keyboard ----------------------------------------------------------------------------

FOCUS_STATE = """() => {
  // Measure the end state of focus transitions (Material fades the skip link in).
  document.getAnimations().forEach((animation) => animation.finish());
  const element = document.activeElement;
  const shown = (e) => {
    const box = e.getBoundingClientRect(), style = getComputedStyle(e);
    return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && parseFloat(style.opacity) > 0;
  };
  const ring = (e) => {
    const style = getComputedStyle(e);
    return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
  };
  // A visually hidden radio (Material's palette toggle) shows its focus on the label after it.
  const indicator = !shown(element) && element.nextElementSibling && element.nextElementSibling.tagName === "LABEL"
    ? element.nextElementSibling : element;
  return {
    tag: element.tagName,
    classes: element.className,
    name: element.getAttribute("aria-label") || element.textContent.trim().slice(0, 40),
    visible: shown(indicator) && ring(indicator),
  };
}"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_keyboard_skip_link_visible_focus_switcher_and_search(open_page, served_site, lang):
    page, log = open_page(served_site.page_url(lang))
    settle(page)
    stops = []
    for _ in range(12):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(FOCUS_STATE))
    first = stops[0]
    assert "md-skip" in first["classes"], f"the first Tab stop is {first}, not the skip link"
    assert [s for s in stops if not s["visible"]] == [], "every Tab stop shows its focus"
    classes = " ".join(s["classes"] for s in stops)
    assert "md-select__link" in classes, "the language switcher's links are reachable with Tab"
    assert any(s["name"] == {"de": "Suche", "en": "Search"}[lang] for s in stops), "the search link is reachable with Tab"
    # The skip link leads past the header to the content.
    page.keyboard.press("Shift+Tab")  # back to a known place, then start again
    page.goto(served_site.page_url(lang), wait_until="networkidle")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('.md-content')"), "Tab after the skip link stays in the content"


# --- print -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_printed_release_shows_headline_date_body_and_contact_not_navigation(open_page, served_site, lang):
    from pypdf import PdfReader

    page, log = open_page(served_site.page_url(lang))
    settle(page)
    pdf = page.pdf(format="A4")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    text = re.sub(r"\s+", " ", text.replace("\u00ad", "").replace("-\n", ""))
    assert HEADLINE[lang] in text
    assert {"de": "10. November 2023", "en": "November 10, 2023"}[lang] in text
    assert {"de": "Innovationszentrum", "en": "innovation center"}[lang] in text  # the body
    assert "Jens Jungmann" in text and "+49 351 564 80600" in text  # the contact
    legal = {"de": "Impressum", "en": "Legal notice"}[lang]
    for navigation in (legal, {"de": "Zum Inhalt springen", "en": "Skip to content"}[lang], "Deutsch English"):
        assert navigation not in text, f"{navigation!r} is printed"
    search = {"de": "Suche", "en": "Search"}[lang]
    assert not re.search(rf"\b{search}\b", text), "the search field is printed"


# --- phone -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", ["", "impressum/", "datenschutz/", "barrierefreiheit/", "leichte-sprache/", "suche/"])
def test_phone_viewport_has_no_horizontal_scrolling(open_page, served_site, lang, path):
    page, log = open_page(served_site.page_url(lang, path), viewport={"width": 390, "height": 844},
                          device_scale_factor=3, is_mobile=True, has_touch=True)
    settle(page)
    widths = page.evaluate("[document.documentElement.scrollWidth, document.body.scrollWidth, innerWidth]")
    assert max(widths[:2]) <= widths[2] == 390, widths
    page.mouse.wheel(200, 0)
    assert page.evaluate("scrollX") == 0


KEY_FIGURES = """() => [...document.querySelectorAll(".key-figures__item")].map((item) => {
  const parts = [item.querySelector(".key-figures__value"), item.querySelector(".key-figures__label")];
  return {
    text: item.innerText,
    boxes: parts.map((e) => { const b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; }),
    fontSizes: parts.map((e) => parseFloat(getComputedStyle(e).fontSize)),
    overflow: parts.map((e) => e.scrollWidth > e.clientWidth + 1),
  };
})"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_phone_viewport_key_figures_stay_readable(open_page, served_site, lang):
    page, log = open_page(served_site.page_url(lang), viewport={"width": 390, "height": 844},
                          device_scale_factor=3, is_mobile=True, has_touch=True)
    settle(page)
    items = page.evaluate(KEY_FIGURES)
    assert len(items) == 4
    boxes = []
    for item in items:
        assert min(item["fontSizes"]) >= 12, item
        assert not any(item["overflow"]), f"text cut off: {item}"
        for left, top, right, bottom in item["boxes"]:
            assert 0 <= left and right <= 390, f"outside the screen: {item}"
            boxes.append((left, top, right, bottom))
    # No two pieces of text overlap.
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
