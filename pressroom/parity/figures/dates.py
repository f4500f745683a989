"""Dates and times: every way of writing one is one fact, "2023-11-10" or "16:00".

Month names come from CLDR through Babel, in German and English.
"""
from __future__ import annotations

import re

from babel.dates import get_month_names

from .amounts import is_range
from .figure import Figure


def _names(width: str, locale: str) -> dict[str, int]:
    return {name: number for number, name in get_month_names(width, locale=locale).items()}


# Month names are capitalised in both languages; lower-case "may" is a verb. Austrian "Jänner"
# is CLDR's de_AT name for January.
MONTH_NAMES = {**_names("wide", "de"), **_names("wide", "de_AT"), **_names("wide", "en")}
# Abbreviations are written with a full stop ("Okt.", "Sept."), in English too ("Oct.").
# "Mär." is in use though CLDR abbreviates März not at all.
MONTH_ABBREVIATIONS = {
    name.rstrip("."): number
    for locale in ("de", "en")
    for name, number in _names("abbreviated", locale).items()
    if name.rstrip(".") not in MONTH_NAMES
} | {"Mär": 3}
_MONTH_NUMBERS = {name.lower(): number for name, number in (MONTH_NAMES | MONTH_ABBREVIATIONS).items()}
MONTH = (
    rf"(?:(?:{'|'.join(sorted(MONTH_NAMES, key=len, reverse=True))})(?!\w)"
    rf"|(?:{'|'.join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))})\.)"
)
_SEP = r"[ \u00a0\u202f]"

# Patterns that start at a digit.
ISO = r"(?P<iso>(?<!\d)(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?!\d))"
# 10.11.2023, 10.11.23
NUMERIC = r"(?P<nd>(?<![\d.])(?P<nd_d>\d{1,2})\.(?P<nd_m>\d{1,2})\.(?P<nd_y>\d{4}|\d{2})(?![\d]|\.\d))"
# 10. November 2023, 10 November 2023, 22 September
DAY_MONTH = rf"(?P<dm>(?<![\d.])(?P<dm_d>\d{{1,2}})\.?{_SEP}+(?P<dm_m>{MONTH})(?:,?{_SEP}+(?P<dm_y>\d{{4}})(?!\d))?)"
# 16:00, 4:00 p.m., 16.30 Uhr, 16 Uhr, 4 p.m.
TIME = (
    r"(?P<time>(?<![\d.,:])(?P<th>[01]?\d|2[0-3])(?::(?P<tm>[0-5]\d)(?P<tsfx1>[ \u00a0]?(?:Uhr\b|[ap]\.[ \u00a0]?m\.|[ap]m\b))?"
    r"|(?:\.(?P<tm2>[0-5]\d))?[ \u00a0]?(?P<tsfx2>Uhr\b|[ap]\.[ \u00a0]?m\.|[ap]m\b)))"
)
# Patterns that start at a month name. November 10, 2023; August 17 2021
MONTH_DAY = rf"(?P<md>(?P<md_m>{MONTH}){_SEP}+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?{_SEP}+(?P<md_y>\d{{4}})(?!\d))?)"
# Juni 2020, June 2020
MONTH_YEAR = rf"(?P<my>(?P<my_m>{MONTH}){_SEP}+(?P<my_y>\d{{4}})(?!\d))"

_AMPM = re.compile(r"([ap])\.?[ \u00a0]?m\.?", re.I)


def _date(year: str | None, month: int, day: str | None) -> str | None:
    """The ISO date, "????" for an unwritten year and "??" for an unwritten day; None if impossible."""
    if not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= int(day) <= 31:
        return None
    y = ("20" + year if len(year) == 2 else year) if year else "????"
    d = f"{int(day):02d}" if day else "??"
    return f"{y}-{month:02d}-{d}"


def _month(name: str) -> int:
    return _MONTH_NUMBERS.get(name.lower().rstrip("."), 0)


def _date_figure(m: re.Match, value: str | None) -> Figure | None:
    return Figure("date", value, None, m[0], m.start(), m.end()) if value else None


def read_iso(m: re.Match, text: str, lang: str) -> Figure | None:
    return _date_figure(m, _date(m["iy"], int(m["im"]), m["id"]))


def read_numeric(m: re.Match, text: str, lang: str) -> Figure | None:
    return _date_figure(m, _date(m["nd_y"], int(m["nd_m"]), m["nd_d"]))


def read_day_month(m: re.Match, text: str, lang: str) -> Figure | None:
    return _date_figure(m, _date(m["dm_y"], _month(m["dm_m"]), m["dm_d"]))


def read_month_day(m: re.Match, text: str, lang: str) -> Figure | None:
    return _date_figure(m, _date(m["md_y"], _month(m["md_m"]), m["md_d"]))


def read_month_year(m: re.Match, text: str, lang: str) -> Figure | None:
    return _date_figure(m, _date(m["my_y"], _month(m["my_m"]), None))


def read_time(m: re.Match, text: str, lang: str) -> Figure:
    """A time as (hour, minute, suffix as written); finish_times makes it "16:00"."""
    hour = int(m["th"])
    minute = int(m["tm"] or m["tm2"] or 0)
    suffix = m["tsfx1"] or m["tsfx2"] or ""
    return Figure("time", (hour, minute, suffix.strip()), None, m[0], m.start(), m.end())


def _clock(hour: int, minute: int, suffix: str) -> str:
    ampm = _AMPM.fullmatch(suffix.strip()) if suffix else None
    if ampm:
        if ampm.group(1).lower() == "p" and hour < 12:
            hour += 12
        elif ampm.group(1).lower() == "a" and hour == 12:
            hour = 0
    return f"{hour:02d}:{minute:02d}"


def finish_times(figures: list[Figure], text: str) -> list[Figure]:
    """Each time on the 24-hour clock; in "4:00 - 5:00 p.m." the first time is p.m. too."""
    finished = []
    for i, fig in enumerate(figures):
        if fig.unit == "time":
            hour, minute, suffix = fig.value
            nxt = figures[i + 1] if i + 1 < len(figures) else None
            if (
                not suffix
                and nxt is not None
                and nxt.unit == "time"
                and is_range(text, fig, nxt)
            ):
                suffix = nxt.value[2]
            fig = fig.changed(value=_clock(hour, minute, suffix))
        finished.append(fig)
    return finished
