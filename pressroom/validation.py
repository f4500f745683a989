"""Validation of the pages' front matter against its schemas, and the schema language the data files use.

Pure code with no MkDocs import: the MkDocs hook (hooks/release_hook.py) and the tests call it.
Every problem is a `FrontMatterError` naming the file, the line and what was expected.
"""

from __future__ import annotations

import difflib
import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from . import messages, phones
from .front_matter import Document, read_page_source
from .messages import CODE, QUOTED, found
from .wording import DEFAULT_LANGUAGE, Message, Text

DATA_FILE = "data/contacts.yml"


@dataclass(frozen=True)
class FrontMatterError:
    """One problem: the file, the line (0: the file as a whole), the key path as written,
    the message, and the top-level field it concerns (of a misspelt key: the field meant)."""

    path: str
    line: int
    key: str
    message: Message
    field: str = ""

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message.text(lang)}"

    def __str__(self) -> str:
        return self.text()


# --- the schema -------------------------------------------------------------------------

# A value's check: None, or the problem as a Message whose {field} the validator fills in.
Check = Callable[[Any], "Message | None"]


def text(value: Any) -> Message | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return messages.FIELD_EMPTY()
    if not isinstance(value, str):
        return messages.FIELD_NOT_TEXT(found=found(value))
    return None


def short_text(limit: int) -> Check:
    def check(value: Any) -> Message | None:
        problem = text(value)
        if problem is None and len(value) > limit:
            return messages.FIELD_TOO_LONG(n=len(value), limit=limit)
        return problem

    return check


_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def iso_date(value: Any) -> Message | None:
    if value is None or value == "":
        return messages.FIELD_EMPTY()
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        german = _GERMAN_DATE.fullmatch(value) if isinstance(value, str) else None
        if german:
            day, month, year = (int(part) for part in german.groups())
            fix = f"{year:04d}-{month:02d}-{day:02d}"
            if iso_date(fix) is None:
                return messages.DATE_NOT_ISO_FIX(value=value, fix=fix)
        return messages.DATE_NOT_ISO(value=value)
    try:
        date.fromisoformat(value)
    except ValueError:
        year, month, _ = (int(part) for part in value.split("-"))
        if not 1 <= month <= 12:
            return messages.DATE_NO_SUCH_MONTH(value=value)
        if year >= 1:
            return messages.DATE_NO_SUCH_DAY(value=value, month=_month_name(month), year=year, days=monthrange(year, month)[1])
        return messages.DATE_INVALID(value=value)
    return None


def _month_name(month: int) -> Text:
    from babel.dates import get_month_names

    return Text(de=get_month_names("wide", locale="de")[month], en=get_month_names("wide", locale="en")[month])


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


def iso_instant(value: Any) -> Message | None:
    """A moment as an embargo names it: date, time and the offset from UTC, so it means one instant."""
    if not isinstance(value, str) or not value.strip():
        return text(value)
    match = _INSTANT.fullmatch(value)
    if not match:
        return messages.EMBARGO_NOT_INSTANT(value=value, example=INSTANT_EXAMPLE)
    if not match.group(3):
        return messages.EMBARGO_NO_OFFSET(value=value, example=INSTANT_EXAMPLE)
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return messages.EMBARGO_NO_SUCH_TIME(value=value)
    return None


def phone(value: Any) -> Message | None:
    return text(value) or phones.problem(value)


def url(value: Any) -> Message | None:
    if value is None or value == "":
        return messages.FIELD_EMPTY()
    if not isinstance(value, str) or not re.match(r"https?://\S+$", value):
        return messages.URL_EXPECTED(value=value)
    return None


def template_name(value: Any) -> Message | None:
    if not isinstance(value, str) or value not in TEMPLATES:
        return messages.UNKNOWN_TEMPLATE(value=value, hint=_hint(str(value), sorted(TEMPLATES), QUOTED, messages.CHOICES))
    return None


