"""MkDocs hook: `mkdocs serve --dirty` (`make serve`) builds again only what a save changed.

A thin adapter over pressroom/rebuild.py. Before each build it compares the inputs (the docs
folder, the watched folders, mkdocs.yml) with those of the build before. Where only pages'
Markdown changed, it removes the outputs of those pages and of their counterparts in the other
languages, which MkDocs' dirty build then renders again, with their findings; where anything
else changed, it empties the site folder, and every page is built. MkDocs' warnings that a dirty
build may have wrong navigation and stale files are left out of the log: every page that could
show something else is built again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from pressroom import i18n_build, messages, rebuild, wording

log = logging.getLogger("mkdocs.hooks.preview")


class _Compiled(BytecodeCache):
    """The templates as Jinja compiled them, kept from one build to the next: each build makes a
    new Jinja environment, and compiling Material's templates again would take a second of each
    save. Jinja compares each template's source with the one compiled (its checksum), so an
    edited template is compiled again."""

    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.kept:
            bucket.bytecode_from_string(self.kept[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.kept[bucket.key] = bucket.bytecode_to_string()


class _Preview:
    def __init__(self, active: bool = False) -> None:
        self.active = active  # `mkdocs serve --dirty`
        self.inputs: dict[str, rebuild.Stamp] | None = None  # of the build before
        self.plan = rebuild.Plan(True)
        self.compiled = _Compiled()


_preview = _Preview()


# What MkDocs says of a dirty build, which is not so here.
_DIRTY_NOTES = ("A 'dirty' build is being performed", "The directory contains stale files")


def _not_the_dirty_warning(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith(_DIRTY_NOTES)


def on_startup(*, command: str, dirty: bool) -> None:
    global _preview
    _preview = _Preview(active=command == "serve" and dirty)
    if _preview.active:
        logging.getLogger("mkdocs.commands.build").addFilter(_not_the_dirty_warning)


# Before the other hooks' on_pre_build, which read the pages.
@event_priority(100)
def on_pre_build(*, config: MkDocsConfig) -> None:
    languages = i18n_build.build_order(config)
    if not _preview.active or i18n_build.current_language(config) != languages[0]:
        return
    inputs = rebuild.snapshot([config.docs_dir, *config.watch, config.config_file_path])
    first = _preview.inputs is None
    _preview.plan = rebuild.plan(_preview.inputs, inputs, config.docs_dir, languages)
    _preview.inputs = inputs
    language = wording.language(config.extra.get("message_language"))
    if _preview.plan.everything:
        rebuild.clear(config.site_dir)
        if not first:
            root = Path(config.config_file_path).parent
            cause = Path(_preview.plan.cause or config.config_file_path)
            shown = cause.relative_to(root) if cause.is_relative_to(root) else cause
            log.info(messages.PREVIEW_REBUILT_ALL(path=shown.as_posix()).text(language))
    else:
        pages = messages.PAGES(n=len(_preview.plan.pages))
        log.info(messages.PREVIEW_REBUILT_PAGES(pages=pages).text(language))


# After every other hook's on_files: the language's pages are then those it builds.
@event_priority(-300)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    if _preview.active and not _preview.plan.everything:
        changed = _preview.plan.pages
        rebuild.forget(
            file.abs_dest_path for file in files.documentation_pages() if getattr(file, "norm_src_uri", file.src_uri) in changed
        )
    return files


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    if _preview.active:
        env.bytecode_cache = _preview.compiled
    return env
