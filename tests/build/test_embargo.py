"""Embargoes in real builds: a release embargoed 30 days ahead leaves no trace in any built file
(decompressed too), the same sources built 40 days later publish it in both languages and the
feeds, the preview shows it with a banner, and its mistakes fail the strict build beforehand."""

from __future__ import annotations

import gzip
import re
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup

from pressroom.devsite import LOCAL_URL, RELEASE, add_photo, copy_site, run_build
from tests.helpers import fetch, mkdocs_serve, wait_for

SLUG = "2030-01-10-quokkazucht"
# Words of the embargoed release that no other page has, one per language, and its address.
WORDS = {"de": "Quokkazuchtanstalt", "en": "Quokkaranch"}
GZIP_MAGIC = b"\x1f\x8b"
# The embargoed release's own photo (below docs/): its published versions would carry its name.
PHOTO = f"photos/{SLUG}.jpg"


def add_embargoed_release(docs: Path, until: str, languages=("de", "en")) -> None:
    """The seed release under a new slug, with an embargo and the release's own words."""
    for lang in languages:
        text = (docs / lang / f"{RELEASE}.md").read_text(encoding="utf-8")
        text = text.replace("date: 2023-11-10\n", f"date: 2030-01-10\nembargo: {until}\n", 1)
        text = re.sub(r"^title: .*$", f"title: {WORDS[lang]} in Dresden", text, count=1, flags=re.M)
        text = text.replace("\n---\n\n", f"\n---\n\nDie {WORDS['de']}.\n\n" if lang == "de" else f"\n---\n\nThe {WORDS['en']}.\n\n", 1)
        (docs / lang / f"{SLUG}.md").write_text(text, encoding="utf-8")


def readable(path: Path) -> bytes:
    """A built file's bytes, gzip data decompressed whatever the file's name (sitemap.xml.gz, search indexes)."""
    data = path.read_bytes()
    while data.startswith(GZIP_MAGIC):
        data = gzip.decompress(data)
    return data


def traces(site: Path) -> list[str]:
    """Every built file holding a word or the address of the embargoed release (case-insensitive;
    a search index keeps words lower-cased), or named after it (its page's folder, its photo)."""
    needles = [word.lower().encode() for word in WORDS.values()] + [SLUG.encode()]

    def traced(path: Path) -> bool:
        return SLUG in path.relative_to(site).as_posix() or any(n in readable(path).lower() for n in needles)

    return sorted(path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file() and traced(path))


