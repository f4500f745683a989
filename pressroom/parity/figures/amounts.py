"""Amounts: numbers in digits, their scale (Mio., bn), unit (%, €, EUR) and ranges (2018–2028).

A number token is read by the page's language, Babel's strict parser deciding what its
separators mean; a token only the other language writes so is read that way and reported.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .figure import Figure, FormatError

SCALES = {
    "de": {
        "tausend": 10**3, "tsd.": 10**3, "tsd": 10**3,
        "mio.": 10**6, "mio": 10**6, "million": 10**6, "millionen": 10**6,
        "mrd.": 10**9, "mrd": 10**9, "milliarde": 10**9, "milliarden": 10**9,
        # German "Billion" is 10^12 (English "trillion").
        "billion": 10**12, "billionen": 10**12,
    },
    "en": {
        "thousand": 10**3, "k": 10**3, "million": 10**6, "millions": 10**6, "m": 10**6,
        "mn": 10**6, "billion": 10**9, "billions": 10**9, "bn": 10**9,
        "trillion": 10**12, "trillions": 10**12,
    },
}
_SCALE_AFTER = {
    "de": re.compile(
        r"[ \u00a0\u202f]?(Tausend|Tsd\.|Mio\.|Millionen|Million|Mrd\.|Milliarden|Milliarde|Billionen|Billion)(?!\w)",
    ),
    "en": re.compile(
        r"[ \u00a0\u202f]?(thousand|millions?|billions?|trillions?)\b|(bn|mn|k|m)\b",
    ),
}
_CURRENCIES = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "us-dollar": "USD",
    "£": "GBP", "gbp": "GBP", "pfund": "GBP", "pounds": "GBP", "pound": "GBP",
    "chf": "CHF", "franken": "CHF", "francs": "CHF", "franc": "CHF",
}
_CURRENCY_AFTER = re.compile(
    r"[ \u00a0\u202f]?(€|\$|£|EUR\b|USD\b|CHF\b|GBP\b|Euros?\b|euros?\b|US-Dollar\b|[Dd]ollars?\b"
    r"|Franken\b|[Ff]rancs?\b|Pfund\b|pounds?\b)"
)
_CURRENCY_BEFORE = re.compile(r"(€|\$|£|US\$|EUR|USD|CHF|GBP)[ \u00a0\u202f]?$")
_PERCENT_AFTER = re.compile(
    r"[ \u00a0\u202f]?(%|Prozentpunkte\b|percentage points?\b|Prozent\b|percent\b|per cent\b|v\.[ \u00a0]?H\.)"
)

# Plain numbers, with an optional scale or unit suffix written on (€4.2m, 5k, 3x, 16GB, 5GHz).
# Thousands grouped by a space (DIN 5008, SI: "76 000" with a no-break, narrow no-break,
# thin or plain space) are one number in either language: groups of exactly three digits
# after a first group of one to three, with an optional decimal part.
SPACE_GROUP = "\u00a0\u202f\u2009 "
_SPACE_GROUPED = r"\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d\u00a0\u202f\u2009]|[.,]\d{3}(?!\d)| \d)(?:[.,]\d+(?![.,]?\d))?"
NUMBER = rf"(?P<num>(?<![\d.,_])(?:{_SPACE_GROUPED}|\d+(?:[.,]\d+)*))(?P<nsfx>bn|mn|k|m|x|[KMGT]i?[Bb]|[KMG]Hz)?(?!\w)"
# "100-prozentige Tochter", "hundertprozentig" and "wholly owned" are 100 %.
PERCENT_WORD = {
    "de": r"(?P<pct>(?<!\w)(?:(?P<pct_n>\d+)-|hundert)prozentig\w*)",
    "en": r"(?P<pct>(?<!\w)(?:wholly|fully)[- ]owned(?!\w))",
}

_ORDINAL_DE = re.compile(r"\.[ \u00a0]+[\wÄÖÜäöü]")
RANGE_WORDS = frozenset(("–", "—", "-", "bis", "to", "until", "through"))
_GERMAN_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_ENGLISH_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
# Tokens whose reading needs no locale data: with no group separator Babel's strict parser
# only swaps the decimal mark, and a correctly grouped integer is what Babel would print.
# Most numbers on a page are such; Babel takes far longer to read them (the bench shows it).
_PLAIN_DECIMAL = {"de": re.compile(r"[0-9]+,[0-9]+"), "en": re.compile(r"[0-9]+\.[0-9]+")}
_PROPER_GROUPED = {"de": re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+"), "en": re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})+")}
_NO_SPACES = str.maketrans("", "", SPACE_GROUP)
# Babel's NumberFormatError is a ValueError.
_NUMBER_ERRORS = (InvalidOperation, ValueError)


def babel_number(token: str, lang: str) -> Decimal:
    """Babel's strict reading of `token` in `lang`; Babel and its number data load on first use."""
    from babel.numbers import parse_decimal

    return parse_decimal(token, locale=lang, strict=True)


