"""The archive at scale: a strict build with 1,000 generated release pairs (tests/conftest.py,
large_archive) keeps the home page and the feeds small, lists every release on its year's page,
newest first, and puts every release within two clicks of its language's home page. A small
draft build with releases in one language only marks them, and pairs the year pages that exist."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import deque
from datetime import date
from pathlib import Path
from urllib.parse import quote, unquote, urldefrag, urljoin

import feedparser
import pytest
from bs4 import BeautifulSoup

from pressroom import front_matter
from pressroom.devsite import LOCAL_URL, RELEASE, copy_site, run_build
from tests.helpers import LANGUAGES

HOME_BYTES = 100 * 1024
# Lighthouse flags a page with more elements than this.
HOME_ELEMENTS = 1400
FEED_ENTRIES = 25


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def page_file(site: Path, base: str, url: str) -> Path:
    """The built file a URL of the site is served from."""
    relative = unquote(url[len(base):])
    return site / relative / "index.html" if relative.endswith("/") or not relative else site / relative


def sources(root: Path, lang: str) -> list[dict]:
    """The releases written in a language, from their front matter: the oracle of the lists."""
    found = []
    for path in sorted((root / "docs" / lang).glob("*.md")):
        meta = front_matter.read_page_source(path.read_text(encoding="utf-8")).document.data or {}
        if meta.get("template") == "release.html":
            found.append({"slug": path.stem, "date": str(meta["date"]), "title": meta["title"]})
    return found


def newest_first(releases: list[dict]) -> list[dict]:
    return sorted(releases, key=lambda r: (r["date"], r["slug"]), reverse=True)


def items(html: BeautifulSoup) -> list[tuple[str, str, str]]:
    """(link, date, title) of each release listed on a page, in the page's order."""
    return [
        (item.find("a")["href"], item.find("time")["datetime"], item.find("a").get_text())
        for item in html.select(".release-list__item")
    ]


# --- the home page and the feeds ------------------------------------------------------------

@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_home_page_stays_small_at_a_thousand_releases(large_archive, lang, prefix):
    home = large_archive.site / prefix / "index.html"
    html = soup(home)
    assert home.stat().st_size <= HOME_BYTES, f"{home.stat().st_size} bytes"
    assert len(html.find_all(True)) <= HOME_ELEMENTS
    newest = newest_first(sources(large_archive.build.root, lang))
    # The newest release in full, then the newest ten, the first of them the one in full.
    assert html.select_one("article.release h1").get_text() == newest[0]["title"]
    assert html.select_one("article.release .release__body").get_text(strip=True)
    assert [link for link, _, _ in items(html)] == [f"{large_archive.url}{prefix}{quote(r['slug'])}/" for r in newest[:10]]


@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_home_page_leads_into_the_archive_of_every_year(large_archive, lang, prefix):
    html = soup(large_archive.site / prefix / "index.html")
    years = sorted({date.fromisoformat(r["date"]).year for r in sources(large_archive.build.root, lang)}, reverse=True)
    assert years == [2024, 2023, 2022, 2021]
    nav = html.select_one("main nav.archive-years")
    assert nav["aria-labelledby"] == nav.find("h2")["id"]
    assert [a["href"] for a in nav.find_all("a")] == [f"{large_archive.url}{prefix}archiv/{year}/" for year in years]
    assert html.select_one(".release-list__more a")["href"] == f"{large_archive.url}{prefix}archiv/"
    # The archive is in the site's navigation too.
    primary = [a["href"] for a in html.select(".md-nav--primary a.md-nav__link")]
    assert "archiv/" in primary


