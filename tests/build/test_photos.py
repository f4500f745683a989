"""Release photos in real strict builds: a camera's 3000 × 2000 JPEG with a GPS position as the seed
release's `photo.file` gives a responsive image with width, height and alt on both language pages, a
full-size download that works, and no image in site/ keeps GPS or camera data, nor is the source
there; a broken file or a missing alt is one line naming file and line, and fails the build; the
preview shows the problem in the page's front-matter panel."""

from __future__ import annotations

import io
import json
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from pressroom.devsite import BODY_SERIAL, EXIF_IFD, GPS_IFD, LOCAL_URL, MAKE, MAKER_NOTE, RELEASE, add_photo, copy_site, run_build
from tests.helpers import fetch, mkdocs_serve, schema_org_model, wait_for

NAME = "photos/2023-11-10-smart-systems-hub.jpg"
PAGES = {"de": f"{RELEASE}/index.html", "en": f"en/{RELEASE}/index.html"}
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".webp", ".png", ".gif", ".tif", ".tiff", ".avif"}


def front_matter_value(root: Path, lang: str, key: str) -> str:
    """A value of the page's front matter as the build reads it (folded YAML: one line)."""
    from pressroom.front_matter import read_page_source

    return read_page_source((root / "docs" / lang / f"{RELEASE}.md").read_text(encoding="utf-8")).document.data["photo"][key]


@pytest.fixture(scope="module")
def with_photo(tmp_path_factory):
    root = copy_site(tmp_path_factory.mktemp("photo") / "src")
    source = add_photo(root, NAME)
    for lang in ("de", "en"):
        page = root / "docs" / lang / f"{RELEASE}.md"
        page.write_text(page.read_text(encoding="utf-8").replace("  credit: ", f"  license: {LICENSE}\n  credit: ", 1), encoding="utf-8")
    build = run_build(root)
    assert build.returncode == 0, build.output
    return build, source


def page_of(build, lang: str) -> BeautifulSoup:
    return BeautifulSoup((build.site / PAGES[lang]).read_text(encoding="utf-8"), "html.parser")


def built_file(build, page: str, href: str) -> Path:
    """The file in site/ that `href` on the page at `page` (a path in site/) leads to."""
    target = urlsplit(urljoin(LOCAL_URL + page, href)).path.removeprefix(urlsplit(LOCAL_URL).path)
    return build.site / (target + "index.html" if target.endswith("/") or not target else target)


def srcset_files(srcset: str) -> list[tuple[str, int]]:
    return [(part.split()[0], int(part.split()[1].removesuffix("w"))) for part in srcset.split(",")]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_release_shows_a_responsive_photo_with_width_height_and_alt(with_photo, lang):
    build, _ = with_photo
    html = page_of(build, lang)
    picture = html.select_one(".release-media figure picture")
    img = picture.find("img")
    assert img["alt"] == front_matter_value(build.root, lang, "alt") and img["alt"].strip()
    assert (int(img["width"]), int(img["height"])) == (1600, 1067)  # the 3:2 source's proportions
    assert img["loading"] == "lazy" and img.get("sizes")
    webp = picture.find("source", type="image/webp")
    for srcset, kind in ((webp["srcset"], "WEBP"), (img["srcset"], "JPEG")):
        for href, width in srcset_files(srcset):
            with Image.open(built_file(build, PAGES[lang], href)) as image:
                assert (image.format, image.width) == (kind, width), href
    assert built_file(build, PAGES[lang], img["src"]).is_file()
    # Caption and credit beside it, inside the figure.
    caption = html.select_one(".release-media figcaption").get_text(" ", strip=True)
    assert front_matter_value(build.root, lang, "credit") in caption


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_visible_link_downloads_the_full_size_photo(with_photo, lang):
    build, _ = with_photo
    link = page_of(build, lang).select_one(".release-media a[download]")
    assert link.get_text(strip=True) in ("Foto in voller Größe herunterladen", "Download the photo in full size")
    with Image.open(built_file(build, PAGES[lang], link["href"])) as image:
        assert image.size == (3000, 2000) and image.format == "JPEG"
    assert ("3.000 × 2.000" if lang == "de" else "3,000 × 2,000") in link.parent.get_text()
    # The NewsArticle's image is the same file, at its absolute address.
    data = json.loads(page_of(build, lang).find("script", type="application/ld+json").string)
    assert data["image"]["contentUrl"] == data["image"]["url"] == urljoin(LOCAL_URL + PAGES[lang], link["href"])
    assert data["image"]["creditText"] == data["image"]["copyrightNotice"] == front_matter_value(build.root, lang, "credit")
    assert data["image"]["license"] == LICENSE
    schema_org_model(data)  # raises on anything schema.org does not define
    licence = page_of(build, lang).select_one(".release-media__license a")
    assert licence["href"] == LICENSE


