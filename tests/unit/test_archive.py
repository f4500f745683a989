"""pressroom.archive: which releases a language shows, its years and months, the home page's
lead, and the archive pages' front matter."""

from __future__ import annotations

from pressroom import archive, front_matter

URL = "https://example.org/"


def url(language: str, path: str) -> str:
    return URL + ("" if language == "de" else f"{language}/") + path.removesuffix(".md") + "/"


def written(*rows: tuple[str, str]) -> dict[str, archive.Written]:
    return {slug: archive.Written(slug, f"Title of {slug}", day, f"About {slug}") for slug, day in rows}


WRITTEN = {
    "de": written(("a", "2023-12-30"), ("b", "2024-01-02"), ("only-de", "2022-06-01")),
    "en": written(("a", "2023-12-30"), ("b", "2024-01-02"), ("only-en", "2021-02-03")),
}


def test_a_language_shows_its_own_releases_and_the_default_languages_untranslated():
    shown = archive.releases_in("en", WRITTEN, default="de", fallback=True, url=url)
    assert [(r.slug, r.language, r.translated) for r in shown] == [
        ("b", "en", True), ("a", "en", True), ("only-de", "de", False), ("only-en", "en", True),
    ]
    assert shown[2].url == URL + "en/only-de/"
    # The default language falls back to nothing; without fallback no language does.
    assert [r.slug for r in archive.releases_in("de", WRITTEN, default="de", fallback=True, url=url)] == ["b", "a", "only-de"]
    assert [r.slug for r in archive.releases_in("en", WRITTEN, default="de", fallback=False, url=url)] == ["b", "a", "only-en"]


def test_years_newest_first_each_by_month_newest_first():
    rows = written(("jan", "2023-01-05"), ("dec-1", "2023-12-01"), ("dec-2", "2023-12-20"), ("next", "2024-02-29"), ("undated", "soon"))
    shown = archive.releases_in("de", {"de": rows}, default="de", fallback=True, url=url)
    years = archive.years(shown, lambda year: f"{URL}archiv/{year}/")
    assert [(y.year, y.url, [r.slug for r in y.releases]) for y in years] == [
        (2024, URL + "archiv/2024/", ["next"]),
        (2023, URL + "archiv/2023/", ["dec-2", "dec-1", "jan"]),
    ]
    assert [(month, [r.slug for r in listed]) for month, listed in years[1].months()] == [(12, ["dec-2", "dec-1"]), (1, ["jan"])]
    assert [(p.path, p.year) for p in archive.pages(years)] == [("archiv/index.md", None), ("archiv/2024.md", 2024), ("archiv/2023.md", 2023)]


def test_the_lead_is_the_newest_in_the_pages_language_if_there_is_one():
    shown = archive.releases_in("en", {"de": written(("new", "2024-05-01")), "en": written(("old", "2023-01-01"))}, default="de", fallback=True, url=url)
    assert [r.slug for r in shown] == ["new", "old"]
    assert archive.lead(shown).slug == "old"
    untranslated_only = archive.releases_in("en", {"de": written(("new", "2024-05-01")), "en": {}}, default="de", fallback=True, url=url)
    assert archive.lead(untranslated_only).slug == "new"
    assert archive.lead([]) is None


def test_only_release_pages_are_releases():
    assert archive.written("x", {"template": "release.html", "title": "T", "date": "2024-01-01", "description": "D"}) == archive.Written("x", "T", "2024-01-01", "D")
    assert archive.written("impressum", {"template": "legal.html", "title": "Impressum"}) is None
    assert archive.written("broken", {}) is None


def test_generated_front_matter_reads_back_as_written():
    for language, title in (("de", "Medieninformationen 2023"), ("en", "Press releases 2023")):
        meta = archive.Page("archiv/2023.md", 2023).front_matter(language)
        source = front_matter.read_page_source(front_matter.page_text(meta))
        assert source.problem is None and source.document.data == meta
        assert meta["template"] == "archive-year.html" and meta["title"] == title
        assert len(meta["description"]) <= 160
    assert archive.Page("archiv/index.md", None).front_matter("de")["template"] == "archive.html"
