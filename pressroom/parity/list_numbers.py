"""The German list-number trap: a line that starts with a number and a period.

German writes ordinals with a period ("17. Januar 2020", "3. Platz"). At the start of a
paragraph Markdown takes such a line for a numbered list item, and MkDocs (Python-Markdown)
numbers every list from 1: the page shows "1. Januar 2020". A line is a trap where a list
would start there (at the top or after a blank line, not inside a list already) and it is
not a list a reader would write: its number is not 1, or the words after it are a date
("1. Mai"). The fix is a backslash before the period, `17\\. Januar`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .figures.dates import MONTH_NAMES

# Python-Markdown: a list item is up to three spaces, digits, a period, then a space or tab.
_ITEM = re.compile(r" {0,3}([0-9]{1,9})\.[ \t]+(\S+)?")
_FENCE = re.compile(r" {0,3}(```|~~~)")
_MONTHS = frozenset(name.casefold() for name in MONTH_NAMES)


@dataclass(frozen=True)
class ListNumber:
    line: int  # 1-based, in the file
    number: str
    text: str  # the line as written, shortened
    word: str = ""  # the word after the number

    @property
    def fix(self) -> str:
        return f"{self.number}\\. {self.word}".rstrip()


def list_number_traps(body: str, first_line: int = 1) -> list[ListNumber]:
    """Each line of `body` that Markdown would wrongly render as the start of a numbered list."""
    if ". " not in body and ".\t" not in body:
        return []
    found: list[ListNumber] = []
    previous_blank, in_list, fence = True, False, None
    for number, line in enumerate(body.split("\n")):
        if fence is not None:
            if line.lstrip().startswith(fence):
                fence = None
            continue
        opened = _FENCE.match(line)
        if opened:
            fence, previous_blank = opened.group(1), False
            continue
        if not line.strip():
            previous_blank = True
            continue
        item = _ITEM.match(line)
        if item is None:
            # A line at the margin after a blank line ends a list; indented lines continue it.
            if previous_blank and not line[:1].isspace():
                in_list = False
        elif previous_blank and not in_list:
            word = (item.group(2) or "").rstrip(".,;:").casefold()
            if item.group(1).lstrip("0") != "1" or word in _MONTHS:
                text = line.strip()
                found.append(ListNumber(first_line + number, item.group(1), text if len(text) <= 60 else text[:59] + "…", item.group(2) or ""))
            in_list = True
        elif previous_blank or in_list:
            in_list = True
        previous_blank = False
    return found


def escaped(body: str, traps: list[ListNumber], first_line: int = 1) -> str:
    """The body with each trap's period escaped, so that it is read as the text it was meant to be."""
    lines = body.split("\n")
    for trap in traps:
        i = trap.line - first_line
        lines[i] = lines[i].replace(trap.number + ".", trap.number + "\\.", 1)
    return "\n".join(lines)
