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
    assert result.stdout == "" and result.stderr == "7 Seitenpaare und data/contacts.yml geprüft: keine Funde\n"


@pytest.mark.parametrize(
    "old, new, german, english",
    [
        ("subtitle:", "subtitel:", "Das Feld `subtitel` gibt es nicht. Gemeint ist wohl `subtitle`: Bitte umbenennen.",
         "There is no field `subtitel`. Did you mean `subtitle`? Please rename it."),
        ("date: 2023-11-10", "date: 2023-11-31",
         "Das Datum 2023-11-31 im Feld `date` gibt es nicht: Der November 2023 hat 30 Tage. Bitte korrigieren.",
         "There is no date 2023-11-31 (field `date`): November 2023 has 30 days. Please correct it."),
        ("contact: jungmann", "contact: jungman",
         "Im Feld `contact` steht »jungman«, das es unter `people` in data/contacts.yml nicht gibt. Gemeint ist wohl »jungmann«.",
         "The field `contact` names “jungman”, which is not under `people` in data/contacts.yml. Did you mean “jungmann”?"),
    ],
)
def test_what_the_build_rejects_is_a_problem_on_its_line_in_german_or_english(
    sources: Path, old: str, new: str, german: str, english: str
) -> None:
    line = edit(sources / "docs" / "de" / f"{RELEASE}.md", old, new)
    for args, expected in (((), german), (("--lang", "en"), english)):
        result = check(sources, *args)
        assert result.returncode == 1
        assert f"docs/de/{RELEASE}.md:{line}: {expected}" in result.stdout.splitlines(), result.stdout


def test_a_figure_that_differs_is_a_problem(sources: Path) -> None:
    edit(sources / "docs" / "en" / f"{RELEASE}.md", "over 76,000 people", "over 67,000 people")
    result = check(sources)
    assert result.returncode == 1 and "Hier steht »over 67,000«, die deutsche Fassung sagt »über 76.000«" in result.stdout


def test_the_summary_counts_in_singular_and_plural(sources: Path) -> None:
    page = sources / "docs" / "de" / f"{RELEASE}.md"
    edit(page, "subtitle:", "subtitel:")
    one = check(sources, "--lang", "en")
    edit(page, "place: Dresden", "place:")
    two = check(sources)
    assert one.stderr.endswith("checked: 2 findings\n"), one.stderr  # the misspelt subtitle and a quote it hides
    assert two.stderr.endswith("geprüft: 3 Funde\n"), two.stderr
    edit(page, "subtitel:", "subtitle:")
    edit(page, "place:", "place: Dresden")
    edit(sources / "docs" / "de" / "impressum.md", "title:", "tite:")
    single = check(sources)
    assert single.returncode == 1 and single.stderr.endswith("geprüft: 1 Fund\n"), single.stderr


def test_malformed_front_matter_is_reported_once(sources: Path) -> None:
    edit(sources / "docs" / "de" / "impressum.md", "title:", "title: [")
    result = check(sources)
    assert result.returncode == 1
    assert [out for out in result.stdout.splitlines() if "impressum" in out and "kein gültiges YAML" in out] != []
    assert len([out for out in result.stdout.splitlines() if "docs/de/impressum.md" in out]) == 1, result.stdout


@pytest.mark.parametrize("broken", ["contacts", "docs"])
def test_sources_that_cant_be_checked_exit_2_in_one_line(sources: Path, broken: str) -> None:
    if broken == "contacts":
        edit(sources / "data" / "contacts.yml", 'phone: "+49 351 564 80600"', 'phone: "+49 351 12"')
    else:
        shutil.rmtree(sources / "docs" / "en")
    result = check(sources)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
