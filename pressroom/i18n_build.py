"""How mkdocs-static-i18n builds the site, as the hooks need it: the order of the language
builds, the language being built, and the pages it shows from another language.

Reads MkDocs' config and page objects but imports nothing from MkDocs.
"""

from __future__ import annotations

from pathlib import Path


def build_order(config) -> list[str]:
    """The languages built, in the order they are built: the default one first, then the others."""
    i18n = config.plugins.get("i18n")
    if not i18n:
        return [current_language(config)]
    built = [lang.locale for lang in i18n.config.languages if lang.build]
    default = next((lang.locale for lang in i18n.config.languages if lang.default), built[0])
    return [default] + [lang for lang in built if lang != default]


def site_names(config) -> dict[str, str]:
    """The site's name in each language built, read before the first language build: a language
    without a `site_name` of its own has the main one (which the i18n plugin replaces later)."""
    i18n = config.plugins.get("i18n")
    own = {lang.locale: lang.site_name for lang in i18n.config.languages if lang.site_name} if i18n else {}
    return {lang: own.get(lang, config.site_name) for lang in build_order(config)}


def current_language(config) -> str:
    """The language being built (the i18n plugin sets the theme's language for each build)."""
    return config.theme["language"]


def page_language(page, config) -> str:
    """The language the page is written in."""
    return getattr(page.file, "locale", current_language(config))


def is_fallback(page, config) -> bool:
    """True for a page shown in a language it has no translation for."""
    return page_language(page, config) != current_language(config)


def shown_path(page, config) -> str:
    """The page's source as findings and errors name it: docs/de/index.md."""
    return Path(config.docs_dir).name + "/" + page.file.src_uri
