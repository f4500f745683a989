"""schema.org `NewsArticle` data of a release page, for search engines and news aggregators.

Pure code with no MkDocs import: release_hook.py passes the page's front matter, addresses and the
publisher's contact data in; partials/news-article.html writes the result as JSON-LD with Jinja's
`tojson`. It is data in a <script type="application/ld+json">, which the browser never runs, so the
Content-Security-Policy needs no hash for it (pressroom/csp.py hashes only scripts that run).
"""

from __future__ import annotations

from typing import Any

from .releases import last_correction


def news_article(
    *,
    meta: dict,
    url: str,
    language: str,
    default_language: str,
    alternates: dict[str, str],
    publisher: dict | None,
    photo_url: str | None = None,
) -> dict[str, Any]:
    """The NewsArticle of the release page at `url`, written in `language`, whose address in each
    language it exists in is `alternates`. The default language's page is the original, the others
    its translations. `photo_url`: the published photo's address, where the page shows one."""
    article: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": url,
        "url": url,
        "headline": str(meta.get("title", "")),  # the page's h1 (partials/release-article.html)
        "inLanguage": language,
    }
    _put(article, "description", meta.get("description"))
    _put(article, "datePublished", meta.get("date"))
    _put(article, "dateModified", last_correction(meta))
    _put(article, "dateline", meta.get("place"))
    if publisher:
        article["publisher"] = organization(publisher, language)
    photo = meta.get("photo")
    if isinstance(photo, dict):
        article["image"] = image(photo, photo_url)
    others = {lang: href for lang, href in alternates.items() if lang != language}
    if language == default_language:
        _put(article, "workTranslation", [_reference(href, lang) for lang, href in others.items()])
    elif default_language in others:
        article["translationOfWork"] = _reference(others[default_language], default_language)
    return article


def organization(entry: dict, language: str) -> dict[str, Any]:
    """An Organization from an entry of data/contacts.yml's organisations."""
    name = entry.get("name_en") if language == "en" and entry.get("name_en") else entry.get("name")
    result: dict[str, Any] = {"@type": "Organization", "name": name}
    _put(result, "alternateName", entry.get("short"))
    _put(result, "url", entry.get("web"))
    _put(result, "email", entry.get("email"))
    _put(result, "telephone", entry.get("phone"))
    if entry.get("street"):
        address = {"@type": "PostalAddress", "streetAddress": entry["street"], "addressCountry": "DE"}
        _put(address, "postalCode", entry.get("postcode"))
        _put(address, "addressLocality", entry.get("city"))
        result["address"] = address
    return result


def image(photo: dict, url: str | None) -> dict[str, Any]:
    """The ImageObject of the front matter's `photo`: what it shows, who took it, under which licence.
    The front matter's field is spelt `license`, as schema.org spells the property, so that one name
    stands for it in the front matter, here and in the editors' guide."""
    result: dict[str, Any] = {"@type": "ImageObject"}
    _put(result, "contentUrl", url)
    _put(result, "url", url)
    _put(result, "name", photo.get("title"))
    _put(result, "caption", photo.get("caption"))
    _put(result, "description", photo.get("alt"))
    # The credit as the page prints it is both the credit and the rights holder's notice.
    _put(result, "creditText", photo.get("credit"))
    _put(result, "copyrightNotice", photo.get("credit"))
    _put(result, "license", photo.get("license"))
    return result


def _reference(url: str, language: str) -> dict[str, Any]:
    return {"@type": "NewsArticle", "@id": url, "url": url, "inLanguage": language}


def _put(target: dict, key: str, value: Any) -> None:
    """Set `key` where there is a value: schema.org data leaves out what is not known."""
    if hasattr(value, "isoformat"):  # a date as MkDocs' YAML reader makes it
        value = value.isoformat()
    if value not in (None, "", [], {}):
        target[key] = value if not isinstance(value, str) else " ".join(value.split())
