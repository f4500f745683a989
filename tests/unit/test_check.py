"""`python -m pressroom.check` (make check): the build's checks on the sources, without a build."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pressroom.devsite import RELEASE, ROOT


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    for part in ("docs", "data"):
        shutil.copytree(ROOT / part, tmp_path / part)
    return tmp_path


def check(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pressroom.check", *args], cwd=cwd, capture_output=True, text=True)


def edit(path: Path, old: str, new: str) -> int:
    """Replace `old` once; return the line it is on."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def test_the_project_passes() -> None:
    result = check(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "" and "0 problems" in result.stderr


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("subtitle:", "subtitel:", "subtitel: unknown key (did you mean 'subtitle'?)"),
        ("date: 2023-11-10", "date: 2023-11-31", "date: expected a valid date"),
        ("contact: jungmann", "contact: jungman", "'jungman' is not in people"),
    ],
)
def test_what_the_build_rejects_is_a_problem_on_its_line(sources: Path, old: str, new: str, expected: str) -> None:
    line = edit(sources / "docs" / "de" / f"{RELEASE}.md", old, new)
    result = check(sources)
    assert result.returncode == 1
    assert any(out.startswith(f"docs/de/{RELEASE}.md:{line}: ") and expected in out for out in result.stdout.splitlines()), result.stdout


def test_a_figure_that_differs_is_a_problem(sources: Path) -> None:
    edit(sources / "docs" / "en" / f"{RELEASE}.md", "over 76,000 people", "over 67,000 people")
    result = check(sources)
    assert result.returncode == 1 and "over 67,000 has no counterpart" in result.stdout


def test_malformed_front_matter_is_reported_once(sources: Path) -> None:
    edit(sources / "docs" / "de" / "impressum.md", "title:", "title: [")
    result = check(sources)
    assert result.returncode == 1
    assert [out for out in result.stdout.splitlines() if "impressum" in out and "malformed" in out.lower()] != []
    assert len([out for out in result.stdout.splitlines() if "docs/de/impressum.md" in out]) == 1, result.stdout


@pytest.mark.parametrize("broken", ["contacts", "docs"])
def test_sources_that_cant_be_checked_exit_2_in_one_line(sources: Path, broken: str) -> None:
    if broken == "contacts":
        edit(sources / "data" / "contacts.yml", 'phone: "+49 351 564 80600"', 'phone: "+49 351 12"')
    else:
        shutil.rmtree(sources / "docs" / "en")
    result = check(sources)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
