"""Numbers that are part of a name (CO2, S21, Hub20) or a version (18.0.4): compared as they stand.

Such a number is never translated, but a page may name the thing differently ("CO2" /
"carbon dioxide"), write a model with or without a space ("S21" / "S 21") or mention a
version more often than the other. So each page's names and versions are compared as a
set: one the other page lacks is a difference only where the other page has a name of the
same kind that differs (S21 / S22) or, for a version, none that matches at all.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..figures import Figure
from ..markdown_text import Segment

NAMED_UNITS = frozenset(("name", "version"))
_LETTERS_DIGITS = re.compile(r"([^\W\d_]+)([0-9]+)")
_DIGITS_LETTERS = re.compile(r"([0-9]+)([^\W\d_]+)")


def squash(text: str) -> str:
    """Folded, without spaces: "Galaxy S 21" and "Galaxy S21" alike."""
    return "".join(text.split()).casefold()


def _spaced_count(fig: Figure, others: list[Figure], segments: list[Segment]) -> Figure | None:
    """The other page's count that writes `fig` with a space: "S 21" for "S21", "15 Pro" for "15Pro"."""
    before = _LETTERS_DIGITS.fullmatch(fig.raw)
    after = _DIGITS_LETTERS.fullmatch(fig.raw) if before is None else None
    if before is None and after is None:
        return None
    digits = Decimal(before.group(2) if before else after.group(1))
    for other in others:
        if other.unit is not None or other.value != digits or other.segment < 0:
            continue
        text = segments[other.segment].text
        if before and squash(text[max(0, other.offset - 40) : other.offset]).endswith(before.group(1).casefold()):
            return other
        end = other.offset + len(other.raw)
        if after and squash(text[end : end + 40]).startswith(after.group(2).casefold()):
            return other
    return None


def _kind(fig: Figure) -> str:
    """What a name is apart from its digits: "s" for S21, "hub" for Hub20; a version's kind is its unit."""
    return fig.unit if fig.unit == "version" else re.sub(r"[0-9]+", "#", fig.value)


def split_named(figures: dict[str, list[Figure]], segments: dict[str, list[Segment]], squashed: dict[str, str]):
    """Each page's figures without its names and versions, and the names and versions that differ.

    Returns ({lang: other figures}, {lang: names and versions without counterpart}).
    """
    named = {lang: [f for f in figs if f.unit in NAMED_UNITS] for lang, figs in figures.items()}
    if not named["de"] and not named["en"]:
        return figures, {"de": [], "en": []}
    rest = {lang: [f for f in figs if f.unit not in NAMED_UNITS] for lang, figs in figures.items()}
    keys = {lang: {squash(f.raw) for f in named[lang]} for lang in named}
    left: dict[str, list[Figure]] = {"de": [], "en": []}
    for lang, other in (("de", "en"), ("en", "de")):
        seen: set[str] = set()
        for fig in named[lang]:
            key = squash(fig.raw)
            if key in keys[other] or key in seen:
                continue  # on both pages, however often
            seen.add(key)
            spaced = _spaced_count(fig, rest[other], segments[other]) if fig.unit == "name" else None
            if spaced is not None:  # "Office 365" there: the same name, its count no figure
                rest[other] = [f for f in rest[other] if f is not spaced]
                continue
            if key in squashed[other]:
                continue  # written with a hyphen or across words there
            left[lang].append(fig)
    # A name the other page lacks is named differently there, unless a name of its kind differs.
    kinds = {lang: {_kind(f) for f in left[lang]} for lang in left}
    for lang, other in (("de", "en"), ("en", "de")):
        left[lang] = [f for f in left[lang] if f.unit == "version" or _kind(f) in kinds[other]]
    return rest, left
