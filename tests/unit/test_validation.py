"""Front matter validation: each kind of error gives one line naming file, line, key and expectation."""

from pathlib import Path

import pytest

from pressroom import contacts, validation
from pressroom.devsite import RELEASE

from pressroom.devsite import ROOT
CONTACTS = contacts.load_contacts(ROOT / "data" / "contacts.yml")
RELEASE_DE = (ROOT / "docs" / "de" / f"{RELEASE}.md").read_text(encoding="utf-8")


def errors_of(source: str, lang: str = "de") -> list[str]:
    return [error.text(lang) for error in validation.validate_page("docs/de/index.md", source, CONTACTS)[1]]


def line_of(source: str, start: str) -> int:
    return next(number for number, line in enumerate(source.splitlines(), 1) if line.startswith(start))


@pytest.mark.parametrize("page", [f"de/{RELEASE}.md", f"en/{RELEASE}.md", "de/index.md", "en/index.md", "de/impressum.md", "en/datenschutz.md"])
def test_the_real_pages_are_valid(page):
    source = (ROOT / "docs" / page).read_text(encoding="utf-8")
    assert validation.validate_page(page, source, CONTACTS)[1] == []


def test_missing_key():
    source = RELEASE_DE.replace("place: Dresden\n", "")
    assert errors_of(source) == ["docs/de/index.md:2: Das Feld `place` fehlt. Bitte ergänzen."]
    assert errors_of(source, "en") == ["docs/de/index.md:2: The field `place` is missing. Please add it."]


def test_misspelled_key_names_the_line_and_the_likely_key_once():
    source = RELEASE_DE.replace("subtitle:", "subtitel:")
    line = line_of(source, "subtitel:")
    assert errors_of(source) == [
        f"docs/de/index.md:{line}: Das Feld `subtitel` gibt es nicht. Gemeint ist wohl `subtitle`: Bitte umbenennen."
    ]
    assert errors_of(source, "en") == [
        f"docs/de/index.md:{line}: There is no field `subtitel`. Did you mean `subtitle`? Please rename it."
    ]
    [error] = validation.validate_page("x.md", source, CONTACTS)[1]
    assert (error.key, error.field) == ("subtitel", "subtitle"), "it concerns the field meant"


def test_an_unknown_key_without_a_likely_one_lists_the_fields():
    [error] = errors_of("---\ntitle: T\ndescription: D\nfoo: 1\n---\nText\n")
    assert error == "docs/de/index.md:4: Das Feld `foo` gibt es nicht. Möglich sind `template`, `title`, `description`, `publisher` und `differences`."


def test_a_misspelt_key_beside_the_right_one_is_just_unknown():
    source = RELEASE_DE.replace("subtitle:", "subtitel: x\nsubtitle:")
    assert errors_of(source) == [
        f"docs/de/index.md:{line_of(source, 'subtitel:')}: Das Feld `subtitel` gibt es nicht. Gemeint ist wohl `subtitle`."
    ]


def test_wrong_type():
    source = RELEASE_DE.replace("key_figures:\n", "key_figures: 4\nold_key_figures:\n")
    found = errors_of(source)
    line = line_of(source, "key_figures:")
    assert (
        f"docs/de/index.md:{line}: Im Feld `key_figures` muss eine Liste stehen "
        "(jeder Eintrag in einer Zeile, die mit `- ` beginnt); hier steht eine Zahl."
    ) in found


def test_wrong_type_inside_a_list():
    source = RELEASE_DE.replace("  - value: über 650\n", "  - value: [650]\n")
    line = line_of(source, "  - value: [650]")
    assert errors_of(source) == [f"docs/de/index.md:{line}: Im Feld `key_figures[1].value` muss ein Text stehen; hier steht eine Liste."]
    assert errors_of(source, "en") == [f"docs/de/index.md:{line}: The field `key_figures[1].value` must hold a text; here it holds a list."]


def test_an_empty_field():
    source = RELEASE_DE.replace("place: Dresden", "place:")
    assert errors_of(source) == [f"docs/de/index.md:{line_of(source, 'place:')}: Im Feld `place` fehlt der Text. Bitte ausfüllen."]


