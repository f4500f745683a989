"""Numbers in words: "zwölf", "twenty-one", "anderthalb", "one and a half", "dreier", "die beiden"."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

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
_ARTICLES = r"[Dd]ie|[Dd]er|[Dd]en|[Dd]es|[Dd]iese|[Dd]ieser|[Dd]iesen"
# The patterns of each language, in the order they are tried at one place.
PATTERNS = {
    "de": (
        rf"(?P<both>(?<!\w)(?:{_ARTICLES})[ \u00a0]beiden(?!\w))",
        r"(?P<half>(?<!\w)(?:anderthalb|eineinhalb|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)einhalb)(?!\w))",
        r"(?P<gen>(?<!\w)(?:zwei|drei)er(?!\w))",
        rf"(?P<word>(?<!\w)(?:(?:{_DE_WORDS})+|(?:Zwei|Drei|Vier|Fünf|Sechs|Sieben|Neun|Zehn|Zwölf|Zwanzig|Dreißig|Vierzig|Fünfzig)(?:{_DE_WORDS})*)(?!\w))",
    ),
    "en": (
        rf"(?P<half>(?<!\w)(?:[Oo]ne|{_EN_UNITS}) and a half(?!\w))",
        rf"(?P<word>(?<![\w-])(?:{_EN_WORD}|{_EN_WORD.title()})(?:[ \u00a0\u202f]hundred)?(?:-?fold)?(?!\w)(?!-[a-z]))",
    ),
}
# Letters that every number word, in any case, contains: where a word has one of these, a
# number word may start at the beginning of the word (dreiundzwanzig, Vierzig).
STEMS = {
    "de": ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
           "zig", "ßig", "hundert", "tausend", "halb", "beiden"),
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
           "twelve", "teen", "twenty", "thirty", "forty", "fifty", "wholly", "fully"),  # sixty ... ninety: six ... nine
}
ARTICLE_BEFORE = re.compile(rf"(?:{_ARTICLES})[ \u00a0]$")
_HALVES = {"anderthalb": Decimal("1.5"), "eineinhalb": Decimal("1.5")}


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


def read_word(m: re.Match, text: str, lang: str) -> Figure | None:
    value = word_value(m[0], lang)
    return None if value is None else Figure(None, value, None, m[0], m.start(), m.end())


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
