"""The Figure record: one figure's fact and where it was written."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class FormatError:
    """A number written as the other language writes it: the token and its value read that way.
    `grouping`: a digit grouping ("76.000" on the English page), not a decimal mark ("3,5")."""

    token: str
    value: Decimal
    grouping: bool


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which makes
# creating one about four times as costly, and a page's figures are made several times over
# (read, given a unit, a qualifier, a place on the page). No figure is changed once made.
@dataclass(slots=True)
class Figure:
    """One figure found in a text: its normalised fact and where it was written."""

    unit: str | None  # None (a count), "EUR", "%", "date", "time", "phone", "version", ...
    value: object  # Decimal, tuple of Decimals (range), or str (date, phone, version)
    qualifier: str | None  # max | gt | approx | lt | min | until | None
    raw: str
    start: int
    end: int
    format_error: FormatError | None = None
    line: int = 0
    scale: int = 1
    segment: int = -1  # index of the text block on its page, and offset within it
    offset: int = 0

    def located(self, segment: int, offset: int, line: int) -> "Figure":
        """The same figure at `offset` in text block `segment` of its page, on file line `line`."""
        return Figure(
            self.unit, self.value, self.qualifier, self.raw, self.start, self.end, self.format_error,
            line, self.scale, segment, offset,
        )

    @property
    def fact(self) -> tuple:
        return (self.unit, self.value, self.qualifier)
