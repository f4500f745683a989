"""How mkdocs-static-i18n builds the site, as the hooks need it: the order of the language
builds, the language being built, the pages it shows from another language, and what a page the
build generates needs to pass for one of a language folder's.

Reads MkDocs' config, file and page objects but imports nothing from MkDocs.
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
    return shown_source(page.file.src_uri, config)


def shown_source(src_uri: str, config) -> str:
    """A source path in the docs folder (de/index.md) as findings and errors name it: docs/de/index.md."""
    return Path(config.docs_dir).name + "/" + src_uri


def falls_back(config) -> bool:
    """True where a language shows the default language's pages it has no translation of."""
    i18n = config.plugins.get("i18n")
    return bool(i18n and i18n.config.fallback_to_default)


def split_source(src_uri: str, languages: list[str]) -> tuple[str, str] | None:
    """The language folder of a source path and the path within it: de/x.md -> ("de", "x.md");
    None for a file outside the language folders."""
    language, _, path = src_uri.partition("/")
    return (language, path) if language in languages and path else None


def mark_generated(file, language: str, path: str, alternates: dict) -> None:
    """Give a page the build generates what mkdocs-static-i18n gives each page it reads from a
    language folder: its language, its path within the folder (`path`) and its counterparts,
    the files of the same page in other languages by language (`alternates`, this one
    included). The plugin's language switcher links these; on a page without them it would
    keep the links of the page rendered before."""
    file.locale = language
    file.localization = language
    file.locale_alternate_of = language
    file.norm_src_uri = path
    file.alternates = alternates
