"""Words that go into other messages: the versions, quoting, counted things, what a value is."""

from __future__ import annotations

from ..wording import Plural, Text

VERSION = {
    "de": Text(de="die deutsche Fassung", en="the German version"),
    "en": Text(de="die englische Fassung", en="the English version"),
}
IN_VERSION = {
    "de": Text(de="in der deutschen Fassung", en="in the German version"),
    "en": Text(de="in der englischen Fassung", en="in the English version"),
}
STYLE = {
    "de": Text(de="deutsche Schreibweise", en="the German way of writing it"),
    "en": Text(de="englische Schreibweise", en="the English way of writing it"),
}
ON_PAGE = {
    "de": Text(de="auf der deutschen Seite", en="on the German page"),
    "en": Text(de="auf der englischen Seite", en="on the English page"),
}
QUOTED = Text(de="»{value}«", en="“{value}”")
CODE = Text(de="`{value}`", en="`{value}`")
BY_SPEAKER = Text(de="von {name}", en="by {name}")
NO_SPEAKER = Text(de="ohne Namen", en="without a name")
QUOTES = Plural(de={"one": "{n} Zitat", "other": "{n} Zitate"}, en={"one": "{n} quote", "other": "{n} quotes"})
FIGURES = Plural(
    de={"none": "keine Zahl", "one": "die Zahl {figures}", "other": "die Zahlen {figures}"},
    en={"none": "no figure", "one": "the figure {figures}", "other": "the figures {figures}"},
)
# What a value is, where another kind was expected: by Python type name.
FOUND = {
    "dict": Text(de="eine Gruppe von Feldern", en="a group of fields"),
    "list": Text(de="eine Liste", en="a list"),
    "str": Text(de="ein Text", en="a text"),
    "int": Text(de="eine Zahl", en="a number"),
    "float": Text(de="eine Zahl", en="a number"),
    "bool": Text(de="ein Ja/Nein-Wert", en="a yes/no value"),
    "NoneType": Text(de="nichts", en="nothing"),
}


def found(value: object) -> Text:
    """What `value` is, for "here it holds …"."""
    name = type(value).__name__
    return FOUND.get(name) or Text(de=name, en=name)


DID_YOU_MEAN = Text(de="Gemeint ist wohl {suggestion}.", en="Did you mean {suggestion}?")
CHOICES = Text(de="Möglich sind {choices}.", en="Choose one of {choices}.")
KNOWN = Text(de="Bekannt sind {choices}.", en="Known entries: {choices}.")
NONE_KNOWN = Text(de="Dort steht noch kein Eintrag.", en="There is no entry there yet.")
