"""The archive: the releases each language shows, newest first, grouped by year, and the
archive's own pages (an index and one page per year). No MkDocs import.

The home page lists only the newest few; the archive lists every release once, on the page of
its year, so that no page grows with the number of releases but a year's page with that year's
(a few hundred), and every release is two clicks from the home page: the year, then the release.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from pressroom import releases
from pressroom.releases import Release, newest_first

# The archive's folder, the same in every language like every other page of the site
# (mkdocs-static-i18n lays a page out at one path under each language's root): /archiv/2023/
# and /en/archiv/2023/, so that the language switcher, hreflang and the sitemap pair them as
# they pair the other pages.
FOLDER = "archiv"
INDEX = f"{FOLDER}/index.md"
# The home page lists the newest this many releases (the newest of them also in full).
LATEST = 10

# The front matter of the generated pages, as an editor would write it in docs/<lang>/.
PAGE_TEXTS = {
    "de": {
        "index_title": "Archiv",
        "index_description": "Alle Medieninformationen des Sächsischen Staatsministeriums für Wirtschaft, Arbeit, Energie und Klimaschutz nach Jahren.",
        "year_title": "Medieninformationen {year}",
        "year_description": "Alle Medieninformationen des Sächsischen Staatsministeriums für Wirtschaft, Arbeit, Energie und Klimaschutz aus dem Jahr {year}, die neueste zuerst.",
    },
    "en": {
        "index_title": "Archive",
        "index_description": "All press releases of the Saxon State Ministry for Economic Affairs, Labour, Energy and Climate Action by year.",
        "year_title": "Press releases {year}",
        "year_description": "All press releases of the Saxon State Ministry for Economic Affairs, Labour, Energy and Climate Action from {year}, newest first.",
    },
}


@dataclass(frozen=True)
class Written:
    """One language version of a release, as its front matter says."""

    slug: str  # the page's path in its language folder, without .md
    title: str
    date: str
    teaser: str
    updated: str = ""  # the latest correction's date; "" for none


def written(slug: str, meta: dict) -> Written | None:
    """The release a page's validated front matter describes; None for a page that is no release."""
    if meta.get("template") != "release.html":
        return None
    title, day, teaser = (str(meta.get(key, "")) for key in ("title", "date", "description"))
    return Written(slug, title, day, teaser, releases.last_correction(meta) or "")


@dataclass(frozen=True)
class Year:
    """One year of a language's archive."""

    year: int
    url: str  # absolute
    releases: list[Release]  # newest first

    def months(self) -> list[tuple[int, list[Release]]]:
        """The year's releases by month, the newest month first."""
        months: dict[int, list[Release]] = {}
        for release in self.releases:
            months.setdefault(release.day.month, []).append(release)
        return list(months.items())


@dataclass(frozen=True)
class Page:
    """A page the archive adds to a language's build: its source path in the language folder
    (as mkdocs-static-i18n names pages: archiv/2023.md), its year (None: the index)."""

    path: str
    year: int | None

    def front_matter(self, language: str) -> dict:
        texts = PAGE_TEXTS.get(language, PAGE_TEXTS["en"])
        if self.year is None:
            return {"template": "archive.html", "title": texts["index_title"], "description": texts["index_description"]}
        return {
            "template": "archive-year.html",
            "title": texts["year_title"].format(year=self.year),
            "description": texts["year_description"].format(year=self.year),
        }


def shown_in(
    language: str, written: Mapping[str, Mapping[str, Written]], *, default: str, fallback: bool
) -> list[tuple[Written, str]]:
    """The releases a language's pages show, each with the language it is written in: those
    written in `language`, and with `fallback` (mkdocs-static-i18n's fallback_to_default) the
    default language's releases not translated into it, which the site shows as not yet
    translated. `written` maps each language to its releases by slug."""
    own = written.get(language, {})
    shown = [(release, language) for release in own.values()]
    if fallback and language != default:
        shown += [(release, default) for slug, release in written.get(default, {}).items() if slug not in own]
    return shown


def releases_in(
    language: str,
    written: Mapping[str, Mapping[str, Written]],
    *,
    default: str,
    fallback: bool,
    url: Callable[[str, str], str],
) -> list[Release]:
    """The releases of `language`'s pages, newest first; `url(language, path)` gives the
    absolute address of a page path (2023-11-10-x.md) in a language."""
    return newest_first(
        [
            Release(
                slug=release.slug,
                title=release.title,
                date=release.date,
                teaser=release.teaser,
                url=url(language, release.slug + ".md"),
                language=written_in,
                translated=written_in == language,
                updated=release.updated,
            )
            for release, written_in in shown_in(language, written, default=default, fallback=fallback)
        ]
    )


def years(releases: list[Release], year_url: Callable[[int], str]) -> list[Year]:
    """The years of `releases` (newest first, as newest_first gives them), the newest year first."""
    by_year: dict[int, list[Release]] = {}
    for release in releases:
        by_year.setdefault(release.day.year, []).append(release)
    return [Year(year, year_url(year), listed) for year, listed in sorted(by_year.items(), reverse=True)]


def pages(year_list: list[Year]) -> list[Page]:
    """The archive's pages of one language: the index, then one page per year."""
    return [Page(INDEX, None)] + [Page(year_path(year.year), year.year) for year in year_list]


def year_path(year: int) -> str:
    return f"{FOLDER}/{year}.md"


def lead(releases: list[Release]) -> Release | None:
    """The release the home page shows in full: the newest written in the page's language; one
    not yet translated only when there is no other."""
    return next((release for release in releases if release.translated), releases[0] if releases else None)
