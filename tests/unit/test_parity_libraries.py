"""What the libraries get wrong for this checker, and how the checker makes up for it."""
from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import parse_decimal
from text_to_num import text2num

from pressroom.parity.figures import extract_figures, parse_number


def test_babel_reads_thousands_by_locale() -> None:
    assert parse_decimal("4.200", locale="de", strict=True) == Decimal("4200")
    assert parse_decimal("4.200", locale="en", strict=True) == Decimal("4.2")


def test_babel_accepts_german_grouping_on_english_text_so_the_checker_flags_it() -> None:
    # Babel's strict English parser reads "76.000" as 76: the checker calls it a format error.
    assert parse_decimal("76.000", locale="en", strict=True) == Decimal("76")
    value, error = parse_number("76.000", "en")
    assert value == Decimal("76000") and error.grouping and error.token == "76.000"


def test_german_billion_is_ten_to_the_twelfth() -> None:
    (fig,) = extract_figures("1 Billion Euro", "de")
    assert fig.value == Decimal(10**12)
    (fig,) = extract_figures("1 billion euros", "en")
    assert fig.value == Decimal(10**9)


def test_text2num_has_no_halves_so_the_checker_reads_them() -> None:
    with pytest.raises(ValueError):
        text2num("anderthalb", "de")
    (fig,) = extract_figures("anderthalb Stunden", "de")
    assert fig.value == Decimal("1.5")


def test_text2num_reads_ein_as_one_so_articles_are_skipped() -> None:
    assert text2num("ein", "de") == 1
    assert extract_figures("ein Hub und eine Region", "de") == []
    assert extract_figures("one hub", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        ("bis zu 4,2 Millionen Euro", "de", ("EUR", Decimal("4200000"), "max")),
        ("up to €4.2m", "en", ("EUR", Decimal("4200000"), "max")),
        ("4,2 Mio. €", "de", ("EUR", Decimal("4200000"), None)),
        ("über 76.000", "de", (None, Decimal("76000"), "gt")),
        ("around 650", "en", (None, Decimal("650"), "approx")),
        ("bis 2028", "de", (None, Decimal("2028"), "until")),
        ("10. November 2023", "de", ("date", "2023-11-10", None)),
        ("November 10, 2023", "en", ("date", "2023-11-10", None)),
        ("10.11.23", "de", ("date", "2023-11-10", None)),
        ("4:00 p.m.", "en", ("time", "16:00", None)),
        ("16 Uhr", "de", ("time", "16:00", None)),
        ("+49 (0) 351 564 80600", "de", ("phone", "4935156480600", None)),
        ("2018–2028", "de", (None, (Decimal(2018), Decimal(2028)), None)),
    ],
)
def test_facts(text: str, lang: str, fact: tuple) -> None:
    (fig,) = extract_figures(text, lang)
    assert fig.fact == fact
