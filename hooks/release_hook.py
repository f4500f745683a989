"""MkDocs hook: front matter validation, shared contact data, i18n head data, the home page's
releases, the archive pages and the feeds, embargoes, and the NewsArticle data of release pages.

A thin adapter over pressroom.validation, pressroom.site_context, pressroom.releases,
pressroom.archive, pressroom.preview, pressroom.embargo and pressroom.structured_data, which
import nothing from MkDocs. Each front-matter problem is a warning in the build log's language
(`extra.message_language`); in `mkdocs serve` it also shows on its page, in the page's language:
in a panel at the top and as a placeholder for the box it empties.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel, get_files
from mkdocs.structure.pages import Page

from pressroom import (
    archive, contacts, embargo, front_matter, i18n_build, messages, phones, photos, preview, rebuild, releases, site_context,
    structured_data, validation, wording,
)

log = logging.getLogger("mkdocs.hooks.release")


class _Build:
    """What one build knows. The hook module lives as long as `mkdocs serve`: the object is
    made in on_startup and reset by each build. mkdocs-static-i18n runs one MkDocs build per
    language, the others inside the first language's (each with its own on_config and
    on_pre_build): the 404 page, the alternates, the validated front matter and the archive
    hold for all of them, the rest per language."""

    def __init__(self, serving: bool = False, dirty: bool = False) -> None:
        # `mkdocs serve` shows embargoed releases, with a banner; every other build leaves them out.
        self.serving = serving
        self.dirty = dirty  # `--dirty` (`make serve`): MkDocs builds only pages whose output is older than their source
        self.kept = rebuild.Memo()  # each page's validation while the page and the data stay as they were
        self.held_before: frozenset[str] = frozenset()  # the pages the build before held back
        self.contacts: dict = {}
        self.data_file = contacts.DATA_FILE
        self.docs_dir: Path | None = None  # where photo.file's images are
        self.log_language = wording.DEFAULT_LANGUAGE
        self.start_build()

    def start_build(self, now: datetime | None = None) -> None:
        # The build's moment, one for every language's build, and what it holds back.
        self.now = now
        self.embargoes: embargo.Plan | None = None
        self.held_files: frozenset[str] = frozenset()
        self.hold_changed: frozenset[str] = frozenset()  # held then and not now, or the other way round
        # Each page's URL in every language it is written in, for the page's head and the
        # sitemap. Kept by page object: the sitemap, rendered before the pages, lists the
        # pages of every language's build.
        self._alternates: dict[int, tuple[Page, dict[str, str]]] = {}
        # Each source page's validated front matter and its problems, by absolute path: read
        # once per build, before the first language's files, as the archive of every
        # language needs every release's date before any page is built.
        self._validated: dict[str, tuple[dict, list[validation.FrontMatterError]]] = {}
        # Each language's releases, newest first, and its years.
        self.releases: dict[str, list[releases.Release]] = {}
        self.years: dict[str, list[archive.Year]] = {}
        self.archive_url: dict[str, str] = {}
        # The archive pages by source path (de/archiv/2023.md): the page and the languages it
        # exists in; and each language's archive files, for the sitemap.
        self.generated: dict[str, tuple[archive.Page, list[str]]] = {}
        self.generated_files: dict[str, list[File]] = {}
        self.start_language()

    def set_alternates(self, page: Page, alternates: dict[str, str]) -> None:
        self._alternates[id(page)] = (page, alternates)  # the page is held, so its id stays its own

    def alternates(self, page: Page) -> dict[str, str]:
        return self._alternates.get(id(page), (None, {}))[1]

    def validate(self, path: str, shown: str) -> tuple[dict, list[validation.FrontMatterError]]:
        """The front matter of the source at `path` (named `shown` in messages) and its problems."""
        if path not in self._validated:
            self._validated[path] = self.kept.get(
                path, rebuild.stamp(path), lambda: validation.validate_file(path, shown, self.contacts, self.data_file, self.docs_dir)
            )
        return self._validated[path]

    def template(self, file: File) -> object:
        """The template a source page names (read by the first language's on_pre_build)."""
        return self._validated.get(file.abs_src_path or "", ({}, []))[0].get("template")

    def problems(self, page: Page) -> list[validation.FrontMatterError]:
        return self._validated.get(page.file.abs_src_path, ({}, []))[1] if page.file.abs_src_path else []

    def pages_validated(self) -> int:
        return len(self._validated)

    def problem_count(self) -> int:
        unplanned = len(self.embargoes.problems) if self.embargoes else 0
        return unplanned + sum(len(problems) for _, problems in self._validated.values())

    def start_language(self) -> None:
        # The current language's pages by their path in the language folder (x.md).
        self.files: dict[str, File] = {}


_build = _Build()


def on_startup(*, command: str, dirty: bool) -> None:
    global _build
    _build = _Build(serving=command == "serve", dirty=dirty)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Runs for every language's build (and `mkdocs serve` rebuild): each reads the current contact data.
    data_file = config.extra.get("data_file")
    if not data_file:
        raise PluginError("mkdocs.yml: extra.data_file must name the contact data file (e.g. data/contacts.yml)")
    try:
        _build.log_language = wording.language(config.extra.get("message_language"))
    except ValueError as error:
        raise PluginError(f"mkdocs.yml: extra.message_language: {error}") from None
    root = Path(config.config_file_path).parent
    _build.data_file = data_file
    _build.docs_dir = Path(config.docs_dir)
    try:
        _build.contacts = contacts.load_contacts(root / data_file, shown_as=data_file)
    except contacts.ContactDataError as error:
        raise PluginError(error.text(_build.log_language)) from None
    return config


def _site_root(config: MkDocsConfig) -> str:
    """The absolute address of the site, ending in a slash."""
    return (config.site_url or "/").rstrip("/") + "/"


def on_pre_build(*, config: MkDocsConfig) -> None:
    # The folder of the language being built ("" or "en/"), for links in the templates.
    default = i18n_build.build_order(config)[0]
    language = i18n_build.current_language(config)
    config.extra["language_root"] = "" if language == default else f"{language}/"
    config.extra["default_language"] = default
    config.extra["source_date"] = site_context.source_date(os.environ.get("SOURCE_DATE_EPOCH"))
    if language == default:
        try:
            _build.start_build(now=embargo.clock(os.environ))
        except embargo.ClockError as error:
            raise PluginError(error.message.text(_build.log_language)) from None
        _plan_embargoes(config)
        held = frozenset(_build.embargoes.holds)
        _build.hold_changed, _build.held_before = held ^ _build.held_before, held
        # A page's validation reads the contact data and the photo it names.
        _build.kept.depend_on((repr(_build.contacts), rebuild.snapshot([Path(config.docs_dir) / photos.FOLDER])))
        _read_archive(config)
    else:
        _build.start_language()


def _plan_embargoes(config: MkDocsConfig) -> None:
    """What this build holds back, read once, in the first language's build, so that every
    language's build leaves out the same pages."""
    docs, languages = Path(config.docs_dir), i18n_build.build_order(config)
    plan = embargo.plan(embargo.read_embargoes(docs, languages), _build.now)
    _build.embargoes = plan
    _build.held_files = frozenset() if _build.serving else embargo.held_files(plan, docs, languages)
    lang = _build.log_language
    for problem in plan.problems:
        log.warning(problem.text(lang))
    held = messages.EMBARGO_HELD_PREVIEW if _build.serving else messages.EMBARGO_HELD_BUILD
    for hold in plan.holds.values():
        until = embargo.local_time(hold.until, lang) if hold.until else messages.EMBARGO_HELD_UNREADABLE.text(lang)
        log.info(held(page=hold.page, until=until).text(lang))


def _read_archive(config: MkDocsConfig) -> None:
    """Every language's releases and years, from the front matter of every page of every
    language, read before the first language's files: an archive page's counterparts in the
    other languages (for the language switcher and hreflang) must be known while the first
    language is built. The pages are those MkDocs itself finds, so that what it leaves out
    (exclude_docs, drafts) is left out here too."""
    languages = i18n_build.build_order(config)
    written: dict[str, dict[str, archive.Written]] = {lang: {} for lang in languages}
    for file in get_files(config).documentation_pages():
        source = i18n_build.split_source(file.src_uri, languages)
        if source is None:
            continue
        language, path = source
        meta, errors = _build.validate(file.abs_src_path, i18n_build.shown_source(file.src_uri, config))
        if file.src_uri in _build.held_files:
            # Its Markdown is never read, so its front-matter problems are logged here: a mistake
            # shows now, not in the build that is to publish it when the embargo ends.
            for error in errors:
                log.warning(error.text(_build.log_language))
            continue
        release = archive.written(path.removesuffix(".md"), meta)
        if release is not None:
            written[language][release.slug] = release
    norm_urls: dict[str, str] = {}  # a page's URL within a language's root, the same in each

    def url(language: str, path: str) -> str:
        if path not in norm_urls:
            norm_urls[path] = File(path, None, "", config.use_directory_urls).url
        return site_context.page_url_in(language, languages[0], _site_root(config), norm_urls[path])

    for language in languages:
        listed = archive.releases_in(language, written, default=languages[0], fallback=i18n_build.falls_back(config), url=url)
        _build.releases[language] = listed
        _build.years[language] = archive.years(listed, lambda year, lang=language: url(lang, archive.year_path(year)))
    _build.archive_url = {language: url(language, archive.INDEX) for language in languages}


# After mkdocs-static-i18n's (priority -100), which makes each language's files from the
# language folders: the archive pages are added to them as pages of the language, and the
# embargoed releases are taken out of them (their copies in every language, fallbacks too):
# with no file, no page, list, feed, sitemap entry, search entry or language link names them.
@event_priority(-150)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    for file in [file for file in files if file.src_uri in _build.held_files]:
        files.remove(file)
    language = i18n_build.current_language(config)
    languages = i18n_build.build_order(config)
    # The language's pages by their path in the language folder: the home page's lead is one.
    _build.files = {getattr(file, "norm_src_uri", file.src_uri): file for file in files.documentation_pages()}
    if _build.dirty:
        _build_again(language)
    # A page of the sources at an archive page's address would be overwritten without a word.
    taken = {file.dest_uri: file for file in files.documentation_pages()}
    in_language = {lang: {page.path for page in archive.pages(_build.years[lang])} for lang in languages}
    _build.generated_files[language] = []
    for page in archive.pages(_build.years[language]):
        existing = [lang for lang in languages if page.path in in_language[lang]]
        alternates = {lang: _generated_file(lang, page, config) for lang in existing}
        file = alternates[language]
        for lang, alternate in alternates.items():
            i18n_build.mark_generated(alternate, lang, page.path, alternates)
        clash = taken.get(file.dest_uri)
        if clash is not None:
            clashing = messages.ARCHIVE_ADDRESS_TAKEN(page=i18n_build.shown_source(clash.src_uri, config), url=file.url)
            raise PluginError(clashing.text(_build.log_language))
        files.append(file)
        _build.generated[file.src_uri] = (page, existing)
        _build.generated_files[language].append(file)
    return files


def _build_again(language: str) -> None:
    """In a dirty build, the home page lists the newest releases and shows the newest in full:
    both are built again every time (the archive pages are generated, and so always built); so
    is a release whose embargo ended since the build before (its banner goes)."""
    listing = [file for path, file in _build.files.items() if _build.template(file) == "home.html" or path in _build.hold_changed]
    lead = archive.lead(_build.releases[language])
    if lead is not None and lead.slug + ".md" in _build.files:
        listing.append(_build.files[lead.slug + ".md"])
    rebuild.forget(file.abs_dest_path for file in listing)


def _generated_file(language: str, page: archive.Page, config: MkDocsConfig) -> File:
    """An archive page of `language`, laid out as mkdocs-static-i18n lays out the language's
    pages: de/archiv/2023.md at archiv/2023/, en/archiv/2023.md at en/archiv/2023/."""
    content = front_matter.page_text(page.front_matter(language))
    file = File.generated(config, f"{language}/{page.path}", content=content, inclusion=InclusionLevel.NOT_IN_NAV)
    dest = File(page.path, None, "", config.use_directory_urls).dest_uri
    file.dest_uri = dest if language == i18n_build.build_order(config)[0] else f"{language}/{dest}"
    return file


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    env.filters["long_date"] = site_context.long_date
    env.filters["local_time"] = embargo.local_time
    env.filters["month_name"] = site_context.month_name
    env.filters["number"] = site_context.number
    env.filters["inline_markdown"] = site_context.inline_markdown
    env.filters["tel"] = phones.tel_uri
    env.globals["page_alternates"] = lambda page: _build.alternates(page)
    env.globals["archive_files"] = lambda language: _build.generated_files.get(language, [])
    env.globals["last_modified"] = lambda meta: releases.last_correction(meta) or meta.get("date")
    return env


# After mkdocs-static-i18n's (priority 50), which sets the page's language.
@event_priority(0)
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    _build.set_alternates(page, _alternates(page, config))
    # A fallback page is validated by the build of its own language.
    if i18n_build.is_fallback(page, config) or not page.file.abs_src_path:
        return None
    meta, errors = _build.validate(page.file.abs_src_path, i18n_build.shown_path(page, config))
    for error in errors:
        log.warning(error.text(_build.log_language))
    # MkDocs reads a date as datetime.date; the validated text is the one the templates use.
    if "date" in meta and not any(e.key == "date" for e in errors):
        page.meta["date"] = meta["date"]
    return None


def _alternates(page: Page, config: MkDocsConfig) -> dict[str, str]:
    """Absolute URL of the page in each language it is really written in (an archive page: in
    each language whose archive has it)."""
    languages = i18n_build.build_order(config)
    norm_src_uri = getattr(page.file, "norm_src_uri", page.file.src_uri)
    generated = _build.generated.get(page.file.src_uri)
    return site_context.alternates(
        language=i18n_build.current_language(config),
        default_language=languages[0],
        site_url=config.site_url or "/",
        page_url=page.url,
        existing=generated[1] if generated else [lang for lang in languages if (Path(config.docs_dir) / lang / norm_src_uri).is_file()],
    )


def _page_context(page: Page, config: MkDocsConfig) -> dict:
    language = i18n_build.current_language(config)
    fallback = i18n_build.is_fallback(page, config)
    context = site_context.page_context(
        language=language,
        default_language=config.extra["default_language"],
        alternates=_build.alternates(page),
        meta=page.meta,
        contacts=_build.contacts,
        fallback=fallback,
    )
    # Only the preview shows the problems on the page (a fallback copy's show on its own
    # language's page); the built site never does.
    problems = _build.problems(page) if _build.serving and not fallback else []
    context["front_matter_panel"] = preview.front_matter_panel(problems, language)
    context["placeholders"] = preview.placeholders(problems, language)
    # Only the preview builds a held page: it shows the embargo in a banner.
    hold = _build.embargoes.holds.get(getattr(page.file, "norm_src_uri", page.file.src_uri)) if _build.embargoes else None
    context["embargo"] = {"until": hold.until} if hold else None
    return context


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
    language = i18n_build.current_language(config)
    site = context["site"] = _page_context(page, config)
    if page.meta.get("template") == "release.html" and not site["fallback"]:
        site["news_article"] = structured_data.news_article(
            meta=page.meta,
            url=site["url"],
            language=site["language"],
            default_language=config.extra["default_language"],
            alternates=site["alternates"],
            publisher=site["publisher"],
        )
    site["feed_url"] = _feed_url(config)
    listed = _build.releases[language]
    years = _build.years[language]
    site["archive"] = {"url": _build.archive_url[language], "years": years}
    generated = _build.generated.get(page.file.src_uri)
    if generated and generated[0].year is not None:
        site["archive"]["year"] = next(year for year in years if year.year == generated[0].year)
    if page.meta.get("template") == "home.html":
        site["latest"] = listed[: archive.LATEST]
        lead = archive.lead(listed)
        lead_file = _build.files.get(lead.slug + ".md") if lead else None
        if lead_file is not None and lead_file.page is not None:
            # The lead has its own contacts and notes.
            site["newest"] = {"page": lead_file.page, "site": _page_context(lead_file.page, config)}
    return context


def _feed_url(config: MkDocsConfig) -> str:
    return _site_root(config) + config.extra["language_root"] + releases.FEED_FILE


# Before mkdocs-static-i18n's (priority -100), which runs the other languages' builds from it.
@event_priority(0)
def on_post_build(*, config: MkDocsConfig) -> None:
    # One Atom feed per language, of the releases written in it.
    language = i18n_build.current_language(config)
    feed = releases.atom_feed(
        language=language,
        site_name=config.site_name,
        feed_url=_feed_url(config),
        home_url=_site_root(config) + config.extra["language_root"],
        author=config.site_author or config.site_name,
        releases=_build.releases[language],
    )
    (Path(config.site_dir) / config.extra["language_root"] / releases.FEED_FILE).write_text(feed, encoding="utf-8")
    # The last language's build ends last: one summary of every language's front matter.
    if language == i18n_build.build_order(config)[-1]:
        summary = messages.FRONT_MATTER_LOGGED(
            pages=messages.PAGES(n=_build.pages_validated()), findings=messages.FINDINGS(n=_build.problem_count())
        )
        log.info(summary.text(_build.log_language))
