"""`make release SLUG=… DATE=…`: a new page pair from the template, never over an existing page."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pressroom import contacts, validation
from pressroom.new_release import ReleaseError, create_release
from pressroom.devsite import ROOT

CONTACTS = contacts.load_contacts(ROOT / "data" / "contacts.yml")


def test_creates_both_pages_with_every_front_matter_field(tmp_path):
    written = create_release("2024-03-01-neue-foerderung", "2024-03-01", tmp_path / "docs")
    assert [p.relative_to(tmp_path).as_posix() for p in written] == [
        "docs/de/2024-03-01-neue-foerderung.md",
        "docs/en/2024-03-01-neue-foerderung.md",
    ]
    for path in written:
        text = path.read_text(encoding="utf-8")
        meta, errors = validation.validate_page(path.name, text, CONTACTS)
        optional_and_commented = {key for key in validation.RELEASE.optional if f"\n# {key}:" in text}
        assert set(validation.RELEASE.fields) == set(meta) | optional_and_commented
        assert meta["date"] == "2024-03-01"
        # Empty fields are named by the build until they are filled in.
        assert {e.key for e in errors} >= {"title", "subtitle", "description", "key_figures[0].value"}


def test_refuses_to_overwrite_and_writes_nothing(tmp_path):
    docs = tmp_path / "docs"
    (docs / "en").mkdir(parents=True)
    (docs / "en" / "x.md").write_text("keep me", encoding="utf-8")
    with pytest.raises(ReleaseError, match=r"^docs/en/x\.md gibt es schon; es wurde nichts geschrieben\.$") as raised:
        create_release("x", "2024-03-01", docs)
    assert raised.value.message.text("en") == "docs/en/x.md already exists; nothing was written."
    assert (docs / "en" / "x.md").read_text(encoding="utf-8") == "keep me"
    assert not (docs / "de" / "x.md").exists()
    (docs / "de").mkdir()
    (docs / "de" / "x.md").write_text("keep me too", encoding="utf-8")
    with pytest.raises(ReleaseError) as both:
        create_release("x", "2024-03-01", docs)
    assert both.value.message.text("en") == "docs/de/x.md and docs/en/x.md already exist; nothing was written."


@pytest.mark.parametrize("slug, day, message", [
    ("Neue Förderung", "2024-03-01", "SLUG »Neue Förderung«: bitte nur Kleinbuchstaben, Ziffern und einzelne Bindestriche"),
    ("ok", "2024-02-30", "DATE »2024-02-30«: bitte ein Datum als JJJJ-MM-TT"),
    ("ok", "", "DATE »«: bitte ein Datum"),
])
def test_rejects_bad_slug_or_date(tmp_path, slug, day, message):
    with pytest.raises(ReleaseError, match=message):
        create_release(slug, day, tmp_path / "docs")
    assert not (tmp_path / "docs").exists()


def test_command_line_reports_one_line_and_exit_status(tmp_path):
    args = [sys.executable, "-m", "pressroom.new_release", "--slug", "a", "--date", "2024-03-01", "--docs", str(tmp_path / "docs")]
    first = subprocess.run(args, capture_output=True, text=True)
    second = subprocess.run(args, capture_output=True, text=True)
    assert first.returncode == 0 and "angelegt: docs/de/a.md" in first.stdout
    assert second.returncode == 1
    assert second.stderr.strip().count("\n") == 0 and "gibt es schon" in second.stderr
    english = subprocess.run([*args, "--lang", "en"], capture_output=True, text=True)
    assert english.stderr == "make release: docs/de/a.md and docs/en/a.md already exist; nothing was written.\n"
