"""The command line: exit codes, output formats, bad input that must not crash."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pressroom.parity import check_docs, pairs
from pressroom.parity.findings import Finding, Location, format_github
from pressroom.rebuild import Memo
from pressroom.wording import Text

from pressroom.devsite import ROOT

DE = """---
title: Sachsen fördert den Hub mit bis zu 4,2 Millionen Euro
key_figures:
  - value: über 650
    label: Partner
---

Im Netzwerk sind über 650 Partner aktiv.

Es gibt 4,2 Millionen Euro.
"""
EN = """---
title: Saxony funds the hub with up to 4.2 million euros
key_figures:
  - value: over 650
    label: partners
---

Over 650 partners are active in the network.

There are 4.2 million euros.
"""


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "pressroom.parity", *args], cwd=cwd, env=env, capture_output=True, text=True
    )


def make_docs(tmp_path: Path, pages: dict[str, str | bytes]) -> Path:
    for rel, content in pages.items():
        path = tmp_path / "docs" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return tmp_path / "docs"


def test_clean_pair_exits_0(tmp_path: Path) -> None:
    make_docs(tmp_path, {"de/index.md": DE, "en/index.md": EN})
    result = run(cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_changed_figure_exits_1_and_names_both_places_in_german(tmp_path: Path) -> None:
    make_docs(tmp_path, {"de/index.md": DE, "en/index.md": EN.replace("There are 4.2", "There are 4.3")})
    result = run(cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.strip() == (
        "docs/en/index.md:10: Hier steht »4.3 million euros«, die deutsche Fassung sagt »4,2 Millionen Euro« "
        "(docs/de/index.md, Zeile 10). Bitte angleichen oder unter `differences:` begründen."
    )
    assert result.stderr == "1 Seitenpaar geprüft, 1 Fund\n"


def test_lang_en_speaks_english(tmp_path: Path) -> None:
    make_docs(tmp_path, {"de/index.md": DE, "en/index.md": EN.replace("There are 4.2", "There are 4.3")})
    result = run("--lang", "en", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.strip() == (
        "docs/en/index.md:10: Here it says “4.3 million euros”, the German version says “4,2 Millionen Euro” "
        "(docs/de/index.md, line 10). Please make them agree or explain the difference under `differences:`."
    )
    assert result.stderr == "1 page pair checked, 1 finding\n"


def test_the_summary_counts_in_singular_and_plural(tmp_path: Path) -> None:
    changed = EN.replace("There are 4.2", "There are 4.3").replace("over 650", "around 650")
    make_docs(tmp_path, {"de/index.md": DE, "en/index.md": changed, "de/b.md": DE, "en/b.md": EN})
    assert run(cwd=tmp_path).stderr == "2 Seitenpaare geprüft, 2 Funde\n"
    assert run("--lang", "en", cwd=tmp_path).stderr == "2 page pairs checked, 2 findings\n"
    (tmp_path / "docs" / "en" / "index.md").write_text(EN, encoding="utf-8")
    assert run(cwd=tmp_path).stderr == "2 Seitenpaare geprüft, keine Funde\n"
    assert run("--lang", "en", cwd=tmp_path).stderr == "2 page pairs checked, no findings\n"


def test_json_format(tmp_path: Path) -> None:
    make_docs(
        tmp_path,
        {"de/index.md": DE, "en/index.md": EN.replace("over 650", "around 650"), "de/only.md": "# Nur hier\n"},
    )
    result = run("--format", "json", "docs", cwd=tmp_path)
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["pages"] == 1
    checks = sorted(f["check"] for f in data["findings"])
    assert checks == ["figure", "missing-page"]
    figure = next(f for f in data["findings"] if f["check"] == "figure")
    assert set(figure) == {"page", "check", "message", "de", "en"}
    assert figure["page"] == "index.md"
    assert figure["en"] == {"path": "docs/en/index.md", "line": 4, "text": "around 650"}
    assert figure["de"] == {"path": "docs/de/index.md", "line": 4, "text": "über 650"}
    missing = next(f for f in data["findings"] if f["check"] == "missing-page")
    assert missing["en"] is None and missing["de"]["path"] == "docs/de/only.md"
    assert figure["message"].startswith("Hier steht »around 650«, die deutsche Fassung sagt »über 650«")
    assert missing["message"] == (
        "Zu dieser Seite fehlt die englische Fassung: docs/en/only.md gibt es nicht. "
        "Bitte die Übersetzung unter diesem Dateinamen anlegen."
    )
    english = json.loads(run("--format", "json", "--lang", "en", "docs", cwd=tmp_path).stdout)
    assert [set(f) for f in english["findings"]] == [set(f) for f in data["findings"]]
    assert [f["message"] for f in english["findings"]] == [
        "Here it says “around 650”, the German version says “über 650” (docs/de/index.md, line 4). "
        "Please make them agree or explain the difference under `differences:`.",
        "This page has no translation: docs/en/only.md (the English version) does not exist. Please write it under that file name.",
    ]


def test_github_format(tmp_path: Path) -> None:
    make_docs(tmp_path, {"de/index.md": DE, "en/index.md": EN.replace("There are 4.2", "There are 4.3")})
    result = run("--format", "github", cwd=tmp_path)
    assert result.returncode == 1
    line = result.stdout.strip()
    assert line.startswith("::error file=docs/en/index.md,line=10::Hier steht »4.3 million euros«, die deutsche Fassung sagt")
    english = run("--format", "github", "--lang", "en", cwd=tmp_path).stdout.strip()
    assert english.startswith("::error file=docs/en/index.md,line=10::Here it says “4.3 million euros”, the German version says")


def test_github_escaping() -> None:
    message = Text(de="50% weniger\r\nweiter", en="50% off\r\nnext")()
    finding = Finding("a.md", "figure", message, None, Location("docs/en/a,b:c.md", 3, "x"), "en")
    assert format_github(finding, "en") == "::error file=docs/en/a%2Cb%3Ac.md,line=3::50%25 off%0D%0Anext"
    assert format_github(finding) == "::error file=docs/en/a%2Cb%3Ac.md,line=3::50%25 weniger%0D%0Aweiter"


@pytest.mark.parametrize(
    ("layout", "german", "english"),
    [
        ({}, "Den Ordner docs gibt es nicht.", "There is no folder docs."),
        ({"de/index.md": DE}, "Im Ordner docs fehlt der Ordner en/.", "The folder docs has no en/ folder."),
        ({"en/index.md": EN}, "Im Ordner docs fehlt der Ordner de/.", "The folder docs has no de/ folder."),
    ],
)
def test_unusable_input_exits_2_with_one_line(tmp_path: Path, layout: dict, german: str, english: str) -> None:
    if layout:
        make_docs(tmp_path, layout)
    for args, message in (((), german), (("--lang", "en"), english)):
        result = run(*args, "docs", cwd=tmp_path)
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr == f"python -m pressroom.parity: {message}\n"


@pytest.mark.parametrize("option", [("--format", "xml"), ("--lang", "fr")])
def test_bad_option_exits_2_with_one_line(tmp_path: Path, option: tuple) -> None:
    result = run(*option, cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("de", "en", "check"),
    [
        ("---\ntitle: [unclosed\n---\n\nText 5.\n", "---\ntitle: ok\n---\n\nText 5.\n", "front-matter"),
        ("---\ntitle: ok\n\nText ohne Ende\n", "Text.\n", "front-matter"),
        (b"Gr\xfc\xdfe 5\n", "Greetings 5\n", "encoding"),
        ("", "Some text 5.\n", "empty"),
        ("   \n\n", "Some text 5.\n", "empty"),
        ("---\ntitle: Nur Titel\n---\n", "---\ntitle: Only a title\n---\n", None),
    ],
)
def test_bad_pages_give_findings_not_tracebacks(tmp_path: Path, de, en, check) -> None:
    make_docs(tmp_path, {"de/x.md": de, "en/x.md": en})
    report = check_docs(tmp_path / "docs")
    checks = {f.check for f in report.findings}
    if check is None:
        assert checks == set()
    else:
        assert check in checks
    result = run(cwd=tmp_path)
    assert "Traceback" not in result.stderr
    assert result.returncode == (0 if check is None else 1)


def test_a_page_over_the_size_limit_is_one_finding_with_its_size(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(pairs, "MAX_PAGE_BYTES", 100)
    make_docs(tmp_path, {"de/x.md": "Text 5. " * 20, "en/x.md": "Text 5.\n"})
    findings = check_docs(tmp_path / "docs").findings
    assert [(f.check, f.side) for f in findings] == [("size", "de")]
    assert "160 Bytes zu groß für die Prüfung (höchstens 100)" in findings[0].message.text("de")


def test_very_large_page(tmp_path: Path) -> None:
    paragraph = "Im Netzwerk sind über 650 Partner aktiv, rund 35.000 Personen. " * 20
    english = "Over 650 partners are active, around 35,000 people. " * 20
    make_docs(
        tmp_path,
        {"de/big.md": (paragraph + "\n\n") * 400, "en/big.md": (english + "\n\n") * 400,
         "de/huge.md": "x" * 3_000_000, "en/huge.md": "y"},
    )
    report = check_docs(tmp_path / "docs")
    assert [f.check for f in report.findings] == ["size"]


def test_pages_pair_by_relative_path_in_subfolders(tmp_path: Path) -> None:
    make_docs(
        tmp_path,
        {"de/news/2023/a.md": "Es sind 5 %.\n", "en/news/2023/a.md": "It is 5%.\n",
         "de/news/b.md": "Zwölf.\n", "en/news/c.md": "Twelve.\n"},
    )
    report = check_docs(tmp_path / "docs")
    assert report.pages == 1
    assert sorted((f.check, f.page) for f in report.findings) == [
        ("missing-page", "news/b.md"),
        ("missing-page", "news/c.md"),
    ]


def test_base_for_paths(tmp_path: Path) -> None:
    make_docs(tmp_path, {"de/index.md": DE, "en/index.md": EN.replace("There are 4.2", "There are 4.3")})
    report = check_docs(tmp_path / "docs", base_for_paths=tmp_path)
    assert report.findings[0].en.path == "docs/en/index.md"
    assert report.findings[0].text().startswith("docs/en/index.md:10: Hier steht")
    assert report.findings[0].text("en").startswith("docs/en/index.md:10: Here it says")


def test_package_imports_no_mkdocs() -> None:
    code = (
        "import sys, pressroom.parity, pressroom.validation, pressroom.site_context, pressroom.releases, "
        "pressroom.csp, pressroom.preview, pressroom.i18n_build, pressroom.new_release, pressroom.check, "
        "pressroom.messages, pressroom.wording; "
        "assert not any(m == 'mkdocs' or m.startswith('mkdocs.') for m in sys.modules), 'mkdocs imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_large_pages_with_many_differences_stay_fast(tmp_path: Path) -> None:
    import time

    de = "".join(f"Absatz {i}: Kralinski sagte: »Wir haben {i} Partner in der Region gewonnen.« Es gibt {i}.000 Jobs.\n\n" for i in range(3000))
    en = "".join(f"Paragraph {i}: Kralinski said: “We have won {i + 1} partners in the region.” There are {i},500 jobs.\n\n" for i in range(2500))
    make_docs(tmp_path, {"de/big.md": de, "en/big.md": en})
    start = time.perf_counter()
    report = check_docs(tmp_path / "docs")
    assert time.perf_counter() - start < 60
    assert len(report.findings) > 1000


def test_with_the_previews_memo_a_pair_keeps_its_findings_until_one_of_its_pages_changes(tmp_path: Path) -> None:
    docs = make_docs(tmp_path, {"de/a.md": "Es kostet 5 Euro.\n", "en/a.md": "It costs 5 euros.\n",
                                "de/b.md": "Es kostet 7 Euro.\n", "en/b.md": "It costs 8 euros.\n"})
    memo = Memo()
    first = check_docs(docs, memo=memo)
    assert [f.page for f in first.findings] == ["b.md"] and first.pages == 2
    assert check_docs(docs, memo=memo).findings == first.findings
    english = docs / "en" / "a.md"
    english.write_text("It costs 6 euros.\n")
    later = english.stat().st_mtime_ns + 10**9
    os.utime(english, ns=(later, later))
    assert sorted(f.page for f in check_docs(docs, memo=memo).findings) == ["a.md", "b.md"]
