"""Embargoes (Sperrfristen): which releases a build holds back, and until when. No MkDocs import.

A release's pages may say `embargo: 2024-03-01T10:00:00+01:00`. Until that moment the build leaves
the release out entirely: release_hook.py removes both languages' pages (and the photo only they
use) from MkDocs' files before mkdocs-static-i18n sees them, so no page, list, feed, sitemap,
search index or language link of either language can name them. The embargo is a fact of the
release, not of one language: a pair is held until the later of its pages' embargoes, and pages
that disagree are a problem.

The clock is the real one at build time, read once per build so that both languages' builds agree.
SOURCE_DATE_EPOCH is the commit's time and would never let an embargo end without a new commit;
PRESSROOM_NOW sets the clock for tests and for proofing a build as it will be at a given moment.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping

from babel.dates import format_datetime, get_timezone

from . import messages
from .front_matter import read_page_source
from .parity.pairs import page_paths
from .validation import INSTANT_EXAMPLE, FrontMatterError, instant
from .wording import Message

NOW_VARIABLE = "PRESSROOM_NOW"
# Editors and journalists read embargoes in German time, whatever offset the front matter uses.
LOCAL_ZONE = "Europe/Berlin"
# Babel patterns and locales of the preview's banner: "1. März 2024, 10:00 Uhr", "1 March 2024, 10:00 CET"
# (British English, whose CLDR data names the zone CET/CEST; American English gives only +0100).
_LOCAL_FORMATS = {"de": ("d. MMMM y, HH:mm 'Uhr'", "de"), "en": ("d MMMM y, HH:mm zzz", "en_GB")}


class ClockError(Exception):
    """PRESSROOM_NOW is set but names no moment; args[0] is the Message."""

    @property
    def message(self) -> Message:
        return self.args[0]

    def __str__(self) -> str:
        return self.message.text()


def clock(environ: Mapping[str, str]) -> datetime:
    """The build's moment: PRESSROOM_NOW when set (tests, proofing), else the real clock."""
    text = environ.get(NOW_VARIABLE, "").strip()
    if not text:
        return datetime.now(timezone.utc)
    moment = instant(text)
    if moment is None:
        raise ClockError(messages.CLOCK_INVALID(variable=NOW_VARIABLE, value=text, example=INSTANT_EXAMPLE))
    return moment


def local_time(moment: datetime, language: str) -> str:
    """The moment in German time, as the preview's banner shows it in `language`."""
    pattern, locale = _LOCAL_FORMATS.get(language, _LOCAL_FORMATS["en"])
    return format_datetime(moment, pattern, tzinfo=get_timezone(LOCAL_ZONE), locale=locale)


@dataclass(frozen=True)
class Embargo:
    """One page's `embargo:` as written."""

    path: str  # the page as messages name it: docs/de/x.md
    line: int
    text: str | None  # None: not a text (a list, a mapping)
    until: datetime | None  # None: no valid moment (the front-matter validation says why)


@dataclass(frozen=True)
class Hold:
    """A release the build holds back."""

    page: str  # the pair's path inside each language folder: 2024-03-01-x.md
    until: datetime | None  # the later of its pages' embargoes; None: one of them can't be read
    sources: tuple[str, ...]  # the held pages' paths below docs/: de/2024-03-01-x.md, en/…
    photos: tuple[str, ...] = ()  # the files below docs/ that its `photo.file` names


@dataclass(frozen=True)
class Plan:
    """What a build at one moment holds back, by page, and where the pages disagree on it."""

    holds: dict[str, Hold]
    problems: list[FrontMatterError]


def read_embargo(shown: str, source: str) -> tuple[Embargo | None, str | None]:
    """The page's embargo, if it has one, and the file its `photo.file` names (below docs/)."""
    # Most pages have none; only those whose text names the key are parsed.
    if "embargo" not in source:
        return None, None
    page = read_page_source(source)
    data, doc = page.document.data, page.document
    if page.problem is not None or not isinstance(data, dict) or "embargo" not in data:
        return None, None
    written = data["embargo"]
    text = written if isinstance(written, str) else None
    return Embargo(shown, doc.line(("embargo",)), text, instant(text)), _photo_file(data)


