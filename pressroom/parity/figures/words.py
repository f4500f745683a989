"""Numbers in words: "zwölf", "twenty-one", "anderthalb", "one and a half", "dreier", "die beiden"."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from text_to_num import text2num

from .figure import Figure

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
_DE_MULTIPLES = r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert|tausend"
# Multipliers and fractions are figures: doppelt, zweifach, das Dreifache, zweimal, verdoppelt /
# twice, double, threefold, tripled; die Hälfte, ein Viertel, zwei Drittel / half, a quarter, two thirds.
# Each is read as the number it multiplies by ("verdoppelt" 2, "die Hälfte" 0.5). A half or a
# quarter after an ordinal is a part of a period ("in der zweiten Hälfte", "the first quarter"),
# and "zur Hälfte" a point in time as often as a share (halfway, Halbzeit): neither is a figure.
_DE_MULTIPLIER = (
    rf"(?P<mult>(?<!\w)(?:[Dd]oppelte?[nrms]?|[Vv]erdopp?e?l(?:t|te|ten|n|ung)"
    rf"|(?:{_DE_MULTIPLES}|{_DE_MULTIPLES.title()})(?:fache?[nrms]?|fach|mal)"
    rf"|[Vv]er(?:drei|vier|fünf|zehn)fach(?:t|te|ten|en|ung))(?!\w))"
)
_ORDINAL_BEFORE = r"(?<!ersten )(?<!zweiten )(?<!letzten )(?<!first )(?<!second )(?<!last )(?<!third )(?<!fourth )"
_DE_FRACTION = (
    rf"(?P<frac>{_ORDINAL_BEFORE}(?<!\w)(?:(?:[Dd](?:ie|er)[ \u00a0])?(?<!zur )(?<!Zur )[Hh]älfte|(?:[Ee]ine?[mnr]?|[Zz]wei|[Dd]rei)[ \u00a0](?:Drittel|Viertel)|[Dd]reiviertel)(?!\w))"
)
_EN_MULTIPLIER = (
    r"(?P<mult>(?<![\w-])(?:[Tt]wice|[Dd]oubl(?:e|ed|es|ing)(?! down)|[Tt]ripl(?:e|ed|es|ing)|[Qq]uadrupl(?:e|ed|es|ing))(?!\w)(?!-))"
)
_EN_FRACTION = (
    rf"(?P<frac>{_ORDINAL_BEFORE}(?<![\w-])(?:[Hh]alf(?= (?:of|the|as|a|an|its|their|that|this)\b)"
    r"|(?:(?<=by )|(?<=almost )|(?<=nearly )|(?<=about )|(?<=than )|(?<=over )|(?<=around )|(?<=roughly ))half"
    r"|[Aa] (?:third|quarter)(?= of\b)|(?:[Oo]ne|[Tt]wo|[Tt]hree) (?:thirds?|quarters?))(?!\w))"
)
# Fractions that start at the word before their stem ("ein Viertel", "a quarter of").
COUNTED_STEMS = frozenset(("hälfte", "drittel", "viertel", "third", "quarter"))
WORD_BEFORE = re.compile(r"[^\W\d_]+[ \u00a0]$")
_ARTICLES = r"[Dd]ie|[Dd]er|[Dd]en|[Dd]es|[Dd]iese|[Dd]ieser|[Dd]iesen"
# The patterns of each language, in the order they are tried at one place.
PATTERNS = {
    "de": (
        _DE_MULTIPLIER,
        _DE_FRACTION,
        rf"(?P<both>(?<!\w)(?:{_ARTICLES})[ \u00a0]beiden(?!\w))",
        r"(?P<half>(?<!\w)(?:anderthalb|eineinhalb|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)einhalb)(?!\w))",
        r"(?P<gen>(?<!\w)(?:zwei|drei)er(?!\w))",
        rf"(?P<word>(?<!\w)(?:(?:{_DE_WORDS})+|(?:Zwei|Drei|Vier|Fünf|Sechs|Sieben|Neun|Zehn|Zwölf|Zwanzig|Dreißig|Vierzig|Fünfzig)(?:{_DE_WORDS})*)(?!\w))",
    ),
    "en": (
        _EN_MULTIPLIER,
        _EN_FRACTION,
        rf"(?P<half>(?<!\w)(?:[Oo]ne|{_EN_UNITS}) and a half(?!\w))",
        rf"(?P<word>(?<![\w-])(?:{_EN_WORD}|{_EN_WORD.title()})(?:[ \u00a0\u202f]hundred)?(?:-?fold)?(?!\w)(?!-[a-z]))",
    ),
}
# Letters that every number word, in any case, contains: where a word has one of these, a
# number word may start at the beginning of the word (dreiundzwanzig, Vierzig).
STEMS = {
    "de": ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
           "zig", "ßig", "hundert", "tausend", "halb", "beiden", "doppel", "hälfte", "drittel", "viertel"),
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
           "twelve", "teen", "twenty", "thirty", "forty", "fifty", "wholly", "fully", "twice", "doubl",
           "tripl", "quadrupl", "half", "third", "quarter"),  # sixty ... ninety: six ... nine
}
ARTICLE_BEFORE = re.compile(rf"(?:{_ARTICLES})[ \u00a0]$")
_HALVES = {"anderthalb": Decimal("1.5"), "eineinhalb": Decimal("1.5")}


@lru_cache(maxsize=4096)  # the same few number words come back on every page
def word_value(word: str, lang: str) -> Decimal | None:
    """The number a number word means, through text2num; None for the article "ein" and for "und"."""
    lowered = word.lower()
    if lowered in ("ein", "und", "einund") or lowered.startswith("und"):
        return None
    if lowered.endswith("fold"):
        lowered = lowered[: -len("fold")].rstrip("-")
    try:
        return Decimal(text2num(lowered, lang))
    except (ValueError, TypeError, InvalidOperation):
        return None


# "an hour or two", "one or two", "ein oder zwei", "ein, zwei Tage": a few, not a count.
_VAGUE_BEFORE = re.compile(r"(?:(?<!\w)(?:[Aa]n?|[Oo]ne)[ \u00a0](?:\w+[ \u00a0]){0,2}or|(?<!\w)[Ee]in(?:e[mnr]?)?(?:[ \u00a0]oder|,))[ \u00a0]\Z")


def read_word(m: re.Match, text: str, lang: str) -> Figure | None:
    if m[0].lower() in ("two", "zwei") and _VAGUE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return None
    value = word_value(m[0], lang)
    return None if value is None else Figure(None, value, None, m[0], m.start(), m.end())


_MULTIPLIERS = {"doppel": 2, "verdopp": 2, "twice": 2, "doubl": 2, "tripl": 3, "quadrupl": 4}
_FRACTIONS = {"hälfte": "0.5", "half": "0.5", "drittel": "1/3", "third": "1/3", "viertel": "1/4", "quarter": "1/4"}


def read_multiplier(m: re.Match, text: str, lang: str) -> Figure | None:
    """"doppelt", "das Dreifache", "zweimal", "verdreifacht" / "twice", "tripled": the factor."""
    lowered = m[0].lower()
    for stem, factor in _MULTIPLIERS.items():
        if lowered.startswith(stem):
            return Figure(None, Decimal(factor), None, m[0], m.start(), m.end())
    word = re.sub(r"^ver|(?:fache?[nrms]?|fach|mal|t|te|ten|en|ung)$", "", lowered)
    word = re.sub(r"fach$", "", word)
    value = word_value(word, "de")
    return None if value is None else Figure(None, value, None, m[0], m.start(), m.end())


def read_fraction(m: re.Match, text: str, lang: str) -> Figure:
    """"die Hälfte", "ein Viertel", "zwei Drittel", "Dreiviertel" / "half of", "a quarter", "two thirds"."""
    lowered = m[0].lower()
    if lowered == "dreiviertel":
        return Figure(None, Decimal("0.75"), None, m[0], m.start(), m.end())
    part = next(value for stem, value in _FRACTIONS.items() if stem in lowered)
    count = 2 if lowered.startswith(("zwei", "two")) else 3 if lowered.startswith(("drei", "three")) else 1
    numerator, _, denominator = part.partition("/")
    value = Decimal(numerator) * count / Decimal(denominator or 1) if denominator else Decimal(part) * count
    return Figure(None, value.quantize(Decimal("0.0001")).normalize(), None, m[0], m.start(), m.end())


def read_half(m: re.Match, text: str, lang: str) -> Figure:
    """text2num knows no halves: "anderthalb", "dreieinhalb", "two and a half"."""
    lowered = m[0].lower()
    if lowered in _HALVES:
        value = _HALVES[lowered]
    elif lowered.endswith("einhalb"):
        value = Decimal(text2num(lowered[: -len("einhalb")], "de")) + Decimal("0.5")
    else:
        whole = lowered.split(" and ")[0]
        value = (Decimal(1) if whole == "one" else Decimal(text2num(whole, "en"))) + Decimal("0.5")
    return Figure(None, value, None, m[0], m.start(), m.end())


def read_genitive(m: re.Match, text: str, lang: str) -> Figure:
    """"dank der Kooperation dreier Unternehmen": the genitive of drei."""
    return Figure(None, Decimal(2 if m[0].startswith("zwei") else 3), None, m[0], m.start(), m.end())


def read_both(m: re.Match, text: str, lang: str) -> Figure:
    """"die beiden Partner" are two."""
    return Figure(None, Decimal(2), None, m[0], m.start(), m.end())
