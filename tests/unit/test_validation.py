"""Front matter validation: each kind of error gives one line naming file, line, key and expectation."""

from pathlib import Path

import pytest

from pressroom import validation
from pressroom.devsite import RELEASE

from pressroom.devsite import ROOT
CONTACTS = validation.load_contacts(ROOT / "data" / "contacts.yml")
RELEASE_DE = (ROOT / "docs" / "de" / f"{RELEASE}.md").read_text(encoding="utf-8")


def errors_of(source: str) -> list[str]:
    return [str(error) for error in validation.validate_page("docs/de/index.md", source, CONTACTS)[1]]


def line_of(source: str, start: str) -> int:
    return next(number for number, line in enumerate(source.splitlines(), 1) if line.startswith(start))


@pytest.mark.parametrize("page", [f"de/{RELEASE}.md", f"en/{RELEASE}.md", "de/index.md", "en/index.md", "de/impressum.md", "en/datenschutz.md"])
def test_the_real_pages_are_valid(page):
    source = (ROOT / "docs" / page).read_text(encoding="utf-8")
    assert validation.validate_page(page, source, CONTACTS)[1] == []


def test_missing_key():
    source = RELEASE_DE.replace("place: Dresden\n", "")
    assert errors_of(source) == ["docs/de/index.md:2: place: missing required key"]


def test_misspelled_key_names_the_line_and_the_likely_key():
    source = RELEASE_DE.replace("subtitle:", "subtitel:")
    line = line_of(source, "subtitel:")
    assert errors_of(source) == [
        f"docs/de/index.md:{line}: subtitel: unknown key (did you mean 'subtitle'?)",
        "docs/de/index.md:2: subtitle: missing required key",
    ]


def test_wrong_type():
    source = RELEASE_DE.replace("key_figures:\n", "key_figures: 4\nold_key_figures:\n")
    found = errors_of(source)
    assert f"docs/de/index.md:{line_of(source, 'key_figures:')}: key_figures: expected a list, found int" in found


def test_wrong_type_inside_a_list():
    source = RELEASE_DE.replace("  - value: über 650\n", "  - value: [650]\n")
    assert errors_of(source) == [
        f"docs/de/index.md:{line_of(source, '  - value: [650]')}: key_figures[1].value: expected a non-empty text"
    ]


@pytest.mark.parametrize(
    "written, expected",
    [
        ("2023-13-10", "expected a valid date as YYYY-MM-DD, found '2023-13-10' (month must be in 1..12)"),
        ("10.11.2023", "expected a date as YYYY-MM-DD (ISO 8601), found '10.11.2023'"),
        ("2023-11-31", "expected a valid date as YYYY-MM-DD, found '2023-11-31' (day is out of range for month)"),
    ],
)
def test_malformed_date(written, expected):
    source = RELEASE_DE.replace("date: 2023-11-10", f"date: {written}")
    assert errors_of(source) == [f"docs/de/index.md:{line_of(source, 'date:')}: date: {expected}"]


def test_contact_missing_from_the_data_file():
    source = RELEASE_DE.replace("contact: jungmann", "contact: jungman")
    assert errors_of(source) == [
        f"docs/de/index.md:{line_of(source, 'contact:')}: contact: 'jungman' is not in people of the contact data (known: jungmann)"
    ]


def test_description_longer_than_160_characters():
    source = RELEASE_DE.replace("description: Der", "description: " + "x" * 150 + " Der")
    [error] = errors_of(source)
    assert error.startswith(f"docs/de/index.md:{line_of(source, 'description:')}: description: expected at most 160 characters")


def test_malformed_yaml_names_the_line():
    source = RELEASE_DE.replace("place: Dresden", "place: [Dresden")
    [error] = errors_of(source)
    assert error.startswith("docs/de/index.md:") and "malformed YAML" in error


def test_unknown_template():
    source = RELEASE_DE.replace("template: release.html", "template: relase.html")
    assert errors_of(source) == [
        "docs/de/index.md:2: template: expected one of home.html, legal.html, release.html, found 'relase.html'"
    ]


def test_own_translation_must_name_a_field():
    source = RELEASE_DE.replace("  - photo.caption", "  - photo.captoin")
    assert errors_of(source) == [
        f"docs/de/index.md:{line_of(source, '  - photo.captoin')}: own_translation[0]: 'photo.captoin' names no field of this page"
    ]


def test_misspelled_template_key_is_caught_on_a_plain_page():
    assert errors_of("---\ntempalte: release.html\ntitle: T\ndescription: D\n---\nText\n") == [
        "docs/de/index.md:2: tempalte: unknown key (did you mean 'template'?)"
    ]


def test_page_without_front_matter_is_not_checked():
    assert errors_of("# Just a page\n") == []


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda s: s.replace("    organisation: smwa", "    organisation: smaw"), "people.jungmann.organisation: 'smaw' is not in organisations"),
        (lambda s: s.replace("  jungmann:\n    name: Jens Jungmann\n", "  jungmann:\n"), "people.jungmann.name: missing required key"),
        (lambda s: s.replace("organisations:", "organisations: [", 1), "malformed YAML"),
        (lambda s: s.replace('phone: "+49 351 564 80600"', 'phone: "+49 351 564 806000000000"'), "people.jungmann.phone: '+49 351 564 806000000000' is not a phone number"),
        (lambda s: s.replace('phone: "+49 351 564 80600"', 'phone: "Durchwahl 600"'), "people.jungmann.phone: 'Durchwahl 600' is not a phone number (write only digits"),
    ],
)
def test_contact_data_errors(tmp_path, change, expected):
    data = tmp_path / "contacts.yml"
    data.write_text(change((ROOT / "data" / "contacts.yml").read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(validation.ContactDataError) as raised:
        validation.load_contacts(data, shown_as="data/contacts.yml")
    message = str(raised.value)
    assert message.startswith("data/contacts.yml:") and expected in message and "\n" not in message


def test_an_invalid_phone_number_names_its_line(tmp_path):
    source = (ROOT / "data" / "contacts.yml").read_text(encoding="utf-8").replace('phone: "+49 351 564 80600"', 'phone: "+49 351 12"')
    data = tmp_path / "contacts.yml"
    data.write_text(source, encoding="utf-8")
    with pytest.raises(validation.ContactDataError) as raised:
        validation.load_contacts(data, shown_as="data/contacts.yml")
    line = source[: source.index('"+49 351 12"')].count("\n") + 1
    assert str(raised.value).startswith(f"data/contacts.yml:{line}: people.jungmann.phone: ")
