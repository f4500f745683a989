"""Qualifiers: the words before a figure that bound it, "bis zu 4,2 Mio." is at most 4.2 million."""
from __future__ import annotations

import re
from decimal import Decimal

from .figure import Figure

_WORDS = {
    "de": (
        "an die", "bis zum Jahr", "bis zum", "bis Ende", "bis ins Jahr", "bis zu", "bis hin zu",
        "maximal", "höchstens", "mehr als", "über", "rund", "etwa", "ca.", "circa", "zirka",
        "ungefähr", "knapp", "fast", "beinahe", "nahezu", "weniger als", "unter", "mindestens",
        "wenigstens", "bis",
    ),
    "en": (
        "up to", "as much as", "as many as", "a maximum of", "more than", "over", "above",
        "in excess of", "around", "about", "approximately", "approx.", "roughly", "some", "circa",
        "ca.", "nearly", "almost", "close to", "less than", "fewer than", "under", "below",
        "at least", "a minimum of", "by the end of", "until the end of", "by the year", "until",
        "till", "through", "by",
    ),
}
_KIND = {
    "bis zu": "max", "bis hin zu": "max", "maximal": "max", "höchstens": "max",
    "up to": "max", "as much as": "max", "as many as": "max", "a maximum of": "max",
    "mehr als": "gt", "über": "gt", "more than": "gt", "over": "gt", "above": "gt",
    "in excess of": "gt",
    "rund": "approx", "etwa": "approx", "ca.": "approx", "circa": "approx", "zirka": "approx",
    "ungefähr": "approx", "an die": "approx", "around": "approx", "about": "approx", "approximately": "approx",
    "approx.": "approx", "roughly": "approx", "some": "approx",
    "knapp": "lt", "fast": "lt", "beinahe": "lt", "nahezu": "lt", "weniger als": "lt",
    "unter": "lt", "nearly": "lt", "almost": "lt", "close to": "lt", "less than": "lt",
    "fewer than": "lt", "under": "lt", "below": "lt",
    "mindestens": "min", "wenigstens": "min", "at least": "min", "a minimum of": "min",
    "bis": "until", "until": "until", "bis zum jahr": "until", "bis zum": "until",
    "bis ende": "until", "bis ins jahr": "until", "by the end of": "until", "until the end of": "until",
    "by the year": "until", "till": "until", "through": "until", "by": "until",
}
# Qualifiers that only bound a point in time ("by 2028"); before other numbers they mean something else.
_YEAR_ONLY = {"by", "through", "till"}
_NO_QUALIFIER = frozenset(("phone", "version", "time"))
# How far before a figure its qualifier and the spaces after it may start.
_REACH = 24
# The text before a figure, read backwards from it: spaces, then a qualifier (reversed, the
# longest first) that is not the end of a longer word.
_BACKWARDS = {
    lang: re.compile(
        r"[ \u00a0]+(" + "|".join(re.escape(w[::-1]) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)",
        re.I,
    )
    for lang, words in _WORDS.items()
}


def _is_year(fig: Figure) -> bool:
    value = fig.value
    if isinstance(value, tuple) and value and isinstance(value[0], Decimal):
        value = value[0]
    return fig.unit is None and isinstance(value, Decimal) and fig.scale == 1 and (
        value == value.to_integral_value() and 1900 <= value <= 2100
    ) or fig.unit == "date"


def read_qualifier(fig: Figure, text: str, lang: str) -> Figure:
    """The figure with the qualifier written before it, if any: its kind, and the raw text from it."""
    # A qualifier is followed by spaces: a figure without a space before it has none.
    if fig.unit in _NO_QUALIFIER or not fig.start or text[fig.start - 1] not in " \u00a0":
        return fig
    window = text[max(0, fig.start - _REACH) : fig.start]
    m = _BACKWARDS[lang].match(window[::-1])
    if m is None:
        return fig
    word = m.group(1)[::-1].lower()
    kind = _KIND.get(word)
    if kind is None:
        return fig  # matched case-insensitively, but lowered it is no qualifier ("BİS zu": İ lowers to i̇)
    # Whether the figure is a year matters only for "until" and "up to".
    if kind == "until":
        if not _is_year(fig):
            if word in _YEAR_ONLY or word == "until":
                return fig
            kind = "max"  # German "bis 500 Teilnehmende"
    elif word == "up to" and kind == "max" and _is_year(fig):
        kind = "until"
    start = fig.start - m.end()
    return fig.changed(qualifier=kind, start=start, raw=text[start : fig.end])
