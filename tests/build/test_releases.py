"""More than one release: the list per language, the newest leading the home page, the feeds."""

from __future__ import annotations

import re

import feedparser
import pytest
from bs4 import BeautifulSoup

from pressroom import releases
from pressroom.devsite import LOCAL_URL, RELEASE, run_build

NEWER = "2024-03-01-zweite-foerderung"


def add_release(docs, slug: str, day: str, languages=("de", "en")) -> None:
    """A second release: the first one's text under a new slug, date and headline."""
    for lang in languages:
        text = (docs / lang / f"{RELEASE}.md").read_text(encoding="utf-8")
        text = text.replace("date: 2023-11-10", f"date: {day}")
        prefix = "Zweite Runde – " if lang == "de" else "Second round – "
        text = re.sub(r'^title: ("?)', lambda m, prefix=prefix: f"title: {m.group(1)}{prefix}", text, count=1, flags=re.M)
        (docs / lang / f"{slug}.md").write_text(text, encoding="utf-8")


def soup(path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def two_releases(tmp_path_factory):
    from pressroom.devsite import copy_site

    root = copy_site(tmp_path_factory.mktemp("two") / "site-src")
    add_release(root / "docs", NEWER, "2024-03-01")
    build = run_build(root)
    assert build.returncode == 0, build.output
    return build.site


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_list_is_newest_first_and_the_newest_leads_the_home_page(two_releases, prefix):
    home = soup(two_releases / prefix / "index.html")
    links = [item.find("a")["href"] for item in home.select(".release-list__item")]
    assert links == [f"{LOCAL_URL}{prefix}{NEWER}/", f"{LOCAL_URL}{prefix}{RELEASE}/"]
    assert home.select_one(".release h1").get_text().startswith(("Zweite Runde", "Second round"))
    assert (two_releases / prefix / NEWER / "index.html").is_file()


@pytest.mark.parametrize("prefix, lang", [("", "de"), ("en/", "en")])
def test_each_language_has_a_valid_atom_feed_with_absolute_links(two_releases, prefix, lang):
    feed = feedparser.parse((two_releases / prefix / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.language == lang
    assert [entry.link for entry in feed.entries] == [f"{LOCAL_URL}{prefix}{NEWER}/", f"{LOCAL_URL}{prefix}{RELEASE}/"]
    assert feed.entries[0].published.startswith("2024-03-01")
    assert all(entry.summary for entry in feed.entries)


def test_a_release_not_yet_translated_is_marked_in_the_visitors_language(site_copy):
    add_release(site_copy / "docs", NEWER, "2024-03-01", languages=("de",))
    # The parity check stops a publishing build; a draft build shows the fallback.
    assert run_build(site_copy).returncode != 0
    build = run_build(site_copy, strict=False)
    assert build.returncode == 0, build.output
    fallback = soup(build.site / "en" / NEWER / "index.html")
    assert "has not been translated into English yet" in fallback.select_one(".not-translated").get_text()
    # Only pages that really exist in a language are its alternates, in the head and the sitemap.
    for page in (fallback, soup(build.site / NEWER / "index.html")):
        alternates = {link["hreflang"]: link["href"] for link in page.head.find_all("link", hreflang=True)}
        assert alternates == {"de": f"{LOCAL_URL}{NEWER}/"}
        assert page.head.find("link", rel="canonical")["href"] == f"{LOCAL_URL}{NEWER}/"
    sitemap = (build.site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"{LOCAL_URL}{NEWER}/" in sitemap and f"{LOCAL_URL}en/{NEWER}/" not in sitemap
    home = soup(build.site / "en" / "index.html")
    first = home.select(".release-list__item")[0]
    assert "not yet translated" in first.get_text() and first["lang"] == "de"
    # The English home still leads with the newest release written in English.
    assert home.select_one(".release h1").get_text().startswith("SMWA: Saxony funds")
    feed = feedparser.parse((build.site / "en" / "feed.xml").read_bytes())
    assert [entry.link for entry in feed.entries] == [f"{LOCAL_URL}en/{RELEASE}/"]


def test_newest_first_orders_by_date_then_slug_and_drops_undated():
    make = lambda slug, day: releases.Release(slug, slug, day, "", "", "de", True)  # noqa: E731
    ordered = releases.newest_first([make("a", "2023-01-01"), make("c", "2024-01-01"), make("b", "2024-01-01"), make("x", "soon")])
    assert [r.slug for r in ordered] == ["c", "b", "a"]
