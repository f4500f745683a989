"""Figures: numbers together with what they count, read as German or as English.

A figure becomes a fact ``(unit, value, qualifier)``: ``bis zu 4,2 Mio. €`` and
``up to €4.2m`` are both ``("EUR", 4200000, "max")``. Dates, times, phone numbers and
version strings are facts of their own units, so a date is one fact, not three numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from text_to_num import text2num

_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "october": 10, "december": 12,
    "jan": 1, "feb": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dez": 12, "dec": 12, "mar": 3,
}
# Month names are capitalised in both languages; lower-case "may" is a verb.
_MONTH_NAMES = (
    "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
    "November", "Dezember", "January", "February", "March", "May", "June", "July", "October", "December",
)
_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mär", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Okt", "Oct", "Nov", "Dez", "Dec")
_MONTH = rf"(?:(?:{'|'.join(_MONTH_NAMES)})(?!\w)|(?:{'|'.join(_MONTH_ABBREVIATIONS)})\.)"

_SCALES = {
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
_SCALE_RE = {
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
_QUALIFIER_WORDS = {
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
_QUALIFIER = {
    lang: re.compile(
        r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")[ \u00a0]+$", re.I
    )
    for lang, words in _QUALIFIER_WORDS.items()
}
# Cheap test before the regex: the word in front of a figure must end some qualifier. Each
# last word maps to the lengths of the qualifiers it ends, longest first: a qualifier ends where
# the spaces before the figure begin, so these are the only places where it can start.
def _lengths_by_last_word(words: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for word in words:
        lengths.setdefault(word.lower().split()[-1], set()).add(len(word))
    return {last: tuple(sorted(found, reverse=True)) for last, found in lengths.items()}


_QUALIFIER_LAST = {lang: _lengths_by_last_word(words) for lang, words in _QUALIFIER_WORDS.items()}
# The lengths of the qualifiers that end in "." (ca., approx.)
_QUALIFIER_DOTTED = {lang: tuple(sorted({len(w) for w in words if w.endswith(".")}, reverse=True)) for lang, words in _QUALIFIER_WORDS.items()}
_QUALIFIER_PHRASES = {lang: frozenset(w.lower() for w in words) for lang, words in _QUALIFIER_WORDS.items()}
_QUALIFIER_KIND = {
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

_DE_WORDS = (
    r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn"
    r"|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig"
    r"|achtzig|neunzig|hundert|tausend|ein|und"
)
_EN_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
_EN_WORD = (
    rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:{_EN_UNITS}))?"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen"
)
_HALVES = {"anderthalb": Decimal("1.5"), "eineinhalb": Decimal("1.5")}

_SEP = r"[ \u00a0\u202f]"
# Each kind of figure is one named alternative. Those that start at a digit or "+" and those
# that start at a letter are joined into two patterns: a start is tried only against the
# alternatives that can begin with its character, and each pattern compiles once.
_DIGIT_KINDS = (
    # ISO date
    r"(?P<iso>(?<!\d)(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?!\d))",
    # 10.11.2023, 10.11.23
    r"(?P<nd>(?<![\d.])(?P<nd_d>\d{1,2})\.(?P<nd_m>\d{1,2})\.(?P<nd_y>\d{4}|\d{2})(?![\d]|\.\d))",
    # 10. November 2023, 10 November 2023, 22 September
    rf"(?P<dm>(?<![\d.])(?P<dm_d>\d{{1,2}})\.?{_SEP}+(?P<dm_m>{_MONTH})(?:,?{_SEP}+(?P<dm_y>\d{{4}})(?!\d))?)",
    # phone numbers: +49 (0) 171 121 7528, 0049 30 ..., 030 57700-8463
    r"(?P<phone>(?:\+|(?<!\d)00)\d{1,3}(?:[ \u00a0/.\-]*(?:\(0\))?[ \u00a0/.\-]*\d+){2,}"
    r"|(?<![\d.,])0[ \u00a0]?\d{2,5}(?:[ \u00a0]*/[ \u00a0]*|[ \u00a0])\d{2,}(?:[ \u00a0\-]\d+)*)",
    # times: 16:00, 4:00 p.m., 16.30 Uhr, 16 Uhr, 4 p.m.
    r"(?P<time>(?<![\d.,:])(?P<th>[01]?\d|2[0-3])(?::(?P<tm>[0-5]\d)(?P<tsfx1>[ \u00a0]?(?:Uhr\b|[ap]\.[ \u00a0]?m\.|[ap]m\b))?"
    r"|(?:\.(?P<tm2>[0-5]\d))?[ \u00a0]?(?P<tsfx2>Uhr\b|[ap]\.[ \u00a0]?m\.|[ap]m\b)))",
    # plain numbers with optional attached scale suffix (€4.2m, 5k)
    r"(?P<num>(?<![\d.,_])\d+(?:[.,]\d+)*)(?P<nsfx>bn|mn|k|m|x|[KMGT]i?[Bb]|[KMG]Hz)?(?!\w)",
)
_MONTH_KINDS = (
    # November 10, 2023; August 17 2021
    rf"(?P<md>(?P<md_m>{_MONTH}){_SEP}+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?{_SEP}+(?P<md_y>\d{{4}})(?!\d))?)",
    # Juni 2020, June 2020
    rf"(?P<my>(?P<my_m>{_MONTH}){_SEP}+(?P<my_y>\d{{4}})(?!\d))",
)
_PERCENT_WORD = {
    "de": r"(?P<pct>(?<!\w)(?:(?P<pct_n>\d+)-|hundert)prozentig\w*)",
    "en": r"(?P<pct>(?<!\w)(?:wholly|fully)[- ]owned(?!\w))",
}
_LETTER_KINDS = {
    "de": (
        r"(?P<both>(?<!\w)(?:[Dd]ie|[Dd]er|[Dd]en|[Dd]es|[Dd]iese|[Dd]ieser|[Dd]iesen)[ \u00a0]beiden(?!\w))",
        r"(?P<half>(?<!\w)(?:anderthalb|eineinhalb|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)einhalb)(?!\w))",
        r"(?P<gen>(?<!\w)(?:zwei|drei)er(?!\w))",
        rf"(?P<word>(?<!\w)(?:(?:{_DE_WORDS})+|(?:Zwei|Drei|Vier|Fünf|Sechs|Sieben|Neun|Zehn|Zwölf|Zwanzig|Dreißig|Vierzig|Fünfzig)(?:{_DE_WORDS})*)(?!\w))",
    ),
    "en": (
        rf"(?P<half>(?<!\w)(?:[Oo]ne|{_EN_UNITS}) and a half(?!\w))",
        rf"(?P<word>(?<![\w-])(?:{_EN_WORD}|{_EN_WORD.title()})(?:{_SEP}hundred)?(?:-?fold)?(?!\w)(?!-[a-z]))",
    ),
}
# Where two kinds could match at one start, the first listed wins. The percentage word is in
# both patterns: in German it can start at a digit ("100-prozentige") or a letter ("hundertprozentig").
_MASTER_DIGIT = {lang: re.compile("|".join((_PERCENT_WORD[lang], *_DIGIT_KINDS))) for lang in ("de", "en")}
_MASTER_LETTER = {
    lang: re.compile("|".join((_PERCENT_WORD[lang], *_MONTH_KINDS, *_LETTER_KINDS[lang])))
    for lang in ("de", "en")
}
_DIGIT_START = frozenset("+0123456789")

# Places where a figure can start: digits, "+", month names and number words. Finding these
# first and trying the full pattern only there is several times faster than running the full
# alternation at every position of the text.
_DIGIT_TRIGGER = re.compile(r"[+0-9][0-9.,:]*")
# str.find per stem is much faster than one regex alternation of all words; each hit is moved
# back to the start of its word (dreiundzwanzig, Dezember), where the full pattern is tried.
_MONTH_STEMS = ("jan", "jän", "feb", "mär", "mar", "apr", "mai", "may", "jun", "jul", "aug", "sep",
                "okt", "oct", "nov", "dez", "dec")
_STEMS = {
    "de": _MONTH_STEMS + ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
                          "elf", "zwölf", "zig", "ßig", "hundert", "tausend", "halb", "beiden"),
    "en": _MONTH_STEMS + ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                          "ten", "eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty",
                          "wholly", "fully"),  # sixty ... ninety: found by six ... nine
}
# "die beiden" starts at the article: step back from "beiden" to it.
_ARTICLE_BEFORE = re.compile(r"(?:[Dd]ie|[Dd]er|[Dd]en|[Dd]es|[Dd]iese|[Dd]ieser|[Dd]iesen)[ \u00a0]$")


# Outside a date a month never starts a figure, and in one a number follows it: a look back
# from each digit for "month, spaces" (_month_before) replaces a search per month stem.
_NUMBER_STEMS = {lang: tuple(s for s in stems if s not in _MONTH_STEMS) for lang, stems in _STEMS.items()}


_MATCH_START = re.Match.start

# Scanning a page once per kind of figure start is costly on text with non-ASCII characters:
# lower() and a regex character class cost tens of instructions per character. The page as
# Latin-1 bytes, one byte per character with "?" for the rest, keeps every offset; one
# translation lowers it and makes every digit "0", so that digit runs are a literal search.
_LOWER_ZERO = bytes(ord("0") if "0" <= ch <= "9" else ord(ch.lower()) for ch in map(chr, range(256)))
_ZERO_RUN = re.compile(rb"0[0.,:]*")  # _DIGIT_TRIGGER on those bytes, where there is no "+"
_SEP_CHARS = frozenset(" \u00a0\u202f")
_MONTH_WORDS = frozenset(_MONTH_NAMES)
_MONTH_ABBREVIATION_WORDS = frozenset(_MONTH_ABBREVIATIONS)
# The last three letters of each month name: most words before a number end otherwise.
_MONTH_ENDINGS = frozenset(name[-3:] for name in _MONTH_NAMES)
# Each number stem as those bytes, and where a character beyond Latin-1 lowers to one of its
# letters (ẞ to ß), the stem with "?" for it, which needs a second look at the text.
_BYTE_STEMS = {
    lang: tuple(
        (stem, pattern, guess)
        for stem in stems
        for pattern, guess in [(stem.encode("latin-1"), False)]
        + ([(stem.replace("ß", "?").encode("latin-1"), True)] if "ß" in stem else [])
    )
    for lang, stems in _NUMBER_STEMS.items()
}
# Every stem, months too, searched as written (_starts_by_stems).
_TEXT_STEMS = {lang: tuple((stem, stem, False) for stem in stems) for lang, stems in _STEMS.items()}


def _month_before(text: str, digit: int) -> int | None:
    """Where a month that starts a word stands before `digit` and spaces, if one does.

    The same starts as a search for "month, spaces, decimal digit" (rf"{_MONTH}{_SEP}+\\d")
    that keeps the matches with no letter before them.
    """
    end = digit
    while end and text[end - 1] in _SEP_CHARS:
        end -= 1
    if end == digit or not end:
        return None
    words = _MONTH_WORDS
    if text[end - 1] == ".":
        end -= 1
        words = _MONTH_ABBREVIATION_WORDS
    elif text[end - 3 : end] not in _MONTH_ENDINGS:
        return None
    word = end
    while word and end - word <= 9 and text[word - 1].isalpha():
        word -= 1
    if word and text[word - 1].isalpha():
        return None
    return word if text[word:end] in words else None


def _stem_figure_start(text: str, stem: str, found: int) -> int | None:
    """Where a figure can start around a stem found at `found`: the article of "die beiden",
    else the start of the word, as a number word or month may be the tail of a compound."""
    if stem == "beiden":
        article = _ARTICLE_BEFORE.search(text, max(0, found - 8), found)
        return None if article is None else article.start()
    word = found
    while word and text[word - 1].isalpha():
        word -= 1
    return word


def _starts(text: str, lang: str) -> list[int]:
    if "\u0130" in text:  # the one character that changes length when lowered
        return _starts_by_stems(text, lang)
    lowered = text.encode("latin-1", "replace").translate(_LOWER_ZERO)
    if "+" in text:
        starts = list(map(_MATCH_START, _DIGIT_TRIGGER.finditer(text)))
    else:
        starts = list(map(_MATCH_START, _ZERO_RUN.finditer(lowered)))
    # A month starts a figure where spaces and a digit follow it (any decimal digit, as \d).
    digits = [start for start in starts if text[start] != "+"]
    if not text.isascii():
        find_other = lowered.find
        other = find_other(b"?")  # beyond Latin-1: any decimal digit but 0-9
        while other >= 0:
            if text[other].isdecimal():
                digits.append(other)
            other = find_other(b"?", other + 1)
    for digit in digits:
        if digit and text[digit - 1] in _SEP_CHARS:
            month = _month_before(text, digit)
            if month is not None:
                starts.append(month)
    _add_stem_starts(starts, text, lowered, _BYTE_STEMS[lang])
    starts.sort()
    return starts


def _starts_by_stems(text: str, lang: str) -> list[int]:
    """_starts for text that lower() would lengthen: every stem, months too, as written."""
    starts = list(map(_MATCH_START, _DIGIT_TRIGGER.finditer(text)))
    _add_stem_starts(starts, text, text, _TEXT_STEMS[lang])
    starts.sort()
    return starts


def _add_stem_starts(starts: list[int], text: str, searched: str | bytes, stems: tuple) -> None:
    """Add where a figure can start around each (stem, pattern, guessed) found in `searched`,
    `text` itself or its byte copy; a guessed pattern is checked against the text."""
    find = searched.find
    for stem, pattern, guessed in stems:
        start = find(pattern)
        while start >= 0:
            # unless "?" stood for another character than the stem's
            if not guessed or text[start : start + len(stem)].lower() == stem:
                figure = _stem_figure_start(text, stem, start)
                if figure is not None:
                    starts.append(figure)
            start = find(pattern, start + 1)


def _matches(text: str, lang: str) -> list[re.Match]:
    """Every figure's match, left to right, the pattern tried only where a figure can start."""
    digit, letter = _MASTER_DIGIT[lang].match, _MASTER_LETTER[lang].match
    out: list[re.Match] = []
    pos = 0
    for start in _starts(text, lang):
        if start < pos:
            continue
        first = text[start]
        if first in _DIGIT_START:
            m = digit(text, start)
        elif first.isalpha():
            m = letter(text, start)
        else:  # a decimal digit other than 0-9
            m = digit(text, start)
        if m is not None:
            end = m.end()
            if end > start:
                out.append(m)
                pos = end
    return out


