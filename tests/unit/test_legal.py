"""pressroom/legal.py: data/legal.yml's schema, its gaps, and the markers in a page."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressroom import legal
from pressroom.contacts import ContactDataError
from pressroom.devsite import ROOT

EMPTY = (ROOT / legal.LEGAL_FILE).read_text(encoding="utf-8")


def facts(tmp_path: Path, text: str) -> legal.Facts:
    path = tmp_path / "legal.yml"
    path.write_text(text, encoding="utf-8")
    return legal.load(path, shown_as="data/legal.yml")


def filled(text: str, **values: str) -> str:
    for key, value in values.items():
        assert f"  {key}: ~" in text, key
        text = text.replace(f"  {key}: ~", f"  {key}: {value}", 1)
    return text


def test_every_field_of_the_project_file_is_listed_while_empty(tmp_path):
    gaps = facts(tmp_path, EMPTY).gaps()
    expected = [name for name, kind in legal.FIELDS.items() for name in ([f"{name}.de", f"{name}.en"] if kind == "localised" else [name])]
    assert sorted(gap.field for gap in gaps) == sorted(expected)
    lines = EMPTY.splitlines()
    assert all(lines[gap.line - 1].strip().endswith(": ~") for gap in gaps)


@pytest.mark.parametrize(
    "change, german",
    [
        (("created: ~", "created: 15.01.2026"), "Bitte `2026-01-15` schreiben"),
        (("  name: ~", "  nam: Erika Beispiel"), "Gemeint ist wohl `representative.name`"),
        (("  web: ~", "  web: aufsicht.example.org"), "web"),
    ],
)
def test_a_wrong_value_is_one_line_naming_file_and_line(tmp_path, change, german):
    text = EMPTY.replace(*change, 1)
    line = text[: text.index(change[1])].count("\n") + 1
    with pytest.raises(ContactDataError) as error:
        facts(tmp_path, text)
    message = error.value.text("de")
    assert message.startswith(f"data/legal.yml:{line}: ") and "\n" not in message
    assert german in message, message


PAGE = "Intro.\nVertreten durch [[legal.representative.name]].\nAdresse  \nE-Mail: [[legal.data_protection_officer.email]]\n\nRolle: [[legal.responsible.role]]  \nDatum: [[legal.accessibility_statement.reviewed]]"


def test_empty_fields_leave_their_lines_out_and_no_dangling_line_break(tmp_path):
    text, unknown = legal.fill(PAGE, facts(tmp_path, EMPTY), "de", preview=False, gap=str)
    assert (text, unknown) == ("Intro.\nAdresse\n", [])


def test_filled_fields_show_as_their_kind_in_the_pages_language(tmp_path):
    data = filled(EMPTY, name="Erika Beispiel", email="dsb@example.org", de="Pressesprecherin", en="spokesperson", reviewed="2026-03-02")
    known = facts(tmp_path, data)
    german, _ = legal.fill(PAGE, known, "de", preview=False, gap=str)
    assert "Vertreten durch Erika Beispiel." in german
    assert "E-Mail: [dsb@example.org](mailto:dsb@example.org)" in german
    assert "Rolle: Pressesprecherin" in german and "Datum: 2. März 2026" in german
    english, _ = legal.fill(PAGE, known, "en", preview=False, gap=str)
    assert "Rolle: spokesperson" in english and "Datum: March 2, 2026" in english


def test_the_preview_marks_the_gap_in_its_place(tmp_path):
    text, _ = legal.fill(PAGE, facts(tmp_path, EMPTY), "en", preview=True, gap=lambda message: f"<mark>{message}</mark>")
    line = EMPTY.splitlines().index("  name: ~") + 1
    assert f"Vertreten durch <mark>Gap: `representative.name` is not filled in yet in data/legal.yml (line {line})." in text
    assert text.count("\n") == PAGE.count("\n")


def test_a_marker_naming_no_field_is_reported_with_the_field_meant(tmp_path):
    text, unknown = legal.fill("a\n[[legal.representativ.name]]", facts(tmp_path, EMPTY), "de", preview=False, gap=str)
    assert text == "a\n[[legal.representativ.name]]"
    message = unknown[0].message("docs/de/impressum.md", 10, "data/legal.yml").text("de")
    assert message == "docs/de/impressum.md:11: »[[legal.representativ.name]]« gibt es in data/legal.yml nicht. Bitte den Namen prüfen (gemeint ist vielleicht `representative.name`)."


def test_a_section_left_with_nothing_loses_its_heading_too(tmp_path):
    page = "## Kontakt\n\nText.\n\n## Datum {#date}\n\n- Erstellt am [[legal.accessibility_statement.created]].\n\n## Danach\n\nMehr."
    text, _ = legal.fill(page, facts(tmp_path, EMPTY), "de", preview=False, gap=str)
    assert text == "## Kontakt\n\nText.\n\n## Danach\n\nMehr."
    kept, _ = legal.fill(page.replace("- Erstellt", "Stand.\n- Erstellt"), facts(tmp_path, EMPTY), "de", preview=False, gap=str)
    assert "## Datum {#date}\n\nStand." in kept
