"""MkDocs hook: one root 404 page in the language of the URL it is shown for (pressroom/not_found.py).

GitHub Pages serves one root 404.html for every missing path. Every language's build writes it
there, and the last one would win: this hook keeps the default language's, with what each other
language's build words differently, for the page's script to show it in the requested URL's
language (design/i18n-build.md).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from pressroom import i18n_build, not_found


class _Root404:
    """The 404 page as the default language's build renders it, and each other language's wording."""

    def __init__(self) -> None:
        self.page: str | None = None
        self.tables: dict[str, dict] = {}


_root = _Root404()


def on_startup(*, command: str, dirty: bool) -> None:
    global _root
    _root = _Root404()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # The site's name in each language, read before the i18n plugin replaces it per language.
    config.extra.setdefault("site_names", i18n_build.site_names(config))
    return config


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str | None:
    if template_name != "404.html":
        return None
    language = i18n_build.current_language(config)
    if language == i18n_build.build_order(config)[0]:
        _root.page, _root.tables = output_content, {}
        return None
    try:
        _root.tables[language] = not_found.translations(_root.page, output_content)
        return not_found.with_translations(_root.page, _root.tables)
    except ValueError as error:
        raise PluginError(f"overrides/404.html: {error}") from None
