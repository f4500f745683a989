"""What the tests and the benches share: a copy of the site built with the real mkdocs, and
Debian's Chromium as they start it (no browser is downloaded).

Only useful in a checkout of the repository (the editable install of `make`), whose root
holds the site's sources.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The shared material beside the checkout (the corpus); PRESSROOM_SHARED names it elsewhere, as from a worktree.
SHARED = Path(os.environ.get("PRESSROOM_SHARED") or ROOT.parent / "shared")
SITE_PARTS = ["mkdocs.yml", "docs", "overrides", "hooks", "data"]
LOCAL_URL = "http://127.0.0.1:8000/smart-systems-hub/"
# The release of the seeds: docs/de/<RELEASE>.md and docs/en/<RELEASE>.md.
RELEASE = "2023-11-10-smart-systems-hub"

# These flags keep Chromium from reaching for Google's services, which a closed network refuses.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    """CHROMIUM_PATH, or Debian's /usr/bin/chromium."""
    return os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


@dataclass
class Build:
    root: Path
    returncode: int
    output: str

    @property
    def site(self) -> Path:
        return self.root / "site"


def copy_site(destination: Path) -> Path:
    """Copy what the build reads (config, pages, templates, hooks, data) to `destination`."""
    destination.mkdir(parents=True, exist_ok=True)
    for part in SITE_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, destination / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / part)
    return destination


def run_build(root: Path, site_url: str = LOCAL_URL, extra_env: dict | None = None, strict: bool = True) -> Build:
    """Run `mkdocs build --strict` in `root`, as `make site` does (strict=False: as a draft)."""
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict" if strict else "--no-strict"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return Build(root, result.returncode, result.stdout + result.stderr)


# Words for generated releases, German and English side by side, so titles and text vary from one
# release to the next (search indexes and page sizes of a real archive, not of one text repeated).
_WORDS = [
    ("Förderung", "funding"), ("Mittelstand", "small businesses"), ("Fachkräfte", "skilled workers"),
    ("Wasserstoff", "hydrogen"), ("Mikroelektronik", "microelectronics"), ("Ausbildung", "training"),
    ("Tourismus", "tourism"), ("Breitband", "broadband"), ("Handwerk", "crafts"), ("Gründer", "founders"),
    ("Forschung", "research"), ("Energiewende", "energy transition"), ("Verkehr", "transport"),
    ("Bergbau", "mining"), ("Export", "exports"), ("Innovation", "innovation"), ("Arbeitsmarkt", "labour market"),
    ("Strukturwandel", "structural change"), ("Lausitz", "Lusatia"), ("Erzgebirge", "Ore Mountains"),
    ("Vogtland", "Vogtland"), ("Chemnitz", "Chemnitz"), ("Leipzig", "Leipzig"), ("Görlitz", "Görlitz"),
    ("Digitalisierung", "digitalisation"), ("Klimaschutz", "climate action"), ("Batterien", "batteries"),
    ("Halbleiter", "semiconductors"), ("Radverkehr", "cycling"), ("Schiene", "rail"),
]


