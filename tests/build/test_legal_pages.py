"""The legal pages a Saxon public body must publish, as the strict build renders them: the
footer links of every page, the accessibility statement, the privacy page, the legal notice
and the page in Leichte Sprache (easy-to-read German) with its English counterpart."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from pressroom import legal
from pressroom.devsite import LOCAL_URL, copy_site, run_build

LANGUAGES = {"de": "", "en": "en/"}
# The footer's links: label per language and the page they lead to.
FOOTER = {
    "impressum/": {"de": "Impressum", "en": "Legal notice"},
    "datenschutz/": {"de": "Datenschutz", "en": "Privacy"},
    "barrierefreiheit/": {"de": "Erklärung zur Barrierefreiheit", "en": "Accessibility statement"},
    "leichte-sprache/": {"de": "Leichte Sprache", "en": "Easy to read"},
}


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def url_of(site: Path, path: Path) -> str:
    """The address a built file is served at."""
    relative = path.relative_to(site).as_posix()
    return LOCAL_URL + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)


# The facts of data/legal.yml as a test fills them in: made-up values, never the ministry's.
FILLED = """
representative: {name: Erika Beispiel}
responsible:
  name: Max Muster
  role: {de: Leiter der Pressestelle, en: head of the press office}
data_protection_officer: {email: dsb-test@example.org}
supervisory_authority:
  postal_address: Postfach 1, 00001 Teststadt
  visitor_address: Teststraße 1, 00001 Teststadt
  email: aufsicht-test@example.org
  web: https://aufsicht.example.org/
enforcement_body:
  address: Prüfweg 2, 00002 Teststadt
  email: durchsetzung-test@example.org
  web: https://durchsetzung.example.org
accessibility_statement: {created: 2026-01-15, reviewed: 2026-03-02}
"""


@pytest.fixture(scope="module")
def filled_site(tmp_path_factory):
    """The real site with every fact of data/legal.yml filled in."""
    root = copy_site(tmp_path_factory.mktemp("filled"))
    (root / legal.LEGAL_FILE).write_text(FILLED, encoding="utf-8")
    build = run_build(root)
    assert build.returncode == 0, build.output
    return build


def content(built_site, prefix: str, page: str) -> BeautifulSoup:
    html = soup(built_site.site / prefix / page / "index.html")
    return html.select_one("article.md-content__inner") or html.select_one(".md-content")


def text_of(element) -> str:
    text = element.get_text(" ").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def section(element, anchor: str):
    """The elements of the page's section under the heading with id `anchor`, up to the next h2."""
    heading = element.find(id=anchor)
    assert heading is not None and heading.name == "h2", f"no section #{anchor}"
    parts = []
    for sibling in heading.find_next_siblings():
        if sibling.name == "h2":
            break
        parts.append(sibling)
    return parts


def section_text(element, anchor: str) -> str:
    return " ".join(text_of(part) for part in section(element, anchor))


def section_links(element, anchor: str) -> set[str]:
    return {a["href"] for part in section(element, anchor) for a in part.find_all("a", href=True)}


# --- the footer of every page ------------------------------------------------------------

def built_pages(site: Path) -> list[Path]:
    pages = [path for path in sorted(site.rglob("*.html")) if path.name != "404.html"]
    assert len(pages) >= 12, pages  # 6 pages in each of the 2 languages
    return pages


def test_every_page_links_the_legal_pages_of_its_own_language(built_site):
    site = built_site.site
    for path in built_pages(site):
        html = soup(path)
        lang = html.html["lang"]
        assert lang in LANGUAGES, path
        navs = html.select("footer nav.site-legal")
        assert [nav["lang"] for nav in navs] == [lang], f"{path}: one footer link list, in the page's language"
        links = {urljoin(url_of(site, path), a["href"]): a.get_text(strip=True) for a in navs[0].find_all("a", href=True)}
        expected = {LOCAL_URL + LANGUAGES[lang] + page: labels[lang] for page, labels in FOOTER.items()}
        assert links == expected, path


def test_the_footer_links_lead_to_built_pages_of_the_same_language(built_site):
    for lang, prefix in LANGUAGES.items():
        for page in FOOTER:
            target = built_site.site / prefix / page / "index.html"
            assert target.is_file(), target
            assert soup(target).html["lang"] == lang


def test_the_404_page_carries_the_legal_links_of_both_languages(built_site):
    html = soup(built_site.site / "404.html")
    for lang, prefix in LANGUAGES.items():
        nav = html.select_one(f"nav.site-legal[lang={lang}][data-not-found={lang}]")
        assert nav is not None, lang
        # The 404 page is served at any address: its links are absolute.
        links = {urljoin(LOCAL_URL + "any/missing/path", a["href"]) for a in nav.find_all("a", href=True)}
        assert links == {LOCAL_URL + prefix + page for page in FOOTER}


# --- the accessibility statement -----------------------------------------------------------

