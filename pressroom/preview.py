"""What the preview (`mkdocs serve`) shows on a page and the built site never does.

The parity findings' panels go into the page's Markdown: `annotate` puts one after the Markdown
block that holds each finding's line; findings in the front matter (title, key figures …) go
above the body. The front matter's own problems become a panel at the top of the page and,
for each box of a release a field fills, a placeholder where the box would be. The markup is
in the templates (overrides/partials/preview-*.html); this module only says what goes where,
in the page's language. No MkDocs import.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from markupsafe import Markup, escape

from . import messages
from .front_matter import PageSource
from .validation import FrontMatterError

_CODE = re.compile(r"`([^`]+)`")


def as_html(text: str) -> Markup:
    """A message as HTML: escaped, with `field names` as code."""
    return Markup(_CODE.sub(r"<code>\1</code>", str(escape(text))))


def annotate(markdown: str, body_first_line: int, notes: list[tuple[int, Markup]], panel: Callable[[list[Markup]], str]) -> str:
    """Insert panels for (file line, item) notes into `markdown`, whose first line is line
    `body_first_line` of its file; `panel` renders a panel of items as HTML."""
    if not notes:
        return markdown
    lines = markdown.split("\n")
    # The last line of the Markdown block (paragraph, list, quote) each line belongs to.
    block_end: list[int] = [0] * len(lines)
    end = len(lines) - 1
    for index in range(len(lines) - 1, -1, -1):
        if not lines[index].strip():
            end = index - 1
        block_end[index] = max(end, index)
    top: list[Markup] = []
    after: dict[int, list[Markup]] = {}
    for line, item in sorted(notes, key=lambda note: note[0]):
        index = line - body_first_line
        if 0 <= index < len(lines):
            after.setdefault(block_end[index], []).append(item)
        else:
            top.append(item)

    def block(items: list[Markup]) -> str:
        # One line with blank lines around it: Markdown keeps an HTML block as it is.
        return "\n" + " ".join(part.strip() for part in panel(items).splitlines() if part.strip()) + "\n"

    out: list[str] = [block(top)] if top else []
    for index, text in enumerate(lines):
        out.append(text)
        if index in after:
            out.append(block(after[index]))
    return "\n".join(out)


def body_first_line(page: PageSource) -> int:
    """The file line where MkDocs' Markdown of the page starts: the body's first line after
    the blank lines MkDocs strips below the front matter (mkdocs/utils/meta.py)."""
    body = page.body
    return page.body_line + body[: len(body) - len(body.lstrip("\n"))].count("\n")


def front_matter_panel(errors: Iterable[FrontMatterError], lang: str) -> dict | None:
    """The panel of the page's front-matter problems: title, note, one item per problem; None without any."""
    items = [as_html(messages.AT_LINE(line=error.line, message=error.message).text(lang)) for error in errors]
    if not items:
        return None
    return {
        "title": messages.PREVIEW_FRONT_MATTER.text(lang),
        "note": messages.PREVIEW_FRONT_MATTER_NOTE.text(lang),
        "items": items,
    }


def placeholders(errors: Iterable[FrontMatterError], lang: str) -> dict[str, list[Markup]]:
    """For each box a field with problems fills (messages.BOX): what to show in its place."""
    shown: dict[str, list[Markup]] = {}
    for error in errors:
        box = messages.BOX.get(error.field)
        if box is not None:
            text = messages.PLACEHOLDER(box=box, reason=error.message).text(lang)
            shown.setdefault(error.field, []).append(as_html(text))
    return shown