def add_releases(root: Path, count: int, first_year: int = 2021, per_year: int = 300) -> list[str]:
    """Add `count` release pairs to the site copy at `root`, made from the seeds' release: real-sized
    text with a varied title and first paragraph, dated from 2 January `first_year` on, `per_year` a
    year (a ministry's pace). Both sides say the same, so the strict build passes. Returns the slugs."""
    import datetime
    import random
    import re

    texts = {lang: (root / "docs" / lang / f"{RELEASE}.md").read_text(encoding="utf-8") for lang in ("de", "en")}
    rng = random.Random(count)
    slugs = []
    for i in range(count):
        year = first_year + i // per_year
        day = datetime.date(year, 1, 2) + datetime.timedelta(days=(i % per_year) * 363 // per_year)
        picked = rng.sample(_WORDS, 4)
        slug = f"{day.isoformat()}-{i:05d}-{picked[0][1].replace(' ', '-').lower()}"
        lead = {
            "de": "Der Freistaat stärkt " + ", ".join(w[0] for w in picked) + ".",
            "en": "The Free State strengthens " + ", ".join(w[1] for w in picked) + ".",
        }
        for lang, text in texts.items():
            title = {"de": f"{picked[0][0]} und {picked[1][0]}", "en": f"{picked[0][1].capitalize()} and {picked[1][1]}"}[lang]
            page = re.sub(r"^title: .*$", f"title: {title} ({i})", text, count=1, flags=re.M)
            page = re.sub(r"^date: .*$", f"date: {day.isoformat()}", page, count=1, flags=re.M)
            page = page.replace("\n---\n\n", f"\n---\n\n{lead[lang]}\n\n", 1)
            (root / "docs" / lang / f"{slug}.md").write_text(page, encoding="utf-8")
        slugs.append(slug)
    return slugs


SEARCH_PATH = "suche/"


def search_in_browser(page, search_url: str, query: str) -> tuple[int, list[str]]:
    """Type `query` into the search page at `search_url` in a Playwright page, as a visitor does.

    Returns the bytes the browser fetched from the first key on (response bodies as sent, the
    index files are compressed already) and the addresses of the results shown.
    """
    page.goto(search_url, wait_until="networkidle")
    fetched: list = []

    def finished(request) -> None:
        fetched.append(request)

    page.on("requestfinished", finished)
    field = page.locator("#search-query")
    field.press_sequentially(query, delay=50)
    page.locator("[data-search-status]:not(:empty)").wait_for(timeout=15_000)
    page.wait_for_load_state("networkidle")
    page.wait_for_function(
        "(query) => document.querySelector('#search-query').value === query && document.querySelector('[data-search-status]').textContent",
        arg=query,
    )
    page.wait_for_timeout(300)  # the last debounced search's results
    page.remove_listener("requestfinished", finished)
    # A response served from the browser's cache has no body size (-1): nothing was fetched.
    sent = sum(max(0, request.sizes()["responseBodySize"]) for request in fetched)
    return sent, page.eval_on_selector_all("[data-search-results] a", "links => links.map(a => a.href)")


# EXIF tags a camera writes that the site must never publish, and the credit it may keep.
GPS_IFD, EXIF_IFD = 0x8825, 0x8769
MAKE, MODEL, ARTIST, COPYRIGHT = 0x010F, 0x0110, 0x013B, 0x8298
BODY_SERIAL, LENS_SERIAL, MAKER_NOTE = 0xA431, 0xA435, 0x927C


def make_photo(path: Path, size: tuple[int, int] = (3000, 2000), artist: str = "Timm Ziegenthaler") -> bytes:
    """Write a JPEG at `path` as a camera does: detailed pixels (a Mandelbrot set, so it compresses
    like a photo), and EXIF with a GPS position (Dresden), the camera, its serial numbers, a maker
    note and the photographer. Returns its bytes."""
    from PIL import Image

    base = Image.effect_mandelbrot(size, (-2.2, -1.1, 0.8, 1.1), 80)
    image = Image.merge("RGB", (base, base.transpose(Image.Transpose.FLIP_LEFT_RIGHT), base.transpose(Image.Transpose.FLIP_TOP_BOTTOM)))
    exif = Image.Exif()
    exif[MAKE], exif[MODEL], exif[ARTIST], exif[COPYRIGHT] = "Canon", "EOS R5", artist, f"Copyright {artist}"
    gps = exif.get_ifd(GPS_IFD)
    gps.update({1: "N", 2: (51.0, 3.0, 27.5), 3: "E", 4: (13.0, 44.0, 21.0)})
    camera = exif.get_ifd(EXIF_IFD)
    camera.update({BODY_SERIAL: "032021001234", LENS_SERIAL: "0000c1a2b3", MAKER_NOTE: b"Canon maker note: owner Jane Doe"})
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=90, exif=exif.tobytes())
    return path.read_bytes()


def add_photo(root: Path, name: str = "photos/2023-11-10-smart-systems-hub.jpg", page: str = RELEASE, **photo) -> bytes:
    """Give the release `page` of the site copy at `root` a photo file (a camera's JPEG, make_photo)
    named `name` below docs/, in both languages. Returns the source's bytes."""
    data = make_photo(root / "docs" / name, **photo)
    for lang in ("de", "en"):
        source = root / "docs" / lang / f"{page}.md"
        source.write_text(source.read_text(encoding="utf-8").replace("\nphoto:\n", f"\nphoto:\n  file: {name}\n", 1), encoding="utf-8")
    return data
