"""What the templates need beyond MkDocs' own context: language alternates, dates, contacts.

Pure code with no MkDocs import; release_hook.py passes MkDocs' values in.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Any

import markdown
from babel.dates import format_date
from babel.numbers import format_decimal
from markupsafe import Markup

OG_LOCALES = {"de": "de_DE", "en": "en_US"}

def long_date(value: Any, language: str) -> str:
    """10. November 2023 in German, November 10, 2023 in English."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return value
    if not isinstance(value, date):
        return ""
    return format_date(value, format="long", locale=language)

def month_name(month: int, language: str) -> str:
    """The month's name as a heading says it: Dezember, December."""
    return format_date(date(2000, month, 1), format="LLLL", locale=language)

def number(value: int, language: str) -> str:
    """1.000 in German, 1,000 in English."""
    return format_decimal(value, locale=language)

def source_date(epoch: str | None) -> str | None:
    """The ISO date of SOURCE_DATE_EPOCH (seconds since 1970, UTC), if set and valid."""
    if not epoch or not epoch.strip().isdigit():
        return None
    return datetime.fromtimestamp(int(epoch), tz=timezone.utc).date().isoformat()

def inline_markdown(value: str) -> Markup:
    """Render one paragraph of Markdown (links, emphasis) without the <p> around it."""
    html = markdown.markdown(value or "")
    return Markup(re.sub(r"\A<p>(.*)</p>\Z", r"\1", html, flags=re.S))

def page_url_in(language: str, default_language: str, site_url: str, norm_url: str) -> str:
    prefix = "" if language == default_language else f"{language}/"
    return site_url.rstrip("/") + "/" + prefix + norm_url

def alternates(*, language: str, default_language: str, site_url: str, page_url: str, existing: list[str]) -> dict[str, str]:
    """Absolute URL of a page in each of the `existing` languages, from its URL in `language`."""
    prefix = "" if language == default_language else f"{language}/"
    norm_url = page_url[len(prefix):] if prefix and page_url.startswith(prefix) else page_url
    norm_url = "" if norm_url in (".", "./") else norm_url
    return {lang: page_url_in(lang, default_language, site_url, norm_url) for lang in existing}

def page_context(
    *,
    language: str,
    default_language: str,
    alternates: dict[str, str],
    meta: dict,
    contacts: dict,
    fallback: bool,
) -> dict:
    """The `site` variable of the templates for one page."""
    people = contacts.get("people", {})
    organisations = contacts.get("organisations", {})
    contact = people.get(meta.get("contact")) if isinstance(meta.get("contact"), str) else None
    own = meta.get("own_translation")
    return {
        "language": language,
        "url": alternates.get(language) or alternates.get(default_language),
        "alternates": alternates,
        "x_default": alternates.get(default_language) if len(alternates) > 1 else None,
        "og_locale": OG_LOCALES.get(language, language),
        "og_locale_alternates": [OG_LOCALES.get(lang, lang) for lang in alternates if lang != language],
        "fallback": fallback,
        "contact": contact,
        "contact_organisation": organisations.get(contact.get("organisation")) if contact else None,
        "publisher": organisations.get(meta.get("publisher")) if isinstance(meta.get("publisher"), str) else None,
        "source": organisations.get(meta.get("source")) if isinstance(meta.get("source"), str) else None,
        "own_translation": set(own) if isinstance(own, list) else set(),
    }