def tree(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def moment(at: datetime) -> str:
    return at.isoformat(timespec="seconds")


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> Path:
    """The site with a release embargoed until 30 days from now (the real clock)."""
    root = copy_site(tmp_path_factory.mktemp("embargo") / "src")
    add_embargoed_release(root / "docs", moment(datetime.now(timezone.utc) + timedelta(days=30)))
    add_photo(root, PHOTO, page=SLUG)
    return root


def copy_release(source: Path, root: Path) -> None:
    """The embargoed release's pages and photo from the sources at `source` into the site copy at `root`."""
    for part in [f"{lang}/{SLUG}.md" for lang in ("de", "en")] + [PHOTO]:
        (root / "docs" / part).parent.mkdir(parents=True, exist_ok=True)
        (root / "docs" / part).write_bytes((source / "docs" / part).read_bytes())


@pytest.fixture(scope="module")
def held(sources):
    # SOURCE_DATE_EPOCH 40 days ahead as well: the commit's time must not end an embargo.
    later = int((datetime.now(timezone.utc) + timedelta(days=40)).timestamp())
    build = run_build(sources, extra_env={"SOURCE_DATE_EPOCH": str(later)})
    assert build.returncode == 0, build.output
    return build


@pytest.fixture(scope="module")
def published(sources, held, tmp_path_factory):
    """The same sources, built with the clock 40 days ahead, into a folder of their own."""
    root = copy_site(tmp_path_factory.mktemp("later") / "src")
    copy_release(sources, root)
    now = moment(datetime.now(timezone.utc) + timedelta(days=40))
    build = run_build(root, extra_env={"PRESSROOM_NOW": now, "SOURCE_DATE_EPOCH": "1699617600"})
    assert build.returncode == 0, build.output
    return build, now


def test_an_embargoed_release_leaves_no_trace_in_any_built_file(held):
    assert traces(held.site) == []
    assert (held.site / "index.html").is_file() and (held.site / "sitemap.xml.gz").is_file()
    assert f"{SLUG}.md: gesperrt bis" in held.output and "in diesem Bau nicht enthalten" in held.output


def test_an_embargoed_releases_photo_leaves_no_image_in_the_site(held, published):
    photos = sorted(path.name for path in held.site.rglob("*") if path.suffix in (".jpg", ".webp"))
    assert photos == []
    # The oracle: the same sources, 40 days later, publish it, named after its file.
    later = sorted(path.name for path in published[0].site.rglob("*") if path.suffix in (".jpg", ".webp"))
    assert len(later) == 9 and all(name.startswith(SLUG + "-") for name in later)


def test_forty_days_later_it_is_published_in_both_languages_and_the_feeds(published):
    build, _ = published
    for lang, prefix in (("de", ""), ("en", "en/")):
        page = BeautifulSoup((build.site / prefix / SLUG / "index.html").read_text(encoding="utf-8"), "html.parser")
        assert page.h1.get_text() == f"{WORDS[lang]} in Dresden"
        assert not page.select(".release-embargo")
        alternates = {link["hreflang"] for link in page.head.find_all("link", hreflang=True)}
        assert alternates == {"de", "en", "x-default"}
        feed = feedparser.parse((build.site / prefix / "feed.xml").read_bytes())
        assert feed.entries[0].link == f"{LOCAL_URL}{prefix}{SLUG}/"
        home = (build.site / prefix / "index.html").read_text(encoding="utf-8")
        assert f"{LOCAL_URL}{prefix}{SLUG}/" in home
    assert f"{LOCAL_URL}en/{SLUG}/" in readable(build.site / "sitemap.xml.gz").decode()
    # The search for traces finds the release everywhere it now belongs, the search index too.
    found = traces(build.site)
    assert {f"{SLUG}/index.html", f"en/{SLUG}/index.html", "feed.xml", "en/feed.xml", "sitemap.xml.gz"} <= set(found)
    # Pagefind's page fragments, one index per language (their words in pagefind/index/ are stems).
    assert {lang for lang in ("de", "en") for name in found if name.startswith(f"pagefind/fragment/{lang}_")} == {"de", "en"}
    assert any(name.startswith(f"photos/{SLUG}-") for name in found)


def test_a_build_at_the_same_moment_is_byte_identical(published, tmp_path):
    build, now = published
    again = copy_site(tmp_path / "again")
    copy_release(build.root, again)
    second = run_build(again, extra_env={"PRESSROOM_NOW": now, "SOURCE_DATE_EPOCH": "1699617600"})
    assert second.returncode == 0, second.output
    first, other = tree(build.site), tree(second.site)
    assert sorted(first) == sorted(other)
    assert [name for name in first if first[name] != other[name]] == []


def test_a_mistake_in_an_embargoed_release_fails_the_strict_build(site_copy):
    add_embargoed_release(site_copy / "docs", "2099-03-01T10:00:00+01:00")
    page = site_copy / "docs" / "en" / f"{SLUG}.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("place: Dresden", "plaec: Dresden"), encoding="utf-8")
    line = text.splitlines().index("place: Dresden") + 1
    build = run_build(site_copy)
    assert build.returncode != 0
    assert f"docs/en/{SLUG}.md:{line}: Das Feld `plaec` gibt es nicht. Gemeint ist wohl `place`: Bitte umbenennen." in build.output


def test_the_parity_check_covers_embargoed_releases(site_copy):
    add_embargoed_release(site_copy / "docs", "2099-03-01T10:00:00+01:00")
    page = site_copy / "docs" / "en" / f"{SLUG}.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Over 650 partners", "Over 750 partners"), encoding="utf-8")
    build = run_build(site_copy)
    assert build.returncode != 0
    assert re.search(rf"docs/en/{SLUG}\.md:\d+: Hier steht »[Oo]ver 750[^«]*«, die deutsche Fassung sagt .*\(docs/de/{SLUG}\.md, Zeile \d+\)", build.output), build.output


