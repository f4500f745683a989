"""MkDocs hook: the search index (pressroom/search.py), made once the last language is built."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from pressroom import i18n_build, search, wording


# After every other post-build step of the last language's build, whose pages are then all written.
@event_priority(-200)
def on_post_build(*, config: MkDocsConfig) -> None:
    if i18n_build.current_language(config) != i18n_build.build_order(config)[-1]:
        return
    try:
        search.index_site(Path(config.site_dir))
    except search.SearchIndexError as error:
        raise PluginError(error.message.text(wording.language(config.extra.get("message_language")))) from None