def test_no_image_in_the_site_keeps_gps_or_camera_data_and_the_source_is_not_there(with_photo):
    build, source = with_photo
    images = [path for path in build.site.rglob("*") if path.suffix.lower() in IMAGE_SUFFIXES]
    # Four widths as WebP and JPEG, and the download; besides them only the theme's own images.
    assert len([path for path in images if path.parent == build.site / "photos"]) == 9
    with Image.open(io.BytesIO(source)) as original:
        assert original.getexif().get_ifd(GPS_IFD)  # the oracle: the source has a position
    for path in images:
        with Image.open(path) as image:
            exif = image.getexif()
            assert exif.get_ifd(GPS_IFD) == {} and exif.get_ifd(EXIF_IFD) == {}, path
            assert MAKE not in exif and "xmp" not in image.info, path
        data = path.read_bytes()
        assert b"032021001234" not in data and b"maker note" not in data, path
    assert not any(path.read_bytes() == source for path in build.site.rglob("*") if path.is_file())
    assert not (build.site / NAME).exists()
    assert MAKER_NOTE and BODY_SERIAL  # the tags the oracle's camera wrote (pressroom.devsite.make_photo)


def test_two_builds_of_the_same_sources_write_the_same_photo_bytes(with_photo, tmp_path):
    build, source = with_photo
    root = copy_site(tmp_path / "again")
    (root / "docs" / NAME).parent.mkdir(parents=True, exist_ok=True)
    (root / "docs" / NAME).write_bytes(source)
    for lang in ("de", "en"):
        page = f"{lang}/{RELEASE}.md"
        (root / "docs" / page).write_bytes((build.root / "docs" / page).read_bytes())
    again = run_build(root)
    assert again.returncode == 0, again.output
    first = {p.relative_to(build.site): p.read_bytes() for p in (build.site / "photos").iterdir()}
    second = {p.relative_to(again.site): p.read_bytes() for p in (again.site / "photos").iterdir()}
    assert first == second and not (again.site / "en" / "photos").exists()


def photo_line(root: Path, lang: str) -> int:
    lines = (root / "docs" / lang / f"{RELEASE}.md").read_text(encoding="utf-8").splitlines()
    return lines.index(f"  file: {NAME}") + 1


def warnings_of(build) -> list[str]:
    return [line for line in build.output.splitlines() if line.startswith("WARNING")]


def test_a_broken_photo_file_is_one_line_per_page_and_fails_the_build(site_copy):
    add_photo(site_copy, NAME)
    path = site_copy / "docs" / NAME
    path.write_bytes(path.read_bytes()[:30_000])  # cut off, as by a failed upload
    build = run_build(site_copy)
    assert build.returncode != 0 and "Traceback" not in build.output
    expected = f"docs/{NAME} aus dem Feld `photo.file` lässt sich nicht als Foto lesen ("
    assert [w.split(": ", 1)[0] for w in warnings_of(build)] == [
        f"WARNING -  docs/{lang}/{RELEASE}.md:{photo_line(site_copy, lang)}" for lang in ("de", "en")
    ]
    assert all(expected in w and w.endswith("Bitte das Foto neu als JPEG speichern.") for w in warnings_of(build))


def test_a_photo_without_alt_fails_the_build_in_one_line_in_english_too(site_copy):
    add_photo(site_copy, NAME)
    page = site_copy / "docs" / "en" / f"{RELEASE}.md"
    text = page.read_text(encoding="utf-8")
    start = text.index("  alt: >-\n")
    end = text.index("\n", text.index("\n", start + 10) + 1) + 1  # the key and its two folded lines
    page.write_text(text[:start] + text[end:], encoding="utf-8")
    build = run_build(site_copy, extra_env={"MESSAGE_LANGUAGE": "en"})
    assert build.returncode != 0 and "Traceback" not in build.output
    assert warnings_of(build) == [
        f"WARNING -  docs/en/{RELEASE}.md:{photo_line(site_copy, 'en')}: The photo in the field `photo.file` lacks its "
        "description `photo.alt`, which a screen reader reads out. Please add what the picture shows."
    ]


def test_the_preview_shows_a_missing_photo_in_the_front_matter_panel(site_copy, tmp_path):
    add_photo(site_copy, NAME)
    (site_copy / "docs" / NAME).unlink()
    line = photo_line(site_copy, "de")
    with mkdocs_serve(site_copy, tmp_path / "serve.log") as (base, _):
        page = wait_for(lambda: fetch(base + f"{RELEASE}/"))
    panels = [" ".join(aside.get_text(" ").split()) for aside in BeautifulSoup(page, "html.parser").select("aside.parity-preview")]
    expected = f"Zeile {line}: Die Datei docs/{NAME} aus dem Feld photo.file gibt es nicht. Bitte das Foto dort ablegen oder den Namen korrigieren."
    assert panels and panels[0].startswith("Kopfbereich dieser Seite") and expected in panels[0], panels
