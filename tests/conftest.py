"""Fixtures of every tier: the real site, built once, and a fresh copy of its sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressroom.devsite import Build, copy_site, run_build


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
