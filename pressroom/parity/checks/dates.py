"""The release date in the front matter is one fact: the same ISO date on both pages."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...messages import DATE_DIFFERS
from ..findings import Finding, Location
from . import between

if TYPE_CHECKING:
    from ..compare import Page
    from . import Context


def release_date(de: Page, en: Page, context: Context) -> list[Finding]:
    if de.date is None or en.date is None or de.date[0] == en.date[0]:
        return []
    (de_date, de_line), (en_date, en_line) = de.date, en.date
    de_loc, en_loc = Location(de.path, de_line, str(de_date)), Location(en.path, en_line, str(en_date))
    return [between(context.name, "figure", DATE_DIFFERS, de_loc, en_loc, "en")]
