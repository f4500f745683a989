"""The pairs checked on every core: the same findings, in the same order, as in one process."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pressroom.devsite import RELEASE, ROOT
from pressroom.parity import cli, parallel, pairs
from pressroom.parity.findings import format_json

PAIRS = parallel.MIN_ITEMS + 40  # enough for the command line to use its processes


def _release_pairs(docs: Path, n: int) -> None:
    """`n` copies of the release, some of them changed on one side so that they have findings."""
    de = (ROOT / "docs" / "de" / f"{RELEASE}.md").read_text(encoding="utf-8")
    en = (ROOT / "docs" / "en" / f"{RELEASE}.md").read_text(encoding="utf-8")
    for i in range(n):
        de_page, en_page = de, en
        if i % 7 == 0:  # a figure that differs
            en_page = en_page.replace("Around 35,000", f"Around {35 + i},000")
        if i % 9 == 0:  # a number written the German way on the English page
            en_page = en_page.replace("76,000", "76.000")
        if i % 17 == 0:  # front matter that can't be read
            de_page = de_page.replace("\ntitle:", "\ntitle: [", 1)
        if i % 19 == 0:  # a paragraph that Markdown would read as a numbered list
            de_page += "\n2023. Das Jahr der Gründung.\n"
        folder = f"batch{i // 50}"
        (docs / "de" / folder).mkdir(parents=True, exist_ok=True)
        (docs / "en" / folder).mkdir(parents=True, exist_ok=True)
        (docs / "de" / folder / f"r{i:04d}.md").write_text(de_page, encoding="utf-8")
        if i % 23 != 5:  # some not yet translated
            (docs / "en" / folder / f"r{i:04d}.md").write_text(en_page, encoding="utf-8")


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("parallel") / "docs"
    _release_pairs(folder, PAIRS)
    return folder


@pytest.fixture(scope="module")
def one_process(docs: Path) -> str:
    return format_json(pairs.check_docs(docs, jobs=1))


def test_the_release_copies_have_findings_of_every_kind_made(one_process: str) -> None:
    report = json.loads(one_process)
    checks = {finding["check"] for finding in report["findings"]}
    assert {"missing-page", "front-matter", "list-number", "format", "figure"} <= checks, checks
    assert len(report["findings"]) > PAIRS // 7


@pytest.mark.parametrize("jobs", [2, 3])
def test_pairs_checked_in_processes_give_the_findings_of_one_process(docs: Path, one_process: str, jobs: int) -> None:
    assert format_json(pairs.check_docs(docs, jobs=jobs)) == one_process


def test_the_command_line_gives_the_findings_of_one_process(docs: Path, one_process: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pressroom.parity", "--format", "json", str(docs)], capture_output=True, text=True
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    assert result.stdout.rstrip("\n") == one_process


def _pid_and_items(items: list[int]) -> tuple[int, list[int]]:
    return os.getpid(), list(items)


def test_the_chunks_are_done_in_other_processes_and_come_back_in_order() -> None:
    items = list(range(103))
    results = parallel.map_chunks(_pid_and_items, items, jobs=2)
    assert [item for _, chunk in results for item in chunk] == items
    assert len(results) == 2 * parallel.CHUNKS_PER_PROCESS
    assert os.getpid() not in {pid for pid, _ in results}
    assert parallel.map_chunks(_pid_and_items, items, jobs=1) == [(os.getpid(), items)]


@pytest.mark.parametrize("n", [0, 1, 7, 8, 9, 100])
@pytest.mark.parametrize("count", [1, 3, 8])
def test_chunks_keep_every_item_in_order_and_differ_by_one_at_most(n: int, count: int) -> None:
    items = list(range(n))
    runs = parallel.chunks(items, count)
    assert [item for run in runs for item in run] == items
    assert len(runs) == max(1, min(count, n))
    assert max(map(len, runs)) - min(map(len, runs)) <= 1


def test_an_error_in_a_worker_is_the_command_lines_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    for lang in ("de", "en"):
        (tmp_path / "docs" / lang).mkdir(parents=True)
        for i in range(parallel.MIN_ITEMS):
            (tmp_path / "docs" / lang / f"p{i}.md").write_text("Zwölf.\n" if lang == "de" else "Twelve.\n", encoding="utf-8")

    def broken(*args: object) -> list:
        raise ValueError("a page that breaks the check")

    # The forked workers inherit both changes.
    monkeypatch.setattr(pairs, "compare_pages", broken)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    assert cli.main(["--lang", "en", str(tmp_path / "docs")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert "ValueError: a page that breaks the check" in captured.err
