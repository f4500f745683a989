"""pressroom.photos on images made here: the versions it publishes (widths, formats, sizes, the same
bytes each time), what metadata they keep (credit and copyright, never GPS, camera, serial numbers,
maker notes, XMP), and the one-line problems of a missing, misplaced, too large or broken file;
and the front matter's photo rules in pressroom.validation."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from pressroom import photos, validation
from pressroom.devsite import ARTIST, BODY_SERIAL, COPYRIGHT, EXIF_IFD, GPS_IFD, MAKER_NOTE, MAKE, make_photo

NAME = "photos/handover.jpg"


@pytest.fixture(scope="module")
def camera_photo(tmp_path_factory):
    docs = tmp_path_factory.mktemp("docs")
    make_photo(docs / NAME)
    return docs


@pytest.fixture(scope="module")
def published(camera_photo):
    return photos.publish(camera_photo, NAME)


def opened(version: photos.Version) -> Image.Image:
    return Image.open(io.BytesIO(version.data))


def test_a_3000_by_2000_photo_gives_four_widths_in_webp_and_jpeg_and_a_full_size_download(published):
    assert [(v.width, v.height) for v in published.webp] == [(480, 320), (800, 533), (1200, 800), (1600, 1067)]
    assert [(v.width, v.height) for v in published.jpeg] == [(v.width, v.height) for v in published.webp]
    assert (published.download.width, published.download.height) == (3000, 2000)
    for version in published.files():
        image = opened(version)
        assert image.size == (version.width, version.height)
        assert Image.MIME[image.format] == version.mime
        assert version.path.startswith("photos/handover-")
    assert len({version.path for version in published.files()}) == 9


def test_no_version_keeps_position_camera_or_serial_numbers_but_all_keep_the_credit(camera_photo, published):
    source = Image.open(camera_photo / NAME).getexif()
    assert source.get_ifd(GPS_IFD) and source.get_ifd(EXIF_IFD)[BODY_SERIAL] and source[MAKE] == "Canon"  # the oracle
    for version in published.files():
        image = opened(version)
        exif = image.getexif()
        assert set(exif) == {ARTIST, COPYRIGHT}, (version.path, dict(exif))
        assert exif[ARTIST] == "Timm Ziegenthaler" and exif[COPYRIGHT] == "Copyright Timm Ziegenthaler"
        assert exif.get_ifd(GPS_IFD) == {} and exif.get_ifd(EXIF_IFD) == {}
        assert not {"xmp", "icc_profile", "comment", "photoshop"} & set(image.info), version.path
        assert b"maker note" not in version.data and b"032021001234" not in version.data


def test_the_same_source_gives_the_same_bytes_and_a_changed_one_new_addresses(camera_photo, published, tmp_path):
    again = photos.publish(camera_photo, NAME)
    assert [(v.path, v.data) for v in again.files()] == [(v.path, v.data) for v in published.files()]
    make_photo(tmp_path / NAME, artist="Someone Else")
    other = photos.publish(tmp_path, NAME)
    assert not {v.path for v in other.files()} & {v.path for v in published.files()}


def test_a_photo_taken_upright_is_published_upright_and_without_the_orientation_tag(tmp_path):
    image = Image.new("RGB", (600, 400), (200, 30, 30))
    exif = Image.Exif()
    exif[photos.ORIENTATION] = 6  # the camera was turned: show rotated by 90°
    (tmp_path / "photos").mkdir()
    image.save(tmp_path / NAME, exif=exif.tobytes())
    published = photos.publish(tmp_path, NAME)
    assert (published.download.width, published.download.height) == (400, 600)
    assert [v.width for v in published.jpeg] == [400]
    assert photos.ORIENTATION not in opened(published.download).getexif()


def test_a_transparent_png_is_published_on_white(tmp_path):
    (tmp_path / "photos").mkdir()
    Image.new("RGBA", (300, 200), (0, 0, 0, 0)).save(tmp_path / "photos/logo.png")
    published = photos.publish(tmp_path, "photos/logo.png")
    assert opened(published.largest).convert("RGB").getpixel((10, 10)) == (255, 255, 255)


@pytest.mark.parametrize("width, expected", [(3000, [480, 800, 1200, 1600]), (1000, [480, 800, 1000]), (300, [300]), (1600, [480, 800, 1200])])
def test_the_widths_never_exceed_the_source(width, expected):
    assert photos.widths(width) == expected


def problem(docs, name, lang="de"):
    found = photos.problem(docs, name)
    return found.with_values(field="photo.file").text(lang) if found else None


def test_a_missing_or_misplaced_file_is_named_with_its_folder(tmp_path):
    assert problem(tmp_path, "photos/none.jpg") == (
        "Die Datei docs/photos/none.jpg aus dem Feld `photo.file` gibt es nicht. Bitte das Foto dort ablegen oder den Namen korrigieren."
    )
    assert problem(tmp_path, "photos/none.jpg", "en").startswith("The file docs/photos/none.jpg named in the field `photo.file` does not exist.")
    assert problem(tmp_path, "assets/x.jpg").startswith("Im Feld `photo.file` steht »assets/x.jpg«; Fotos liegen im Ordner docs/photos/.")
    assert problem(tmp_path, "photos/../../x.jpg").startswith("Im Feld `photo.file` steht")


def test_a_broken_or_foreign_file_is_one_line_without_a_traceback(camera_photo, tmp_path):
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos/cut.jpg").write_bytes((camera_photo / NAME).read_bytes()[:20_000])
    (tmp_path / "photos/text.jpg").write_text("not a photo", encoding="utf-8")
    Image.new("RGB", (10, 10)).save(tmp_path / "photos/old.gif")
    cut = problem(tmp_path, "photos/cut.jpg")
    assert cut.startswith("Die Datei docs/photos/cut.jpg aus dem Feld `photo.file` lässt sich nicht als Foto lesen (")
    assert cut.endswith("). Bitte das Foto neu als JPEG speichern.") and "\n" not in cut
    assert problem(tmp_path, "photos/text.jpg").startswith("Die Datei docs/photos/text.jpg aus dem Feld `photo.file` lässt sich nicht als Foto lesen")
    assert problem(tmp_path, "photos/old.gif") == (
        "Die Datei docs/photos/old.gif aus dem Feld `photo.file` ist ein Bild im Format GIF; erwartet wird JPEG, PNG oder WebP. Bitte umwandeln."
    )
    with pytest.raises(photos.PhotoError):
        photos.publish(tmp_path, "photos/cut.jpg")


def test_too_many_pixels_or_bytes_are_refused_before_decoding(camera_photo, monkeypatch):
    monkeypatch.setattr(photos, "MAX_PIXELS", 5_000_000)
    assert problem(camera_photo, NAME) == (
        "Das Foto docs/photos/handover.jpg aus dem Feld `photo.file` hat 3.000 × 2.000 Pixel, erlaubt sind höchstens 5 Megapixel. "
        "Bitte verkleinern, z. B. auf 6000 Pixel Breite."
    )
    monkeypatch.setattr(photos, "MAX_PIXELS", 50_000_000)
    monkeypatch.setattr(photos, "MAX_BYTES", 100_000)
    size = (camera_photo / NAME).stat().st_size
    assert problem(camera_photo, NAME, "en") == (
        f"The file docs/photos/handover.jpg named in the field `photo.file` is {photos._megabytes(size)} MB, at most 0.1 MB are allowed. "
        "Please save the photo smaller (JPEG, quality 90)."
    )


RELEASE = """---
template: release.html
title: T
subtitle: S
description: D
date: 2023-11-10
place: Dresden
publisher: smwa
contact: jungmann
key_figures:
  - value: "1"
    label: L
