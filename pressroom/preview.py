"""Parity findings shown on the previewed page (`mkdocs serve` only): pure Markdown placement.

`annotate(markdown, body_first_line, notes)` puts a marked panel after the Markdown block
that holds each finding's line; findings in the front matter (title, key figures …) go
above the body. No MkDocs import.
"""

from __future__ import annotations

from html import escape

from .front_matter import PageSource

PANEL_TITLE = {"de": "Abgleich der Sprachfassungen (nur in der Vorschau)", "en": "Language parity check (preview only)"}


def _panel(messages: list[str], language: str) -> str:
    items = "".join(f"<li>{escape(message)}</li>" for message in messages)
    title = PANEL_TITLE.get(language, PANEL_TITLE["en"])
    return f'\n<aside class="parity-preview" role="note" aria-label="{title}"><p class="parity-preview__title">{title}</p><ul>{items}</ul></aside>\n'


def annotate(markdown: str, body_first_line: int, notes: list[tuple[int, str]], language: str) -> str:
    """Insert panels for (file line, message) notes into `markdown`, whose first line is
    line `body_first_line` of its file."""
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
    top: list[str] = []
    after: dict[int, list[str]] = {}
    for line, message in sorted(notes):
        index = line - body_first_line
        if 0 <= index < len(lines):
            after.setdefault(block_end[index], []).append(message)
        else:
            top.append(message)
    out: list[str] = [_panel(top, language)] if top else []
    for index, text in enumerate(lines):
        out.append(text)
        if index in after:
            out.append(_panel(after[index], language))
    return "\n".join(out)


def body_first_line(page: PageSource) -> int:
    """The file line where MkDocs' Markdown of the page starts: the body's first line after
    the blank lines MkDocs strips below the front matter (mkdocs/utils/meta.py)."""
    body = page.body
    return page.body_line + body[: len(body) - len(body.lstrip("\n"))].count("\n")