@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_feed_carries_the_newest_twenty_with_absolute_links(large_archive, lang, prefix):
    feed = feedparser.parse((large_archive.site / prefix / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10" and feed.feed.language == lang
    assert len(feed.entries) <= FEED_ENTRIES
    newest = newest_first(sources(large_archive.build.root, lang))[:20]
    assert [entry.link for entry in feed.entries] == [f"{large_archive.url}{prefix}{quote(r['slug'])}/" for r in newest]
    assert [entry.title for entry in feed.entries] == [r["title"] for r in newest]
    assert feed.feed.link == f"{large_archive.url}{prefix}"


# --- the archive ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_each_year_page_lists_every_release_of_its_year_newest_first(large_archive, lang, prefix):
    written = sources(large_archive.build.root, lang)
    assert len(written) == 1001
    for year in (2021, 2022, 2023, 2024):
        html = soup(large_archive.site / prefix / "archiv" / str(year) / "index.html")
        expected = newest_first([r for r in written if r["date"].startswith(f"{year}-")])
        listed = items(html)
        assert listed == [(f"{large_archive.url}{prefix}{quote(r['slug'])}/", r["date"], r["title"]) for r in expected]
        dates = [day for _, day, _ in listed]
        assert dates == sorted(dates, reverse=True)
        # Under a heading per month, the month of each of its releases, as a level-2 heading.
        assert [h.name for h in html.select("article h1, article h2")][0] == "h1"
        for heading in html.select("article h2[id^=month-]"):
            month = int(heading["id"].removeprefix("month-"))
            under = heading.find_next_sibling("ol").select("time")
            assert under and all(date.fromisoformat(t["datetime"]).month == month for t in under)
            assert heading.get_text().endswith(str(year))
        current = html.select("nav.archive-years a[aria-current=page]")
        assert [a.get_text() for a in current] == [str(year)]


@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_archive_index_lists_the_years_with_their_counts(large_archive, lang, prefix):
    html = soup(large_archive.site / prefix / "archiv" / "index.html")
    assert html.html["lang"] == lang
    rows = [(li.find("a")["href"], li.find(class_="archive-years__count").get_text()) for li in html.select(".archive-years__list li")]
    word = {"de": "Medieninformationen", "en": "press releases"}[lang]
    assert rows == [
        (f"{large_archive.url}{prefix}archiv/2024/", f"100 {word}"),
        (f"{large_archive.url}{prefix}archiv/2023/", f"301 {word}"),
        (f"{large_archive.url}{prefix}archiv/2022/", f"300 {word}"),
        (f"{large_archive.url}{prefix}archiv/2021/", f"300 {word}"),
    ]


def within_clicks(site: Path, base: str, start: str, clicks: int) -> dict[str, int]:
    """Every page of the site reached from `start` by following links in the built HTML, with
    the fewest clicks it takes, up to `clicks`."""
    reached = {start: 0}
    queue = deque([start])
    while queue:
        url = queue.popleft()
        if reached[url] == clicks:
            continue
        for a in soup(page_file(site, base, url)).find_all("a", href=True):
            target = urldefrag(urljoin(url, a["href"]))[0]
            if target.startswith(base) and target not in reached and page_file(site, base, target).suffix == ".html":
                assert page_file(site, base, target).is_file(), f"{url} links to {target}, which is not built"
                reached[target] = reached[url] + 1
                queue.append(target)
    return reached


@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_every_release_is_within_two_clicks_of_its_home_page(large_archive, lang, prefix):
    base = large_archive.url
    reached = within_clicks(large_archive.site, base, base + prefix, 2)
    releases = [f"{base}{prefix}{quote(r['slug'])}/" for r in sources(large_archive.build.root, lang)]
    assert [url for url in releases if url not in reached] == []


@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_archive_pages_are_pages_of_their_language(large_archive, lang, prefix):
    """Head, switcher, CSP, footer and sitemap entry, as every other page has them."""
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    sitemap = {url.find("s:loc", ns).text for url in ET.parse(large_archive.site / "sitemap.xml").getroot().findall("s:url", ns)}
    for page in ("archiv/", "archiv/2021/", "archiv/2024/"):
        html = soup(large_archive.site / prefix / page / "index.html")
        url = large_archive.url + prefix + page
        assert html.html["lang"] == lang
        assert html.head.find("link", rel="canonical")["href"] == url
        alternates = {link["hreflang"]: link["href"] for link in html.head.find_all("link", hreflang=True)}
        assert alternates == {"de": large_archive.url + page, "en": large_archive.url + "en/" + page, "x-default": large_archive.url + page}
        assert html.head.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert html.head.find("meta", attrs={"name": "description"})["content"]
        switcher = {a["hreflang"]: urljoin(url, a["href"]) for a in html.select("a.md-select__link")}
        assert switcher == {"de": large_archive.url + page, "en": large_archive.url + "en/" + page}
        assert [nav["lang"] for nav in html.select("footer nav.site-legal")] == [lang]
        assert len(html.find_all("h1")) == 1 and html.find("main")
        assert url in sitemap
    assert "WARNING" not in large_archive.build.output


# --- releases in one language only --------------------------------------------------------

def write_release(root: Path, lang: str, slug: str, day: str, title: str) -> None:
    """A release in one language: the seed's text under a new slug, date and headline."""
    text = (root / "docs" / lang / f"{RELEASE}.md").read_text(encoding="utf-8")
    text = re.sub(r"^date: .*$", f"date: {day}", text, count=1, flags=re.M)
    text = re.sub(r"^title: .*$", f"title: {title}", text, count=1, flags=re.M)
    (root / "docs" / lang / f"{slug}.md").write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def one_sided(tmp_path_factory) -> Path:
    """A draft build (the publishing build stops on a missing translation) with a release only
    in German (2019) and one only in English (2018)."""
    root = copy_site(tmp_path_factory.mktemp("one-sided") / "src")
    write_release(root, "de", "2019-05-02-nur-deutsch", "2019-05-02", "Nur auf Deutsch")
    write_release(root, "en", "2018-03-01-english-only", "2018-03-01", "English only")
    build = run_build(root, strict=False)
    assert build.returncode == 0, build.output
    return build.site


def test_a_release_not_yet_translated_is_marked_in_the_year_page(one_sided):
    html = soup(one_sided / "en" / "archiv" / "2019" / "index.html")
    item = html.select_one(".release-list__item")
    assert item["lang"] == "de" and item.find("a").get_text() == "Nur auf Deutsch"
    assert item.find("a")["href"] == f"{LOCAL_URL}en/2019-05-02-nur-deutsch/"
    marker = item.find(class_="own-translation")
    assert marker["lang"] == "en" and marker.get_text() == "(not yet translated)"
    assert item.find("time")["lang"] == "en" and item.find("time").get_text() == "May 2, 2019"
    german = soup(one_sided / "archiv" / "2019" / "index.html").select_one(".release-list__item")
    assert not german.has_attr("lang") and not german.find(class_="own-translation")


def test_a_year_only_one_language_has_is_paired_with_nothing(one_sided):
    assert not (one_sided / "archiv" / "2018").exists()
    html = soup(one_sided / "en" / "archiv" / "2018" / "index.html")
    assert [a.get_text() for a in html.select(".release-list__item a")] == ["English only"]
    alternates = {link["hreflang"]: link["href"] for link in html.head.find_all("link", hreflang=True)}
    assert alternates == {"en": f"{LOCAL_URL}en/archiv/2018/"}
    # The switcher leads to the German home page, as on any page without a German counterpart.
    switcher = {a["hreflang"]: urljoin(f"{LOCAL_URL}en/archiv/2018/", a["href"]) for a in html.select("a.md-select__link")}
    assert switcher == {"de": LOCAL_URL, "en": f"{LOCAL_URL}en/archiv/2018/"}
    sitemap = (one_sided / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{LOCAL_URL}en/archiv/2018/</loc>" in sitemap and f"{LOCAL_URL}archiv/2018/" not in sitemap
    # Both languages' years, each in its own archive.
    de_years = [a.get_text() for a in soup(one_sided / "archiv" / "index.html").select(".archive-years__list a")]
    en_years = [a.get_text() for a in soup(one_sided / "en" / "archiv" / "index.html").select(".archive-years__list a")]
    assert (de_years, en_years) == (["2023", "2019"], ["2023", "2019", "2018"])


def test_a_page_at_the_archives_address_stops_the_build_naming_it(site_copy):
    (site_copy / "docs" / "de" / "archiv.md").write_text("---\ntitle: Archiv\ndescription: Ein Archiv.\n---\n\nText.\n", encoding="utf-8")
    (site_copy / "docs" / "en" / "archiv.md").write_text("---\ntitle: Archive\ndescription: An archive.\n---\n\nText.\n", encoding="utf-8")
    build = run_build(site_copy)
    assert build.returncode != 0
    assert "docs/de/archiv.md: Unter dieser Adresse (archiv/) steht das Archiv" in build.output
    assert "Traceback" not in build.output
