"""The Figure record: one figure's fact and where it was written."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any


@dataclass(frozen=True, slots=True)
class FormatError:
    """A number written as the other language writes it: the token and its value read that way.
    `grouping`: a digit grouping ("76.000" on the English page), not a decimal mark ("3,5")."""

    token: str
    value: Decimal
    grouping: bool


_SAME: Any = object()  # a field left as it is (None is a value a field can be given)


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

    def changed(
        self, *, unit: Any = _SAME, value: Any = _SAME, qualifier: Any = _SAME, raw: Any = _SAME,
        start: Any = _SAME, end: Any = _SAME, format_error: Any = _SAME, scale: Any = _SAME,
    ) -> "Figure":
        """A copy with the fields given changed, as `dataclasses.replace` makes it: that one
        looks each field up by name and took about a twelfth of the check's time (27 copies a page)."""
        return Figure(
            self.unit if unit is _SAME else unit,
            self.value if value is _SAME else value,
            self.qualifier if qualifier is _SAME else qualifier,
            self.raw if raw is _SAME else raw,
            self.start if start is _SAME else start,
            self.end if end is _SAME else end,
            self.format_error if format_error is _SAME else format_error,
            self.line,
            self.scale if scale is _SAME else scale,
            self.segment,
            self.offset,
        )

    def located(self, segment: int, offset: int, line: int) -> "Figure":
        """The same figure at `offset` in text block `segment` of its page, on file line `line`."""
        return Figure(
            self.unit, self.value, self.qualifier, self.raw, self.start, self.end, self.format_error,
            line, self.scale, segment, offset,
        )

    @property
    def fact(self) -> tuple:
        return (self.unit, self.value, self.qualifier)
