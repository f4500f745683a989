"""What the preview builds again after a save (pressroom/rebuild.py)."""
from __future__ import annotations

import os

from pressroom import rebuild

LANGUAGES = ("de", "en")


def project(tmp_path):
    for path, text in {
        "docs/de/a.md": "A", "docs/en/a.md": "A", "docs/de/archiv/b.md": "B", "docs/photos/p.jpg": "P",
        "overrides/main.html": "T", "mkdocs.yml": "C", "docs/en/.a.md.swp": "S", "docs/en/a.md~": "S",
    }.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    inputs = [tmp_path / "docs", tmp_path / "overrides", tmp_path / "mkdocs.yml"]
    return inputs, rebuild.snapshot(inputs)


def touch(path, text):
    path.write_text(text)
    os.utime(path, ns=(path.stat().st_mtime_ns + 10**9, path.stat().st_mtime_ns + 10**9))


def test_the_first_build_builds_everything(tmp_path):
    inputs, now = project(tmp_path)
    assert rebuild.plan(None, now, tmp_path / "docs", LANGUAGES) == rebuild.Plan(True)


def test_a_saved_page_is_built_again_by_its_path_in_the_language_folder(tmp_path):
    inputs, before = project(tmp_path)
    touch(tmp_path / "docs/en/a.md", "A2")
    touch(tmp_path / "docs/de/archiv/b.md", "B2")
    plan = rebuild.plan(before, rebuild.snapshot(inputs), tmp_path / "docs", LANGUAGES)
    assert plan == rebuild.Plan(False, frozenset({"a.md", "archiv/b.md"}))


def test_nothing_saved_builds_no_page_again(tmp_path):
    inputs, before = project(tmp_path)
    assert rebuild.plan(before, rebuild.snapshot(inputs), tmp_path / "docs", LANGUAGES) == rebuild.Plan(False)


def test_anything_but_a_pages_text_builds_everything_and_names_the_cause(tmp_path):
    for changed in ("overrides/main.html", "docs/photos/p.jpg", "mkdocs.yml"):
        inputs, before = project(tmp_path)
        touch(tmp_path / changed, "changed")
        plan = rebuild.plan(before, rebuild.snapshot(inputs), tmp_path / "docs", LANGUAGES)
        assert plan.everything and plan.cause == str(tmp_path / changed), changed


def test_a_page_added_or_removed_builds_everything(tmp_path):
    inputs, before = project(tmp_path)
    (tmp_path / "docs/en/new.md").write_text("N")
    assert rebuild.plan(before, rebuild.snapshot(inputs), tmp_path / "docs", LANGUAGES).cause == str(tmp_path / "docs/en/new.md")
    inputs, before = project(tmp_path)
    (tmp_path / "docs/de/a.md").unlink()
    assert rebuild.plan(before, rebuild.snapshot(inputs), tmp_path / "docs", LANGUAGES).everything


def test_hidden_files_and_backups_of_editors_are_no_input(tmp_path):
    inputs, before = project(tmp_path)
    assert not any(path.endswith(("~", ".swp")) for path in before)
    touch(tmp_path / "docs/en/.a.md.swp", "S2")
    (tmp_path / "docs/en/.b.md.swp").write_text("S")
    assert rebuild.plan(before, rebuild.snapshot(inputs), tmp_path / "docs", LANGUAGES) == rebuild.Plan(False)


def test_forget_and_clear_remove_outputs(tmp_path):
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "a" / "index.html").write_text("x")
    (site / "b.html").write_text("x")
    rebuild.forget([str(site / "a" / "index.html"), str(site / "missing.html")])
    assert not (site / "a" / "index.html").exists() and (site / "b.html").exists()
    rebuild.clear(site)
    assert site.is_dir() and list(site.iterdir()) == []


def test_a_memo_keeps_a_value_while_its_stamp_and_what_all_depend_on_stay():
    made = []

    def make(value):
        return lambda: made.append(value) or value

    memo = rebuild.Memo()
    memo.depend_on("data 1")
    assert memo.get("page", (1, 10), make("first")) == "first"
    assert memo.get("page", (1, 10), make("again")) == "first"
    assert memo.get("page", (2, 10), make("changed")) == "changed"
    memo.depend_on("data 1")
    assert memo.get("page", (2, 10), make("same data")) == "changed"
    memo.depend_on("data 2")
    assert memo.get("page", (2, 10), make("new data")) == "new data"
    assert made == ["first", "changed", "new data"]
