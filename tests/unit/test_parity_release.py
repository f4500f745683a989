"""The real release pages pass; explained differences suppress and can't go stale."""
from __future__ import annotations

import shutil
from pathlib import Path


from pressroom.parity import check_docs, check_pair
from pressroom.devsite import RELEASE

from pressroom.devsite import ROOT
DOCS = ROOT / "docs"

def test_real_docs_pass() -> None:
    report = check_docs(DOCS, base_for_paths=ROOT)
    assert report.pages >= 1
    assert [f.text() for f in report.findings] == []


def test_release_with_one_figure_changed_is_flagged(tmp_path: Path) -> None:
    shutil.copytree(DOCS, tmp_path / "docs")
    en = tmp_path / "docs" / "en" / f"{RELEASE}.md"
    text = en.read_text(encoding="utf-8")
    lines = text.splitlines()
    number = next(i for i, line in enumerate(lines) if "over 76,000 people" in line)
    en.write_text(text.replace("over 76,000 people", "over 67,000 people"), encoding="utf-8")
    report = check_docs(tmp_path / "docs", base_for_paths=tmp_path)
    messages = [f.text() for f in report.findings]
    assert any(
        m.startswith(f"docs/en/{RELEASE}.md:{number + 1}: Hier steht »over 67,000«, die deutsche Fassung sagt »über 76.000« "
                     f"(docs/de/{RELEASE}.md, Zeile ")
        for m in messages
    ), messages


def test_release_quote_speaker_changed_is_flagged(tmp_path: Path) -> None:
    de = (DOCS / "de" / f"{RELEASE}.md").read_text(encoding="utf-8")
    en = (DOCS / "en" / f"{RELEASE}.md").read_text(encoding="utf-8")
    en = en.replace("Managing Director Michael Kaiser emphasizes", "Managing Director Michaela Kaiser emphasizes")
    findings = check_pair("docs/de/index.md", de, "docs/en/index.md", en)
    assert [f.check for f in findings] == ["quote"]
    assert findings[0].text("en").startswith(
        "docs/en/index.md:", ) and "This quote is by Michaela Kaiser here, but by Michael Kaiser in the German version" in findings[0].text("en")
    assert findings[0].counterpart.text("de").startswith(
        "Dieses Zitat ist hier Michael Kaiser zugeordnet, in der englischen Fassung Michaela Kaiser (docs/en/index.md, Zeile "
    )


DE_PAGE = """---
title: Förderung mit 4,2 Millionen Euro
photo:
  caption: Übergabe am 10.11.2023 in Dresden
differences:
  - check: figure
    text: 10.11.2023
    reason: Die englische Bildunterschrift nennt kein Datum.
---

Der Hub erhält 4,2 Millionen Euro.
"""
EN_PAGE = """---
title: Funding of 4.2 million euros
photo:
  caption: Handover in Dresden
---

The hub receives 4.2 million euros.
"""


def test_explained_difference_suppresses_its_finding() -> None:
    assert check_pair("docs/de/x.md", DE_PAGE, "docs/en/x.md", EN_PAGE) == []


def test_without_explanation_the_difference_is_a_finding() -> None:
    de = DE_PAGE.split("differences:")[0] + "---\n\nDer Hub erhält 4,2 Millionen Euro.\n"
    findings = check_pair("docs/de/x.md", de, "docs/en/x.md", EN_PAGE)
    assert [f.text() for f in findings] == [
        "docs/de/x.md:4: Hier steht »10.11.2023«, die englische Fassung hat nichts Entsprechendes (docs/en/x.md). "
        "Bitte dort ergänzen, hier korrigieren oder unter `differences:` begründen."
    ]


def test_stale_difference_is_reported_at_its_line() -> None:
    en = EN_PAGE.replace("Handover in Dresden", "Handover on 10 November 2023 in Dresden")
    findings = check_pair("docs/de/x.md", DE_PAGE, "docs/en/x.md", en)
    assert [(f.check, f.de.path, f.de.line) for f in findings] == [("stale-difference", "docs/de/x.md", 6)]


