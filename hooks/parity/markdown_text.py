"""Front matter and Markdown body as text segments with source line numbers.

The body is read through markdown-it-py's token stream, so code, HTML, link targets and
list markers never reach the figure and quote checks; only the text a reader sees does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Text fields of a release page's front matter that must say the same in both languages.
FRONT_MATTER_TEXT_FIELDS = ("title", "subtitle", "description")

_FENCE = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n")
_FENCE_END = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)
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


@dataclass
class FrontMatter:
    # The front matter's mapping as plain values (None if absent, empty or malformed): a
    # mapping is a tuple of (key, value, 1-based line of the key), a sequence a list of
    # (item, 1-based line of the item), a scalar its text. Cheaper to build than yaml.Nodes.
    node: tuple | None
    error: str | None  # message if the YAML is malformed
    error_line: int
    body: str
    body_line: int  # 1-based line where the body starts
    present: bool


def split_front_matter(source: str) -> FrontMatter:
    """Separate YAML front matter (``---`` … ``---``) from the Markdown body."""
    start = _FENCE.match(source)
    if not start:
        return FrontMatter(None, None, 0, source, 1, False)
    end = _closing_fence(source, start.end())
    if not end:
        return FrontMatter(None, "front matter is not closed by a '---' line", 1, source, 1, True)
    yaml_text = source[start.end() : end.start()]
    body_start = source.find("\n", end.end())
    body = "" if body_start < 0 else source[body_start + 1 :]
    body_line = source.count("\n", 0, body_start + 1) + 1 if body_start >= 0 else 1
    try:
        return FrontMatter(_SimpleYaml(yaml_text).read(), None, 0, body, body_line, True)
    except _Unsure:
        pass
    from .front_matter_yaml import compose  # PyYAML loads only for front matter that needs it

    node, error, error_line = compose(yaml_text)
    return FrontMatter(node, error, error_line, body, body_line, True)


def _closing_fence(source: str, pos: int) -> re.Match | None:
    """_FENCE_END.search(source, pos) for pos at the start of a line, faster: the regex tries
    every position, str.find jumps to the lines that start like a fence."""
    found = None
    for marker in ("\n---", "\n..."):
        i = source.find(marker, pos - 1)
        while i >= 0 and (found is None or i < found.start()):
            match = _FENCE_END.match(source, i + 1)
            if match:
                found = match
                break
            i = source.find(marker, i + 1)
    return found


class _Unsure(Exception):
    """The front matter leaves the subset _SimpleYaml reads: PyYAML composes it instead."""


# Characters _SimpleYaml leaves to PyYAML: tabs, CR and other line breaks, characters that
# libyaml rejects or treats specially (controls, BOM, surrogates). Only text that is not
# all printable (to Python, which is stricter) is searched for them.
_UNSURE_CHARS = "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"  # compiled on first use, by re.search
# Characters that cannot start a plain scalar (or start one only in cases left to PyYAML).
_NOT_PLAIN = frozenset(["", *"-?:,[]{}#&*!|>'\"%@`"])
# Block scalar header: (folded, line break kept at the end).
_BLOCK_HEADERS = {">": (True, "\n"), ">-": (True, ""), "|": (False, "\n"), "|-": (False, "")}


class _SimpleYaml:
    """Reads the YAML subset of front matter exactly as PyYAML composes it, at a fraction of the cost.

    Block mappings with identifiers as keys, block sequences, one-line plain and quoted
    scalars, folded and literal block scalars, comments. Anything else raises _Unsure, as
    does whatever might be a continuation line or an error in YAML.
    """

    __slots__ = ("contents", "indents", "lines")

    def __init__(self, text: str) -> None:
        if not text.replace("\n", " ").isprintable() and re.search(_UNSURE_CHARS, text):
            raise _Unsure
        self.lines = lines = text.split("\n")
        if lines.pop():  # front matter is empty or ends with a line break
            raise _Unsure
        self.contents = contents = [line.lstrip(" ") for line in lines]
        # Column of each line's first token; -1 for blank and comment lines.
        self.indents = [
            len(line) - len(content) if content and content[0] != "#" else -1
            for line, content in zip(lines, contents)
        ]

    def read(self) -> tuple | None:
        indents = self.indents
        i = 0
        while i < len(indents) and indents[i] < 0:
            i += 1
        if i == len(indents):
            return None
        if indents[i]:
            raise _Unsure
        node, i = self.mapping(i, 0, self.contents[i])
        if i != len(indents):
            raise _Unsure
        return node

    def mapping(self, i: int, col: int, content: str) -> tuple[tuple, int]:
        """The block mapping with keys at column col, the first on line i starting content."""
        items = []
        contents, indents = self.contents, self.indents
        n = len(indents)
        while True:
            key, colon, rest = content.partition(": ")
            if not colon:
                if content[-1] != ":":
                    raise _Unsure
                key = content[:-1]
            if not key.isidentifier():
                raise _Unsure
            rest = rest.lstrip(" ")
            if not rest or rest[0] == "#":
                value, after = self.nested(i, col)
            elif rest[0] in ">|":
                value, after = self.block_scalar(i, col, rest)
            else:
                value, after = self.scalar(rest), i + 1
            items.append((key, value, i + 2))
            i = after
            while i < n and indents[i] < 0:
                i += 1
            if i < n and indents[i] == col:
                content = contents[i]
            elif i == n or indents[i] < col:
                return tuple(items), i
            else:
                raise _Unsure

    def sequence(self, i: int, col: int) -> tuple[list, int]:
        """The block sequence with its "-" at column col, the first one on line i."""
        items = []
        contents, indents = self.contents, self.indents
        n = len(indents)
        while True:
            content = contents[i]
            if content[:2] != "- ":
                if content[0] != "-":  # the end of a sequence at its mapping's indentation
                    return items, i
                raise _Unsure
            item = content[2:].lstrip(" ")
            if not item or item[0] == "#":
                raise _Unsure
            if ": " in item or item[-1] == ":":
                value, after = self.mapping(i, col + len(content) - len(item), item)
            else:
                value, after = self.scalar(item), i + 1
            items.append((value, i + 2))
            i = after
            while i < n and indents[i] < 0:
                i += 1
            if i == n or indents[i] < col:
                return items, i
            if indents[i] > col:
                raise _Unsure

    def nested(self, i: int, col: int) -> tuple[tuple | list | str, int]:
        """The value of a key at column col with nothing after it on line i: (value, next line)."""
        indents = self.indents
        j = i + 1
        while j < len(indents) and indents[j] < 0:
            j += 1
        if j < len(indents):
            indent = indents[j]
            content = self.contents[j]
            if indent >= col and content[0] == "-" and content[1:2] in (" ", ""):
                return self.sequence(j, indent)
            if indent > col:
                return self.mapping(j, indent, content)
        return "", i + 1

    @staticmethod
    def scalar(rest: str) -> str:
        """The text of a plain or quoted scalar that ends on its line, rest its part of the line."""
        first = rest[0]
        if first == '"':
            end = rest.find('"', 1)
            text = rest[1:end]
            if end < 0 or "\\" in text:
                raise _Unsure
        elif first == "'":
            end = rest.find("'", 1)
            while end > 0 and rest[end + 1 : end + 2] == "'":  # '' stands for one '
                end = rest.find("'", end + 2)
            if end < 0:
                raise _Unsure
            text = rest[1:end].replace("''", "'")
        else:
            if first in _NOT_PLAIN and not (first == "-" and rest[1:2] not in (" ", "")):
                raise _Unsure
            end = rest.find(" #")
            text = (rest if end < 0 else rest[:end]).rstrip(" ")
            if ": " in text or text[-1] == ":":
                raise _Unsure
            return text
        after = rest[end + 1 :]
        if after and (after[0] != " " or after.lstrip(" ")[:1] not in ("#", "")):
            raise _Unsure
        return text

    def block_scalar(self, i: int, col: int, header: str) -> tuple[str, int]:
        """A folded or literal block scalar whose header ends line i, in a mapping at column col."""
        if header not in _BLOCK_HEADERS:
            raise _Unsure
        folded, chomp = _BLOCK_HEADERS[header]
        lines, n = self.lines, len(self.lines)
        j = i + 1
        while j < n and not lines[j].strip(" "):
            j += 1
        if j == n:
            raise _Unsure
        indent = len(lines[j]) - len(self.contents[j])
        if indent <= col or any(len(lines[k]) > indent for k in range(i + 1, j)):
            raise _Unsure
        parts = ["\n"] * (j - i - 1)
        while True:
            text = lines[j][indent:]
            parts.append(text)
            j += 1
            k = j  # lines of at most indent spaces are line breaks inside the scalar
            while k < n and len(lines[k]) <= indent and not lines[k].strip(" "):
                k += 1
            line = lines[k] if k < n else ""
            if not line or len(line) - len(line.lstrip(" ")) < indent:
                parts.append(chomp)
                return "".join(parts), j
            if folded and text[0] != " " and line[indent] != " ":
                parts.append("\n" * (k - j) if k > j else " ")
            else:
                parts.append("\n" * (k - j + 1))
            j = k


def mapping_items(node: tuple | list | str | None) -> tuple[tuple[str, tuple | list | str | None, int], ...]:
    """(key, value, 1-based line of the key) for a mapping in the front matter, else nothing."""
    return node if type(node) is tuple else ()


def scalar_text(node: tuple | list | str | None) -> str | None:
    return node if type(node) is str else None


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
