"""Walk a docs folder's de/ and en/ trees, pair pages by relative path and check each pair."""
from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from .. import messages
from ..rebuild import Memo, stamp
from ..wording import DEFAULT_LANGUAGE, Message, number
from . import parallel
from .compare import Page, Problem, compare_pages, read_page
from .findings import Finding, Location, Report

LANGS = ("de", "en")
MAX_PAGE_BYTES = 2_000_000


class UnusableInput(Exception):
    """The docs folder can't be checked at all (one line, no traceback)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text(DEFAULT_LANGUAGE))
        self.message = message


def shown_path(path: Path, base: Path | None) -> str:
    """A page's path as findings name it: relative to `base` where it lies below it."""
    if base is not None:
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def page_paths(root: Path) -> dict[str, Path]:
    """Markdown pages under `root` keyed by their path relative to it (posix)."""
    pages: dict[str, Path] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        folder = Path(dirpath)
        prefix = folder.relative_to(root).as_posix() + "/"  # once per folder: "./" for root itself
        for filename in sorted(filenames):
            if filename.endswith((".md", ".markdown")):
                pages[filename if prefix == "./" else prefix + filename] = folder / filename
    return pages


def _unreadable(lang: str, shown: str, problem: Problem) -> Page:
    """A page that could not be read as text: nothing to compare, one problem to report."""
    return Page(lang, shown, problems=(problem,), empty=True)


def _load(lang: str, path: Path, shown: str, report_unreadable_front_matter: bool) -> Page:
    try:
        # Read no more than the limit allows: a larger file is a problem, not a page to read.
        with open(path, "rb") as file:
            raw = file.read(MAX_PAGE_BYTES + 1)
            if len(raw) > MAX_PAGE_BYTES:
                size = os.fstat(file.fileno()).st_size
                return _unreadable(lang, shown, Problem("size", 1, messages.TOO_LARGE(size=number(size), limit=number(MAX_PAGE_BYTES))))
    except OSError as exc:
        return _unreadable(lang, shown, Problem("read", 1, messages.UNREADABLE(reason=exc.strerror or exc)))
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        return _unreadable(lang, shown, Problem("encoding", line, messages.NOT_UTF8(byte=exc.start)))
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    return read_page(lang, shown, text, report_unreadable_front_matter)


def check_docs(
    docs_dir: Path,
    base_for_paths: Path | None = None,
    report_unreadable_front_matter: bool = True,
    jobs: int | None = 1,
    memo: Memo | None = None,
) -> Report:
    """Check every page pair under ``docs_dir/de`` and ``docs_dir/en``.

    A page whose front matter can't be read (malformed YAML, not a mapping) is a finding,
    unless `report_unreadable_front_matter` is False because the caller reports it itself.

    Paths in findings are shown relative to `base_for_paths` when given, else as
    ``docs_dir`` was given (``docs/de/index.md``). Raises UnusableInput if the folder or
    one of its language folders is missing.

    `jobs`: how many processes check the pairs; None for one a core where there are enough
    pairs for it to pay (see parallel.py). The findings are the same, in the same order.
    With a `memo` (the preview's, in one process), a pair whose two files are as they were at
    the last check keeps the findings it had.
    """
    docs_dir = Path(docs_dir)
    if not docs_dir.is_dir():
        raise UnusableInput(messages.NO_FOLDER(folder=docs_dir))
    roots = {lang: docs_dir / lang for lang in LANGS}
    for lang, root in roots.items():
        if not root.is_dir():
            raise UnusableInput(messages.NO_LANGUAGE_FOLDER(folder=docs_dir, lang=lang))
    pages = {lang: page_paths(root) for lang, root in roots.items()}
    pairs = [(rel, pages["de"].get(rel), pages["en"].get(rel)) for rel in sorted(set(pages["de"]) | set(pages["en"]))]
    check = partial(_check_pairs, roots=roots, base_for_paths=base_for_paths, report=report_unreadable_front_matter)
    if memo is None:
        parts = parallel.map_chunks(check, pairs, jobs)
    else:
        parts = [memo.get(pair[0], tuple(path and stamp(path) for path in pair[1:]), lambda pair=pair: check([pair])) for pair in pairs]
    return Report(sum(checked for checked, _ in parts), [finding for _, found in parts for finding in found])


def _check_pairs(
    pairs: list[tuple[str, Path | None, Path | None]], roots: dict[str, Path], base_for_paths: Path | None, report: bool
) -> tuple[int, list[Finding]]:
    """The findings of pages paired by relative path (a side None where that page is missing),
    in the order given, and how many were pairs."""
    findings: list[Finding] = []
    checked = 0
    for rel, de_file, en_file in pairs:
        if de_file is None or en_file is None:
            present, lang = (de_file, "de") if de_file is not None else (en_file, "en")
            other = "en" if lang == "de" else "de"
            shown = shown_path(present, base_for_paths)
            missing = shown_path(roots[other] / rel, base_for_paths)
            loc = Location(shown, 1, "")
            message = messages.PAGE_UNTRANSLATED(path=missing, version=messages.VERSION[other])
            findings.append(Finding.on_one_side(rel, "missing-page", message, loc, lang))
            # A page's own Markdown traps are reported before it is translated, too.
            alone = _load(lang, present, shown, False)
            findings += [
                Finding.on_one_side(rel, p.check, p.message, Location(shown, p.line, p.text), lang)
                for p in alone.problems
                if p.check == "list-number"
            ]
            continue
        checked += 1
        de_page = _load("de", de_file, shown_path(de_file, base_for_paths), report)
        en_page = _load("en", en_file, shown_path(en_file, base_for_paths), report)
        findings.extend(compare_pages(de_page, en_page, rel))
    return checked, findings
