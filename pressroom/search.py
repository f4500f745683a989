"""The site's search index: Pagefind run over the built site, one index per language.

Pagefind reads each page's `<html lang>` and writes an index for each language, so a search
on an English page finds English pages only. It indexes the part of a page marked
`data-pagefind-body` (the release and the legal and content pages; not the home page, the
archive lists or the 404 page) and writes everything under `pagefind/` in the site. Imports
nothing from MkDocs.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from . import messages
from .wording import Message

BUNDLE_DIR = "pagefind"
# What the site's search page loads: the search API, its worker and WebAssembly, the indexes.
# Pagefind's own ready-made interfaces are left out: the site has its own, in its languages.
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
           "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


class SearchIndexError(Exception):
    """Pagefind could not index the site: the message, and what Pagefind said."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text())
        self.message = message


def index_site(site_dir: Path) -> None:
    """Write the search index of the built site in `site_dir` into `site_dir/pagefind/`."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", BUNDLE_DIR, "--silent"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        raise SearchIndexError(messages.SEARCH_INDEX_FAILED(reason=str(error))) from None
    if result.returncode != 0:
        said = " ".join((result.stderr or result.stdout).split()) or f"exit status {result.returncode}"
        raise SearchIndexError(messages.SEARCH_INDEX_FAILED(reason=said))
    for name in _UNUSED:
        (site_dir / BUNDLE_DIR / name).unlink(missing_ok=True)
    # Pagefind lists the languages in no fixed order; sorted, two builds of one commit are identical.
    entry = site_dir / BUNDLE_DIR / "pagefind-entry.json"
    data = json.loads(entry.read_text(encoding="utf-8"))
    entry.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8")
