"""A real `mkdocs build --strict` of a copy of the site, and what the built pages hold."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from pressroom.devsite import LOCAL_URL, RELEASE, SHARED, run_build

LANGUAGES = {"de": "", "en": "en/"}
PAGES = ["", f"{RELEASE}/", "impressum/", "datenschutz/", "barrierefreiheit/", "leichte-sprache/", "suche/", "archiv/", "archiv/2023/"]


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def visible_text(page: BeautifulSoup) -> str:
    for hidden in page(["script", "style", "head", "template"]):
        hidden.decompose()
    # get_text(" ") also separates adjacent inline elements: the footnote mark follows its address.
    return normalise(page.get_text(" ")).replace(" *", "*")


def normalise(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("’", "'").replace("\\*", "*")
    return re.sub(r"\s+", " ", text).strip()


def test_strict_build_passes_without_warnings(built_site):
    assert "WARNING" not in built_site.output
    assert (built_site.site / "index.html").is_file()
    assert (built_site.site / "en" / "index.html").is_file()


@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
@pytest.mark.parametrize("page", PAGES)
def test_head_has_lang_canonical_alternates_and_open_graph(built_site, lang, prefix, page):
    html = soup(built_site.site / prefix / page / "index.html")
    head = html.head
    assert html.html["lang"] == lang
    url = LOCAL_URL + prefix + page
    assert head.find("link", rel="canonical")["href"] == url
    alternates = {link["hreflang"]: link["href"] for link in head.find_all("link", rel="alternate", hreflang=True)}
    assert alternates == {"de": LOCAL_URL + page, "en": LOCAL_URL + "en/" + page, "x-default": LOCAL_URL + page}
    meta = {tag.get("property") or tag.get("name"): tag["content"] for tag in head.find_all("meta", content=True)}
    assert meta["og:url"] == url
    assert meta["og:locale"] == {"de": "de_DE", "en": "en_US"}[lang]
    assert meta["og:locale:alternate"] == {"de": "en_US", "en": "de_DE"}[lang]
    assert meta["og:title"] and meta["og:description"] == meta["description"]
    assert len(meta["description"]) <= 160


def test_release_dates_are_in_each_languages_format(built_site):
    de = soup(built_site.site / RELEASE / "index.html").find("time")
    en = soup(built_site.site / "en" / RELEASE / "index.html").find("time")
    assert (de["datetime"], de.get_text()) == ("2023-11-10", "10. November 2023")
    assert (en["datetime"], en.get_text()) == ("2023-11-10", "November 10, 2023")


@pytest.mark.parametrize("page", ["", f"{RELEASE}/"])
@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_release_layout(built_site, lang, prefix, page):
    """The release page, and the home page, which the newest release leads."""
    html = soup(built_site.site / prefix / page / "index.html")
    release = html.find("article", class_="release")
    kind = {"de": "Medieninformation", "en": "Press release"}[lang]
    assert release.find(class_="release__kind").get_text(strip=True) == kind
    assert len(release.find_all("h1")) == 1
    assert len(release.select(".key-figures__item")) == 4
    contact = release.find(class_="release-contact")
    assert "Jens Jungmann" in contact.get_text()
    assert {a["href"] for a in contact.find_all("a")} >= {"tel:+4935156480600", "tel:+4935156480680", "mailto:presse@smwa.sachsen.de"}
    assert release.find(class_="release-publisher").find("address")
    assert "Timm Ziegenthaler" in release.find(class_="release-media").get_text()
    assert not html.find("img"), "the photo file is not available; no image may be referenced"


def test_missing_pieces_are_marked_as_the_sites_translation(built_site):
    de = soup(built_site.site / RELEASE / "index.html")
    en = soup(built_site.site / "en" / RELEASE / "index.html")
    assert de.select_one(".release-media__caption .own-translation")
    assert en.select_one(".release__subtitle .own-translation")
    assert not de.select_one(".release__subtitle .own-translation")


def test_english_page_credits_silicon_saxony_as_its_source(built_site):
    en = soup(built_site.site / "en" / RELEASE / "index.html")
    assert "Silicon Saxony" in en.find(class_="release-source").get_text()
    assert "Silicon Saxony" not in en.find(class_="release-contact").get_text()
    assert not soup(built_site.site / RELEASE / "index.html").find(class_="release-source")


def test_sitemap_lists_absolute_alternates_of_existing_pages(built_site):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.parse(built_site.site / "sitemap.xml").getroot()
    entries = {
        url.find("s:loc", ns).text: {link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)}
        for url in root.findall("s:url", ns)
    }
    expected = {LOCAL_URL + prefix + page for prefix in LANGUAGES.values() for page in PAGES}
    assert set(entries) == expected
    for page in PAGES:
        for prefix in LANGUAGES.values():
            assert entries[LOCAL_URL + prefix + page] == {
                "de": LOCAL_URL + page, "en": LOCAL_URL + "en/" + page, "x-default": LOCAL_URL + page
            }
    assert f"<loc>{LOCAL_URL}en/{RELEASE}/</loc>\n    <lastmod>2023-11-10</lastmod>" in (built_site.site / "sitemap.xml").read_text()


def test_root_404_carries_both_languages_with_absolute_asset_paths(built_site):
    html = soup(built_site.site / "404.html")
    # The default language's build is kept: each language's build writes the one root 404.html.
    assert html.html["lang"] == "de"
    assert {nav["lang"] for nav in html.select("nav.site-legal[data-not-found]")} == {"de", "en"}
    sections = {section["lang"]: section.get_text(" ", strip=True) for section in html.select("section[data-not-found]")}
    assert "Seite nicht gefunden" in sections["de"] and "Page not found" in sections["en"]
    base = urlsplit(LOCAL_URL).path
    for tag in html.find_all(["link", "script"], href=True) + html.find_all("script", src=True):
        target = tag.get("href") or tag.get("src")
        if not target.startswith("http"):
            assert target.startswith(base), f"404.html is served at any path, so {target} must be absolute"


def test_no_page_loads_anything_from_another_host(built_site):
    for path in html_pages(built_site.site):
        html = soup(path)
        loaded = [t.get("src") for t in html.find_all(["script", "img", "iframe", "source"], src=True)]
        loaded += [t["href"] for t in html.find_all("link", href=True) if not {"canonical", "alternate"} & set(t.get("rel", []))]
        for target in loaded:
            assert not target.startswith(("http:", "https:", "//")) or target.startswith(LOCAL_URL), (path, target)
    for css in built_site.site.rglob("*.css"):
        assert not re.search(r"url\((['\"]?)(https?:)?//", css.read_text(encoding="utf-8")), css


def test_legal_pages_name_the_publisher_and_the_host(built_site):
    for prefix in LANGUAGES.values():
        for page in ("impressum/", "datenschutz/"):
            text = visible_text(soup(built_site.site / prefix / page / "index.html"))
            assert "Wilhelm-Buck-Straße 2" in text and "01097 Dresden" in text
        assert "GitHub Pages" in visible_text(soup(built_site.site / prefix / "datenschutz" / "index.html"))


# --- every sentence of the seeds is on its page -----------------------------------------

SEEDS = SHARED / "seeds"
# Extraction slips the site corrects.
FIXES = {"Team sport": "Teamsport"}
# Web page furniture of the English seed, not content.
FURNITURE = {"Smart Systems", "Share this Post", "Contact info", "Contact person:", "Further links", "You may be interested in the following"}


def seed_sentences(name: str) -> list[str]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links: their text
    text = text.replace("**", "").replace("\\*", "*")
    for wrong, right in FIXES.items():
        text = text.replace(wrong, right)
    text = "\n".join(line for line in text.splitlines() if line.strip() not in FURNITURE)
    blocks = [normalise(block.lstrip("# ")) for block in re.split(r"\n\s*\n", text)]
    sentences = []
    for block in blocks:
        if not block:
            continue
        sentences += [s for s in re.split(r"(?<=[.!?«”])\s+(?=[A-ZÄÖÜ»“])", block) if s]
    return sentences


def on_page(sentence: str, text: str) -> bool:
    sentence = sentence.rstrip(":")
    if sentence in text:
        return True
    # "Label: value" lines of contact blocks: the page labels them in its own words.
    label, _, value = sentence.partition(": ")
    return bool(value) and value in text


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seeds are in ../shared/seeds")
@pytest.mark.parametrize("seed, prefix, dateline", [
    ("000_b7dc2107c8f188cc.txt", "", "10.11.2023"),
    ("001_9ea4390c4338a89b.txt", "en/", "November 10, 2023 "),
])
def test_every_sentence_of_the_seed_is_on_its_page(built_site, seed, prefix, dateline):
    text = visible_text(soup(built_site.site / prefix / RELEASE / "index.html"))
    missing = []
    for sentence in seed_sentences(seed):
        # The dateline is rendered from the front matter's date (tested above).
        sentence = sentence.replace(dateline, "").strip()
        if sentence and not on_page(sentence, text):
            missing.append(sentence)
    assert missing == []


# --- builds that must fail ------------------------------------------------------------

def test_a_front_matter_error_fails_the_strict_build_with_one_clean_line(site_copy):
    page = site_copy / "docs" / "en" / f"{RELEASE}.md"
    page.write_text(page.read_text(encoding="utf-8").replace("date: 2023-11-10", "date: 2023-11-31"), encoding="utf-8")
    build = run_build(site_copy)
    assert build.returncode != 0
    assert (
        f"WARNING -  docs/en/{RELEASE}.md:6: Das Datum 2023-11-31 im Feld `date` gibt es nicht: "
        "Der November 2023 hat 30 Tage. Bitte korrigieren.\n"
    ) in build.output
    assert "Traceback" not in build.output


def test_a_broken_contact_data_file_stops_the_build_without_a_traceback(site_copy):
    data = site_copy / "data" / "contacts.yml"
    data.write_text(data.read_text(encoding="utf-8").replace("organisations:", "organisations: [", 1), encoding="utf-8")
    build = run_build(site_copy)
    assert build.returncode != 0
    assert "data/contacts.yml:" in build.output and "Die Datei ist kein gültiges YAML" in build.output
    assert "Traceback" not in build.output


# --- more than one release ------------------------------------------------------------

@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_home_lists_the_releases_and_links_the_feed(built_site, lang, prefix):
    html = soup(built_site.site / prefix / "index.html")
    items = html.select(".release-list__item")
    assert [item.find("a")["href"] for item in items] == [f"{LOCAL_URL}{prefix}{RELEASE}/"]
    assert items[0].find("time")["datetime"] == "2023-11-10"
    feed = html.head.find("link", type="application/atom+xml")
    assert feed["href"] == f"{LOCAL_URL}{prefix}feed.xml"
    assert (built_site.site / prefix / "feed.xml").is_file()
