"""The legal pages' facts that the sources do not give (data/legal.yml): a name, an e-mail
address, the date of the last accessibility review. Never invented: each is a field, empty
until the ministry confirms it.

A page names a field as `[[legal.<field>]]` in its Markdown. Filled in, the marker becomes
the value (an e-mail address a mailto link, a web address a link, a date in the page's
language). Not filled in, the preview shows a marked gap in its place, and every other build
leaves out the marker's line, the sentence with the gap, never an empty slot (nor a heading
left over nothing). `gaps` lists
the fields not filled in, for `--status` and `make check`. No MkDocs import.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from markupsafe import Markup

from . import messages
from .contacts import load_data_document
from .front_matter import Document
from .site_context import long_date
from .validation import Mapping, iso_date, text, url
from .wording import Message

LEGAL_FILE = "data/legal.yml"
LANGUAGES = ("de", "en")

# Every field, by its dotted name, and its kind: how it is checked and shown. A "localised"
# field has a value per language (`role: {de: …, en: …}`); a page names it without the language.
FIELDS = {
    "representative.name": "text",
    "responsible.name": "text",
    "responsible.role": "localised",
    "data_protection_officer.email": "email",
    "supervisory_authority.postal_address": "text",
    "supervisory_authority.visitor_address": "text",
    "supervisory_authority.email": "email",
    "supervisory_authority.web": "url",
    "enforcement_body.address": "text",
    "enforcement_body.email": "email",
    "enforcement_body.web": "url",
    "accessibility_statement.created": "date",
    "accessibility_statement.reviewed": "date",
}

MARKER = re.compile(r"\[\[legal\.([A-Za-z0-9_.]+)\]\]")


def _unfilled(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _or_gap(check: Callable[[Any], Message | None]) -> Callable[[Any], Message | None]:
    """`check`, where an empty value is a gap, not a mistake."""
    return lambda value: None if _unfilled(value) else check(value)


_CHECKS = {"text": text, "email": text, "url": url, "date": iso_date}


def _spec() -> Mapping:
    tree: dict = {}
    for dotted, kind in FIELDS.items():
        *parents, leaf = dotted.split(".")
        node = tree
        for parent in parents:
            node = node.setdefault(parent, {})
        node[leaf] = Mapping({lang: _or_gap(text) for lang in LANGUAGES}) if kind == "localised" else _or_gap(_CHECKS[kind])

    def mapping(node: dict) -> Mapping:
        return Mapping({key: mapping(value) if isinstance(value, dict) else value for key, value in node.items()})

    return mapping(tree)


SPEC = _spec()


@dataclass(frozen=True)
class Gap:
    field: str  # dotted, with the language of a localised field
    line: int


@dataclass(frozen=True)
class Facts:
    file: str  # as shown in messages
    document: Document

    def value(self, field: str) -> Any:
        value: Any = self.document.data
        for key in field.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        return value

    def line(self, field: str) -> int:
        return self.document.line(tuple(field.split(".")))

    def gaps(self) -> list[Gap]:
        """The fields not filled in yet, in the file's order."""
        found = []
        for field, kind in FIELDS.items():
            for name in [f"{field}.{lang}" for lang in LANGUAGES] if kind == "localised" else [field]:
                if _unfilled(self.value(name)):
                    found.append(Gap(name, self.line(name)))
        return sorted(found, key=lambda gap: gap.line)


def load(path: Path, shown_as: str | None = None) -> Facts:
    """Load and check data/legal.yml; raise contacts.ContactDataError with every problem."""
    return Facts(shown_as or str(path), load_data_document(path, SPEC, shown_as))


def gap_lines(facts: Facts) -> list[Message]:
    """One line per field not filled in, naming the file and the line."""
    return [messages.LEGAL_FIELD_UNFILLED(file=facts.file, line=gap.line, field=gap.field) for gap in facts.gaps()]


def _shown(field: str, value: str, lang: str) -> str:
    kind = FIELDS[field]
    if kind == "email":
        return f"[{value}](mailto:{value})"
    if kind == "url":
        return f"[{re.sub(r'^https?://', '', value).rstrip('/')}]({value})"
    if kind == "date":
        return long_date(value, lang)
    return value


@dataclass(frozen=True)
class Unknown:
    line: int  # 0-based, within the Markdown given
    field: str
    hint: Message | str  # the field perhaps meant, worded

    def message(self, path: str, first_line: int, file: str) -> Message:
        return messages.LEGAL_UNKNOWN_FIELD(path=path, line=first_line + self.line, field=self.field, file=file, hint=self.hint)


def fill(markdown: str, facts: Facts, lang: str, *, preview: bool, gap: Callable[[str], Markup]) -> tuple[str, list[Unknown]]:
    """The page's Markdown with each marker filled in: the value; in the preview a marked gap
    (`gap` renders a message as HTML); elsewhere its line left out. And the markers that name
    no field."""
    unknown: list[Unknown] = []
    out: list[str] = []
    emptied: set[int] = set()  # the headings (indexes in out) of sections that lost a line
    lines = markdown.split("\n")
    for index, line in enumerate(lines):
        missing = False

        def replace(match: re.Match) -> str:
            nonlocal missing
            field = match.group(1)
            if field not in FIELDS:
                close = difflib.get_close_matches(field, FIELDS, n=1)
                hint = messages.LEGAL_DID_YOU_MEAN(field=close[0]) if close else ""
                unknown.append(Unknown(index, field, hint))
                return match.group(0)
            name = f"{field}.{lang}" if FIELDS[field] == "localised" else field
            value = facts.value(name)
            if _unfilled(value):
                missing = True
                return str(gap(messages.LEGAL_GAP(field=name, file=facts.file, line=facts.line(name)).text(lang)))
            return _shown(field, str(value), lang)

        filled = MARKER.sub(replace, line)
        if missing and not preview:
            # The sentence goes; a line break it ended on goes with it.
            if out and (index + 1 == len(lines) or not lines[index + 1].strip()):
                out[-1] = out[-1].rstrip()
            emptied.add(_heading_before(out))
            continue
        out.append(filled)
    return "\n".join(_without_empty_sections(out, emptied)), unknown


_HEADING = re.compile(r"#{1,6}\s")


def _heading_before(out: list[str]) -> int:
    """The index in `out` of the heading above its end (-1: none)."""
    return next((index for index in range(len(out) - 1, -1, -1) if _HEADING.match(out[index])), -1)


def _without_empty_sections(out: list[str], emptied: set[int]) -> list[str]:
    """Without the headings of sections that lost lines and have nothing left under them:
    a heading over nothing would be an empty slot too."""
    drop = set()
    for start in emptied - {-1}:
        end = next((index for index in range(start + 1, len(out)) if _HEADING.match(out[index])), len(out))
        if not any(line.strip() for line in out[start + 1 : end]):
            drop.update(range(start, end))
    return [line for index, line in enumerate(out) if index not in drop]
