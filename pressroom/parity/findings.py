"""Finding records and their text, JSON and GitHub renderings, in the language asked for."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..wording import DEFAULT_LANGUAGE, Message


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
    location the one-line message is anchored at. `message` is worded for the page at `side`;
    `counterpart` for the other page of the pair where the finding concerns it too (the other
    place of a difference, or the page a figure is missing from), else None.
    """

    page: str
    check: str
    message: Message
    de: Location | None = None
    en: Location | None = None
    side: str = field(default="de")
    counterpart: Message | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.message, Message):
            raise TypeError(
                f"the {self.check!r} finding's message must be a Message worded in pressroom/messages/, "
                f"not {type(self.message).__name__} (CONTRIBUTING.md: Adding or changing a message)"
            )

    @classmethod
    def on_one_side(
        cls, page: str, check: str, message: Message, location: Location, side: str, counterpart: Message | None = None
    ) -> "Finding":
        """A finding at one place on one language's page ("de" or "en")."""
        return cls(page, check, message, location if side == "de" else None, location if side == "en" else None, side, counterpart)

    @property
    def location(self) -> Location | None:
        primary = self.de if self.side == "de" else self.en
        return primary or self.de or self.en

    def message_for(self, page_lang: str) -> Message | None:
        """How the page in `page_lang` words this finding; None if it does not concern that page."""
        return self.message if page_lang == self.side else self.counterpart

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """``path:line: message``, the message in `lang`."""
        loc = self.location
        if loc is None:
            return f"{self.page}: {self.message.text(lang)}"
        return f"{loc.path}:{loc.line}: {self.message.text(lang)}"

    def as_dict(self, lang: str = DEFAULT_LANGUAGE) -> dict:
        return {
            "page": self.page,
            "check": self.check,
            "message": self.message.text(lang),
            "de": self.de.as_dict() if self.de else None,
            "en": self.en.as_dict() if self.en else None,
        }


@dataclass
class Report:
    """What a run over a docs folder found: how many pairs were checked and the findings."""

    pages: int
    findings: list[Finding]

    def as_dict(self, lang: str = DEFAULT_LANGUAGE) -> dict:
        return {"pages": self.pages, "findings": [f.as_dict(lang) for f in self.findings]}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def format_github(finding: Finding, lang: str = DEFAULT_LANGUAGE) -> str:
    """A GitHub Actions workflow command: ``::error file=…,line=…::message``."""
    loc = finding.location
    if loc is None:
        return f"::error::{_escape_data(finding.text(lang))}"
    return (
        f"::error file={_escape_property(loc.path)},line={loc.line}::"
        f"{_escape_data(finding.message.text(lang))}"
    )


def format_json(report: Report, lang: str = DEFAULT_LANGUAGE) -> str:
    import json

    return json.dumps(report.as_dict(lang), ensure_ascii=False, indent=2)