photo:
  file: {file}
  credit: C
{alt}---
"""


def validated(docs, file=NAME, alt="  alt: Zwei Personen\n"):
    return [error.text() for error in validation.validate_page("docs/de/x.md", RELEASE.format(file=file, alt=alt), None, docs_dir=docs)[1]]


def test_a_photo_file_needs_its_alt_text_and_a_readable_file(camera_photo):
    assert validated(camera_photo) == []
    assert validated(camera_photo, alt="") == [
        "docs/de/x.md:14: Zum Foto im Feld `photo.file` fehlt die Bildbeschreibung `photo.alt`, die ein Screenreader vorliest. "
        "Bitte ergänzen: was auf dem Bild zu sehen ist."
    ]
    assert validated(camera_photo, file="photos/none.jpg") == [
        "docs/de/x.md:14: Die Datei docs/photos/none.jpg aus dem Feld `photo.file` gibt es nicht. Bitte das Foto dort ablegen oder den Namen korrigieren."
    ]
    # Without a file, a photo is only described, and needs no alt text.
    source = RELEASE.format(file=NAME, alt="").replace(f"  file: {NAME}\n", "")
    assert validation.validate_page("docs/de/x.md", source, None, docs_dir=camera_photo)[1] == []


def test_the_licence_field_is_spelt_as_schema_org_spells_it(camera_photo):
    source = RELEASE.format(file=NAME, alt="  alt: Zwei Personen\n").replace("  credit: C\n", "  credit: C\n  licence: CC BY 4.0\n")
    errors = validation.validate_page("docs/de/x.md", source, None, docs_dir=camera_photo)[1]
    assert [error.text() for error in errors] == [
        "docs/de/x.md:16: Das Feld `photo.licence` gibt es nicht. Gemeint ist wohl `photo.license`: Bitte umbenennen."
    ]
