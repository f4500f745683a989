"""Search (Pagefind, one index per language) in Debian's Chromium: each language finds its own
pages only, German words with umlauts find theirs, the count is announced, the keyboard and `/`
lead there, axe finds nothing, without JavaScript the page says so; and on the site with 1,000
generated release pairs a title word finds its release for a few hundred KB."""

from __future__ import annotations

import re

import pytest

from pressroom.devsite import RELEASE, SEARCH_PATH, search_in_browser
from tests.browser.test_pages import axe_violations, settle
from tests.helpers import LANGUAGES, collect_csp

OTHER = {"de": "en", "en": "de"}
SEARCH_BYTES = 400_000


def in_language(served_url: str, lang: str, url: str) -> bool:
    """Whether the page at `url` is one of `lang`'s (German at the root, English under /en/)."""
    path = url.removeprefix(served_url)
    return path.startswith("en/") == (lang == "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_name_finds_the_release_in_the_pages_language_only(open_page, served_site, lang):
    page, log = open_page()
    _, found = search_in_browser(page, served_site.page_url(lang, SEARCH_PATH), "Kralinski")
    assert served_site.page_url(lang, f"{RELEASE}/") in found, found
    assert all(in_language(served_site.url, lang, url) for url in found), found
    status = page.locator("[role=status]").inner_text()
    assert re.fullmatch({"de": r"\d+ Treffer\.", "en": r"\d+ results?\."}[lang], status), status
    assert int(status.split()[0]) == len(found)
    collect_csp(page, log)
    assert log.problems() == []


@pytest.mark.parametrize(("lang", "query"), [("de", "Förderung"), ("de", "Fördermittelbescheid"), ("en", "funding")])
def test_words_with_umlauts_and_inflections_find_their_page(open_page, served_site, lang, query):
    page, log = open_page()
    _, found = search_in_browser(page, served_site.page_url(lang, SEARCH_PATH), query)
    assert served_site.page_url(lang, f"{RELEASE}/") in found, found
    excerpt = page.locator("[data-search-results] li").first.inner_text()
    assert query.lower()[:6] in excerpt.lower(), excerpt
    assert log.problems() == []


@pytest.mark.parametrize(("lang", "query"), [("de", "Fernsehen"), ("en", "television")])
def test_the_easy_to_read_page_which_has_no_template_of_its_own_is_found(open_page, served_site, lang, query):
    page, log = open_page()
    _, found = search_in_browser(page, served_site.page_url(lang, SEARCH_PATH), query)
    assert found == [served_site.page_url(lang, "leichte-sprache/")], found
    assert log.problems() == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_word_that_is_nowhere_finds_nothing_and_says_so(open_page, served_site, lang):
    page, log = open_page()
    _, found = search_in_browser(page, served_site.page_url(lang, SEARCH_PATH), "qxzvjwk")
    assert found == []
    assert page.locator("[role=status]").inner_text() == {"de": "Keine Treffer.", "en": "No results."}[lang]
    assert log.problems() == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_place_both_languages_name_finds_pages_of_the_pages_language_only(open_page, served_site, lang):
    page, log = open_page()
    _, found = search_in_browser(page, served_site.page_url(lang, SEARCH_PATH), "Dresden")
    assert len(found) >= 2 and all(in_language(served_site.url, lang, url) for url in found), found
    assert log.problems() == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_slash_leads_from_a_page_into_the_search_field_and_tab_to_the_results(open_page, served_site, lang):
    page, log = open_page(served_site.page_url(lang, "impressum/"))
    settle(page)
    assert "pagefind" not in " ".join(log.requests), "no search code before the search page"
    page.keyboard.press("/")
    page.wait_for_url(served_site.page_url(lang, SEARCH_PATH) + "#search-query")
    page.locator("#search-query:focus").wait_for(state="attached")
    page.keyboard.type("Kralinski")
    page.locator("[data-search-results] a").first.wait_for()
    page.keyboard.press("Enter")  # the form's submit searches, it does not leave the page
    page.keyboard.press("Tab")  # the search button
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('[data-search-results]') !== null")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.startswith(served_site.page_url(lang))
    collect_csp(page, log)
    assert log.problems() == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_finds_no_violation_with_results_shown(open_page, served_site, lang, scheme):
    page, log = open_page(color_scheme=scheme)
    search_in_browser(page, served_site.page_url(lang, SEARCH_PATH), "Dresden")
    assert page.locator("[data-search-results] li").count() >= 1
    assert axe_violations(page) == []
    collect_csp(page, log)
    assert log.problems() == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_javascript_the_search_page_says_so_and_links_the_archive(open_page, served_site, lang):
    page, log = open_page(java_script_enabled=False)
    page.goto(served_site.page_url(lang, SEARCH_PATH), wait_until="networkidle")
    status = page.locator("[role=status]")
    assert {"de": "Die Suche braucht JavaScript.", "en": "Search needs JavaScript."}[lang] in status.inner_text()
    assert status.locator("a").get_attribute("href").rstrip("/").endswith("archiv")
    assert log.problems() == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_at_1000_pairs_a_title_finds_its_release_for_at_most_400_kb(open_archive_page, large_archive, lang):
    slug = large_archive.slugs[len(large_archive.slugs) // 3]
    title = (large_archive.build.root / "docs" / lang / f"{slug}.md").read_text(encoding="utf-8")
    words = re.search(r"^title: (.*)$", title, re.M).group(1)
    query = " ".join(re.findall(r"\w{4,}|\(\d+\)", words)).replace("(", "").replace(")", "")
    page, log = open_archive_page()
    sent, found = search_in_browser(page, large_archive.url + LANGUAGES[lang] + SEARCH_PATH, query)
    assert large_archive.url + LANGUAGES[lang] + f"{slug}/" in found, (query, found[:5])
    assert all(in_language(large_archive.url, lang, url) for url in found)
    assert sent <= SEARCH_BYTES, f"{sent:,} bytes fetched after the first key"
