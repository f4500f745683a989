"""Shared test fixtures: a copy of the site in a temporary folder, built with the real mkdocs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SITE_PARTS = ["mkdocs.yml", "docs", "overrides", "hooks", "data"]
LOCAL_URL = "http://127.0.0.1:8000/smart-systems-hub/"
# The release of the seeds: docs/de/<RELEASE>.md and docs/en/<RELEASE>.md.
RELEASE = "2023-11-10-smart-systems-hub"


@dataclass
class Build:
    root: Path
    returncode: int
    output: str

    @property
    def site(self) -> Path:
        return self.root / "site"


def copy_site(destination: Path) -> Path:
    """Copy what the build reads (config, pages, templates, hooks, data) to `destination`."""
    destination.mkdir(parents=True, exist_ok=True)
    for part in SITE_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, destination / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / part)
    return destination


def run_build(root: Path, site_url: str = LOCAL_URL, extra_env: dict | None = None, strict: bool = True) -> Build:
    """Run `mkdocs build --strict` in `root`, as `make site` does (strict=False: as a draft)."""
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict" if strict else "--no-strict"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return Build(root, result.returncode, result.stdout + result.stderr)


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
