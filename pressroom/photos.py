"""A release's photo: the file `photo.file` names, checked, and the versions the site publishes.

Pure code with no MkDocs import (hooks/photo_hook.py adds the versions to the build, the
validation checks the file). From the one source image under docs/photos/, shared by both
languages, the build makes a few widths as WebP and JPEG for <picture>/srcset, and a full-size
JPEG for the press to download. Every version is made from the pixels alone: no EXIF but the
credit and copyright (Artist, Copyright), so no GPS position, camera serial number or maker note,
no XMP, IPTC or comment, and the colours converted to sRGB so that no camera's ICC profile is
carried either. The source itself is never published (the hook takes it out of MkDocs' files).

The same source gives the same bytes in every build (Pillow's encoders are deterministic), and the
file names carry a digest of the source, so a changed photo gets new addresses.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from . import messages
from .wording import Message, number

# The folder below docs/ that photos live in; nothing in it is published as it is.
FOLDER = "photos"
# The widths published for srcset (a narrower source: its own width instead of the wider ones).
WIDTHS = (480, 800, 1200, 1600)
# What a source may be: a camera's full resolution (61 megapixels is the largest common one is
# above this; such a file is scaled down first), and a size that a repository can carry.
MAX_PIXELS = 50_000_000
MAX_BYTES = 40 * 1000 * 1000
FORMATS = ("JPEG", "PNG", "WEBP")
# EXIF tags kept in every version: who took the photo and who holds its rights.
ARTIST, COPYRIGHT = 0x013B, 0x8298
ORIENTATION = 0x0112
JPEG_QUALITY, WEBP_QUALITY, DOWNLOAD_QUALITY = 82, 80, 92
# Part of every digest: change it when the versions made from a source change.
VERSION = "1"


class PhotoError(Exception):
    """A source that can't be published; args[0] is the Message (its {field} filled in by the caller)."""

    @property
    def message(self) -> Message:
        return self.args[0]


def source_name(photo: Any) -> str | None:
    """`photo.file` of a front matter's `photo`, as a path below docs/ (photos/x.jpg); None without one."""
    name = photo.get("file") if isinstance(photo, dict) else None
    if not isinstance(name, str) or not name.strip():
        return None
    return posixpath.normpath(name.strip().lstrip("/"))


def in_folder(name: str) -> bool:
    return name.startswith(FOLDER + "/") and ".." not in name.split("/")


def problem(docs_dir: Path, name: str) -> Message | None:
    """What keeps the photo `name` (below `docs_dir`) from being published, or None."""
    try:
        open_source(docs_dir, name).close()
    except PhotoError as error:
        return error.message
    return None


