"""Finding the figures of a text: where one can start, which kind it is, and its reader.

Each kind of figure is a named regex group; a table maps the group to the function that
reads its match. The kinds that start at a digit or "+" and those that start at a letter
are joined into two patterns, tried only where a figure can start.
"""
from __future__ import annotations

import re

from . import amounts, dates, phones, words
from .figure import Figure
from .qualifiers import read_qualifier

# Where two kinds could match at one start, the first listed wins. The percentage word is in
# both patterns: in German it can start at a digit ("100-prozentige") or a letter ("hundertprozentig").
_DIGIT_KINDS = (dates.ISO, dates.NUMERIC, dates.DAY_MONTH, phones.PHONE, dates.TIME, amounts.NUMBER, amounts.NAMED)
_LETTER_KINDS = (dates.MONTH_DAY, dates.MONTH_YEAR)
_AT_DIGIT = {lang: re.compile("|".join((amounts.PERCENT_WORD[lang], *_DIGIT_KINDS))) for lang in ("de", "en")}
_AT_LETTER = {
    lang: re.compile("|".join((amounts.PERCENT_WORD[lang], *_LETTER_KINDS, *words.PATTERNS[lang])))
    for lang in ("de", "en")
}
_DIGIT_START = frozenset("+0123456789")

READERS = {
    "pct": amounts.read_percent_word,
    "pct_n": amounts.read_percent_word,
    "num": amounts.read_number,
    "nsfx": amounts.read_number,
    "named": amounts.read_named,  # the last group of a number with a suffix (5k)
    "iso": dates.read_iso,
    "nd": dates.read_numeric,
    "dm": dates.read_day_month,
    "md": dates.read_month_day,
    "my": dates.read_month_year,
    "time": dates.read_time,
    "phone": phones.read_phone,
    "word": words.read_word,
    "half": words.read_half,
    "gen": words.read_genitive,
    "both": words.read_both,
    "mult": words.read_multiplier,
    "frac": words.read_fraction,
}

# A figure in digits starts where a run of digits and separators starts (not inside "12.30").
_DIGIT_RUN = re.compile(r"[+0-9][0-9.,:]*")
# A month starts a figure only where spaces and a digit follow it ("Juni 2020"). Read backwards
# from the digit: the spaces, an abbreviation's full stop, the word (letters as [^\W\d_] has them).
_MONTH_BACKWARDS = re.compile(r"[ \u00a0\u202f]+(\.?[^\W\d_]+)")
_SPACES = frozenset(" \u00a0\u202f")
_MONTH_WORDS = frozenset([*dates.MONTH_NAMES, *(name + "." for name in dates.MONTH_ABBREVIATIONS)])
# How far before its digit a month name with its spaces may start.
_MONTH_REACH = 20


def _month_starts(text: str, digits: list[int]) -> list[int]:
    """Where a month name followed by spaces and one of the `digits` starts: a whole word (no
    letter before it), at most 20 characters before the digit."""
    found = []
    for digit in digits:
        if not digit or text[digit - 1] not in _SPACES or not text[digit].isdigit():
            continue
        before = text[max(0, digit - _MONTH_REACH - 1) : digit][::-1]
        m = _MONTH_BACKWARDS.match(before)
        # A match that reaches the window's end may be the end of a longer word: too far off.
        if m is not None and m.end() <= _MONTH_REACH and m.group(1)[::-1] in _MONTH_WORDS:
            found.append(digit - m.end())
    return found


def _word_starts(text: str, lang: str) -> list[int]:
    """Where a number word can start: the start of each word with a number stem in it, and
    for "beiden" the article before it ("die beiden")."""
    # Lower case keeps every offset but for "İ", whose lower case is two characters.
    lowered = text.replace("\u0130", "I").lower()
    found = []
    for stem in words.STEMS[lang]:
        at = lowered.find(stem)
        while at >= 0:
            if stem == "beiden":
                article = words.ARTICLE_BEFORE.search(text, max(0, at - 8), at)
                if article is not None:
                    found.append(article.start())
            else:
                start = at
                while start and text[start - 1].isalpha():
                    start -= 1
                found.append(start)
                if stem in words.COUNTED_STEMS:  # "ein Viertel": the word before may start it
                    before = words.WORD_BEFORE.search(text, max(0, start - 8), start)
                    if before is not None:
                        found.append(before.start())
            at = lowered.find(stem, at + 1)
    return found


def figure_starts(text: str, lang: str) -> list[int]:
    """Every place where a figure can start, in order: a digit run, a month before a number, a
    number word. Trying the patterns only there, not at every letter, is what keeps a page fast."""
    digits = [m.start() for m in _DIGIT_RUN.finditer(text)]
    starts = digits + _month_starts(text, digits)
    starts += _word_starts(text, lang)
    return sorted(starts)


def _matches(text: str, lang: str, starts: list[int]) -> list[re.Match]:
    """Every figure's match, left to right: a match hides the starts inside it."""
    at_digit, at_letter = _AT_DIGIT[lang].match, _AT_LETTER[lang].match
    found: list[re.Match] = []
    pos = 0
    for start in starts:
        if start < pos:
            continue
        m = at_digit(text, start) if text[start] in _DIGIT_START else at_letter(text, start)
        if m is not None and m.end() > start:
            found.append(m)
            pos = m.end()
    return found


def _read(m: re.Match, text: str, lang: str) -> Figure | None:
    fig = READERS[m.lastgroup](m, text, lang)
    if fig is None or fig.unit is not None:
        return fig
    fig = amounts.read_unit(fig, text, lang)
    if fig.format_error and fig.unit is None and fig.scale == 1 and not fig.format_error.grouping:
        fig = fig.changed(format_error=None)  # "Web 2.0": a decimal point without amount is a name
    return fig


def extract_figures(text: str, lang: str, starts: list[int] | None = None) -> list[Figure]:
    """All figures in `text`, read as `lang` ("de" or "en"), in order of appearance.

    `starts` are the places to try (figure_starts by default).
    """
    if starts is None:
        starts = figure_starts(text, lang)
    read = [_read(m, text, lang) for m in _matches(text, lang, starts)]
    figures = amounts.merge_ranges(dates.finish_times([fig for fig in read if fig is not None], text), text)
    return [amounts.apply_scale(read_qualifier(fig, text, lang)) for fig in figures]
