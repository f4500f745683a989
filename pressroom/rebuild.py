"""What the preview builds again after a save (`mkdocs serve --dirty`).

MkDocs' dirty build renders a page again only where its output file is older than its source,
and keeps every other output of the build before. A page of this site also shows what other
files say: its counterpart's findings and language link, the contact data, the templates. So
the preview compares the inputs of each build with those of the build before (`plan`):

- where only Markdown pages in the language folders changed, the pages to build again are
  those and their counterparts in the other languages;
- where anything else changed (a template, the data, a photo, the configuration, a page added
  or removed), everything is built again.

A page is built again by removing its output (`forget`). The home page and the archive pages,
which list the others, are built every time (the release hook sees to them). What the hooks
read from every page on every build (the front-matter validation, the parity check, the photos)
is kept in a `Memo` while the files it was made from stay as they were.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, TypeVar

Stamp = tuple[int, int]  # a file's modification time (ns) and size
T = TypeVar("T")


def stamp(path: str | Path) -> Stamp | None:
    """The file's stamp; None where there is no file."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


def _ignored(name: str) -> bool:
    # Hidden files and editors' backups (.x.md.swp, x.md~) are no input of the build.
    return name.startswith(".") or name.endswith("~")


def snapshot(paths: Iterable[str | Path]) -> dict[str, Stamp]:
    """The stamp of every file at or below `paths` (files or folders), by path."""
    found: dict[str, Stamp] = {}
    for path in paths:
        path = str(path)
        if os.path.isfile(path):
            found[path] = stamp(path) or (0, 0)
            continue
        for folder, folders, files in os.walk(path):
            folders[:] = [name for name in folders if not _ignored(name)]
            for name in files:
                if not _ignored(name):
                    full = os.path.join(folder, name)
                    found[full] = stamp(full) or (0, 0)
    return found


@dataclass(frozen=True)
class Plan:
    everything: bool
    pages: frozenset[str] = frozenset()  # paths within the language folders: "x.md", "archiv/index.md"
    cause: str | None = None  # for everything: the first input that is not a page's text, or was added or removed


def plan(before: dict[str, Stamp] | None, after: dict[str, Stamp], docs_dir: str | Path, languages: Iterable[str]) -> Plan:
    """What to build again, given the inputs of the last build (None: there was none) and now."""
    if before is None:
        return Plan(True)
    if before.keys() != after.keys():
        return Plan(True, cause=min(before.keys() ^ after.keys()))
    roots = {os.path.join(str(docs_dir), lang) + os.sep for lang in languages}
    pages = set()
    for path, now in after.items():
        if before[path] == now:
            continue
        root = next((root for root in roots if path.startswith(root)), None)
        if root is None or not path.endswith((".md", ".markdown")):
            return Plan(True, cause=path)
        pages.add(path[len(root):].replace(os.sep, "/"))
    return Plan(False, frozenset(pages))


def forget(outputs: Iterable[str]) -> None:
    """Remove these output files, so that a dirty build renders them again."""
    for output in outputs:
        try:
            os.remove(output)
        except FileNotFoundError:
            pass


def clear(site_dir: str | Path) -> None:
    """Remove everything in the site folder, so that a dirty build builds every page again."""
    for entry in os.scandir(site_dir) if os.path.isdir(site_dir) else ():
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path)
        else:
            os.remove(entry.path)


class Memo:
    """Values made from files, kept while the files are as they were (`mkdocs serve`).

    `get(key, stamp, make)` returns the value kept for `key` if it was made at the same
    `stamp` (the stamps of the files it reads), else makes it. `depend_on(stamp)` forgets every
    value when what all of them read (the contact data, say) has changed."""

    def __init__(self) -> None:
        self._kept: dict = {}
        self._common: object = None

    def depend_on(self, common: object) -> None:
        if common != self._common:
            self._kept.clear()
            self._common = common

    def get(self, key: object, stamp: object, make: Callable[[], T]) -> T:
        kept = self._kept.get(key)
        if kept is not None and kept[0] == stamp:
            return kept[1]
        value = make()
        self._kept[key] = (stamp, value)
        return value
