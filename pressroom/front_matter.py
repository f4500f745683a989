"""The one front-matter reader: YAML front matter split from the Markdown body and parsed once.

The build's validation, the parity check and the preview all read pages through `read_page_source`
(and data files through `parse_yaml`); this is the only module that imports PyYAML (it also
writes the front matter of the pages the build generates, `page_text`). Parsing
uses libyaml (PyYAML's C loader) where PyYAML was built with it, as MkDocs does in
mkdocs/utils/meta.py, with the pure-Python loader as fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from . import messages
from .wording import Message, Text

try:
    from yaml import CBaseLoader as _BaseLoader
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import BaseLoader as _BaseLoader  # type: ignore[assignment]
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

# An opening "---" line, the YAML, and a closing "---" or "..." line at the start of a line.
# The YAML is matched a whole line at a time: trying the closing line after every character
# took longer than parsing the YAML.
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n((?:.*\n)*?)(?:---|\.\.\.)[ \t]*\r?$", re.M)
_OPENING = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n")


class _Loader(_SafeLoader):  # type: ignore[misc, valid-type]
    """The safe loader with dates kept as text, so that a malformed date is reported, not raised."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_TAGS = {
    yaml.ScalarNode: _BaseLoader.DEFAULT_SCALAR_TAG,
    yaml.SequenceNode: _BaseLoader.DEFAULT_SEQUENCE_TAG,
    yaml.MappingNode: _BaseLoader.DEFAULT_MAPPING_TAG,
}


class _TextLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The loader of the text-only read (values=False): every node gets the tag PyYAML's base
    resolver gives it, without asking. The composer calls the resolver, in Python, for each node's
    tag and at each step into and out of a node; the tree of text reads no tags, and those calls
    took about a third of the parse (the parity check reads the front matter of every page)."""

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        return _TAGS[kind]

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass



@dataclass(frozen=True)
class YamlProblem:
    """Why YAML could not be read: the file line and PyYAML's words for the problem."""

    line: int
    problem: str
    syntax: bool = True  # False: the front matter is not closed, so it was not parsed at all

    def message(self, what: Text = messages.THE_FRONT_MATTER) -> Message:
        """The problem for editors; `what` names what could not be read (the front matter, the file)."""
        if not self.syntax:
            return messages.FRONT_MATTER_NOT_CLOSED()
        return messages.YAML_MALFORMED(what=what, problem=self.problem)


@dataclass(frozen=True)
class Document:
    """A parsed YAML document.

    `data` holds the values as PyYAML constructs them (dates as text); `tree` the same
    document as written, every scalar its text: a mapping as a tuple of (key, value, line of
    the key), a sequence as a list of (item, line of the item). `lines` maps each key path,
    e.g. ("photo", "caption") or ("key_figures", 0, "value"), to its 1-based file line.
    """

    data: Any  # None where read without values (parse_yaml)
    tree: Any
    lines: dict[tuple, int]
    first_line: int

    def line(self, keypath: tuple) -> int:
        """The line of a key path, or of its nearest enclosing key that has one."""
        while keypath and keypath not in self.lines:
            keypath = keypath[:-1]
        return self.lines.get(keypath, self.first_line)


EMPTY = Document(None, None, {}, 1)


@dataclass(frozen=True)
class PageSource:
    """A Markdown page split into its front matter and its body."""

    present: bool  # the page opens with a front-matter fence
    document: Document = EMPTY  # EMPTY when absent or unreadable
    problem: YamlProblem | None = None
    body: str = ""
    body_line: int = 1  # the file line the body starts on


class YamlSyntaxError(Exception):
    def __init__(self, problem: YamlProblem):
        super().__init__(problem.problem)
        self.line = problem.line
        self.problem = problem


def parse_yaml(text: str, first_line: int = 1, values: bool = True) -> Document:
    """Parse YAML text whose first line is line `first_line` of its file; raise YamlSyntaxError.

    With `values=False` the document has its text tree and lines but no data: the parity
    check compares text only, and PyYAML's constructor, which makes the typed values, costs
    about as much as the parse. What only the constructor rejects (an unknown `!tag`) is then
    not a problem here; the build's validation, which reads the values, reports it.
    """
    loader = _Loader(text) if values else _TextLoader(text)
    try:
        # One parse: the node tree gives the lines and the text, the same tree the data.
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None and values else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + first_line if mark else first_line
        raise YamlSyntaxError(YamlProblem(line, str(error.problem or error.context))) from None
    except yaml.YAMLError as error:
        raise YamlSyntaxError(YamlProblem(first_line, str(error).splitlines()[0])) from None
    except RecursionError:
        raise YamlSyntaxError(YamlProblem(first_line, "nested too deeply")) from None
    finally:
        loader.dispose()
    lines: dict[tuple, int] = {}
    tree = _walk(node, (), first_line, lines, set()) if node is not None else None
    return Document(data, tree, lines, first_line)


def _walk(node: yaml.Node, keypath: tuple, offset: int, lines: dict[tuple, int], open_nodes: set[int]) -> Any:
    """The node's text tree, recording the line of each key path below it."""
    if isinstance(node, yaml.ScalarNode):
        return node.value
    if id(node) in open_nodes:  # an alias of a node that contains it: not followed again
        return None
    open_nodes.add(id(node))
    if isinstance(node, yaml.MappingNode):
        items = []
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            child = keypath + (key,)
            lines.setdefault(child, key_node.start_mark.line + offset)
            items.append((key, _walk(value_node, child, offset, lines, open_nodes), key_node.start_mark.line + offset))
        result: Any = tuple(items)
    else:
        result = []
        for index, item in enumerate(node.value):
            child = keypath + (index,)
            lines[child] = item.start_mark.line + offset
            result.append((_walk(item, child, offset, lines, open_nodes), item.start_mark.line + offset))
    open_nodes.discard(id(node))
    return result


def read_page_source(source: str, values: bool = True) -> PageSource:
    """Split a page's source into front matter and body and parse the front matter.

    A page whose first line is "---" has front matter up to the next "---" or "..." line;
    one with an opening fence and no closing one is a problem on line 1. `values` as in
    parse_yaml.
    """
    match = _FRONT_MATTER.match(source)
    if not match:
        if _OPENING.match(source):
            return PageSource(True, problem=YamlProblem(1, "the front matter is not closed by a '---' line", syntax=False), body=source)
        return PageSource(False, body=source)
    body_start = source.find("\n", match.end())
    body = "" if body_start < 0 else source[body_start + 1 :]
    body_line = source.count("\n", 0, body_start + 1) + 1 if body_start >= 0 else 1
    try:
        document = parse_yaml(match.group(1), first_line=2, values=values)
    except YamlSyntaxError as error:
        return PageSource(True, problem=error.problem, body=body, body_line=body_line)
    return PageSource(True, document, None, body, body_line)


def mapping_items(tree: Any) -> tuple[tuple[Any, Any, int], ...]:
    """(key, value, line of the key) of a mapping in a text tree; nothing for any other value."""
    return tree if type(tree) is tuple else ()


def scalar_text(tree: Any) -> str | None:
    """The text of a scalar in a text tree; None for a mapping or a sequence."""
    return tree if type(tree) is str else None


def page_text(meta: dict, body: str = "") -> str:
    """The source of a page with `meta` as its front matter: for pages the build generates."""
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + body