def _photo_file(data: dict) -> str | None:
    """`photo.file`, a path below docs/ shared by both languages' pages."""
    photo = data.get("photo")
    name = photo.get("file") if isinstance(photo, dict) else None
    if not isinstance(name, str) or not name.strip():
        return None
    return posixpath.normpath(name.strip().lstrip("/"))


def read_embargoes(docs_dir: Path, languages: list[str], shown_as: str | None = None) -> dict[str, dict[str, tuple[Embargo | None, str | None]]]:
    """Every page pair with an embargo on either side: page -> language -> (embargo, photo file);
    (None, None) for a page of the pair without an embargo. Messages name the pages as in
    `shown_as`/de/x.md (default: the docs folder's name, as the build names them)."""
    found: dict[str, dict[str, tuple[Embargo | None, str | None]]] = {}
    sources = {lang: page_paths(docs_dir / lang) for lang in languages}
    shown = shown_as or docs_dir.name
    for lang, pages in sources.items():
        for page, path in pages.items():
            embargo, photo = read_embargo(f"{shown}/{lang}/{page}", _read(path))
            if embargo is not None:
                found.setdefault(page, {})[lang] = (embargo, photo)
    for page, by_language in found.items():
        by_language.update({lang: (None, None) for lang in languages if lang not in by_language and page in sources[lang]})
    return found


def _read(path: Path) -> str:
    # A page that can't be read is reported by the parity check and the validation; here it has no embargo.
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""


def plan(embargoes: dict[str, dict[str, tuple[Embargo | None, str | None]]], now: datetime) -> Plan:
    """The releases held at `now`: those whose embargo lies ahead, or can't be read (never
    published by mistake), and the problems of pairs whose pages disagree on the embargo."""
    holds, problems = {}, []
    for page, by_language in sorted(embargoes.items()):
        written = [embargo for embargo, _ in by_language.values() if embargo is not None]
        missing = [lang for lang, (embargo, _) in by_language.items() if embargo is None]
        problems += _disagreements(page, written, missing)
        moments = [embargo.until for embargo in written]
        until = None if None in moments else max(moments)
        if until is None or until > now:
            photos = tuple(sorted({photo for _, photo in by_language.values() if photo}))
            holds[page] = Hold(page, until, tuple(f"{lang}/{page}" for lang in sorted(by_language)), photos)
    return Plan(holds, problems)


def _disagreements(page: str, written: list[Embargo], missing: list[str]) -> list[FrontMatterError]:
    first = written[0]
    problems = [
        FrontMatterError(
            other.path, other.line, "embargo",
            messages.EMBARGO_DIFFERS(field="embargo", value=other.text, path=first.path, there=first.text, line=first.line),
        )
        for other in written[1:]
        if other.until is not None and first.until is not None and other.until != first.until
    ]
    folder = first.path.removesuffix(page).rstrip("/").rsplit("/", 1)[0]
    problems += [
        FrontMatterError(
            f"{folder}/{lang}/{page}", 1, "embargo",
            messages.EMBARGO_MISSING(field="embargo", path=first.path, there=first.text, line=first.line),
        )
        for lang in missing
    ]
    return problems


def held_files(held: Plan, docs_dir: Path, languages: list[str]) -> frozenset[str]:
    """The files below docs/ that the build leaves out: the held pages, and their photos where no
    published page names the same file."""
    photos = {photo for hold in held.holds.values() for photo in hold.photos}
    for lang in languages:
        for page, path in page_paths(docs_dir / lang).items() if photos else ():
            source = "" if page in held.holds else _read(path)
            # Only a page whose text names the file's name is parsed.
            if any(posixpath.basename(photo) in source for photo in photos):
                data = read_page_source(source).document.data
                photos.discard(_photo_file(data) if isinstance(data, dict) else None)
    return frozenset(source for hold in held.holds.values() for source in hold.sources) | photos
