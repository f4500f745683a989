"""`python -m pressroom.parity --status` (alias `python -m hooks.parity`): untranslated pages and translations older than their source."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pressroom.devsite import ROOT


def git(repo: Path, *args: str, when: str | None = None) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Editor", "GIT_AUTHOR_EMAIL": "e@example.org",
           "GIT_COMMITTER_NAME": "Editor", "GIT_COMMITTER_EMAIL": "e@example.org"}
    if when:
        env |= {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


def status(cwd: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pressroom.parity", "--status", *extra, "docs"],
        cwd=cwd, capture_output=True, text=True,
    )


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def committed_pairs(repo: Path, *names: str) -> None:
    """A git repository whose first commit (2024-01-01 10:00 UTC) holds translated page pairs."""
    for name in names:
        write(repo / f"docs/de/{name}.md", "Seit 2018.\n")
        write(repo / f"docs/en/{name}.md", "Since 2018.\n")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "first", when="2024-01-01T10:00:00Z")


def test_lists_untranslated_and_outdated_pages(tmp_path):
    committed_pairs(tmp_path, "a", "b")
    write(tmp_path / "docs/de/a.md", "Seit 2019.\n")
    git(tmp_path, "commit", "-qam", "source changed", when="2024-02-01T10:00:00Z")
    write(tmp_path / "docs/en/neu.md", "New.\n")

    result = status(tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "docs/en/neu.md ist noch nicht übersetzt: docs/de/neu.md fehlt.",
        "docs/en/a.md (zuletzt geändert 2024-01-01 10:00 UTC) ist älter als "
        "docs/de/a.md (zuletzt geändert 2024-02-01 10:00 UTC): Bitte die Übersetzung prüfen.",
    ]
    assert result.stderr == "2 Seiten brauchen eine Übersetzung.\n"
    english = status(tmp_path, "--lang", "en")
    assert english.stdout.splitlines() == [
        "docs/en/neu.md is not translated yet: docs/de/neu.md does not exist.",
        "docs/en/a.md (last changed 2024-01-01 10:00 UTC) is older than its counterpart "
        "docs/de/a.md (last changed 2024-02-01 10:00 UTC): please check the translation.",
    ]
    assert english.stderr == "2 pages need a translator.\n"

    as_json = json.loads(status(tmp_path, "--format", "json").stdout)
    assert [(line["page"], line["state"]) for line in as_json["status"]] == [("neu.md", "missing"), ("a.md", "outdated")]


def test_an_uncommitted_translation_counts_as_changed_now(tmp_path):
    committed_pairs(tmp_path, "a")
    write(tmp_path / "docs/en/a.md", "Since 2018, really.\n")
    result = status(tmp_path, "--lang", "en")
    assert result.returncode == 1
    assert result.stdout.startswith("docs/de/a.md (last changed 2024-01-01 10:00 UTC) is older than its counterpart docs/en/a.md")
    assert result.stderr == "1 page needs a translator.\n"
    assert status(tmp_path).stderr == "1 Seite braucht eine Übersetzung.\n"


def test_without_git_only_missing_pages_are_listed(tmp_path):
    write(tmp_path / "docs/de/a.md", "Seit 2018.\n")
    write(tmp_path / "docs/en/b.md", "Since 2018.\n")
    result = status(tmp_path)
    assert result.returncode == 1
    assert "not in a git work tree" in result.stderr and "Traceback" not in result.stderr
    assert "aufgeführt sind nur Seiten ohne Gegenstück" in result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_the_project_is_fully_translated():
    """Through the documented alias, from the repository's root, as editors run it."""
    result = subprocess.run([sys.executable, "-m", "hooks.parity", "--status"], cwd=ROOT, capture_output=True, text=True)
    assert result.stderr.splitlines()[0] == "Keine Seite braucht eine Übersetzung."
    # The legal pages' facts not filled in yet (data/legal.yml) are listed too, by file and
    # line, and are something to do (exit status 1) until none is left.
    gaps = result.stdout.splitlines()
    assert all(line.startswith("data/legal.yml:") and "noch nicht eingetragen" in line for line in gaps)
    assert result.returncode == (1 if gaps else 0)
    assert result.stderr.splitlines()[1].startswith(f"{len(gaps)} Angaben" if gaps else "Alle Angaben")