def test_malformed_difference_is_a_front_matter_finding() -> None:
    de = DE_PAGE.replace("    reason: Die englische Bildunterschrift nennt kein Datum.\n", "")
    findings = check_pair("docs/de/x.md", de, "docs/en/x.md", EN_PAGE)
    checks = sorted(f.check for f in findings)
    assert checks == ["figure", "front-matter"]
    problem = next(f for f in findings if f.check == "front-matter")
    assert problem.message.text("de") == "Diesem Eintrag unter `differences:` fehlt das Feld `reason`. Bitte ergänzen."
    assert problem.message.text("en") == "This entry under `differences:` lacks the field `reason`. Please add it."
    both = check_pair("docs/de/x.md", DE_PAGE.replace("    text: 10.11.2023\n", ""), "docs/en/x.md", EN_PAGE.replace(
        "---\n\n", "differences:\n  - check: figure\n---\n\n"))
    worded = sorted(f.message.text("de") for f in both if f.check == "front-matter")
    assert worded == [
        "Diesem Eintrag unter `differences:` fehlen die Felder `text` und `reason`. Bitte ergänzen.",
        "Diesem Eintrag unter `differences:` fehlt das Feld `text`. Bitte ergänzen.",
    ]


def test_front_matter_lines_point_at_their_keys() -> None:
    de = "---\ntitle: Titel\nkey_figures:\n  - value: bis zu 4,2 Mio. €\n    label: Mittel bis 2028\n---\n\nText.\n"
    en = "---\ntitle: Title\nkey_figures:\n  - value: up to €4.3m\n    label: funds until 2028\n---\n\nText.\n"
    findings = check_pair("docs/de/x.md", de, "docs/en/x.md", en)
    assert [f.text("en") for f in findings] == [
        "docs/en/x.md:4: Here it says “up to €4.3m”, the German version says “bis zu 4,2 Mio. €” (docs/de/x.md, line 4). "
        "Please make them agree or explain the difference under `differences:`."
    ]


def test_front_matter_dates_must_be_equal() -> None:
    de = "---\ntitle: Titel\ndate: 2023-11-10\n---\n\nText.\n"
    en = "---\ntitle: Title\ndate: 2023-11-11\n---\n\nText.\n"
    assert [f.text() for f in check_pair("docs/de/x.md", de, "docs/en/x.md", en)] == [
        "docs/en/x.md:3: Hier ist das Datum (`date`) 2023-11-11, die deutsche Fassung hat 2023-11-10 (docs/de/x.md, Zeile 3). "
        "Bitte angleichen."
    ]
    assert check_pair("docs/de/x.md", de, "docs/en/x.md", en.replace("11-11", "11-10")) == []


def test_a_figure_in_a_correction_is_compared_across_languages() -> None:
    de = (DOCS / "de" / f"{RELEASE}.md").read_text(encoding="utf-8")
    en = (DOCS / "en" / f"{RELEASE}.md").read_text(encoding="utf-8")

    def corrected(text: str, correction: str) -> str:
        return text.replace("date: 2023-11-10\n", f"date: 2023-11-10\ncorrections:\n  - date: 2023-11-12\n    text: {correction}\n", 1)

    same = check_pair("docs/de/x.md", corrected(de, "Es sind 650 Partner."), "docs/en/x.md", corrected(en, "There are 650 partners."))
    assert [f.text() for f in same] == []
    differing = check_pair("docs/de/x.md", corrected(de, "Es sind 650 Partner."), "docs/en/x.md", corrected(en, "There are 560 partners."))
    line = corrected(en, "x").splitlines().index("    text: x") + 1
    assert [f.text() for f in differing] == [
        f"docs/en/x.md:{line}: Hier steht »560«, die deutsche Fassung sagt »650« (docs/de/x.md, Zeile {line}). "
        "Bitte angleichen oder unter `differences:` begründen."
    ]