_ORDINAL_DE = re.compile(r"\.[ \u00a0]+[\wÄÖÜäöü]")
_RANGE_GAP = re.compile(r"[ \u00a0]*(?:–|—|-|bis|to|until|through)[ \u00a0]*")
_RANGE_WORDS = frozenset(("–", "—", "-", "bis", "to", "until", "through"))
_AMPM = re.compile(r"([ap])\.?[ \u00a0]?m\.?", re.I)
_GERMAN_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_ENGLISH_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+$")


@dataclass(slots=True)
class Figure:
    """One figure found in a text: its normalised fact and where it was written."""

    unit: str | None  # None (a count), "EUR", "%", "date", "time", "phone", "version", ...
    value: object  # Decimal, tuple of Decimals (range), or str (date, phone, version)
    qualifier: str | None  # max | gt | approx | lt | min | until | None
    raw: str
    start: int
    end: int
    format_error: str | None = None
    line: int = 0
    scale: int = 1
    segment: int = -1  # index of the text block on its page, and offset within it
    offset: int = 0

    @property
    def fact(self) -> tuple:
        return (self.unit, self.value, self.qualifier)


# Tokens whose reading needs no locale data: with no group separator Babel's strict parser
# only swaps the decimal mark, and a correctly grouped integer is what Babel would print.
_PLAIN_DECIMAL = {"de": re.compile(r"[0-9]+,[0-9]+"), "en": re.compile(r"[0-9]+\.[0-9]+")}
_PROPER_GROUPED = {"de": re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+"), "en": re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})+")}


