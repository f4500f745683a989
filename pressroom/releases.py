"""The releases of one language: the list, newest first, and its Atom feed of the newest
FEED_SIZE. No MkDocs import."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date

ATOM = "http://www.w3.org/2005/Atom"
FEED_FILE = "feed.xml"
FEED_TITLE = {"de": "Medieninformationen", "en": "Press releases"}
# Feed readers poll every few minutes: the feed carries the newest releases, not the archive.
FEED_SIZE = 20


@dataclass(frozen=True)
class Release:
    """One release page as a list or feed shows it."""

    slug: str
    title: str
    date: str  # ISO 8601
    teaser: str
    url: str  # absolute
    language: str  # the language the text is written in
    translated: bool  # False: shown in another language's list as not yet translated
    updated: str = ""  # ISO 8601: the latest correction's date; "" for none

    @property
    def day(self) -> date:
        return date.fromisoformat(self.date)


def newest_first(releases: list[Release]) -> list[Release]:
    """Newest first; releases of the same day by slug, so the order never depends on the file system."""
    valid = [r for r in releases if _is_date(r.date)]
    return sorted(valid, key=lambda r: (r.date, r.slug), reverse=True)


def last_correction(meta: dict) -> str | None:
    """The ISO date of the latest of the front matter's `corrections`, or None."""
    corrections = meta.get("corrections")
    days = [str(c.get("date")) for c in corrections if isinstance(c, dict)] if isinstance(corrections, list) else []
    valid = [day for day in days if _is_date(day)]
    return max(valid) if valid else None


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def atom_feed(*, language: str, site_name: str, feed_url: str, home_url: str, author: str, releases: list[Release]) -> str:
    """An Atom 1.0 feed of the newest FEED_SIZE releases written in `language`, newest first,
    with absolute links.

    An entry's `updated` is its latest correction's date, else its own; the feed's is the latest of
    these, so that two builds of the same sources are identical.
    """
    ET.register_namespace("", ATOM)
    items = [r for r in newest_first(releases) if r.translated][:FEED_SIZE]
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": language})
    ET.SubElement(feed, f"{{{ATOM}}}id").text = feed_url
    ET.SubElement(feed, f"{{{ATOM}}}title").text = f"{FEED_TITLE.get(language, FEED_TITLE['en'])} – {site_name}"
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _timestamp(max((r.updated or r.date for r in items), default="1970-01-01"))
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "type": "application/atom+xml", "href": feed_url})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": home_url})
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = author
    for release in items:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = release.url
        ET.SubElement(entry, f"{{{ATOM}}}title").text = release.title
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _timestamp(release.updated or release.date)
        ET.SubElement(entry, f"{{{ATOM}}}published").text = _timestamp(release.date)
        ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": release.url})
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = release.teaser
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _timestamp(day: str) -> str:
    return f"{day}T00:00:00Z"
