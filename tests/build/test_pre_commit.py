"""The pre-commit configuration runs the parity command when a page under docs/ changes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from pressroom.devsite import RELEASE, ROOT, copy_site

PRE_COMMIT = [sys.executable, "-m", "pre_commit"]


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_pre_commit_runs_parity_on_changed_markdown(tmp_path):
    repo = copy_site(tmp_path / "repo")
    shutil.copy2(ROOT / ".pre-commit-config.yaml", repo)
    # The hook's entry uses the project's .venv; here it is this interpreter's environment.
    (repo / ".venv" / "bin").mkdir(parents=True)
    wrapper = repo / ".venv" / "bin" / "python"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    git(repo, "init", "-q")
    git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}

    clean = subprocess.run([*PRE_COMMIT, "run", "--all-files"], cwd=repo, env=env, capture_output=True, text=True)
    assert clean.returncode == 0, clean.stdout + clean.stderr

    en = repo / "docs" / "en" / f"{RELEASE}.md"
    en.write_text(en.read_text(encoding="utf-8").replace("over 76,000 people", "over 67,000 people"), encoding="utf-8")
    git(repo, "add", ".")
    changed = subprocess.run([*PRE_COMMIT, "run", "--files", f"docs/en/{RELEASE}.md"], cwd=repo, env=env, capture_output=True, text=True)
    assert changed.returncode == 1
    assert f"Hier steht »over 67,000«, die deutsche Fassung sagt »über 76.000« (docs/de/{RELEASE}.md, Zeile " in changed.stdout
