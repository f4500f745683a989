"""MkDocs hook: the cross-language parity check (pressroom.parity) in `mkdocs build` and `serve`.

Each finding is a warning under the `mkdocs.` logger, so `--strict` fails the build, worded in
the build log's language (`extra.message_language`, German by default); on the previewed page
in the page's language, from that page's side. The check
runs once per build, from the first language's on_pre_build. In `mkdocs serve` it runs there and
then, so that the preview shows each finding on the page it concerns; in `mkdocs build` it runs
in a second process while the pages render, so that it does not lengthen the build (see
bench/build_time.py), and its findings are logged before the last language's build ends.
"""

from __future__ import annotations

import logging
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from pressroom import i18n_build, messages, parity, preview, rebuild, wording
from pressroom.front_matter import read_page_source

log = logging.getLogger("mkdocs.hooks.parity")

PREVIEW_CSS = "assets/stylesheets/parity-preview.css"


class _Check:
    """The hook's state: made in on_startup, which knows whether this is the preview; the
    findings are replaced by each build (every `mkdocs serve` rebuild)."""

    def __init__(self, serving: bool = False) -> None:
        self.serving = serving
        self.findings: list[parity.Finding] = []
        self.pending: Future | None = None  # the check running beside `mkdocs build`
        self.log_language = wording.DEFAULT_LANGUAGE
        self.panel = None  # the preview panel's template, loaded once per build
        # In the preview, each pair's findings while its two files stay as they were.
        self.memo = rebuild.Memo() if serving else None


_check = _Check()


def on_startup(*, command: str, dirty: bool) -> None:
    global _check
    _check = _Check(serving=command == "serve")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if _check.serving and PREVIEW_CSS not in config.extra_css:
        config.extra_css.append(PREVIEW_CSS)
    try:
        _check.log_language = wording.language(config.extra.get("message_language"))
    except ValueError as error:
        raise PluginError(f"mkdocs.yml: extra.message_language: {error}") from None
    return config


def on_pre_build(*, config: MkDocsConfig) -> None:
    # Once per build: in the first language's, which the other languages' builds run inside.
    if i18n_build.current_language(config) != i18n_build.build_order(config)[0]:
        return
    _check.panel = None
    # Unreadable front matter is reported once, by the front-matter validation of release_hook.py.
    arguments = (Path(config.docs_dir), Path(config.config_file_path).parent, False)
    if _check.serving:
        _report(lambda: parity.check_docs(*arguments, memo=_check.memo))
        return
    # A fork starts without re-importing anything; where there is none, the check runs here.
    try:
        executor = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    except ValueError:
        _report(lambda: parity.check_docs(*arguments))
        return
    _check.pending = executor.submit(parity.check_docs, *arguments)
    executor.shutdown(wait=False)


def on_post_build(*, config: MkDocsConfig) -> None:
    # The last language's build ends last; its strict count and the outer one's see the findings.
    if _check.pending is None or i18n_build.current_language(config) != i18n_build.build_order(config)[-1]:
        return
    pending, _check.pending = _check.pending, None
    _report(pending.result)


def _report(run) -> None:
    try:
        report = run()
    except parity.UnusableInput as error:
        raise PluginError(error.message.text(_check.log_language)) from None
    _check.findings = report.findings
    for finding in report.findings:
        log.warning(finding.text(_check.log_language))
    summary = messages.PARITY_LOGGED(pairs=messages.PAGE_PAIRS(n=report.pages), findings=messages.FINDINGS(n=len(report.findings)))
    log.info(summary.text(_check.log_language))


# After mkdocs-static-i18n's (priority 50), which sets the page's language.
@event_priority(0)
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    """In the preview, each finding also shows on the page it concerns, next to its text."""
    if not _check.serving or not page.file.abs_src_path:
        return None
    if i18n_build.is_fallback(page, config):
        return None
    language = i18n_build.current_language(config)
    shown = i18n_build.shown_path(page, config)
    page_in_language = getattr(page.file, "norm_src_uri", page.file.src_uri)
    notes = []
    for finding in _check.findings:
        if finding.page != page_in_language:
            continue
        wording_here = finding.message_for(language)
        if wording_here is None:  # a problem of the other page alone
            continue
        here = getattr(finding, language, None)
        if here is not None and here.path == shown:
            item = messages.AT_LINE(line=here.line, message=wording_here).text(language)
            notes.append((here.line, preview.as_html(item)))
        else:
            notes.append((0, preview.as_html(wording_here.text(language))))
    if not notes:
        return None
    if _check.panel is None:
        _check.panel = config.theme.get_env().get_template("partials/preview-findings.html")
    title = messages.PREVIEW_PARITY.text(language)
    source = read_page_source(Path(page.file.abs_src_path).read_text(encoding="utf-8-sig"))
    return preview.annotate(
        markdown, preview.body_first_line(source), notes, lambda items: _check.panel.render(title=title, items=items)
    )