ENFORCEMENT = {
    "de": ["Durchsetzungsstelle", "Landesbeauftragten für Inklusion der Menschen mit Behinderungen"],
    "en": ["enforcement body", "State Commissioner for the Inclusion of People with Disabilities", "Landesbeauftragter für Inklusion der Menschen mit Behinderungen"],
}
DATES = {
    "de": ["Erstellt am 15. Januar 2026", "Zuletzt überprüft am 2. März 2026"],
    "en": ["Prepared on January 15, 2026", "Last reviewed on March 2, 2026"],
}
NOT_ACCESSIBLE = {
    "de": ["JavaScript", "PDF", "Leichte", "Übersetzungen"],
    "en": ["JavaScript", "PDF", "easy-to-read German", "translations"],
}


@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_accessibility_statement_names_the_enforcement_body_and_its_contact(built_site, filled_site, lang, prefix):
    for site in (built_site, filled_site):
        text = section_text(content(site, prefix, "barrierefreiheit/"), "enforcement")
        for words in ENFORCEMENT[lang]:
            assert words in text, words
    page = content(filled_site, prefix, "barrierefreiheit/")
    assert "Prüfweg 2, 00002 Teststadt" in section_text(page, "enforcement")
    links = section_links(page, "enforcement")
    assert {"mailto:durchsetzung-test@example.org", "https://durchsetzung.example.org"} <= links


@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_accessibility_statement_offers_email_and_post_to_report_barriers(built_site, lang, prefix):
    page = content(built_site, prefix, "barrierefreiheit/")
    assert "mailto:presse@smwa.sachsen.de" in section_links(page, "feedback")
    text = section_text(page, "feedback")
    assert "Wilhelm-Buck-Straße 2" in text and "01097 Dresden" in text


@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_accessibility_statement_says_what_is_not_accessible(built_site, lang, prefix):
    page = content(built_site, prefix, "barrierefreiheit/")
    items = [text_of(li) for part in section(page, "not-accessible") for li in part.find_all("li")]
    assert len(items) >= 4
    for words in NOT_ACCESSIBLE[lang]:
        assert any(words in item for item in items), words
    assert {"de": "teilweise vereinbar", "en": "partially compliant"}[lang] in section_text(page, "status")


@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_accessibility_statement_gives_the_dates_it_was_made_and_reviewed(filled_site, lang, prefix):
    text = section_text(content(filled_site, prefix, "barrierefreiheit/"), "date")
    for words in DATES[lang]:
        assert words in text, words


# --- the privacy page ---------------------------------------------------------------------

PRIVACY = {
    "de": {
        "data-protection-officer": ["Datenschutzbeauftragter", "Wilhelm-Buck-Straße 2", "01097 Dresden"],
        "server-logs": ["GitHub, Inc.", "IP-Adresse", "Datum und Uhrzeit", "Browser", "Art. 6 Abs. 1 Buchst. e DSGVO", "§ 3", "SächsDSDG", "Data Privacy Framework", "keine eigenen Logs"],
        "rights": ["Art. 15", "Art. 16", "Art. 17", "Art. 18", "Art. 21"],
        "supervisory-authority": ["Sächsische Datenschutz- und Transparenzbeauftragte", "Art. 77"],
    },
    "en": {
        "data-protection-officer": ["Data protection officer", "Wilhelm-Buck-Straße 2", "01097 Dresden"],
        "server-logs": ["GitHub, Inc.", "IP address", "date and time", "browser", "Art. 6 (1) (e) GDPR", "Section 3", "SächsDSDG", "Data Privacy Framework", "no logs of its own"],
        "rights": ["Art. 15", "Art. 16", "Art. 17", "Art. 18", "Art. 21"],
        "supervisory-authority": ["Sächsische Datenschutz- und Transparenzbeauftragte", "Art. 77"],
    },
}


@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_privacy_page_names_the_officer_the_host_the_rights_and_the_authority(built_site, filled_site, lang, prefix):
    for site in (built_site, filled_site):
        page = content(site, prefix, "datenschutz/")
        for anchor, expected in PRIVACY[lang].items():
            text = section_text(page, anchor)
            for words in expected:
                assert words in text, (anchor, words)
        github = f"https://docs.github.com/{lang}/site-policy/privacy-policies/github-general-privacy-statement"
        assert github in section_links(page, "server-logs")
    page = content(filled_site, prefix, "datenschutz/")
    assert "mailto:dsb-test@example.org" in section_links(page, "data-protection-officer")
    assert {"mailto:aufsicht-test@example.org", "https://aufsicht.example.org/"} <= section_links(page, "supervisory-authority")
    assert "Postfach 1, 00001 Teststadt" in section_text(page, "supervisory-authority")


# --- the legal notice ---------------------------------------------------------------------

