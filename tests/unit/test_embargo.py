"""Embargoes and corrections in the front matter: validation, the build's clock, the banner's
German time, which releases a build holds back, and `make check` on pages that disagree."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from pressroom import contacts, embargo, validation
from pressroom.devsite import RELEASE, ROOT

CONTACTS = contacts.load_contacts(ROOT / "data" / "contacts.yml")
RELEASE_DE = (ROOT / "docs" / "de" / f"{RELEASE}.md").read_text(encoding="utf-8")
RELEASE_EN = (ROOT / "docs" / "en" / f"{RELEASE}.md").read_text(encoding="utf-8")
WINTER = datetime(2024, 3, 1, 9, 0, tzinfo=timezone.utc)  # 10:00 in Dresden


def with_front_matter(source: str, lines: str) -> str:
    """The page with `lines` added to its front matter after `date:`."""
    return source.replace("date: 2023-11-10\n", f"date: 2023-11-10\n{lines}", 1)


def errors_of(source: str) -> list[str]:
    return [str(error) for error in validation.validate_page("docs/de/x.md", source, CONTACTS)[1]]


# Validation: one line naming the file, the line and what is wrong


@pytest.mark.parametrize(
    "written",
    ["2024-03-01T10:00:00+01:00", "2024-03-01T10:00+01:00", "2024-03-01T09:00:00Z", '"2024-07-01T10:00:00.250+02:00"'],
)
def test_an_embargo_with_offset_is_valid(written):
    assert errors_of(with_front_matter(RELEASE_DE, f"embargo: {written}\n")) == []


NOT_AN_INSTANT = "; eine Sperrfrist wird mit Datum, Uhrzeit und Zeitzone geschrieben, z. B. `2024-03-01T10:00:00+01:00`."


@pytest.mark.parametrize(
    "written, message",
    [
        ("2024-03-01T10:00:00", "Bei der Sperrfrist »2024-03-01T10:00:00« im Feld `embargo` fehlt die Zeitzone: Bitte `+01:00` (Winterzeit) oder `+02:00` (Sommerzeit) anhängen, z. B. `2024-03-01T10:00:00+01:00`."),
        ("2024-03-01", "Im Feld `embargo` steht »2024-03-01«" + NOT_AN_INSTANT),
        # YAML would read this as a timestamp of its own; the one reader keeps it as written.
        ("2024-03-01 10:00:00+01:00", "Im Feld `embargo` steht »2024-03-01 10:00:00+01:00«" + NOT_AN_INSTANT),
        ("1. März 2024, 10 Uhr", "Im Feld `embargo` steht »1. März 2024, 10 Uhr«" + NOT_AN_INSTANT),
        ("2024-02-30T10:00:00+01:00", "Den Zeitpunkt 2024-02-30T10:00:00+01:00 im Feld `embargo` gibt es nicht. Bitte korrigieren."),
        ("[2024-03-01T10:00:00+01:00]", "Im Feld `embargo` muss ein Text stehen; hier steht eine Liste."),
    ],
)
def test_a_malformed_or_offset_less_embargo_is_one_line_naming_file_and_line(written, message):
    source = with_front_matter(RELEASE_DE, f"embargo: {written}\n")
    line = source.splitlines().index(f"embargo: {written}") + 1
    assert errors_of(source) == [f"docs/de/x.md:{line}: {message}"]


def test_an_offset_less_embargo_in_english():
    [error] = validation.validate_page("docs/en/x.md", with_front_matter(RELEASE_EN, "embargo: 2024-03-01T10:00:00\n"), CONTACTS)[1]
    assert error.message.text("en") == (
        "The embargo “2024-03-01T10:00:00” (field `embargo`) has no UTC offset: please add `+01:00` (German winter time) "
        "or `+02:00` (summer time), e.g. `2024-03-01T10:00:00+01:00`."
    )


def test_corrections_are_valid_with_a_date_and_a_text():
    source = with_front_matter(RELEASE_DE, "corrections:\n  - date: 2023-11-12\n    text: Die Fördersumme war falsch.\n")
    assert errors_of(source) == []


@pytest.mark.parametrize(
    "lines, at, expected",
    [
        ("corrections:\n  - date: 2023-11-12\n", "  - date:", "Das Feld `corrections[0].text` fehlt. Bitte ergänzen."),
        ("corrections:\n  - date: 12.11.2023\n    text: T\n", "  - date:", "Im Feld `corrections[0].date` steht »12.11.2023«; ein Datum wird als JJJJ-MM-TT geschrieben. Bitte `2023-11-12` schreiben."),
        ("corrections:\n  - date: 2023-11-09\n    text: T\n", "  - date:", "Die Korrektur vom 2023-11-09 im Feld `corrections[0].date` liegt vor dem Datum der Medieninformation (2023-11-10). Bitte das Datum prüfen."),
        ("corrections: []\n", "corrections:", "Das Feld `corrections` braucht mindestens 1 Eintrag. Bitte ergänzen."),
        ("corrections:\n  - date: 2023-11-12\n    txt: T\n", "    txt:", "Das Feld `corrections[0].txt` gibt es nicht. Gemeint ist wohl `corrections[0].text`: Bitte umbenennen."),
    ],
)
def test_a_broken_correction_names_its_line(lines, at, expected):
    source = with_front_matter(RELEASE_DE, lines)
    line = next(n for n, text in enumerate(source.splitlines(), 1) if text.startswith(at))
    assert f"docs/de/x.md:{line}: {expected}" in errors_of(source)


# The clock


def test_the_clock_is_the_real_one_and_never_source_date_epoch():
    before = datetime.now(timezone.utc)
    now = embargo.clock({"SOURCE_DATE_EPOCH": "0"})
    assert before <= now <= datetime.now(timezone.utc)


def test_pressroom_now_sets_the_clock_for_tests_and_proofing():
    assert embargo.clock({"PRESSROOM_NOW": "2024-03-01T10:00:00+01:00"}) == WINTER


@pytest.mark.parametrize("written", ["tomorrow", "2024-03-01", "2024-03-01T10:00:00"])
def test_a_pressroom_now_without_a_moment_is_one_line(written):
    with pytest.raises(embargo.ClockError) as raised:
        embargo.clock({"PRESSROOM_NOW": written})
    assert str(raised.value) == f"PRESSROOM_NOW: Hier steht »{written}«; erwartet wird ein Zeitpunkt mit Zeitzone, z. B. `2024-03-01T10:00:00+01:00`."
    assert raised.value.message.text("en") == f"PRESSROOM_NOW: found “{written}”; expected a date and time with UTC offset, e.g. `2024-03-01T10:00:00+01:00`."


@pytest.mark.parametrize(
    "moment, language, shown",
    [
        ("2024-03-01T10:00:00+01:00", "de", "1. März 2024, 10:00 Uhr"),
        ("2024-03-01T10:00:00+01:00", "en", "1 March 2024, 10:00 CET"),
        ("2024-03-01T09:00:00Z", "de", "1. März 2024, 10:00 Uhr"),  # UTC, shown in German time
        ("2024-07-01T08:30:00Z", "en", "1 July 2024, 10:30 CEST"),
        ("2024-12-31T23:30:00-05:00", "de", "1. Januar 2025, 05:30 Uhr"),
    ],
)
def test_the_banner_shows_the_moment_in_german_time(moment, language, shown):
    assert embargo.local_time(validation.instant(moment), language) == shown


# What a build holds back


def embargoes(de: str | None, en: str | None = "same", photo: str | None = None):
    pages = {}
    for lang, written in (("de", de), ("en", de if en == "same" else en)):
        if written is None:
            pages[lang] = (None, None)
        else:
            pages[lang] = (embargo.Embargo(f"docs/{lang}/x.md", 5, written, validation.instant(written)), photo)
    return {"x.md": pages}


@pytest.mark.parametrize(
    "now, held",
    [
        (WINTER - timedelta(seconds=1), True),
        (WINTER, False),  # from that moment on it is published
        (WINTER + timedelta(days=40), False),
    ],
)
def test_a_release_is_held_until_its_moment(now, held):
    plan = embargo.plan(embargoes("2024-03-01T10:00:00+01:00"), now)
    assert (plan.holds.get("x.md") is not None) == held
    assert plan.problems == []
    if held:
        assert plan.holds["x.md"].sources == ("de/x.md", "en/x.md")
        assert plan.holds["x.md"].until == WINTER


def test_the_same_moment_in_two_offsets_is_one_embargo():
    plan = embargo.plan(embargoes("2024-03-01T10:00:00+01:00", "2024-03-01T09:00:00Z"), WINTER - timedelta(hours=1))
    assert plan.problems == [] and plan.holds["x.md"].until == WINTER


def test_pages_that_disagree_are_held_until_the_later_moment_and_named():
    plan = embargo.plan(embargoes("2024-03-01T10:00:00+01:00", "2024-03-01T12:00:00+01:00"), WINTER + timedelta(hours=1))
    assert plan.holds["x.md"].until == WINTER + timedelta(hours=2)
    assert [str(p) for p in plan.problems] == [
        "docs/en/x.md:5: Die Sperrfrist 2024-03-01T12:00:00+01:00 weicht von der in docs/de/x.md ab (2024-03-01T10:00:00+01:00, Zeile 5). "
        "Beide Seiten bleiben bis zur späteren gesperrt. Bitte angleichen."
    ]


def test_a_page_without_the_embargo_of_its_counterpart_is_held_and_named():
    plan = embargo.plan(embargoes("2024-03-01T10:00:00+01:00", None), WINTER - timedelta(hours=1))
    assert plan.holds["x.md"].sources == ("de/x.md", "en/x.md")
    assert [str(p) for p in plan.problems] == [
        "docs/en/x.md:1: Hier fehlt die Sperrfrist, die docs/de/x.md hat (2024-03-01T10:00:00+01:00, Zeile 5). "
        "Beide Seiten bleiben bis dahin gesperrt. Bitte auf beiden Seiten eintragen."
    ]


def test_an_embargo_that_cant_be_read_holds_the_release():
    plan = embargo.plan(embargoes("soon"), WINTER + timedelta(days=3650))
    assert plan.holds["x.md"].until is None


def write_pair(docs: Path, name: str, lines: str, languages=("de", "en")) -> None:
    for lang, text in (("de", RELEASE_DE), ("en", RELEASE_EN)):
        if lang in languages:
            (docs / lang).mkdir(parents=True, exist_ok=True)
            (docs / lang / name).write_text(with_front_matter(text, lines), encoding="utf-8")


def test_read_embargoes_finds_the_pairs_with_one_and_their_lines(tmp_path):
    docs = tmp_path / "docs"
    write_pair(docs, "held.md", "embargo: 2024-03-01T10:00:00+01:00\n")
    write_pair(docs, "free.md", "")
    write_pair(docs, "half.md", "embargo: 2024-03-01T10:00:00+01:00\n", languages=("en",))
    write_pair(docs, "half.md", "", languages=("de",))
    found = embargo.read_embargoes(docs, ["de", "en"])
    assert sorted(found) == ["half.md", "held.md"]
    line = with_front_matter(RELEASE_DE, "embargo: x\n").splitlines().index("embargo: x") + 1
    assert found["held.md"]["de"][0] == embargo.Embargo("docs/de/held.md", line, "2024-03-01T10:00:00+01:00", WINTER)
    assert found["half.md"]["de"] == (None, None)


def test_a_held_releases_photo_is_left_out_unless_a_published_page_shows_it(tmp_path):
    docs = tmp_path / "docs"
    photo = "  title: Foto\n"  # photo.file goes into the existing photo mapping
    for name, lines in (("held.md", "embargo: 2099-03-01T10:00:00+01:00\n"), ("free.md", "")):
        write_pair(docs, name, lines)
    for lang in ("de", "en"):
        held = docs / lang / "held.md"
        held.write_text(held.read_text(encoding="utf-8").replace("photo:\n", f"photo:\n  file: photos/held.jpg\n{photo}", 1), encoding="utf-8")
    plan = embargo.plan(embargo.read_embargoes(docs, ["de", "en"]), WINTER)
    assert embargo.held_files(plan, docs, ["de", "en"]) == {"de/held.md", "en/held.md", "photos/held.jpg"}
    free = docs / "de" / "free.md"
    free.write_text(free.read_text(encoding="utf-8").replace("photo:\n", "photo:\n  file: photos/held.jpg\n", 1), encoding="utf-8")
    assert embargo.held_files(plan, docs, ["de", "en"]) == {"de/held.md", "en/held.md"}


def test_make_check_names_pages_that_disagree_on_their_embargo(tmp_path):
    for part in ("docs", "data"):
        subprocess.run(["cp", "-r", str(ROOT / part), str(tmp_path / part)], check=True)
    write_pair(tmp_path / "docs", "2024-03-01-x.md", "embargo: 2099-03-01T10:00:00+01:00\n", languages=("de",))
    write_pair(tmp_path / "docs", "2024-03-01-x.md", "", languages=("en",))
    result = subprocess.run([sys.executable, "-m", "pressroom.check"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 1
    line = with_front_matter(RELEASE_DE, "embargo: x\n").splitlines().index("embargo: x") + 1
    assert (
        f"docs/en/2024-03-01-x.md:1: Hier fehlt die Sperrfrist, die docs/de/2024-03-01-x.md hat (2099-03-01T10:00:00+01:00, Zeile {line}). "
        "Beide Seiten bleiben bis dahin gesperrt. Bitte auf beiden Seiten eintragen."
        in result.stdout.splitlines()
    )
