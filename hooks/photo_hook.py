"""MkDocs hook: release photos. A thin adapter over pressroom.photos, which imports nothing from MkDocs.

MkDocs copies every file below docs/ into the site; this hook takes the files of docs/photos/ out
of every language's files, so no source image is published as it is, with its GPS position or
camera serial number. In their place it adds the versions pressroom.photos makes of each photo a
page of the build names (so an embargoed release's photo, whose pages release_hook.py has taken
out before, gets none), as generated files, each written once per build: mkdocs-static-i18n runs
one MkDocs build per language, and a photo is added in the first build whose pages name it. The
templates get each version's address relative to the page (`site.photo`), the NewsArticle the
absolute one. A photo file that can't be published is a front-matter problem of the pages naming
it, reported by release_hook.py's validation (pressroom.validation); here it is only left out.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from pressroom import front_matter, i18n_build, photos, rebuild, structured_data


class _Build:
    """What one build knows: each photo's published versions (None: it can't be published), by
    its path below docs/, and which of them a language's build has already added. Kept from one
    build to the next (`mkdocs serve`): each photo's versions while its source stays as it was,
    and the photo each page names while the page does."""

    def __init__(self) -> None:
        self.versions = rebuild.Memo()
        self.named = rebuild.Memo()
        self.start_build()

    def start_build(self) -> None:
        self.published: dict[str, photos.Published | None] = {}
        self.added: set[str] = set()


_build = _Build()


def on_startup(*, command: str, dirty: bool) -> None:
    global _build
    _build = _Build()


def on_pre_build(*, config: MkDocsConfig) -> None:
    # The first language's build starts the whole build (`mkdocs serve` repeats it on each change).
    if i18n_build.current_language(config) == i18n_build.build_order(config)[0]:
        _build.start_build()


# After release_hook.py's (-150), which takes the embargoed releases out of the files.
@event_priority(-160)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    docs = Path(config.docs_dir)
    named = {file: _photo_of(file) for file in files.documentation_pages()}
    # No source image is published as it is: nothing of docs/photos/, nor a file a page names
    # as its photo elsewhere (the validation refuses that place, but a draft build goes on).
    kept_out = {name for name in named.values() if name}
    for file in [file for file in files if file.src_uri.startswith(photos.FOLDER + "/") or file.src_uri in kept_out]:
        files.remove(file)
    for name in named.values():
        if name is None:
            continue
        if name not in _build.published:
            _build.published[name] = _build.versions.get(name, rebuild.stamp(docs / name), lambda: _publish(docs, name))
        published = _build.published[name]
        if published is not None and name not in _build.added:
            _build.added.add(name)
            for version in published.files():
                files.append(File.generated(config, version.path, content=version.data))
    return files


def _publish(docs: Path, name: str) -> photos.Published | None:
    try:
        return photos.publish(docs, name)
    except photos.PhotoError:
        return None


def _photo_of(file: File) -> str | None:
    """`photo.file` of a page's front matter."""
    if not file.abs_src_path:
        return None
    return _build.named.get(file.abs_src_path, rebuild.stamp(file.abs_src_path), lambda: _read_photo_of(file.abs_src_path))


def _read_photo_of(path: str) -> str | None:
    # Only a page whose text has `file:` is parsed.
    source = Path(path).read_text(encoding="utf-8-sig", errors="replace")
    if "file:" not in source:
        return None
    data = front_matter.read_page_source(source).document.data
    return photos.source_name(data.get("photo")) if isinstance(data, dict) else None


# After release_hook.py's (0), which makes `site` and the NewsArticle.
@event_priority(-10)
def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
    site = context.get("site")
    if not isinstance(site, dict):
        return context
    _show(site, page.meta, page, config)
    newest = site.get("newest")
    if newest:  # the home page shows the newest release in full
        _show(newest["site"], newest["page"].meta, page, config)
    return context


def _show(site: dict, meta: dict, page: Page, config: MkDocsConfig) -> None:
    published = _build.published.get(photos.source_name(meta.get("photo")) or "")
    if published is None:
        return
    site["photo"] = photos.view(published, lambda path: get_relative_url(path, page.url))
    article = site.get("news_article")
    if article and isinstance(meta.get("photo"), dict):
        root = (config.site_url or "/").rstrip("/") + "/"
        article["image"] = structured_data.image(meta["photo"], root + published.download.path)
