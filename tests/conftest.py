"""Fixtures of every tier: the real site, built once, a fresh copy of its sources, and the site
with a large generated archive."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from pressroom.devsite import Build, add_releases, copy_site, run_build
from pressroom.pages_server import PagesServer
from tests.helpers import built_and_served

# Release pairs of the large archive: three years and a bit of a ministry's releases (300 a
# year), the size the figures are given for.
ARCHIVE_PAIRS = 1000


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Build:
    """The real site, built once per test session under a GitHub Pages-style project path."""
    build = run_build(copy_site(tmp_path_factory.mktemp("site")))
    assert build.returncode == 0, build.output
    return build


@pytest.fixture
def site_copy(tmp_path) -> Path:
    """A fresh copy of the site's sources to change and build."""
    return copy_site(tmp_path / "copy")


@dataclass
class LargeArchive:
    build: Build
    url: str  # the site's address, served by `server`
    server: PagesServer
    slugs: list[str]  # the generated releases

    @property
    def site(self) -> Path:
        return self.build.site


@pytest.fixture(scope="session")
def large_archive(tmp_path_factory) -> LargeArchive:
    """The site with ARCHIVE_PAIRS generated release pairs besides its own (2021 to 2024),
    strictly built once per session for the build and the browser tests, served like GitHub
    Pages on a free port (the build needs the address: Material's language switcher and the
    feeds use the absolute site_url)."""
    root = copy_site(tmp_path_factory.mktemp("archive"))
    slugs = add_releases(root, ARCHIVE_PAIRS)
    with built_and_served(root, "the large archive") as (server, build):
        yield LargeArchive(build, server.url, server, slugs)