def _hint(value: str, options: list[str], quote: Text, choices: Text) -> Message:
    """"Did you mean …?" with the closest option, else the options."""
    close = difflib.get_close_matches(value, options, n=1)
    if close:
        return messages.DID_YOU_MEAN(suggestion=quote(value=close[0]))
    if not options:
        return messages.NONE_KNOWN()
    return choices(choices=[quote(value=option) for option in options])


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
        # `file`: an image below docs/photos/ (pressroom/photos.py); `alt` is required with it.
        "photo": Mapping(
            {"title": text, "file": text, "caption": text, "credit": text, "license": text, "alt": text},
            frozenset({"caption", "title", "file", "license", "alt"}),
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
TEMPLATES = {"release.html": RELEASE, "legal.html": PAGE, "home.html": PAGE, "search-page.html": PAGE}


def _dotted(keypath: tuple) -> str:
    return ".".join(str(k) if not isinstance(k, int) else f"[{k}]" for k in keypath).replace(".[", "[")


class _Validator:
    def __init__(self, path: str, doc: Document, contacts: dict | None, data_file: str, what: Text):
        self.path = path
        self.doc = doc
        self.contacts = contacts
        self.data_file = data_file
        self.what = what  # the whole: the front matter, or the data file
        self.errors: list[FrontMatterError] = []

    def report(self, keypath: tuple, message: Message, field: str | None = None) -> None:
        key = _dotted(keypath)
        concerns = field if field is not None else str(keypath[0]) if keypath else ""
        self.errors.append(FrontMatterError(self.path, self.doc.line(keypath), key, message.with_values(field=key), concerns))

    def check(self, spec: Any, value: Any, keypath: tuple) -> None:
        if isinstance(spec, Mapping):
            self.mapping(spec, value, keypath)
        elif isinstance(spec, ListOf):
            if not isinstance(value, list):
                self.report(keypath, messages.LIST_EXPECTED(found=found(value)))
                return
            if len(value) < spec.min_items:
                self.report(keypath, messages.TOO_FEW_ENTRIES(n=spec.min_items))
            for index, item in enumerate(value):
                self.check(spec.item, item, keypath + (index,))
        elif isinstance(spec, MapOf):
            if not isinstance(value, dict) or not value:
                self.report(keypath, messages.ENTRIES_EXPECTED(found=found(value)))
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
            if keypath:
                fields = [CODE(value=key) for key in spec.fields]
                self.report(keypath, messages.FIELDS_EXPECTED(fields=fields, found=found(value)))
            else:
                self.report(keypath, messages.NOT_FIELDS(what=self.what, found=found(value)))
            return
        meant: set[str] = set()  # required keys written misspelt: reported once, as the misspelling
        for key in value:
            if key in spec.fields:
                continue
            close = difflib.get_close_matches(str(key), spec.fields, n=1)
            if close and close[0] not in value:
                meant.add(close[0])
                suggestion = _dotted(keypath + (close[0],))
                field = str((keypath + (close[0],))[0])
                self.report(keypath + (key,), messages.FIELD_MISSPELT(suggestion=suggestion), field)
            else:
                hint = _hint(str(key), list(spec.fields), CODE, messages.CHOICES)
                self.report(keypath + (key,), messages.FIELD_UNKNOWN(hint=hint))
        for key, field in spec.fields.items():
            if key in value:
                self.check(field, value[key], keypath + (key,))
            elif key not in spec.optional and key not in meant:
                self.report(keypath + (key,), messages.FIELD_MISSING())

    def reference(self, spec: Ref, value: Any, keypath: tuple) -> None:
        where = {"section": spec.section, "file": self.data_file}
        if not isinstance(value, str):
            self.report(keypath, messages.REFERENCE_NOT_TEXT(found=found(value), **where))
        elif self.contacts is not None and value not in self.contacts.get(spec.section, {}):
            hint = _hint(value, sorted(self.contacts.get(spec.section, {})), QUOTED, messages.KNOWN)
            self.report(keypath, messages.REFERENCE_UNKNOWN(value=value, hint=hint, **where))


def validate_page(
    path: str, source: str, contacts: dict | None = None, data_file: str = DATA_FILE, docs_dir: Path | None = None
) -> tuple[dict, list[FrontMatterError]]:
    """Validate the front matter of a page; return (the parsed front matter, the errors).

    A page without front matter is not checked; one without `template` is checked as a plain
    page (title, description). `contacts` is the loaded contact data (None: references
    unchecked), read from `data_file` (named in the messages). With `docs_dir`, the file a
    release's `photo.file` names is checked too (found, not too large, readable).
    """
    page = read_page_source(source)
    if page.problem is not None:
        return {}, [FrontMatterError(path, page.problem.line, "", page.problem.message())]
    doc = page.document
    if doc.data is None:
        return {}, []
    validator = _Validator(path, doc, contacts, data_file, messages.THE_FRONT_MATTER)
    if not isinstance(doc.data, dict):
        validator.report((), messages.NOT_FIELDS(what=messages.THE_FRONT_MATTER, found=found(doc.data)))
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
                    validator.report(("own_translation", index), messages.OWN_TRANSLATION_UNKNOWN(value=dotted))
        _check_correction_dates(validator, doc.data)
        _check_photo(validator, doc.data, docs_dir)
    return doc.data, validator.errors


def _check_photo(validator: _Validator, data: dict, docs_dir: Path | None) -> None:
    """A photo file needs its description, and (where `docs_dir` is given) a file that can be published."""
    from . import photos  # Pillow: only for pages with a photo file

    photo = data.get("photo")
    name = photos.source_name(photo)
    if name is None:
        return
    if "alt" not in photo:
        validator.report(("photo", "file"), messages.PHOTO_ALT_MISSING(), "photo")
    if docs_dir is not None:
        problem = photos.problem(docs_dir, name)
        if problem is not None:
            validator.report(("photo", "file"), problem, "photo")


def _check_correction_dates(validator: _Validator, data: dict) -> None:
    """A correction comes after the release it corrects."""
    released = data.get("date")
    corrections = data.get("corrections")
    if iso_date(released) is not None or not isinstance(corrections, list):
        return
    for index, correction in enumerate(corrections):
        day = correction.get("date") if isinstance(correction, dict) else None
        if iso_date(day) is None and day < released:
            validator.report(("corrections", index, "date"), messages.CORRECTION_BEFORE_RELEASE(day=day, released=released))


def _lookup(data: dict, dotted: str) -> Any:
    value: Any = data
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def validate_file(
    path: str | Path, shown: str, contacts: dict | None = None, data_file: str = DATA_FILE, docs_dir: Path | None = None
) -> tuple[dict, list[FrontMatterError]]:
    """validate_page of the file at `path`; a file that is not UTF-8 is a problem on its line 1."""
    try:
        source = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        return {}, [FrontMatterError(shown, 1, "", messages.NOT_UTF8(byte=error.start))]
    return validate_page(shown, source, contacts, data_file, docs_dir)