@pytest.mark.parametrize(
    "written, german, english",
    [
        ("2023-13-10", "Das Datum 2023-13-10 im Feld `date` gibt es nicht: Ein Jahr hat 12 Monate. Bitte korrigieren.",
         "There is no date 2023-13-10 (field `date`): a year has 12 months. Please correct it."),
        ("10.11.2023", "Im Feld `date` steht »10.11.2023«; ein Datum wird als JJJJ-MM-TT geschrieben. Bitte `2023-11-10` schreiben.",
         "The field `date` holds “10.11.2023”; a date is written YYYY-MM-DD. Please write `2023-11-10`."),
        ("11/10/2023", "Im Feld `date` steht »11/10/2023«; ein Datum wird als JJJJ-MM-TT geschrieben, z. B. `2023-11-10`.",
         "The field `date` holds “11/10/2023”; a date is written YYYY-MM-DD, e.g. `2023-11-10`."),
        ("2023-11-31", "Das Datum 2023-11-31 im Feld `date` gibt es nicht: Der November 2023 hat 30 Tage. Bitte korrigieren.",
         "There is no date 2023-11-31 (field `date`): November 2023 has 30 days. Please correct it."),
        ("2024-02-30", "Das Datum 2024-02-30 im Feld `date` gibt es nicht: Der Februar 2024 hat 29 Tage. Bitte korrigieren.",
         "There is no date 2024-02-30 (field `date`): February 2024 has 29 days. Please correct it."),
    ],
)
def test_malformed_date(written, german, english):
    source = RELEASE_DE.replace("date: 2023-11-10", f"date: {written}")
    line = line_of(source, "date:")
    assert errors_of(source) == [f"docs/de/index.md:{line}: {german}"]
    assert errors_of(source, "en") == [f"docs/de/index.md:{line}: {english}"]


def test_contact_missing_from_the_data_file():
    source = RELEASE_DE.replace("contact: jungmann", "contact: jungman")
    line = line_of(source, "contact:")
    assert errors_of(source) == [
        f"docs/de/index.md:{line}: Im Feld `contact` steht »jungman«, das es unter `people` in data/contacts.yml nicht gibt. "
        "Gemeint ist wohl »jungmann«."
    ]
    unlike = RELEASE_DE.replace("contact: jungmann", "contact: xyz")
    assert errors_of(unlike, "en") == [
        f"docs/de/index.md:{line}: The field `contact` names “xyz”, which is not under `people` in data/contacts.yml. "
        "Known entries: “jungmann”."
    ]


def test_description_longer_than_160_characters():
    source = RELEASE_DE.replace("description: Der", "description: " + "x" * 150 + " Der")
    [error] = errors_of(source)
    length = len(source.splitlines()[line_of(source, "description:") - 1].removeprefix("description: "))
    assert error == (
        f"docs/de/index.md:{line_of(source, 'description:')}: Das Feld `description` ist {length} Zeichen lang, "
        "erlaubt sind höchstens 160. Bitte kürzen."
    )


def test_malformed_yaml_names_the_line():
    source = RELEASE_DE.replace("place: Dresden", "place: [Dresden")
    [error] = errors_of(source)
    assert error.startswith("docs/de/index.md:") and "Der Kopfbereich ist kein gültiges YAML (" in error


def test_unknown_template():
    source = RELEASE_DE.replace("template: release.html", "template: relase.html")
    assert errors_of(source) == ["docs/de/index.md:2: Die Vorlage »relase.html« im Feld `template` gibt es nicht. Gemeint ist wohl »release.html«."]
    other = RELEASE_DE.replace("template: release.html", "template: pressemitteilung")
    assert errors_of(other, "en") == [
        "docs/de/index.md:2: There is no template “pressemitteilung” (field `template`). "
        "Choose one of “home.html”, “legal.html”, “release.html”, and “search-page.html”."
    ]


