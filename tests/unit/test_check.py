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
    assert result.stdout == "" and result.stderr.endswith("7 Seitenpaare und data/contacts.yml geprüft: keine Funde\n")


def unfilled(legal_file: Path) -> list[tuple[int, str]]:
    """The fields of a data/legal.yml left empty (`~`), with their lines, read from the text."""
    found, parents = [], []
    for number, line in enumerate(legal_file.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.split("#")[0].rstrip()
        if not stripped.strip():
            continue
        depth = (len(stripped) - len(stripped.lstrip())) // 2
        key, _, value = stripped.strip().partition(":")
        parents[depth:] = [key]
        if value.strip() in ("~", "null", ""):
            if value.strip():
                found.append((number, ".".join(parents)))
    return found


def test_facts_not_filled_in_are_listed_by_file_and_line_but_pass(sources: Path) -> None:
    legal_file = sources / "data" / "legal.yml"
    expected = unfilled(legal_file)
    assert expected  # the project's file still has gaps; fill one and it is no longer listed
    result = check(sources)
    assert result.returncode == 0, result.stdout + result.stderr
    listed = [line for line in result.stderr.splitlines() if line.startswith("data/legal.yml:")]
    assert [(int(line.split(":")[1]), line.split("`")[1]) for line in listed] == expected
    assert "ist noch nicht eingetragen" in listed[0]
    english = check(sources, "--lang", "en").stderr
    assert "is not filled in yet" in english
    line, field = expected[0]
    edit(legal_file, f"{field.rsplit('.', 1)[-1]}: ~", f"{field.rsplit('.', 1)[-1]}: Erika Beispiel")
    again = check(sources).stderr
    assert f"data/legal.yml:{line}: `{field}`" not in again


def test_a_misspelt_legal_marker_is_a_problem(sources: Path) -> None:
    line = edit(sources / "docs" / "de" / "impressum.md", "[[legal.representative.name]]", "[[legal.representativ.name]]")
    result = check(sources)
    assert result.returncode == 1
    assert any(problem.startswith(f"docs/de/impressum.md:{line}: »[[legal.representativ.name]]« gibt es in data/legal.yml nicht")
               and "`representative.name`" in problem for problem in result.stdout.splitlines()), result.stdout


def test_an_unusable_legal_file_stops_the_check_in_one_line(sources: Path) -> None:
    edit(sources / "data" / "legal.yml", "  created: ~", "  created: 2026-13-01")
    result = check(sources)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "data/legal.yml:" in result.stderr and "2026-13-01" in result.stderr


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