@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_legal_notice_names_the_representative_and_the_person_responsible(filled_site, lang, prefix):
    page = content(filled_site, prefix, "impressum/")
    representative = section_text(page, "representative")
    assert {"de": "vertreten durch den Staatsminister", "en": "represented by the State Minister"}[lang] in representative
    assert "Erika Beispiel" in representative
    responsible = section_text(page, "responsible")
    assert {"de": "§ 18 Abs. 2 Medienstaatsvertrag (MStV)", "en": "Section 18 (2) of the Interstate Media Treaty"}[lang] in responsible
    role = {"de": "Leiter der Pressestelle", "en": "head of the press office"}[lang]
    assert f"Max Muster, {role}" in responsible and "Wilhelm-Buck-Straße 2" in responsible
    assert {"mailto:presse@smwa.sachsen.de", "tel:+4935156480600"} <= section_links(page, "responsible")


# --- facts not filled in --------------------------------------------------------------------

LEGAL_PAGES = ["impressum/", "datenschutz/", "barrierefreiheit/"]


@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_a_fact_not_filled_in_leaves_its_sentence_out_of_the_built_site(built_site, filled_site, lang, prefix):
    """The project's data/legal.yml: what is empty there is not on the built pages, neither as
    a marker nor as an empty slot; the sentences around it stay."""
    facts = legal.load(Path(__file__).parents[2] / legal.LEGAL_FILE)
    gaps = {gap.field for gap in facts.gaps()}
    for page in LEGAL_PAGES:
        built = content(built_site, prefix, page)
        filled = content(filled_site, prefix, page)
        text = text_of(built)
        assert "[[" not in text and "legal." not in text
        # No line ends in a dangling separator where a value would have been.
        assert not re.search(r"(?:,|:)\s*(?:$|\.)", text), text
        # What the filled-in site says without a filled-in value is on the built page too.
        for part in filled.find_all(["p", "li"]):
            said = text_of(part)
            if not any(value in said for value in FILLED_VALUES):
                assert said in text, (page, said)
        # And no value of the filled-in site: the project's file has none of them.
        assert not any(value in text for value in FILLED_VALUES if value != "2026"), page
    if "representative.name" in gaps:
        assert {"de": "vertreten durch", "en": "represented by"}[lang] not in text_of(content(built_site, prefix, "impressum/"))


FILLED_VALUES = ["Erika Beispiel", "Max Muster", "dsb-test", "Teststadt", "aufsicht", "durchsetzung", "2026"]


# --- Leichte Sprache ----------------------------------------------------------------------

def test_leichte_sprache_page_is_german_with_an_english_counterpart(built_site):
    de = soup(built_site.site / "leichte-sprache" / "index.html")
    en = soup(built_site.site / "en" / "leichte-sprache" / "index.html")
    assert de.html["lang"] == "de" and en.html["lang"] == "en"
    assert de.find("h1").get_text(strip=True) == "Leichte Sprache"
    assert en.find("h1").get_text(strip=True) == "Easy to read"
    alternates = {link["hreflang"]: link["href"] for link in de.head.find_all("link", rel="alternate", hreflang=True)}
    assert alternates["de"] == LOCAL_URL + "leichte-sprache/"
    assert alternates["en"] == LOCAL_URL + "en/leichte-sprache/"


@pytest.mark.parametrize("lang, prefix", LANGUAGES.items())
def test_easy_to_read_page_has_headings_short_sentences_and_a_way_to_write(built_site, lang, prefix):
    page = content(built_site, prefix, "leichte-sprache/")
    assert len(page.find_all("h2")) >= 4
    # One statement a line: sentences are short. The address block is not a sentence.
    lines = []
    for block in page.find_all(["p", "li"]):
        if "Wilhelm-Buck-Straße" in block.get_text():
            continue
        for line in block.get_text().split("\n"):
            lines += [s for s in re.split(r"(?<=[.?!:])\s+", line.strip()) if s]
    assert len(lines) >= 30
    long = [line for line in lines if len(line.split()) > 12]
    assert long == []
    assert "mailto:presse@smwa.sachsen.de" in {a["href"] for a in page.find_all("a", href=True)}


# --- the English pages are in English ------------------------------------------------------

GERMAN_WORDS = re.compile(r"\b(und|der|die|das|für|mit|nach|Sie|wird|ist)\b")


@pytest.mark.parametrize("page", list(FOOTER))
def test_english_legal_pages_are_in_english_apart_from_names_marked_as_german(built_site, page):
    html = content(built_site, "en/", page)
    for german in html.select("[lang=de]"):
        german.decompose()
    found = GERMAN_WORDS.findall(text_of(html))
    assert found == [], f"German words outside lang=de on en/{page}: {found}"


def test_the_german_home_page_links_the_leichte_sprache_page(built_site):
    home = soup(built_site.site / "index.html")
    links = {urljoin(LOCAL_URL, a["href"]): a.get_text(strip=True) for a in home.find_all("a", href=True)}
    target = LOCAL_URL + "leichte-sprache/"
    assert links.get(target) == "Leichte Sprache"
    assert soup(built_site.site / "leichte-sprache" / "index.html").html["lang"] == "de"
