"""Validation of the pages' front matter and of the shared contact data against their schemas.

Pure code with no MkDocs import: the MkDocs hook (hooks/release_hook.py) and the tests call it.
Every problem is a `FrontMatterError` naming the file, the line and what was expected.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from . import phones
from .front_matter import Document, YamlSyntaxError, parse_yaml, read_page_source


@dataclass(frozen=True)
class FrontMatterError:
    path: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.key}: " if self.key else ""
        return f"{self.path}:{self.line}: {where}{self.message}"


# --- the schema -------------------------------------------------------------------------

Check = Callable[[Any], "str | None"]


def text(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return "expected a non-empty text"
    return None


def short_text(limit: int) -> Check:
    def check(value: Any) -> str | None:
        problem = text(value)
        if problem is None and len(value) > limit:
            return f"expected at most {limit} characters, found {len(value)}"
        return problem

    return check


def iso_date(value: Any) -> str | None:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return f"expected a date as YYYY-MM-DD (ISO 8601), found {value!r}"
    try:
        date.fromisoformat(value)
    except ValueError as error:
        return f"expected a valid date as YYYY-MM-DD, found {value!r} ({error})"
    return None


# A date and a time of day, with seconds and fractions optional, and the UTC offset (or Z) after it.
_INSTANT = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)(Z|[+-]\d{2}:\d{2})?")
INSTANT_EXAMPLE = "2024-03-01T10:00:00+01:00"


def instant(value: Any) -> datetime | None:
    """The moment an ISO 8601 date and time with UTC offset names, or None for anything else."""
    match = _INSTANT.fullmatch(value) if isinstance(value, str) else None
    if not match or not match.group(3):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def iso_instant(value: Any) -> str | None:
    """A moment as an embargo names it: date, time and the offset from UTC, so it means one instant."""
    match = _INSTANT.fullmatch(value) if isinstance(value, str) else None
    if not match:
        return f"expected a date and time with UTC offset such as {INSTANT_EXAMPLE}, found {value!r}"
    if not match.group(3):
        return (
            f"{value!r} has no UTC offset: add +01:00 (German winter time) or +02:00 (summer time), "
            f"as in {INSTANT_EXAMPLE}"
        )
    try:
        datetime.fromisoformat(value)
    except ValueError as error:
        return f"expected a valid date and time, found {value!r} ({error})"
    return None


def phone(value: Any) -> str | None:
    return text(value) or phones.problem(value)


def url(value: Any) -> str | None:
    if not isinstance(value, str) or not re.match(r"https?://\S+$", value):
        return f"expected an http(s) address, found {value!r}"
    return None


def template_name(value: Any) -> str | None:
    if value not in TEMPLATES:
        return f"expected one of {', '.join(sorted(TEMPLATES))}, found {value!r}"
    return None


@dataclass(frozen=True)
class Ref:
    """A key into a section of the contact data file (organisations or people)."""

    section: str


@dataclass(frozen=True)
class Mapping:
    fields: dict[str, Any]
    optional: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ListOf:
    item: Any
    min_items: int = 0


@dataclass(frozen=True)
class MapOf:
    """A mapping of free keys (entry names) to values of one schema."""

    item: Any


DIFFERENCE = Mapping({"check": text, "text": text, "reason": text})

RELEASE = Mapping(
    {
        "template": template_name,
        "title": text,
        "subtitle": text,
        "description": short_text(160),
        "date": iso_date,
        "place": text,
        "publisher": Ref("organisations"),
        "contact": Ref("people"),
        "source": Ref("organisations"),
        "key_figures": ListOf(Mapping({"value": text, "label": text}), min_items=1),
        "photo": Mapping(
            {"title": text, "caption": text, "credit": text, "licence": text, "alt": text}, frozenset({"caption", "title", "licence"})
        ),
        "links": ListOf(Mapping({"title": text, "url": url}, frozenset({"url"}))),
        "own_translation": ListOf(text),
        "differences": ListOf(DIFFERENCE),
        # Not published before this moment (pressroom/embargo.py).
        "embargo": iso_instant,
        # Changes after publication, each shown on the page with its date.
        "corrections": ListOf(Mapping({"date": iso_date, "text": text}), min_items=1),
    },
    optional=frozenset({"source", "links", "own_translation", "differences", "embargo", "corrections"}),
)

PAGE = Mapping(
    {
        "template": template_name,
        "title": text,
        "description": short_text(160),
        "publisher": Ref("organisations"),
        "differences": ListOf(DIFFERENCE),
    },
    optional=frozenset({"template", "publisher", "differences"}),
)

# The page templates in overrides/ and the schema of each page that uses them.
TEMPLATES = {"release.html": RELEASE, "legal.html": PAGE, "home.html": PAGE}


def _type_name(value: Any) -> str:
    return {dict: "a mapping", list: "a list", str: "a text"}.get(type(value), type(value).__name__)


class _Validator:
    def __init__(self, path: str, doc: Document, contacts: dict | None):
        self.path = path
        self.doc = doc
        self.contacts = contacts
        self.errors: list[FrontMatterError] = []

    def report(self, keypath: tuple, message: str) -> None:
        key = ".".join(str(k) if not isinstance(k, int) else f"[{k}]" for k in keypath).replace(".[", "[")
        self.errors.append(FrontMatterError(self.path, self.doc.line(keypath), key, message))

    def check(self, spec: Any, value: Any, keypath: tuple) -> None:
        if isinstance(spec, Mapping):
            self.mapping(spec, value, keypath)
        elif isinstance(spec, ListOf):
            if not isinstance(value, list):
                self.report(keypath, f"expected a list, found {_type_name(value)}")
                return
            if len(value) < spec.min_items:
                self.report(keypath, f"expected at least {spec.min_items} item(s)")
            for index, item in enumerate(value):
                self.check(spec.item, item, keypath + (index,))
        elif isinstance(spec, MapOf):
            if not isinstance(value, dict) or not value:
                self.report(keypath, f"expected a mapping of named entries, found {_type_name(value)}")
                return
            for key, item in value.items():
                self.check(spec.item, item, keypath + (key,))
        elif isinstance(spec, Ref):
            self.reference(spec, value, keypath)
        else:
            problem = spec(value)
            if problem:
                self.report(keypath, problem)

    def mapping(self, spec: Mapping, value: Any, keypath: tuple) -> None:
        if not isinstance(value, dict):
            self.report(keypath, f"expected a mapping with keys {', '.join(spec.fields)}, found {_type_name(value)}")
            return
        for key in value:
            if key not in spec.fields:
                close = difflib.get_close_matches(str(key), spec.fields, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else f" (expected one of {', '.join(spec.fields)})"
                self.report(keypath + (key,), f"unknown key{hint}")
        for key, field in spec.fields.items():
            if key in value:
                self.check(field, value[key], keypath + (key,))
            elif key not in spec.optional:
                self.report(keypath + (key,), "missing required key")

    def reference(self, spec: Ref, value: Any, keypath: tuple) -> None:
        if not isinstance(value, str):
            self.report(keypath, f"expected the key of an entry in {spec.section} of the contact data, found {_type_name(value)}")
        elif self.contacts is not None and value not in self.contacts.get(spec.section, {}):
            known = ", ".join(sorted(self.contacts.get(spec.section, {}))) or "none"
            self.report(keypath, f"'{value}' is not in {spec.section} of the contact data (known: {known})")


def validate_page(path: str, source: str, contacts: dict | None = None) -> tuple[dict, list[FrontMatterError]]:
    """Validate the front matter of a page; return (the parsed front matter, the errors).

    A page without front matter is not checked; one without `template` is checked as a plain
    page (title, description). `contacts` is the loaded contact data (None: references unchecked).
    """
    page = read_page_source(source)
    if page.problem is not None:
        return {}, [FrontMatterError(path, page.problem.line, "", page.problem.text())]
    doc = page.document
    if doc.data is None:
        return {}, []
    validator = _Validator(path, doc, contacts)
    if not isinstance(doc.data, dict):
        validator.report((), f"front matter must be a mapping of keys, found {_type_name(doc.data)}")
        return {}, validator.errors
    template = doc.data.get("template")
    # A page without a template is a plain page: title and description, like the legal pages.
    spec = PAGE if "template" not in doc.data else TEMPLATES.get(template) if isinstance(template, str) else None
    if spec is None:
        validator.check(template_name, template, ("template",))
    if spec is not None:
        validator.check(spec, doc.data, ())
        own = doc.data.get("own_translation")
        if isinstance(own, list):
            for index, dotted in enumerate(own):
                if isinstance(dotted, str) and _lookup(doc.data, dotted) is None:
                    validator.report(("own_translation", index), f"'{dotted}' names no field of this page")
        _check_correction_dates(validator, doc.data)
    return doc.data, validator.errors


def _check_correction_dates(validator: _Validator, data: dict) -> None:
    """A correction comes after the release it corrects."""
    released = data.get("date")
    corrections = data.get("corrections")
    if iso_date(released) is not None or not isinstance(corrections, list):
        return
    for index, correction in enumerate(corrections):
        day = correction.get("date") if isinstance(correction, dict) else None
        if iso_date(day) is None and day < released:
            validator.report(("corrections", index, "date"), f"{day} is before the release's date {released}")


def _lookup(data: dict, dotted: str) -> Any:
    value: Any = data
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


# --- the contact data file ----------------------------------------------------------------

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
    """The contact data file is unusable; the message is one line naming file and line."""


def load_contacts(path: Path, shown_as: str | None = None) -> dict:
    """Load and validate the contact data file; raise ContactDataError with all problems."""
    shown = shown_as or str(path)
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContactDataError(f"{shown}: the contact data file does not exist") from None
    except UnicodeDecodeError as error:
        raise ContactDataError(f"{shown}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    try:
        doc = parse_yaml(source)
    except YamlSyntaxError as error:
        raise ContactDataError(f"{shown}:{error.line}: {error.problem.text()}") from None
    validator = _Validator(shown, doc, doc.data if isinstance(doc.data, dict) else {})
    spec = Mapping({"organisations": MapOf(ORGANISATION), "people": MapOf(PERSON)})
    validator.check(spec, doc.data, ())
    if validator.errors:
        raise ContactDataError("; ".join(str(error) for error in validator.errors))
    return doc.data