def _parse_decimal(token: str, lang: str) -> Decimal:
    """Babel's strict reading of `token` in `lang`; Babel and its locale data load on first use."""
    from babel.numbers import parse_decimal

    return parse_decimal(token, locale=lang, strict=True)


def _number_errors() -> tuple[type[Exception], ...]:
    from babel.numbers import NumberFormatError

    return (NumberFormatError, InvalidOperation, ValueError)


@lru_cache(maxsize=65536)
def parse_number(token: str, lang: str) -> tuple[Decimal | str, str | None]:
    """Read a digit token as `lang` does: (value, format error or None).

    Plain digits need no locale. Separators go through Babel's strict parser; tokens that are
    valid only in the other language are read that way and reported as a format error, because
    Babel alone would read English "76.000" as 76 and German "3.5" as an error.
    """
    if token.isdigit():
        return Decimal(token), None
    other = "en" if lang == "de" else "de"
    if lang == "en" and _GERMAN_GROUPED.match(token):
        return Decimal(token.replace(".", "")), f"{token} uses German digit grouping on the English page"
    if lang == "de" and _ENGLISH_GROUPED.match(token):
        return Decimal(token.replace(",", "")), f"{token} uses English digit grouping on the German page"
    if _PLAIN_DECIMAL[lang].fullmatch(token):
        return Decimal(token.replace(",", ".")), None
    if _PROPER_GROUPED[lang].fullmatch(token):
        return Decimal(token.replace(",", "").replace(".", "")), None
    errors = _number_errors()
    try:
        return _parse_decimal(token, lang), None
    except errors:
        pass
    try:
        value = _parse_decimal(token, other)
    except errors:
        return token, None  # 18.0.4: a version or identifier, compared as written
    name = "a German" if other == "de" else "an English"
    page = "English" if lang == "en" else "German"
    return value, f"{token} is written as {name} number on the {page} page"


