"""How an editor-facing message is put into words in one language.

The messages themselves, German and English side by side, are in pressroom/messages/; this
module is the machinery: a `Text` is one message in both languages, a `Plural` a counted one
(its form chosen by the language's CLDR plural rule, through Babel), and calling either with
the message's values gives a `Message`, which is worded only when it is shown, in the language
asked for. Values are worded too: a Message or Text inside a Message in the same language, a
list as the language joins lists ("a, b und c"), a `number` with the language's digit grouping.
No MkDocs import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from string import Formatter
from typing import Any

LANGUAGES = ("de", "en")
# Editors are German-speaking: the command lines and the build log speak German unless told.
DEFAULT_LANGUAGE = "de"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


class Text:
    """One message in German and English: `str.format` templates with the same {names}."""

    def __init__(self, *, de: str, en: str) -> None:
        self.forms = {"de": {"other": de}, "en": {"other": en}}
        self._same_names()

    def _same_names(self) -> None:
        names = {lang: set().union(*map(_fields, forms.values())) for lang, forms in self.forms.items()}
        if names["de"] != names["en"]:
            raise ValueError(f"the German and English wording name different values: {names}")

    def __call__(self, **values: Any) -> Message:
        return Message(self, values)

    def template(self, lang: str, values: dict) -> str:
        return self.forms[lang]["other"]

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return Message(self, {}).text(lang)


class Plural(Text):
    """A counted message: per language a form for each CLDR plural category the language has
    ("one", "other" in German and English), and optionally "none", the wording for 0.
    The count is the value `n`."""

    def __init__(self, *, de: dict[str, str], en: dict[str, str]) -> None:
        for forms in (de, en):
            if "other" not in forms:
                raise ValueError("a plural needs its 'other' form")
        self.forms = {"de": de, "en": en}
        self._same_names()

    def template(self, lang: str, values: dict) -> str:
        n = values["n"]
        forms = self.forms[lang]
        if n == 0 and "none" in forms:
            return forms["none"]
        return forms.get(_locale(lang).plural_form(n), forms["other"])


@dataclass(frozen=True)
class Message:
    """A Text with its values, worded on demand: `text("de")`, `text("en")`."""

    wording: Text
    values: dict = field(default_factory=dict)

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        worded = {name: in_words(value, lang) for name, value in self.values.items()}
        return self.wording.template(lang, self.values).format(**worded)

    def with_values(self, **more: Any) -> Message:
        return Message(self.wording, {**self.values, **more})

    def __str__(self) -> str:
        return self.text(DEFAULT_LANGUAGE)


@dataclass(frozen=True)
class number:
    """A number worded with the language's digit grouping: 2.000.000 / 2,000,000."""

    value: int


def in_words(value: Any, lang: str) -> str:
    if isinstance(value, (Message, Text)):
        return value.text(lang)
    if isinstance(value, number):
        from babel.numbers import format_decimal

        return format_decimal(value.value, locale=lang)
    if isinstance(value, (list, tuple)):
        from babel.lists import format_list

        return format_list([in_words(item, lang) for item in value], locale=lang) if value else ""
    return "" if value is None else str(value)


@lru_cache(maxsize=None)
def _locale(lang: str):
    from babel import Locale

    return Locale.parse(lang)


def language(requested: str | None) -> str:
    """The language asked for (None: the default); ValueError for one messages are not written in."""
    if requested is None or requested == "":
        return DEFAULT_LANGUAGE
    if requested not in LANGUAGES:
        raise ValueError(f"messages are written in {' and '.join(LANGUAGES)}, not {requested!r}")
    return requested
