"""MkDocs hook: front matter validation, shared contact data and i18n head data for the templates,
embargoes, and the NewsArticle data of release pages.

A thin adapter over pressroom.validation, pressroom.site_context, pressroom.releases,
pressroom.preview, pressroom.embargo and pressroom.structured_data, which import nothing from
MkDocs. Each front-matter problem is a warning in the build log's language
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
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from pressroom import embargo, i18n_build, messages, phones, preview, releases, site_context, structured_data, validation, wording

log = logging.getLogger("mkdocs.hooks.release")


class _Build:
    """What one build knows. The hook module lives as long as `mkdocs serve`: the object is
    made in on_startup and reset by each build. mkdocs-static-i18n runs one MkDocs build per
    language, the others inside the first language's (each with its own on_config and
    on_pre_build): the 404 page and the alternates hold for all of them, the rest per language."""

    def __init__(self, serving: bool = False) -> None:
        # `mkdocs serve` shows embargoed releases, with a banner; every other build leaves them out.
        self.serving = serving
        self.contacts: dict = {}
        self.log_language = wording.DEFAULT_LANGUAGE
        self.start_build()

    def start_build(self, now: datetime | None = None) -> None:
        # Each page's front-matter problems, kept by page object like the alternates: in the
        # preview they show on the page, and on the home page that shows the newest release.
        self._problems: dict[int, tuple[Page, list[validation.FrontMatterError]]] = {}
        self.pages_validated = 0
        # Problems of held pages (never rendered) and of pairs that disagree on their embargo.
        self.unrendered_problems = 0
        # The build's moment, one for every language's build, and what it holds back (on_files).
        self.now = now
        self.embargoes: embargo.Plan | None = None
        self.held_files: frozenset[str] = frozenset()
        # The 404 page as the default language's build renders it (see on_post_template).
        self.root_404: str | None = None
        # Each page's URL in every language it is written in, for the page's head and the
        # sitemap. Kept by page object: the sitemap, rendered before the pages, lists the
        # pages of every language's build.
        self._alternates: dict[int, tuple[Page, dict[str, str]]] = {}
        self.start_language()

    def set_alternates(self, page: Page, alternates: dict[str, str]) -> None:
        self._alternates[id(page)] = (page, alternates)  # the page is held, so its id stays its own

    def alternates(self, page: Page) -> dict[str, str]:
        return self._alternates.get(id(page), (None, {}))[1]

    def set_problems(self, page: Page, problems: list[validation.FrontMatterError]) -> None:
        self.pages_validated += 1
        self._problems[id(page)] = (page, problems)

    def problems(self, page: Page) -> list[validation.FrontMatterError]:
        return self._problems.get(id(page), (None, []))[1]

    def problem_count(self) -> int:
        return self.unrendered_problems + sum(len(problems) for _, problems in self._problems.values())

    def start_language(self) -> None:
        self.release_pages: list[Page] = []
        self._release_list: list[tuple[releases.Release, Page]] | None = None

    def release_list(self, config: MkDocsConfig) -> list[tuple[releases.Release, Page]]:
        """The language's releases, newest first, each with its page; made once per language,
        after every page's Markdown is read (on_page_context and on_post_build come later)."""
        if self._release_list is None:
            self._release_list = _make_release_list(self.release_pages, config)
        return self._release_list


_build = _Build()


def on_startup(*, command: str, dirty: bool) -> None:
    global _build
    _build = _Build(serving=command == "serve")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Runs for every language's build (and `mkdocs serve` rebuild): each reads the current contact data.
    data_file = config.extra.get("data_file")
    if not data_file:
        raise PluginError("mkdocs.yml: extra.data_file must name the contact data file (e.g. data/contacts.yml)")
    # For the root 404 page, which speaks the language of the URL it is shown for.
    config.extra.setdefault("site_names", i18n_build.site_names(config))
    try:
        _build.log_language = wording.language(config.extra.get("message_language"))
    except ValueError as error:
        raise PluginError(f"mkdocs.yml: extra.message_language: {error}") from None
    root = Path(config.config_file_path).parent
    try:
        _build.contacts = validation.load_contacts(root / data_file, shown_as=data_file)
    except validation.ContactDataError as error:
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
    else:
        _build.start_language()


# Before mkdocs-static-i18n's (priority -100), so that it never sees a held page: no page, list,
# feed, sitemap entry, search entry or language link of either language can name it.
@event_priority(0)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    if _build.embargoes is None:  # once per build, in the first language's
        _plan_embargoes(config)
    for file in [file for file in files if file.src_uri in _build.held_files]:
        files.remove(file)
    return files


def _plan_embargoes(config: MkDocsConfig) -> None:
    docs, languages = Path(config.docs_dir), i18n_build.build_order(config)
    plan = embargo.plan(embargo.read_embargoes(docs, languages), _build.now)
    _build.embargoes = plan
    _build.held_files = frozenset() if _build.serving else embargo.held_files(plan, docs, languages)
    lang = _build.log_language
    for problem in plan.problems:
        log.warning(problem.text(lang))
    _build.unrendered_problems += len(plan.problems)
    held = messages.EMBARGO_HELD_PREVIEW if _build.serving else messages.EMBARGO_HELD_BUILD
    for hold in plan.holds.values():
        until = embargo.local_time(hold.until, lang) if hold.until else messages.EMBARGO_HELD_UNREADABLE.text(lang)
        log.info(held(page=hold.page, until=until).text(lang))
        if not _build.serving:
            # Its Markdown is never read, so its front matter is validated here: a mistake shows
            # now, not in the build that is to publish it when the embargo ends.
            for source in hold.sources:
                _build.unrendered_problems += len(_validate(f"{docs.name}/{source}", docs / source, config)[1])


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    env.filters["long_date"] = site_context.long_date
    env.filters["local_time"] = embargo.local_time
    env.filters["inline_markdown"] = site_context.inline_markdown
    env.filters["tel"] = phones.tel_uri
    env.globals["page_alternates"] = lambda page: _build.alternates(page)
    env.globals["last_modified"] = lambda meta: releases.last_correction(meta) or meta.get("date")
    return env


