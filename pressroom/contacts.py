"""The shared contact data (data/contacts.yml): its schema and its loading, one line per problem.

Organisations and people are written once for both languages; pages refer to them by key.
`load_data_file` loads any YAML data file under data/ against a schema of pressroom/validation.py.
"""

from __future__ import annotations

from pathlib import Path

from . import messages
from .front_matter import Document, YamlSyntaxError, parse_yaml
from .validation import DATA_FILE, FrontMatterError, ListOf, MapOf, Mapping, Ref, _Validator, phone, text, url
from .wording import DEFAULT_LANGUAGE

__all__ = ["DATA_FILE", "ContactDataError", "load_contacts", "load_data_document", "load_data_file"]

LOCALISED = Mapping({"de": text, "en": text})

ORGANISATION = Mapping(
    {
        "short": text,
        "name": text,
        "name_lines": ListOf(text),
        "name_en": text,
        "department": text,
        "street": text,
        "postcode": text,
        "city": text,
        "web": url,
        "email": text,
        "phone": phone,
        "fax": phone,
        "directions": LOCALISED,
        "email_note": LOCALISED,
    },
    optional=frozenset(
        {"short", "name_lines", "name_en", "department", "postcode", "city", "web", "email", "phone", "fax", "directions", "email_note"}
    ),
)

PERSON = Mapping(
    {"name": text, "organisation": Ref("organisations"), "role": LOCALISED, "phone": phone, "fax": phone, "email": text},
    optional=frozenset({"fax"}),
)


class ContactDataError(Exception):
    """The contact data file is unusable: its problems, each naming file and line; one line in all."""

    def __init__(self, errors: list[FrontMatterError]) -> None:
        super().__init__(self.text(DEFAULT_LANGUAGE, errors))
        self.errors = errors

    def text(self, lang: str = DEFAULT_LANGUAGE, errors: list[FrontMatterError] | None = None) -> str:
        return "; ".join(error.text(lang) for error in (self.errors if errors is None else errors))


def load_contacts(path: Path, shown_as: str | None = None) -> dict:
    """Load and validate the contact data file; raise ContactDataError with all problems."""
    return load_data_file(path, Mapping({"organisations": MapOf(ORGANISATION), "people": MapOf(PERSON)}), shown_as)


def load_data_file(path: Path, spec: Mapping, shown_as: str | None = None) -> dict:
    """Load a YAML data file under data/ and check it against `spec`; raise ContactDataError with all problems."""
    return load_data_document(path, spec, shown_as).data


def load_data_document(path: Path, spec: Mapping, shown_as: str | None = None) -> Document:
    """As load_data_file, with the file's lines (front_matter.Document)."""
    shown = shown_as or str(path)
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContactDataError([FrontMatterError(shown, 0, "", messages.DATA_FILE_MISSING())]) from None
    except UnicodeDecodeError as error:
        raise ContactDataError([FrontMatterError(shown, 0, "", messages.NOT_UTF8(byte=error.start))]) from None
    try:
        doc = parse_yaml(source)
    except YamlSyntaxError as error:
        raise ContactDataError([FrontMatterError(shown, error.line, "", error.problem.message(messages.THE_FILE))]) from None
    validator = _Validator(shown, doc, doc.data if isinstance(doc.data, dict) else {}, shown, messages.THE_FILE)
    validator.check(spec, doc.data, ())
    if validator.errors:
        raise ContactDataError(validator.errors)
    return doc
