"""The parity checks' front-matter reader gives PyYAML's values, or leaves the text to PyYAML.

`_SimpleYaml` reads the YAML that pages use without importing PyYAML. Wherever it gives an
answer, that answer must be what PyYAML composes; for anything else it raises `_Unsure`.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from hooks.parity.front_matter_yaml import compose
from hooks.parity.markdown_text import _SimpleYaml, _Unsure, split_front_matter

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def _front_matter(source: str) -> str | None:
    """The YAML between the fences of a Markdown source, or None if it has none."""
    if not source.startswith("---\n"):
        return None
    end = source.find("\n---\n", 3)
    return None if end < 0 else source[4 : end + 1]


def _pages() -> list[Path]:
    pages = sorted(ROOT.glob("docs/*/*.md"))
    if CORPUS.is_dir():
        pages += sorted(CORPUS.glob("*/*.md"))
    return pages


def _simple(text: str) -> tuple | None | str:
    """The subset reader's values, or "unsure" where it leaves the text to PyYAML."""
    try:
        return _SimpleYaml(text).read()
    except _Unsure:
        return "unsure"


def test_every_docs_page_is_read_without_pyyaml() -> None:
    texts = [_front_matter(p.read_text(encoding="utf-8")) for p in sorted(ROOT.glob("docs/*/*.md"))]
    texts = [t for t in texts if t is not None]
    assert texts
    for text in texts:
        assert _simple(text) != "unsure", text[:80]


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.name)
def test_pages_read_as_pyyaml_composes_them(page: Path) -> None:
    text = _front_matter(page.read_text(encoding="utf-8"))
    if text is None:
        pytest.skip("no front matter")
    simple = _simple(text)
    if simple != "unsure":
        assert simple == compose(text)[0]


SAME_AS_PYYAML = [
    "title: Plain text\n",
    "title: 'It''s quoted'\n",
    'title: "Double » quoted «"\n',
    "title: text # a comment\n",
    "title: text#not a comment\n",
    "# a comment\ntitle: x\n\n",
    "list:\n  - a\n  - b\n",
    "list:\n- a\n- b\nnext: c\n",
    "items:\n  - value: 1\n    label: one\n  - value: 2\n",
    "photo:\n  caption: >-\n    folded\n    text\n\n    new paragraph\n  credit: x\n",
    "text: |\n  literal\n    indented\n  end\n",
    "text: >\n  folded with\n  a final break\n",
    "empty:\nnext: x\n",
    "negative: -5\n",
]
LEFT_TO_PYYAML = [
    "title: {flow: mapping}\n",
    "title: [flow, sequence]\n",
    "title: &anchor x\nother: *anchor\n",
    "title: a\n  continued plain scalar\n",
    "title: one: two\n",
    '"quoted key": x\n',
    'title: "escaped \\" quote"\n',
    "title:\tx\n",
    "key with spaces: x\n",
    "title: !tag x\n",
    "title: x\n---\nsecond: document\n",
    "title: |+\n  keep\n\n",
    "title: x\ntitle x\n",
]


@pytest.mark.parametrize("text", SAME_AS_PYYAML)
def test_subset_is_read_as_pyyaml_composes_it(text: str) -> None:
    simple = _simple(text)
    assert simple != "unsure"
    assert simple == compose(text)[0]


@pytest.mark.parametrize("text", LEFT_TO_PYYAML)
def test_other_yaml_is_left_to_pyyaml(text: str) -> None:
    assert _simple(text) == "unsure"


def test_malformed_yaml_keeps_pyyaml_message_and_line() -> None:
    fm = split_front_matter("---\ntitle: x\nlist: [a, b\n---\nBody\n")
    assert fm.node is None
    assert fm.error is not None and fm.error.startswith("malformed YAML front matter")
    assert fm.error_line >= 3


def test_altered_release_front_matter_reads_as_pyyaml() -> None:
    """Random single-character changes to a real front matter: never a different answer."""
    text = _front_matter((ROOT / "docs" / "de" / "2023-11-10-smart-systems-hub.md").read_text(encoding="utf-8"))
    assert text is not None
    alphabet = list(" \n-:#'\"|>a1\t[{&*!") + ["  ", "\n  ", ": ", " #", "- "]
    rng = random.Random(3)
    read = 0
    for _ in range(600):
        i = rng.randrange(len(text))
        changed = text[:i] + rng.choice(alphabet) + text[i + rng.randint(0, 2) :]
        simple = _simple(changed)
        if simple == "unsure":
            continue
        read += 1
        node, error, _ = compose(changed)
        assert error is None, repr(changed)
        assert simple == node, repr(changed)
    assert read > 100  # most small changes stay in the subset and are compared
