"""MkDocs hook: the cross-language parity checks (hooks/parity/) during `mkdocs build` and `serve`.

Each finding is a warning under the `mkdocs.` logger, so `--strict` fails the build. In
`mkdocs build` the check runs in a second process while the pages are rendered, and its
findings are logged before the last language's build ends; in `mkdocs serve` it runs first,
as the previewed pages show its findings.
"""

from __future__ import annotations

import logging
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import i18n_build
import parity
import preview
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.parity")

PREVIEW_CSS = "assets/stylesheets/parity-preview.css"


class _State:
    """What one build found. Hook modules outlive `mkdocs serve` rebuilds: reset per build."""

    serving = False
    findings: list = []
    pending: Future | None = None
    executor: ProcessPoolExecutor | None = None


def on_startup(*, command: str, dirty: bool) -> None:
    _State.serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if _State.serving and PREVIEW_CSS not in config.extra_css:
        config.extra_css.append(PREVIEW_CSS)
    return config


def on_pre_build(*, config: MkDocsConfig) -> None:
    # Once per build: in the first language's.
    if i18n_build.current_language(config) != i18n_build.build_order(config)[0]:
        return
    docs_dir, root = Path(config.docs_dir), Path(config.config_file_path).parent
    _State.pending = None
    if not _State.serving:
        try:
            _State.executor = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
            _State.pending = _State.executor.submit(parity.check_docs, docs_dir, root)
            return
        except (OSError, ValueError):  # no fork on this system: check here and now
            _State.executor = None
    _report(lambda: parity.check_docs(docs_dir, root))


def on_post_build(*, config: MkDocsConfig) -> None:
    # The last language's build ends last; its strict count and the outer one's see the findings.
    if _State.pending is None or i18n_build.current_language(config) != i18n_build.build_order(config)[-1]:
        return
    pending, executor = _State.pending, _State.executor
    _State.pending = _State.executor = None
    try:
        _report(pending.result)
    finally:
        executor.shutdown()


def _report(run) -> None:
    try:
        report = run()
    except parity.UnusableInput as error:
        raise PluginError(f"parity check: {error}") from None
    # Malformed YAML is reported once, by the front-matter validation of release_hook.py.
    findings = [f for f in report.findings if not (f.check == "front-matter" and "malformed YAML" in f.message)]
    _State.findings = findings
    for finding in findings:
        log.warning(finding.text())
    log.info(f"parity: {report.pages} page pairs checked, {len(findings)} finding(s)")


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    """In the preview, each finding also shows on the page it concerns, next to its text."""
    if not _State.serving or not page.file.abs_src_path:
        return None
    if i18n_build.is_fallback(page, config):
        return None
    language = i18n_build.current_language(config)
    shown = i18n_build.shown_path(page, config)
    page_in_language = getattr(page.file, "norm_src_uri", page.file.src_uri)
    notes = []
    for finding in _State.findings:
        here = getattr(finding, language, None)
        if here is not None and here.path == shown:
            notes.append((here.line, finding.text()))
        elif finding.page == page_in_language:
            notes.append((0, finding.text()))
    if not notes:
        return None
    source = Path(page.file.abs_src_path).read_text(encoding="utf-8-sig")
    return preview.annotate(markdown, preview.body_first_line(source, markdown), notes, language)