def test_own_translation_must_name_a_field():
    source = RELEASE_DE.replace("  - photo.caption", "  - photo.captoin")
    line = line_of(source, "  - photo.captoin")
    assert errors_of(source) == [
        f"docs/de/index.md:{line}: Unter `own_translation` steht »photo.captoin«, aber ein solches Feld hat diese Seite nicht. "
        "Bitte den Feldnamen prüfen, z. B. `photo.caption`."
    ]


def test_misspelled_template_key_is_caught_on_a_plain_page():
    assert errors_of("---\ntempalte: release.html\ntitle: T\ndescription: D\n---\nText\n") == [
        "docs/de/index.md:2: Das Feld `tempalte` gibt es nicht. Gemeint ist wohl `template`: Bitte umbenennen."
    ]


def test_too_few_entries_in_the_singular():
    source = RELEASE_DE.replace("key_figures:\n", "key_figures: []\nold:\n")
    line = line_of(source, "key_figures:")
    assert f"docs/de/index.md:{line}: Das Feld `key_figures` braucht mindestens 1 Eintrag. Bitte ergänzen." in errors_of(source)
    assert f"docs/de/index.md:{line}: The field `key_figures` needs at least 1 entry. Please add it." in errors_of(source, "en")


def test_page_without_front_matter_is_not_checked():
    assert errors_of("# Just a page\n") == []


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda s: s.replace("    organisation: smwa", "    organisation: smaw"),
         "Im Feld `people.jungmann.organisation` steht »smaw«, das es unter `organisations` in data/contacts.yml nicht gibt. Gemeint ist wohl »smwa«."),
        (lambda s: s.replace("  jungmann:\n    name: Jens Jungmann\n", "  jungmann:\n"), "Das Feld `people.jungmann.name` fehlt."),
        (lambda s: s.replace("organisations:", "organisations: [", 1), "Die Datei ist kein gültiges YAML"),
        (lambda s: s.replace('phone: "+49 351 564 80600"', 'phone: "+49 351 564 806000000000"'),
         "»+49 351 564 806000000000« im Feld `people.jungmann.phone` ist keine"),
        (lambda s: s.replace('phone: "+49 351 564 80600"', 'phone: "Durchwahl 600"'),
         "»Durchwahl 600« im Feld `people.jungmann.phone` ist keine Telefonnummer: Bitte nur Ziffern, Leerzeichen und + ( ) - / schreiben."),
    ],
)
def test_contact_data_errors(tmp_path, change, expected):
    data = tmp_path / "contacts.yml"
    data.write_text(change((ROOT / "data" / "contacts.yml").read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(contacts.ContactDataError) as raised:
        contacts.load_contacts(data, shown_as="data/contacts.yml")
    message = str(raised.value)
    assert message.startswith("data/contacts.yml:") and expected in message and "\n" not in message


def test_an_invalid_phone_number_names_its_line(tmp_path):
    source = (ROOT / "data" / "contacts.yml").read_text(encoding="utf-8").replace('phone: "+49 351 564 80600"', 'phone: "+49 351 12"')
    data = tmp_path / "contacts.yml"
    data.write_text(source, encoding="utf-8")
    with pytest.raises(contacts.ContactDataError) as raised:
        contacts.load_contacts(data, shown_as="data/contacts.yml")
    line = source[: source.index('"+49 351 12"')].count("\n") + 1
    assert str(raised.value).startswith(f"data/contacts.yml:{line}: »+49 351 12« im Feld `people.jungmann.phone` ist keine")
    assert raised.value.text("en").startswith(f"data/contacts.yml:{line}: “+49 351 12” in the field `people.jungmann.phone` is not")


def test_a_missing_contact_data_file(tmp_path):
    with pytest.raises(contacts.ContactDataError) as raised:
        contacts.load_contacts(tmp_path / "none.yml", shown_as="data/none.yml")
    assert str(raised.value) == "data/none.yml: Die Datei mit den Kontaktdaten gibt es nicht."
    assert raised.value.text("en") == "data/none.yml: The contact data file does not exist."
