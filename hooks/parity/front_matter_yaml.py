"""Front matter that the subset reader in markdown_text leaves to PyYAML, composed as plain values.

Imported on first use: most pages never need it, and PyYAML takes long to import.
"""
from __future__ import annotations

import yaml

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Composes without resolving implicit tags: the checks read every value as text."""

    def resolve(self, kind, value, implicit):  # noqa: ANN001, ANN201
        return _TAGS[kind]

    # No path resolvers are registered: the composer's calls to these need not do anything.
    def descend_resolver(self, current_node, current_index):  # noqa: ANN001, ANN201
        pass

    def ascend_resolver(self):  # noqa: ANN201
        pass


_TAGS = {
    yaml.MappingNode: _BaseLoader.DEFAULT_MAPPING_TAG,
    yaml.SequenceNode: _BaseLoader.DEFAULT_SEQUENCE_TAG,
    yaml.ScalarNode: _BaseLoader.DEFAULT_SCALAR_TAG,
}


def compose(text: str) -> tuple[tuple | None, str | None, int]:
    """(the mapping as plain values or None, error message or None, 1-based line of the error)."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return None, f"malformed YAML front matter: {problem}", line
    if node is not None and not isinstance(node, yaml.MappingNode):
        return None, "front matter is not a mapping", 2
    return _plain(node, 0), None, 0


def _plain(node: yaml.Node | None, depth: int) -> tuple | list | str | None:
    """A composed node as plain values, only as deep as the checks look (aliases can make cycles)."""
    if isinstance(node, yaml.ScalarNode):
        return node.value
    if node is None or depth > 2:
        return None
    if isinstance(node, yaml.MappingNode):
        return tuple(
            (k.value, _plain(v, depth + 1), k.start_mark.line + 2) for k, v in node.value if isinstance(k, yaml.ScalarNode)
        )
    return [(_plain(item, depth + 1), item.start_mark.line + 2) for item in node.value]