def plain_number(token: str, lang: str) -> Decimal | None:
    """What Babel reads `token` as, for the tokens it reads without locale data; else None."""
    if _PLAIN_DECIMAL[lang].fullmatch(token):
        return Decimal(token.replace(",", "."))
    if _PROPER_GROUPED[lang].fullmatch(token):
        return Decimal(token.replace(",", "").replace(".", ""))
    return None


def parse_number(token: str, lang: str) -> tuple[Decimal | str, FormatError | None]:
    """Read a digit token as `lang` does: (value, format error or None).

    Plain digits need no locale. Separators go through Babel's strict parser; tokens that are
    valid only in the other language are read that way and reported as a format error, because
    Babel alone would read English "76.000" as 76 and German "3.5" as an error. A token that
    neither language reads (18.0.4) is returned as written: a version or identifier.
    """
    if token.isdigit():
        return Decimal(token), None
    if any(space in token for space in SPACE_GROUP):
        token = token.translate(_NO_SPACES)
        if token.isdigit():
            return Decimal(token), None
    if lang == "en" and _GERMAN_GROUPED.fullmatch(token):
        value = Decimal(token.replace(".", ""))
        return value, FormatError(token, value, grouping=True)
    if lang == "de" and _ENGLISH_GROUPED.fullmatch(token):
        value = Decimal(token.replace(",", ""))
        return value, FormatError(token, value, grouping=True)
    plain = plain_number(token, lang)
    if plain is not None:
        return plain, None
    try:
        return babel_number(token, lang), None
    except _NUMBER_ERRORS:
        pass
    other = "en" if lang == "de" else "de"
    try:
        value = babel_number(token, other)
    except _NUMBER_ERRORS:
        return token, None
    return value, FormatError(token, value, grouping=False)


