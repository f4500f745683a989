"""Front matter and Markdown body as text segments with source line numbers.

The body is read through markdown-it-py's token stream, so code, HTML, link targets and
list markers never reach the figure and quote checks; only the text a reader sees does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..front_matter import mapping_items

# Text fields of a release page's front matter that must say the same in both languages.
FRONT_MATTER_TEXT_FIELDS = ("title", "subtitle", "description")

_HEADING_ATTRS = re.compile(r"\s*\{[:#.][^{}]*\}\s*$")
_BLANKED = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>()\[\]»«„“”\"']+"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|\[\^[^\]\s]+\]"  # footnote markers
)

# Characters that can start inline markup (emphasis, code, links, HTML, entities, escapes).
_MARKUP_CHARS = "*_`[]<>&\\!~"
# A line that starts one of these can open a block other than a paragraph (heading, quote,
# list, rule, fence, table, HTML, link reference, setext underline) or continue a table.
_BLOCK_START = frozenset("#>-*+=_`~|<[:")
_ORDERED_MARKER = re.compile(r"[0-9]+[.)](?:\s|$)")


class _Parser:
    """markdown-it-py, created on first use: CommonMark with tables, inline rules run on demand."""

    md = None

    @classmethod
    def get(cls):  # noqa: ANN206
        if cls.md is None:
            from markdown_it import MarkdownIt

            md = MarkdownIt("commonmark").enable("table")
            # Inline parsing runs only where a block has inline markup (see body_segments).
            md.disable("inline")
            cls.md = md
        return cls.md


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which makes
# creating the many segments of a page about three times as costly. Segments are not changed.
@dataclass(slots=True)
class Segment:
    """A run of reader-visible text (a paragraph, heading, cell or front-matter value)."""

    text: str
    line: int  # 1-based line of the segment's first character in the file
    blockquote: bool = False
    field: str | None = None  # front-matter key path, e.g. "key_figures[0].value"

    def line_at(self, offset: int) -> int:
        return self.line + self.text.count("\n", 0, offset)


def front_matter_segments(node: tuple | None) -> list[Segment]:
    """The front-matter texts that must agree across languages, one segment per value."""
    segments: list[Segment] = []

    def add(value: tuple | list | str | None, line: int, name: str) -> None:
        if value and type(value) is str:
            segments.append(Segment(" ".join(value.split()), line, False, name))

    for key, value, line in mapping_items(node):
        if key in FRONT_MATTER_TEXT_FIELDS:
            add(value, line, key)
        elif key == "key_figures" and type(value) is list:
            for i, (item, _) in enumerate(value):
                for sub, subvalue, subline in mapping_items(item):
                    if sub in ("value", "label"):
                        add(subvalue, subline, f"key_figures[{i}].{sub}")
        elif key == "photo":
            for sub, subvalue, subline in mapping_items(value):
                if sub == "caption":
                    add(subvalue, subline, "photo.caption")
        elif key == "corrections" and type(value) is list:
            for i, (item, _) in enumerate(value):
                for sub, subvalue, subline in mapping_items(item):
                    if sub == "text":
                        add(subvalue, subline, f"corrections[{i}].text")
    return segments


def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))


def _plain_paragraphs(body: str) -> list[tuple[str, int]] | None:
    """(content, 0-based line) of each paragraph if the body is nothing but paragraphs, else None.

    Exactly the blocks markdown-it makes of such a body: lines that start at the margin with
    a character that opens no other block, separated by lines of spaces and tabs. Anything
    else (indentation, markup at a line start, CR or NUL to normalise) goes to markdown-it.
    """
    if "\r" in body or "\0" in body:
        return None
    blocks: list[tuple[str, int]] = []
    start = -1
    lines = body.split("\n")
    for number, line in enumerate(lines):
        if not line.strip(" \t"):
            if start >= 0:
                blocks.append(("\n".join(lines[start:number]).strip(), start))
                start = -1
            continue
        first = line[0]
        if first in _BLOCK_START or first.isspace() or ("0" <= first <= "9" and _ORDERED_MARKER.match(line)):
            return None
        if start < 0:
            start = number
    if start >= 0:
        blocks.append(("\n".join(lines[start:]).strip(), start))
    return blocks


def _blocks(body: str, env: dict):
    """(content, 0-based line, heading, in a blockquote) of each block with inline text."""
    plain = _plain_paragraphs(body)
    if plain is not None:
        for content, line in plain:
            yield content, line, False, False
        return
    depth_quote = 0
    heading = False
    for token in _Parser.get().parse(body, env):
        kind = token.type
        if kind == "blockquote_open":
            depth_quote += 1
        elif kind == "blockquote_close":
            depth_quote -= 1
        elif kind == "heading_open":
            heading = True
        elif kind == "heading_close":
            heading = False
        elif kind == "inline" and token.map:
            yield token.content, token.map[0], heading, depth_quote > 0


def body_segments(body: str, first_line: int = 1) -> list[Segment]:
    """Reader-visible text blocks of a Markdown body, with 1-based file line numbers."""
    segments: list[Segment] = []
    env: dict = {}
    for content, line, heading, quoted in _blocks(body, env):
        if not _has_markup(content) and ("\n" not in content or "  \n" not in content):
            _add_segment(segments, content, heading, line + first_line, quoted)
            continue
        md = _Parser.get()
        children: list = []
        md.inline.parse(content, md, env, children)
        parts: list[str] = []
        for child in children:
            ctype = child.type
            if ctype == "text" or ctype == "text_special":
                parts.append(child.content)
            elif ctype in ("softbreak", "hardbreak"):
                parts.append("\n")
            elif ctype == "code_inline":
                parts.append(" ")
            elif ctype == "image":
                parts.append(" ")
        _add_segment(segments, "".join(parts), heading, line + first_line, quoted)
    return segments


def _has_markup(text: str) -> bool:
    """Whether text has one of _MARKUP_CHARS."""
    # A substring test per character (memchr) is far cheaper than a regex character-set search.
    for ch in _MARKUP_CHARS:
        if ch in text:
            return True
    return False


def _add_segment(segments: list[Segment], text: str, heading: bool, line: int, quoted: bool) -> None:
    """A block's reader-visible text, without heading ids, addresses and footnote marks."""
    if heading:
        text = _HEADING_ATTRS.sub("", text)
    # Single-character tests first: they are cheaper than the substring searches they spare.
    if "@" in text or (":" in text and "://" in text) or ("[" in text and "[^" in text) or "www." in text:
        text = _BLANKED.sub(_blank, text)
    if text.strip():
        segments.append(Segment(text, line, quoted))