@lru_cache(maxsize=4096)
def _word_value(word: str, lang: str) -> Decimal | None:
    lowered = word.lower()
    if lowered in ("ein", "und", "einund") or lowered.startswith("und"):
        return None
    if lowered.endswith("fold"):
        lowered = lowered[: -len("fold")].rstrip("-")
    try:
        return Decimal(text2num(lowered, lang))
    except (ValueError, TypeError, InvalidOperation):
        return None


def _half_value(word: str) -> Decimal:
    lowered = word.lower()
    if lowered in _HALVES:
        return _HALVES[lowered]
    if lowered.endswith("einhalb"):
        return Decimal(text2num(lowered[: -len("einhalb")], "de")) + Decimal("0.5")
    whole = lowered.split(" and ")[0]
    return (Decimal(1) if whole == "one" else Decimal(text2num(whole, "en"))) + Decimal("0.5")


def _date(year: str | None, month: int, day: str | None) -> str | None:
    if not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= int(day) <= 31:
        return None
    y = ("20" + year if len(year) == 2 else year) if year else "????"
    d = f"{int(day):02d}" if day else "??"
    return f"{y}-{month:02d}-{d}"


def _month(name: str) -> int:
    return _MONTHS.get(name.lower().rstrip("."), 0)


def _phone(raw: str) -> str:
    digits = re.sub(r"\D", "", raw.replace("(0)", ""))
    if raw.startswith("+"):
        return digits
    if raw.startswith("00"):
        return digits[2:]
    return "49" + digits[1:]


