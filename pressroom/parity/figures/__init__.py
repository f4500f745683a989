"""Figures: numbers together with what they count, read as German or as English.

A figure becomes a fact ``(unit, value, qualifier)``: ``bis zu 4,2 Mio. €`` and
``up to €4.2m`` are both ``("EUR", 4200000, "max")``. Dates, times, phone numbers and
version strings are facts of their own units, so a date is one fact, not three numbers.

The kinds have a module each: amounts (numbers, scales, currencies, units, ranges),
qualifiers, dates (and times), words (numbers in words) and phones; extract finds them.
"""
from .amounts import parse_number
from .extract import extract_figures
from .figure import Figure

__all__ = ["Figure", "extract_figures", "parse_number"]
