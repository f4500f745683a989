"""Finding records and their text, JSON and GitHub renderings."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Location:
    """One place in one language's page: a path as given, a 1-based line and the text found there."""

    path: str
    line: int
    text: str = ""

    def as_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "text": self.text}


@dataclass
class Finding:
    """One difference between a page and its translation (or one problem with a page).

    `page` is the path within the language folder (e.g. ``index.md``); `side` says which
    location the one-line message is anchored at.
    """

    page: str
    check: str
    message: str
    de: Location | None = None
    en: Location | None = None
    side: str = field(default="de")

    @classmethod
    def on_one_side(cls, page: str, check: str, message: str, location: Location, side: str) -> "Finding":
        """A finding at one place on one language's page ("de" or "en")."""
        return cls(page, check, message, location if side == "de" else None, location if side == "en" else None, side)

    @property
    def location(self) -> Location | None:
        primary = self.de if self.side == "de" else self.en
        return primary or self.de or self.en

    def text(self) -> str:
        loc = self.location
        if loc is None:
            return f"{self.page}: {self.message}"
        return f"{loc.path}:{loc.line}: {self.message}"

    format_text = text

    def as_dict(self) -> dict:
        return {
            "page": self.page,
            "check": self.check,
            "message": self.message,
            "de": self.de.as_dict() if self.de else None,
            "en": self.en.as_dict() if self.en else None,
        }


@dataclass
class Report:
    """What a run over a docs folder found: how many pairs were checked and the findings."""

    pages: int
    findings: list[Finding]

    def as_dict(self) -> dict:
        return {"pages": self.pages, "findings": [f.as_dict() for f in self.findings]}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def format_github(finding: Finding) -> str:
    """A GitHub Actions workflow command: ``::error file=…,line=…::message``."""
    loc = finding.location
    if loc is None:
        return f"::error::{_escape_data(finding.text())}"
    return (
        f"::error file={_escape_property(loc.path)},line={loc.line}::"
        f"{_escape_data(finding.message)}"
    )


def format_json(report: Report) -> str:
    import json

    return json.dumps(report.as_dict(), ensure_ascii=False, indent=2)
