"""What the tests and the benches share: a copy of the site built with the real mkdocs, and
Debian's Chromium as they start it (no browser is downloaded).

Only useful in a checkout of the repository (the editable install of `make`), whose root
holds the site's sources.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SITE_PARTS = ["mkdocs.yml", "docs", "overrides", "hooks", "data"]
LOCAL_URL = "http://127.0.0.1:8000/smart-systems-hub/"
# The release of the seeds: docs/de/<RELEASE>.md and docs/en/<RELEASE>.md.
RELEASE = "2023-11-10-smart-systems-hub"

# These flags keep Chromium from reaching for Google's services, which a closed network refuses.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    """CHROMIUM_PATH, or Debian's /usr/bin/chromium."""
    return os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


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