def test_pages_that_disagree_on_the_embargo_fail_and_both_stay_out(site_copy):
    add_embargoed_release(site_copy / "docs", "2099-03-01T10:00:00+01:00")
    page = site_copy / "docs" / "en" / f"{SLUG}.md"
    page.write_text(page.read_text(encoding="utf-8").replace("embargo: 2099-03-01T10:00:00+01:00\n", ""), encoding="utf-8")
    assert ": Hier fehlt die Sperrfrist, die docs/de/" in run_build(site_copy).output
    draft = run_build(site_copy, strict=False)
    assert draft.returncode == 0, draft.output
    assert traces(draft.site) == []


def test_a_malformed_pressroom_now_stops_the_build_in_one_line(site_copy):
    build = run_build(site_copy, extra_env={"PRESSROOM_NOW": "morgen"})
    assert build.returncode != 0
    assert "PRESSROOM_NOW: Hier steht »morgen«; erwartet wird ein Zeitpunkt mit Zeitzone, z. B. `2024-03-01T10:00:00+01:00`." in build.output
    assert "Traceback" not in build.output


def test_the_preview_shows_an_embargoed_release_with_its_banner(site_copy, tmp_path):
    add_embargoed_release(site_copy / "docs", "2099-03-01T10:00:00+01:00")
    with mkdocs_serve(site_copy, tmp_path / "serve.log") as (base, log):
        german = wait_for(lambda: fetch(base + f"{SLUG}/"))
        english = fetch(base + f"en/{SLUG}/")
        for html, banner in ((german, "Sperrfrist bis 1. März 2099, 10:00 Uhr"), (english, "Embargoed until 1 March 2099, 10:00 CET")):
            page = BeautifulSoup(html, "html.parser")
            box = page.select_one("article.release .release-embargo")
            assert box is not None and banner in box.get_text()
            assert page.h1.get_text().startswith(tuple(WORDS.values()))
        log.seek(0)
        assert f"{SLUG}.md: gesperrt bis 1. März 2099, 10:00 Uhr; nur in der Vorschau zu sehen" in log.read()


def test_in_the_preview_an_embargo_that_ends_takes_its_banner_with_it_at_the_next_save(site_copy, tmp_path):
    # `make serve` builds again only what a save changed: a release whose embargo has ended since
    # the build before is built again too, without its banner.
    until = datetime.now(timezone.utc) + timedelta(seconds=12)
    add_embargoed_release(site_copy / "docs", moment(until))
    for lang in ("de", "en"):  # older than the seed release, so that the home page does not show it
        page = site_copy / "docs" / lang / f"{SLUG}.md"
        page.write_text(page.read_text(encoding="utf-8").replace("date: 2030-01-10\n", "date: 2023-01-10\n", 1), encoding="utf-8")
    with mkdocs_serve(site_copy, tmp_path / "serve.log") as (base, log):
        german = wait_for(lambda: fetch(base + f"{SLUG}/"))
        assert BeautifulSoup(german, "html.parser").select_one(".release-embargo") is not None
        time.sleep(max(0.0, (until - datetime.now(timezone.utc)).total_seconds()) + 1)
        other = site_copy / "docs" / "de" / "impressum.md"
        other.write_text(other.read_text(encoding="utf-8") + "\nGespeichert.\n", encoding="utf-8")
        wait_for(lambda: "Gespeichert." in fetch(base + "impressum/"))
        for address in (f"{SLUG}/", f"en/{SLUG}/"):
            assert BeautifulSoup(fetch(base + address), "html.parser").select_one(".release-embargo") is None, address
