"""MkDocs hook: the search index (pressroom/search.py), made once the last language is built.

In `mkdocs serve` the index is made at the first build and put back after each rebuild that
empties the site folder: indexing a large site takes seconds, and the preview of an edit must not
wait for it. The preview's search so finds the pages as they were when `make serve` started.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from pressroom import i18n_build, search, wording


class _State:
    def __init__(self, serving: bool) -> None:
        self.serving = serving
        self.kept: Path | None = None  # the first build's index, in `mkdocs serve`


_state = _State(serving=False)


def on_startup(*, command: str, dirty: bool) -> None:
    global _state
    _state = _State(serving=command == "serve")


def on_shutdown() -> None:
    if _state.kept is not None:
        shutil.rmtree(_state.kept.parent, ignore_errors=True)


# After every other post-build step of the last language's build, whose pages are then all written.
@event_priority(-200)
def on_post_build(*, config: MkDocsConfig) -> None:
    if i18n_build.current_language(config) != i18n_build.build_order(config)[-1]:
        return
    site_dir = Path(config.site_dir)
    if _state.kept is not None:
        # A dirty rebuild (`mkdocs serve --dirty`) keeps the site folder, and the index in it.
        if not (site_dir / search.BUNDLE_DIR).is_dir():
            shutil.copytree(_state.kept, site_dir / search.BUNDLE_DIR)
        return
    try:
        search.index_site(site_dir)
    except search.SearchIndexError as error:
        raise PluginError(error.message.text(wording.language(config.extra.get("message_language")))) from None
    if _state.serving:
        _state.kept = Path(tempfile.mkdtemp(prefix="pressroom-search-")) / search.BUNDLE_DIR
        shutil.copytree(site_dir / search.BUNDLE_DIR, _state.kept)
