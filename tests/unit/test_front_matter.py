"""The one front-matter reader: PyYAML's values, each key's file line, and one-line problems."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml
from mkdocs.utils.meta import get_data

from pressroom import front_matter, preview
from pressroom.devsite import RELEASE, ROOT, SHARED
from pressroom.front_matter import YamlSyntaxError, parse_yaml, read_page_source


# PyYAML's own loader of every scalar as text, built on the same parser (libyaml's, where
# PyYAML has it: libyaml and the pure-Python scanner differ on tabs).
TEXT_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


def _pages() -> list[Path]:
    return sorted(ROOT.glob("docs/*/*.md")) + sorted((SHARED / "corpus").glob("*/*.md"))


def test_uses_libyaml_where_pyyaml_has_it() -> None:
    if not yaml.__with_libyaml__:
        pytest.skip("PyYAML built without libyaml")
    assert issubclass(front_matter._Loader, yaml.CSafeLoader)


@pytest.mark.parametrize("page", _pages(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_pages_read_as_pyyaml_loads_them_with_each_key_on_its_line(page: Path) -> None:
    source = page.read_text(encoding="utf-8-sig")
    read = read_page_source(source)
    if not read.present:
        pytest.skip("no front matter")
    assert read.problem is None
    fence = source.index("\n---", 3)
    expected = yaml.load(source[4:fence], Loader=TEXT_LOADER)  # every scalar as text
    assert _as_text(read.document.data) == expected
    lines = source.splitlines()
    for keypath, line in read.document.lines.items():
        if isinstance(keypath[-1], str):
            assert lines[line - 1].lstrip(" -").startswith(keypath[-1] + ":"), (keypath, line)


@pytest.mark.parametrize("page", _pages(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_text_only_read_gives_the_same_text_and_lines(page: Path) -> None:
    """values=False reads with PyYAML's base resolver (no tags), the same tree and lines as the full read."""
    source = page.read_text(encoding="utf-8-sig")
    full, text_only = read_page_source(source), read_page_source(source, values=False)
    assert text_only.document.data is None
    assert (text_only.document.tree, text_only.document.lines) == (full.document.tree, full.document.lines)
    assert (text_only.problem, text_only.body, text_only.body_line) == (full.problem, full.body, full.body_line)


def _as_text(value):
    """PyYAML's values with every scalar as its text (as BaseLoader gives them)."""
    if isinstance(value, dict):
        return {key: _as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    if isinstance(value, bool):
        return str(value).lower()
    return "" if value is None else str(value)


def test_dates_stay_text_so_that_a_wrong_one_can_be_reported() -> None:
    assert parse_yaml("date: 2023-11-10\nwrong: 2023-02-30\n").data == {"date": "2023-11-10", "wrong": "2023-02-30"}


def test_key_paths_of_nested_values() -> None:
    doc = parse_yaml("photo:\n  caption: x\nkey_figures:\n  - value: 1\n    label: one\n", first_line=2)
    assert doc.line(("photo", "caption")) == 3
    assert doc.line(("key_figures", 0, "label")) == 6
    assert doc.line(("photo", "missing")) == 2, "an absent key has the line of its parent"


def test_malformed_yaml_names_the_file_line_and_pyyamls_words() -> None:
    read = read_page_source("---\ntitle: x\nlist: [a, b\n---\nBody\n")
    assert read.problem is not None and read.problem.line >= 3
    problem = read.problem.problem  # PyYAML's words, quoted in the message
    assert read.problem.message().text("de").startswith(f"Der Kopfbereich ist kein gültiges YAML ({problem}). ")
    assert read.problem.message().text("en").startswith(f"The front matter is not valid YAML ({problem}). ")
    assert read.body == "Body\n" and read.body_line == 5


def test_an_unclosed_fence_is_a_problem_on_line_one() -> None:
    read = read_page_source("---\ntitle: x\n\nBody\n")
    assert read.problem is not None and read.problem.line == 1 and not read.problem.syntax


def test_a_page_without_front_matter_is_all_body() -> None:
    read = read_page_source("# Title\n\ntext\n")
    assert not read.present and read.body == "# Title\n\ntext\n" and read.body_line == 1


@pytest.mark.parametrize("blank_lines", [0, 1, 3])
def test_the_preview_places_the_body_where_mkdocs_starts_it(blank_lines: int) -> None:
    source = "---\ntitle: x\n---\n" + "\n" * blank_lines + "Body.\n\nMore.\n"
    markdown, _ = get_data(source)
    line = preview.body_first_line(read_page_source(source))
    assert source.splitlines()[line - 1] == markdown.splitlines()[0] == "Body."


def test_changed_release_front_matter_is_read_or_reported_never_raised() -> None:
    """Random small edits of the real front matter: PyYAML's answer, or one YamlSyntaxError."""
    source = (ROOT / "docs" / "de" / f"{RELEASE}.md").read_text(encoding="utf-8")
    text = source[4 : source.index("\n---", 3) + 1]
    alphabet = list(" \n-:#'\"|>a1\t[{&*!") + ["  ", "\n  ", ": ", " #", "- "]
    rng = random.Random(3)
    for _ in range(400):
        i = rng.randrange(len(text))
        changed = text[:i] + rng.choice(alphabet) + text[i + rng.randint(0, 2) :]
        try:
            expected = yaml.load(changed, Loader=TEXT_LOADER)
        except yaml.YAMLError:
            with pytest.raises(YamlSyntaxError):
                parse_yaml(changed)
            with pytest.raises(YamlSyntaxError):
                parse_yaml(changed, values=False)
            continue
        full = parse_yaml(changed)
        assert _as_text(full.data) == expected, repr(changed)
        assert parse_yaml(changed, values=False).tree == full.tree, repr(changed)