def extract_figures(text: str, lang: str) -> list[Figure]:
    """All figures in `text`, read as `lang` ("de" or "en"), in order of appearance."""
    figures: list[Figure] = []
    for m in _matches(text, lang):
        kind = m.lastgroup
        if kind == "nsfx":
            kind = "num"
        start, end = m.start(), m.end()
        fig: Figure | None = None
        if kind == "num":
            token = m["num"]
            if lang == "de" and token.isdigit() and len(token) <= 3 and _ORDINAL_DE.match(text, m.end("num")):
                continue  # "3. Platz": a German ordinal
            value, error = parse_number(token, lang)
            if isinstance(value, str):
                fig = Figure("version", value, None, m[0], start, end)
            else:
                fig = Figure(None, value, None, m[0], start, end, error)
                suffix = m["nsfx"]
                if suffix in _SCALES["en"]:
                    fig.scale = _SCALES["en"][suffix]
                    if suffix == "m" and not _CURRENCY_BEFORE.search(text, max(0, start - 4), start):
                        continue  # "5m" is five metres unless it is money
        elif kind == "iso":
            value = _date(m["iy"], int(m["im"]), m["id"])
            fig = value and Figure("date", value, None, m[0], start, end)
        elif kind == "nd":
            value = _date(m["nd_y"], int(m["nd_m"]), m["nd_d"])
            fig = value and Figure("date", value, None, m[0], start, end)
        elif kind == "dm":
            value = _date(m["dm_y"], _month(m["dm_m"]), m["dm_d"])
            fig = value and Figure("date", value, None, m[0], start, end)
        elif kind == "md":
            value = _date(m["md_y"], _month(m["md_m"]), m["md_d"])
            fig = value and Figure("date", value, None, m[0], start, end)
        elif kind == "my":
            value = _date(m["my_y"], _month(m["my_m"]), None)
            fig = value and Figure("date", value, None, m[0], start, end)
        elif kind == "phone":
            fig = Figure("phone", _phone(m[0]), None, m[0], start, end)
        elif kind == "time":
            fig = _time_figure(m, start, end)
        elif kind == "word":
            value = _word_value(m[0], lang)
            if value is None:
                continue
            fig = Figure(None, value, None, m[0], start, end)
        elif kind in ("pct", "pct_n"):
            # "100-prozentige Tochter" is a "wholly owned subsidiary"
            fig = Figure("%", Decimal(m["pct_n"] if "pct_n" in m.re.groupindex and m["pct_n"] else 100), None, m[0], start, end)
        elif kind == "gen":
            # "dank der Kooperation dreier Unternehmen": genitive of drei
            fig = Figure(None, Decimal(2 if m[0].startswith("zwei") else 3), None, m[0], start, end)
        elif kind == "both":
            fig = Figure(None, Decimal(2), None, m[0], start, end)
        elif kind == "half":
            fig = Figure(None, _half_value(m[0]), None, m[0], start, end)
        if not fig:
            continue
        if fig.unit is None:
            _read_unit(fig, text, lang)
            if fig.format_error and fig.unit is None and fig.scale == 1 and "digit grouping" not in fig.format_error:
                fig.format_error = None  # "Web 2.0": a decimal point without amount is a name
        figures.append(fig)
    _merge_ranges(figures, text)
    qualifier_last, longest = _QUALIFIER_LAST[lang], _QUALIFIER_LONGEST[lang]
    for fig in figures:
        _read_qualifier(fig, text, lang, qualifier_last, longest)
        # Decimals compare and hash by value (4.2E+6 == 4200000), so no normalising is needed.
        if fig.scale != 1:
            if isinstance(fig.value, Decimal):
                fig.value = fig.value * fig.scale
            elif isinstance(fig.value, tuple):
                fig.value = tuple(v * fig.scale for v in fig.value)
    return figures


