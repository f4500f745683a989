"""Benchmark: the site at archive scale, and beside it plain Material + mkdocs-static-i18n.

For each size (release pairs of real-sized, varied text, pressroom.devsite.add_releases) it builds
a copy of the site strictly and prints: build time and peak memory, the home and archive pages'
size and element count, the feeds' size and entries, the bytes one search query fetches in
Chromium (from the first key on), and the preview's save-to-reload time (`mkdocs serve --dirty`, as
`make serve` runs it: a saved edit until the served page has it). Then the same pages built by plain Material with
mkdocs-static-i18n and its search plugin (no hooks, no custom templates) and the ratio of the two
times. Time per pair at each size shows whether growth stays linear.

Usage: python bench/scale.py [--sizes 10,100,1000,3000] [--no-preview] [--no-search]
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bs4 import BeautifulSoup

from pressroom import devsite
from pressroom.pages_server import PagesServer

SITE_URL = "http://127.0.0.1:8000/bench/"
# Runs a command and prints its peak memory (KiB) last, so that each build is measured alone.
_MEASURED = (
    "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
    "sys.stdout.write(r.stdout + r.stderr); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)"
)
PLAIN_CONFIG = """site_name: Plain
site_url: {url}
docs_dir: docs
theme:
  name: material
  language: de
plugins:
  - search
  - i18n:
      docs_structure: folder
      fallback_to_default: true
      languages:
        - locale: de
          default: true
          name: Deutsch
        - locale: en
          name: English
"""


def build(root: Path, strict: bool = True) -> tuple[float, int]:
    """Build `root` in a process of its own: seconds and peak memory in MiB."""
    env = {**os.environ, "SITE_URL": SITE_URL, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-c", _MEASURED, sys.executable, "-m", "mkdocs", "build", *(["--strict"] if strict else [])]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"mkdocs build failed in {root}:\n{result.stdout[-3000:]}")
    return elapsed, int(result.stdout.split()[-1]) // 1024


def plain_copy(ours: Path, destination: Path) -> Path:
    """The same pages for plain Material: our templates are not there, so `template:` lines go."""
    for source in (ours / "docs").rglob("*.md"):
        target = destination / "docs" / source.relative_to(ours / "docs")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(re.sub(r"^template: .*\n", "", source.read_text(encoding="utf-8"), flags=re.M), encoding="utf-8")
    (destination / "mkdocs.yml").write_text(PLAIN_CONFIG.format(url=SITE_URL), encoding="utf-8")
    return destination


def page_size(path: Path) -> str:
    html = path.read_text(encoding="utf-8")
    elements = len(BeautifulSoup(html, "html.parser").find_all(True))
    return f"{len(html.encode()) / 1024:6.1f} KiB {elements:5} el."


def feed_size(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return f"{len(text.encode()) / 1024:5.1f} KiB {text.count('<entry>'):3} entries"


def search_bytes(root: Path, slug: str) -> str:
    """Bytes Chromium fetches for a search of one release's English title, and whether it is found."""
    from playwright.sync_api import sync_playwright

    title = re.search(r"^title: (.*)$", (root / "docs" / "en" / f"{slug}.md").read_text(encoding="utf-8"), re.M).group(1)
    server = PagesServer(root / "site")
    server.start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=devsite.chromium_path(), args=devsite.CHROMIUM_FLAGS)
            sent, found = devsite.search_in_browser(browser.new_page(), server.url + "en/" + devsite.SEARCH_PATH, title)
            browser.close()
    finally:
        server.stop()
    # The build's address is SITE_URL; the server's differs only in host and port.
    hit = any(url.endswith(f"/en/{slug}/") for url in found)
    return f"{sent / 1000:6.0f} KB ({'found' if hit else 'NOT found'})"


def preview_reload(root: Path, slug: str) -> str:
    """Seconds from saving an edit of a release to `mkdocs serve` serving it."""
    port = 8000 + os.getpid() % 1000
    env = {**os.environ, "SITE_URL": SITE_URL, "NO_MKDOCS_2_WARNING": "1"}
    # As `make serve` runs it: a save builds again only what it changed.
    serve = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"], cwd=root, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}{urllib.request.urlparse(SITE_URL).path}"

    def served(marker: str) -> bool:
        try:
            return marker in urllib.request.urlopen(f"{base}en/{slug}/", timeout=5).read().decode()
        except OSError:
            return False

    try:
        source = root / "docs" / "en" / f"{slug}.md"
        deadline = time.monotonic() + 1800
        while not served("</html>") and time.monotonic() < deadline:
            time.sleep(0.5)
        marker = f"Edited at {time.time_ns()}."
        source.write_text(source.read_text(encoding="utf-8") + f"\n{marker}\n", encoding="utf-8")
        saved = time.monotonic()
        while not served(marker):
            if time.monotonic() - saved > 600:
                return "  > 600 s"
            time.sleep(0.1)
        return f"{time.monotonic() - saved:6.1f} s"
    finally:
        serve.terminate()
        serve.wait()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000,3000")
    parser.add_argument("--no-preview", action="store_true", help="leave out the preview's save-to-reload time")
    parser.add_argument("--no-search", action="store_true", help="leave out the search in Chromium")
    args = parser.parse_args(argv)
    print("pairs | ours: build, peak memory, per pair | plain Material + i18n | ratio")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            ours = devsite.copy_site(Path(tmp) / "ours")
            slugs = devsite.add_releases(ours, size)
            plain = plain_copy(ours, Path(tmp) / "plain")
            ours_time, ours_memory = build(ours)
            plain_time, plain_memory = build(plain, strict=False)
            print(f"{size:5} | {ours_time:6.1f} s {ours_memory:5} MiB {ours_time / size * 1000:6.1f} ms/pair"
                  f" | {plain_time:6.1f} s {plain_memory:5} MiB {plain_time / size * 1000:6.1f} ms/pair | {ours_time / plain_time:4.2f} ×")
            site = ours / "site"
            years = sorted((site / "archiv").glob("[0-9]*/index.html"), key=lambda p: p.stat().st_size)
            for lang, prefix in (("de", ""), ("en", "en/")):
                print(f"      {lang}: home {page_size(site / prefix / 'index.html')}, archive {page_size(site / prefix / 'archiv' / 'index.html')}, "
                      f"largest year {page_size(site / prefix / years[-1].relative_to(site))}, feed {feed_size(site / prefix / 'feed.xml')}")
            index = site / "pagefind"
            files = [f for f in index.rglob("*") if f.is_file()]
            line = f"      search index {sum(f.stat().st_size for f in files) / 1e6:.1f} MB in {len(files)} files"
            if not args.no_search:
                line += f"; one English title query fetches {search_bytes(ours, slugs[len(slugs) // 3])}"
            print(line)
            if not args.no_preview:
                print(f"      preview: save to reload {preview_reload(ours, slugs[0])}")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
