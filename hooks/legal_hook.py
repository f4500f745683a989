"""MkDocs hook: the legal pages' facts from data/legal.yml (pressroom/legal.py).

A page's `[[legal.<field>]]` markers become the field's value. A field not filled in shows as
a marked gap in `mkdocs serve`, in the page's language; every other build leaves its sentence
out and logs how many there are as information (not a warning: an unconfirmed fact is left out, not a
mistake). A marker naming no field is a warning, so the strict build fails on it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from pressroom import contacts, i18n_build, legal, messages, preview, wording
from pressroom.front_matter import read_page_source

log = logging.getLogger("mkdocs.hooks.legal")


class _State:
    def __init__(self, serving: bool = False) -> None:
        self.serving = serving
        self.facts: legal.Facts | None = None
        self.log_language = wording.DEFAULT_LANGUAGE


_state = _State()


def on_startup(*, command: str, dirty: bool) -> None:
    global _state
    _state = _State(serving=command == "serve")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Every language's build (and every rebuild of `mkdocs serve`) reads the file afresh.
    shown = config.extra.get("legal_file", legal.LEGAL_FILE)
    _state.log_language = wording.language(config.extra.get("message_language"))
    try:
        _state.facts = legal.load(Path(config.config_file_path).parent / shown, shown_as=shown)
    except contacts.ContactDataError as error:
        raise PluginError(error.text(_state.log_language)) from None
    return config


def on_pre_build(*, config: MkDocsConfig) -> None:
    if _state.facts is not None and not _state.serving and i18n_build.current_language(config) == i18n_build.build_order(config)[0]:
        gaps = messages.LEGAL_GAPS(n=len(_state.facts.gaps()))
        log.info(messages.LEGAL_GAPS_LISTED(gaps=gaps).text(_state.log_language))


def _gap(text: str) -> Markup:
    return Markup('<mark class="preview-gap">{}</mark>').format(preview.as_html(text))


# After mkdocs-static-i18n's (priority 50), which sets the page's language.
@event_priority(0)
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    if _state.facts is None or "[[legal." not in markdown:
        return None
    language = i18n_build.current_language(config)
    filled, unknown = legal.fill(markdown, _state.facts, language, preview=_state.serving, gap=_gap)
    if unknown and page.file.abs_src_path:
        first = preview.body_first_line(read_page_source(Path(page.file.abs_src_path).read_text(encoding="utf-8-sig")))
        for marker in unknown:
            log.warning(marker.message(i18n_build.shown_path(page, config), first, _state.facts.file).text(_state.log_language))
    return filled