# After mkdocs-static-i18n's (priority 50), which sets the page's language.
@event_priority(0)
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    _build.set_alternates(page, _alternates(page, config))
    if page.meta.get("template") == "release.html":
        _build.release_pages.append(page)
    # A fallback page is validated by the build of its own language.
    if i18n_build.is_fallback(page, config) or not page.file.abs_src_path:
        return None
    meta, errors = _validate(i18n_build.shown_path(page, config), Path(page.file.abs_src_path), config)
    _build.set_problems(page, errors)
    # MkDocs reads a date as datetime.date; the validated text is the one the templates use.
    if "date" in meta and not any(e.key == "date" for e in errors):
        page.meta["date"] = meta["date"]
    return None


def _validate(shown: str, path: Path, config: MkDocsConfig) -> tuple[dict, list[validation.FrontMatterError]]:
    source = path.read_text(encoding="utf-8-sig")
    meta, errors = validation.validate_page(shown, source, _build.contacts, config.extra["data_file"])
    for error in errors:
        log.warning(error.text(_build.log_language))
    return meta, errors


def _alternates(page: Page, config: MkDocsConfig) -> dict[str, str]:
    """Absolute URL of the page in each language it is really written in."""
    languages = i18n_build.build_order(config)
    norm_src_uri = getattr(page.file, "norm_src_uri", page.file.src_uri)
    return site_context.alternates(
        language=i18n_build.current_language(config),
        default_language=languages[0],
        site_url=config.site_url or "/",
        page_url=page.url,
        existing=[lang for lang in languages if (Path(config.docs_dir) / lang / norm_src_uri).is_file()],
    )


def _page_context(page: Page, config: MkDocsConfig) -> dict:
    language = i18n_build.current_language(config)
    context = site_context.page_context(
        language=language,
        default_language=config.extra["default_language"],
        alternates=_build.alternates(page),
        meta=page.meta,
        contacts=_build.contacts,
        fallback=i18n_build.is_fallback(page, config),
    )
    # Only the preview shows the problems on the page; the built site never does.
    problems = _build.problems(page) if _build.serving else []
    context["front_matter_panel"] = preview.front_matter_panel(problems, language)
    context["placeholders"] = preview.placeholders(problems, language)
    # Only the preview builds a held page: it shows the embargo in a banner.
    hold = _build.embargoes.holds.get(getattr(page.file, "norm_src_uri", page.file.src_uri)) if _build.embargoes else None
    context["embargo"] = {"until": hold.until} if hold else None
    return context


def _make_release_list(pages: list[Page], config: MkDocsConfig) -> list[tuple[releases.Release, Page]]:
    by_slug = {}
    for page in pages:
        record = releases.Release(
            slug=getattr(page.file, "norm_src_uri", page.file.src_uri).removesuffix(".md"),
            title=str(page.meta.get("title", "")),
            date=str(page.meta.get("date", "")),
            teaser=str(page.meta.get("description", "")),
            url=_site_root(config) + page.url,
            language=i18n_build.page_language(page, config),
            translated=not i18n_build.is_fallback(page, config),
            updated=releases.last_correction(page.meta) or "",
        )
        by_slug[record.slug] = (record, page)
    return [(record, by_slug[record.slug][1]) for record in releases.newest_first([r for r, _ in by_slug.values()])]


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
    context["site"] = _page_context(page, config)
    if page.meta.get("template") == "release.html" and not context["site"]["fallback"]:
        context["site"]["news_article"] = structured_data.news_article(
            meta=page.meta,
            url=context["site"]["url"],
            language=context["site"]["language"],
            default_language=config.extra["default_language"],
            alternates=context["site"]["alternates"],
            publisher=context["site"]["publisher"],
        )
    listed = _build.release_list(config)
    context["site"]["releases"] = [record for record, _ in listed]
    context["site"]["feed_url"] = _feed_url(config)
    if listed:
        # The newest release written in this language leads the home page, with its own
        # contacts and notes; one not yet translated only leads when there is no other.
        newest = next((page for record, page in listed if record.translated), listed[0][1])
        context["site"]["newest"] = {"page": newest, "site": _page_context(newest, config)}
    return context


def _feed_url(config: MkDocsConfig) -> str:
    return _site_root(config) + config.extra["language_root"] + releases.FEED_FILE


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str | None:
    """GitHub Pages serves one root 404.html. Every language's build writes it there; the last
    one would win. Keep the default language's, which carries both languages' texts."""
    if template_name != "404.html":
        return None
    if i18n_build.current_language(config) == config.extra["default_language"]:
        _build.root_404 = output_content
        return None
    return _build.root_404


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
        releases=[record for record, _ in _build.release_list(config)],
    )
    (Path(config.site_dir) / config.extra["language_root"] / releases.FEED_FILE).write_text(feed, encoding="utf-8")
    # The last language's build ends last: one summary of every language's front matter.
    if language == i18n_build.build_order(config)[-1]:
        summary = messages.FRONT_MATTER_LOGGED(
            pages=messages.PAGES(n=_build.pages_validated), findings=messages.FINDINGS(n=_build.problem_count())
        )
        log.info(summary.text(_build.log_language))