def _time_figure(m: re.Match, start: int, end: int) -> Figure:
    hour = int(m["th"])
    minute = int(m["tm"] or m["tm2"] or 0)
    suffix = m["tsfx1"] or m["tsfx2"] or ""
    fig = Figure("time", (hour, minute, suffix.strip()), None, m[0], start, end)
    return fig


def _finish_time(fig: Figure, suffix: str) -> None:
    hour, minute, _ = fig.value
    ampm = _AMPM.fullmatch(suffix.strip()) if suffix else None
    if ampm:
        if ampm.group(1).lower() == "p" and hour < 12:
            hour += 12
        elif ampm.group(1).lower() == "a" and hour == 12:
            hour = 0
    fig.value = f"{hour:02d}:{minute:02d}"


_UNIT_FIRST = frozenset("TtMmBbkn%PpvV€$£EUCGeDdFfhs")
_SPACES = frozenset(" \u00a0\u202f")
_CURRENCY_LAST = frozenset("€$£RDFP")


def _currency_before(text: str, start: int) -> re.Match | None:
    if start and (text[start - 1] in _CURRENCY_LAST or (start > 1 and text[start - 2] in _CURRENCY_LAST)):
        return _CURRENCY_BEFORE.search(text, max(0, start - 4), start)
    return None


def _read_unit(fig: Figure, text: str, lang: str) -> None:
    pos = fig.end
    # Cheap test first: most numbers are followed by a plain word.
    peek = text[pos : pos + 2]
    if not peek or (peek[0] not in _UNIT_FIRST and (peek[0] not in _SPACES or peek[1:] not in _UNIT_FIRST or not peek[1:])):
        before = _currency_before(text, fig.start)
        if before:
            fig.unit = _CURRENCIES[before.group(1).lower()]
            fig.start = before.start()
            fig.raw = text[fig.start : fig.end]
        return
    scale = _SCALE_RE[lang].match(text, pos)
    if scale and fig.scale == 1:
        word = scale.group(scale.lastindex).lower()
        if scale.lastindex == 2 and not _currency_before(text, fig.start):
            scale = None  # a bare "m"/"k" after a space is a unit of length, not a scale
        else:
            fig.scale = _SCALES[lang][word]
            pos = scale.end()
    percent = _PERCENT_AFTER.match(text, pos)
    if percent:
        fig.unit = "pp" if percent.group(1).lower().startswith(("prozentp", "percentage")) else "%"
        pos = percent.end()
    else:
        currency = _CURRENCY_AFTER.match(text, pos)
        if currency:
            fig.unit = _CURRENCIES[currency.group(1).lower()]
            pos = currency.end()
        else:
            before = _currency_before(text, fig.start)
            if before:
                fig.unit = _CURRENCIES[before.group(1).lower()]
                fig.start = before.start()
    fig.end = pos
    fig.raw = text[fig.start : fig.end]