def written_in(value: Decimal, lang: str) -> str:
    """A number as `lang` writes it, every digit kept: 76,000 / 76.000, 3.5 / 3,5."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=lang, decimal_quantization=False)


def currency_before(text: str, start: int) -> re.Match | None:
    """A currency sign or code written just before `start` (€5, EUR 5), if there is one."""
    return _CURRENCY_BEFORE.search(text, max(0, start - 4), start)


# Digits run together with letters in one word (CO2, S21, 5G, 15Pro, Hub20) are part of a name.
NAMED = r"(?P<named>(?<![\d.,_])\d+[^\W\d_]\w*)"


def _name(text: str, start: int, end: int) -> Figure:
    """The whole word around a number written into a name, as it stands: unit "name"."""
    while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    word = text[start:end]
    return Figure("name", word.casefold(), None, word, start, end)


def read_named(m: re.Match, text: str, lang: str) -> Figure:
    return _name(text, m.start(), m.end())


def read_number(m: re.Match, text: str, lang: str) -> Figure | None:
    """The figure of a number token; None for a German ordinal ("3. Platz") and for "5m" that is no money."""
    token, start, end = m["num"], m.start(), m.end()
    if start and text[start - 1].isalpha() and token.isdigit():
        return _name(text, start, end)  # S21, CO2, Hub20
    if lang == "de" and token.isdigit() and len(token) <= 3 and _ORDINAL_DE.match(text, m.end("num")):
        return None
    value, error = parse_number(token, lang)
    if isinstance(value, str):
        return Figure("version", value, None, m[0], start, end)
    suffix = m["nsfx"]
    scale = SCALES["en"].get(suffix, 1) if suffix else 1
    if suffix == "m" and not currency_before(text, start):
        return None  # five metres
    return Figure(None, value, None, m[0], start, end, error, scale=scale)


def read_percent_word(m: re.Match, text: str, lang: str) -> Figure:
    """"100-prozentige Tochter" is a "wholly owned subsidiary": both 100 %."""
    number = m["pct_n"] if "pct_n" in m.re.groupindex and m["pct_n"] else 100
    return Figure("%", Decimal(number), None, m[0], m.start(), m.end())


def read_unit(fig: Figure, text: str, lang: str) -> Figure:
    """The figure with the scale and unit written around it: "4,2 Mio. €", "€4.2m", "12 %"."""
    start, end, scale, unit = fig.start, fig.end, fig.scale, None
    written_scale = _SCALE_AFTER[lang].match(text, end)
    if written_scale and scale == 1:
        # A bare "m" or "k" after a space is a unit of length or weight, unless it is money.
        if written_scale.lastindex != 2 or currency_before(text, start):
            scale = SCALES[lang][written_scale.group(written_scale.lastindex).lower()]
            end = written_scale.end()
    percent = _PERCENT_AFTER.match(text, end)
    currency = None if percent else _CURRENCY_AFTER.match(text, end)
    if percent:
        unit = "pp" if percent.group(1).lower().startswith(("prozentp", "percentage")) else "%"
        end = percent.end()
    elif currency:
        unit = _CURRENCIES[currency.group(1).lower()]
        end = currency.end()
    else:
        before = currency_before(text, start)
        if before:
            unit = _CURRENCIES[before.group(1).lower()]
            start = before.start()
    if (start, end, scale, unit) == (fig.start, fig.end, fig.scale, None):
        return fig
    return fig.changed(unit=unit, scale=scale, start=start, end=end, raw=text[start:end])


def is_range(text: str, fig: Figure, nxt: Figure) -> bool:
    """Whether only a dash or "bis", "to", "until", "through" stands between the two figures."""
    return text[fig.end : nxt.start].strip(" \u00a0") in RANGE_WORDS


def merge_ranges(figures: list[Figure], text: str) -> list[Figure]:
    """Join "2018–2028" and "2 bis 3 Millionen" into one figure with a (from, to) value."""
    merged: list[Figure] = []
    i = 0
    while i < len(figures):
        fig = figures[i]
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        if (
            nxt is not None
            and is_range(text, fig, nxt)
            and isinstance(fig.value, Decimal)
            and isinstance(nxt.value, Decimal)
            and fig.unit in (None, nxt.unit)
            and fig.scale in (1, nxt.scale)
        ):
            fig = fig.changed(
                value=(fig.value, nxt.value),
                unit=nxt.unit,
                scale=nxt.scale,
                end=nxt.end,
                raw=text[fig.start : nxt.end],
                format_error=fig.format_error or nxt.format_error,
            )
            i += 1
        merged.append(fig)
        i += 1
    return merged


def apply_scale(fig: Figure) -> Figure:
    """The figure with its scale multiplied in: 4,2 Mio. is 4200000."""
    # Decimals compare and hash by value (4.2E+6 == 4200000), so no normalising is needed.
    if fig.scale == 1:
        return fig
    if isinstance(fig.value, Decimal):
        return fig.changed(value=fig.value * fig.scale)
    if isinstance(fig.value, tuple):
        return fig.changed(value=tuple(v * fig.scale for v in fig.value))
    return fig