def open_source(docs_dir: Path, name: str) -> Image.Image:
    """The source image, decoded; PhotoError for one that is missing, misplaced, too large or broken."""
    where = {"file": name, "folder": FOLDER}
    if not in_folder(name):
        raise PhotoError(messages.PHOTO_OUTSIDE_FOLDER(**where))
    path = docs_dir / name
    if not path.is_file():
        raise PhotoError(messages.PHOTO_MISSING(**where))
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise PhotoError(messages.PHOTO_TOO_MANY_BYTES(size=_megabytes(size), limit=_megabytes(MAX_BYTES), **where))
    try:
        with warnings.catch_warnings():
            # Pillow warns of a "decompression bomb" above its own limit, which lies above ours:
            # the size is checked here, against MAX_PIXELS, before any pixel is decoded.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
        if image.format not in FORMATS:
            image.close()
            raise PhotoError(messages.PHOTO_WRONG_FORMAT(format=image.format, **where))
        width, height = image.size
        if width * height > MAX_PIXELS:
            image.close()
            raise PhotoError(messages.PHOTO_TOO_MANY_PIXELS(width=number(width), height=number(height), limit=MAX_PIXELS // 1_000_000, **where))
        image.load()
    except Image.DecompressionBombError:
        # Far beyond Pillow's own limit (twice its warning's): refused by Pillow before we see the size.
        raise PhotoError(messages.PHOTO_FAR_TOO_MANY_PIXELS(limit=MAX_PIXELS // 1_000_000, **where)) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise PhotoError(messages.PHOTO_UNREADABLE(problem=_reason(error), **where)) from None
    return image


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}".rstrip("0").rstrip(".")


def _reason(error: Exception) -> str:
    # Pillow's own words, shortened to one line without the path (the message names the file).
    text = " ".join(str(error).split()) or type(error).__name__
    return re.sub(r"\s*'[^']*'", "", text)[:120]


@dataclass(frozen=True)
class Version:
    """One published file: its path in the built site, its size in pixels, its type and bytes."""

    path: str
    width: int
    height: int
    mime: str
    data: bytes


@dataclass(frozen=True)
class Published:
    """What the site publishes of one source: the widths as WebP and JPEG, and the full-size download."""

    source: str
    webp: tuple[Version, ...]
    jpeg: tuple[Version, ...]
    download: Version

    @property
    def largest(self) -> Version:
        return self.jpeg[-1]

    def files(self) -> list[Version]:
        return [*self.webp, *self.jpeg, self.download]


def publish(docs_dir: Path, name: str) -> Published:
    """The published versions of the photo `name` below `docs_dir` (PhotoError: see open_source)."""
    source_bytes = (docs_dir / name).read_bytes() if in_folder(name) and (docs_dir / name).is_file() else b""
    image = open_source(docs_dir, name)
    try:
        exif = _kept_exif(image.getexif())
        digest = hashlib.sha256(VERSION.encode() + source_bytes).hexdigest()[:10]
        stem = re.sub(r"[^a-z0-9]+", "-", posixpath.splitext(posixpath.basename(name))[0].lower()).strip("-") or "photo"
        base = f"{FOLDER}/{stem}-{digest}"
        pixels = _srgb(image)
    finally:
        image.close()
    download = Version(f"{base}.jpg", *pixels.size, "image/jpeg", _encode(pixels, "JPEG", exif, quality=DOWNLOAD_QUALITY))
    webp, jpeg = [], []
    for width in widths(pixels.width):
        height = round(pixels.height * width / pixels.width)
        scaled = pixels if width == pixels.width else pixels.resize((width, height), Image.Resampling.LANCZOS)
        webp.append(Version(f"{base}-{width}.webp", width, height, "image/webp", _encode(scaled, "WEBP", exif, quality=WEBP_QUALITY)))
        jpeg.append(Version(f"{base}-{width}.jpg", width, height, "image/jpeg", _encode(scaled, "JPEG", exif, quality=JPEG_QUALITY, progressive=True)))
    return Published(name, tuple(webp), tuple(jpeg), download)


# How wide the photo is shown: the media box spans the release's footer (site.css), the screen's
# width less the margins and the box's padding, up to the content's width from 48em on (measured
# in Chromium: 326 px of 390, 704 of 768, at most about 720 px at Material's 20 px rem).
SIZES = "(min-width: 48em) 37rem, calc(100vw - 3.2rem)"


def view(published: Published, url: Callable[[str], str]) -> dict[str, Any]:
    """What the template shows of a published photo; `url` makes a version's path an address."""
    largest, download = published.largest, published.download
    return {
        "webp_srcset": ", ".join(f"{url(version.path)} {version.width}w" for version in published.webp),
        "jpeg_srcset": ", ".join(f"{url(version.path)} {version.width}w" for version in published.jpeg),
        "src": url(published.jpeg[min(1, len(published.jpeg) - 1)].path),
        "sizes": SIZES,
        "width": largest.width,
        "height": largest.height,
        "download": {
            "url": url(download.path),
            "name": posixpath.basename(published.source).rsplit(".", 1)[0] + ".jpg",
            "width": download.width,
            "height": download.height,
            "megabytes": round(len(download.data) / 1_000_000, 1),
        },
    }


def widths(source_width: int) -> list[int]:
    """The widths published of a source this wide: WIDTHS up to it, and the source's own where narrower."""
    chosen = [width for width in WIDTHS if width < source_width]
    if source_width < WIDTHS[-1]:
        chosen.append(source_width)
    return chosen or [source_width]


def _kept_exif(exif: Image.Exif) -> bytes:
    """The source's EXIF reduced to the credit and copyright, as bytes to write (b"": none)."""
    kept = Image.Exif()
    for tag in (ARTIST, COPYRIGHT):
        value = exif.get(tag)
        if isinstance(value, str) and value.strip():
            kept[tag] = value.strip()
    return kept.tobytes() if len(kept) else b""


def _srgb(image: Image.Image) -> Image.Image:
    """The pixels upright, in sRGB, as RGB without transparency (on white), with no metadata."""
    upright = ImageOps.exif_transpose(image)
    profile = upright.info.get("icc_profile")
    if profile and upright.mode in ("RGB", "RGBA", "CMYK", "L"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            upright = ImageCms.profileToProfile(upright, source, ImageCms.createProfile("sRGB"), outputMode="RGBA" if upright.mode == "RGBA" else "RGB")
        except (ImageCms.PyCMSError, OSError):
            pass  # an unreadable profile: the pixels as they are, which most cameras mean as sRGB
    if upright.mode in ("RGBA", "LA", "PA") or (upright.mode == "P" and "transparency" in upright.info):
        rgba = upright.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        upright = flat
    clean = upright.convert("RGB") if upright.mode != "RGB" else upright.copy()
    clean.info = {}  # nothing of the source's info (XMP, comment, ICC, DPI) goes into a version
    return clean


def _encode(image: Image.Image, kind: str, exif: bytes, **options: Any) -> bytes:
    out = io.BytesIO()
    if kind == "JPEG":
        image.save(out, "JPEG", exif=exif, optimize=True, **options)
    else:
        image.save(out, "WEBP", exif=exif, method=4, **options)
    return out.getvalue()