def _merge_ranges(figures: list[Figure], text: str) -> None:
    """Join "2018–2028", "2 bis 3 Millionen" into one fact; give "4:00 - 5:00 p.m." both p.m."""
    i = 0
    while i < len(figures):
        fig = figures[i]
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        # the same as _RANGE_GAP.fullmatch(text, fig.end, nxt.start)
        joined = nxt is not None and text[fig.end : nxt.start].strip(" \u00a0") in _RANGE_WORDS
        if fig.unit == "time":
            suffix = fig.value[2]
            if not suffix and joined and nxt.unit == "time":
                suffix = nxt.value[2]
            _finish_time(fig, suffix)
            i += 1
            continue
        if (
            joined
            and isinstance(fig.value, Decimal)
            and isinstance(nxt.value, Decimal)
            and fig.unit in (None, nxt.unit)
            and (fig.scale in (1, nxt.scale))
        ):
            fig.value = (fig.value, nxt.value)
            fig.unit = nxt.unit
            fig.scale = nxt.scale
            fig.end = nxt.end
            fig.raw = text[fig.start : fig.end]
            fig.format_error = fig.format_error or nxt.format_error
            del figures[i + 1]
        i += 1


def _is_year(fig: Figure) -> bool:
    value = fig.value
    if isinstance(value, tuple) and value and isinstance(value[0], Decimal):
        value = value[0]
    return fig.unit is None and isinstance(value, Decimal) and fig.scale == 1 and (
        value == value.to_integral_value() and 1900 <= value <= 2100
    ) or fig.unit == "date"


_QUALIFIER_GAP = frozenset(" \u00a0")


# A qualifier ends where the spaces before its figure begin; it starts at most this far before.
_QUALIFIER_LONGEST = {lang: max(map(len, words)) for lang, words in _QUALIFIER_WORDS.items()}
_NO_QUALIFIER = frozenset(("phone", "version", "time"))


def _read_qualifier(fig: Figure, text: str, lang: str, qualifier_last: dict, longest: int) -> None:
    start = fig.start
    # A qualifier is followed by spaces: a figure without a space before it has none.
    if not start or text[start - 1] not in _QUALIFIER_GAP or fig.unit in _NO_QUALIFIER:
        return
    base = start - 16 if start > 16 else 0
    before = text[base:start].rstrip(" \u00a0")
    if before[-1:] == "." or not before:
        if before[-3:].lower() not in ("ca.", "ox."):
            return
        lengths = _QUALIFIER_DOTTED[lang]
    else:
        gap = max(before.rfind(" "), before.rfind("\n"), before.rfind("\u00a0"))
        lengths = qualifier_last.get(before[gap + 1 :].lower())
        if lengths is None:
            return
        if gap < 0:
            lengths = None  # the last word may be cut off at `base`: search every place
    # Every word is matched character by character, so no match starts before `end - longest`.
    end = base + len(before)
    lowest = max(0, start - 24, end - longest)
    if lengths is None:
        m = _QUALIFIER[lang].search(text, lowest, start)
        if not m:
            return
        first, word = m.start(), m.group(1).lower()
        kind = _QUALIFIER_KIND.get(word)
        if kind is None:
            return  # matched case-insensitively, but lowered it is no qualifier ("BİS zu": İ lowers to i̇)
    else:
        # The same as the search, tried only where a qualifier ending in this word starts: the
        # text there, lowered, is a qualifier, and no letter, digit or "_" stands before it.
        phrases = _QUALIFIER_PHRASES[lang]
        for length in lengths:
            first = end - length
            if first >= lowest:
                word = text[first:end].lower()
                if word in phrases and not (first and (text[first - 1].isalnum() or text[first - 1] == "_")):
                    break
        else:
            return
        kind = _QUALIFIER_KIND[word]
    # Whether the figure is a year matters only for "until" and "up to".
    if kind == "until":
        if not _is_year(fig):
            if word in _YEAR_ONLY or word == "until":
                return
            kind = "max"  # German "bis 500 Teilnehmende"
    elif word == "up to" and kind == "max" and _is_year(fig):
        kind = "until"
    fig.qualifier = kind
    fig.start = first
    fig.raw = text[fig.start : fig.end]
