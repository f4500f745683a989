"""The checker on 33 real German/English press-release pairs (read in place, never copied in).

Every finding was read by hand (see design/corpus.md). The counts are pinned so that
they can only go down: a new false alarm fails the test, and the real mismatches listed in
the corpus README must stay found.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pressroom.devsite import SHARED
from pressroom.parity import check_docs
from pressroom.wording import LANGUAGES

CORPUS = SHARED / "corpus"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")

# Findings per pair (pairs not listed: none). Reviewed by hand; may only go down.
PINNED = {
    "datendialog-europa-2019": 1,
    "news-20200610-01": 1,
    "news-20220316-01": 2,
    "news-20220420-01": 1,
    "news-20230829-01": 5,
    "news-20231025-01": 2,
    "news-20231115-01": 6,
    "pr20200117-1": 2,
    "pr20200117-2": 2,
    "pr20200408": 1,
    "pr20200603": 3,
    "pr20210111": 3,
    "pr20210129": 2,
    "pr20210421": 1,
    "pr20210826": 1,
    "pr20211104": 2,
    "year-2022": 1,
}

# Of those, findings that are false alarms, and why. The goal is none; none is left
# (design/corpus.md says how the last four went: quoted phrases, a translated name, an idiom).
FALSE_ALARMS: dict[str, tuple[int, str]] = {}

# Real mismatches (corpus README) that must stay found: (pair, check, text in the finding).
MUST_FIND = [
    ("datendialog-europa-2019", "figure", "2019-11-21"),
    ("pr20210826", "figure", "August 17 2021"),
    ("pr20211104", "figure", "October 20 2021"),
    ("pr20200603", "figure", "June 2, 2020"),
    ("pr20200603", "figure", "+49 (0) 171 121 7528"),
    ("pr20210111", "figure", "+49 (0) 171 121 7528"),
    ("pr20210111", "quote-mark", "„"),
    ("pr20210129", "figure", "+49 (0) 711 25 24 28 90"),
    ("pr20210421", "figure", "4"),
    ("news-20220420-01", "figure", "11:00"),
    ("news-20230829-01", "figure", "More than three billion euros"),
    ("news-20230829-01", "quote", "Within the next two years"),
    ("news-20231025-01", "figure", "22 September"),
    ("pr20200117-2", "list-number", "17\\. Januar"),
]

# Format-only variants from the corpus README: no finding may mention them.
FORMAT_ONLY = [
    ("news-20211125-01", "1,5 Milliarden"),
    ("news-20210318-01", "36.500"),
    ("news-20231214-01", "3.000€"),
    ("news-20221215-02", "16:00"),
    ("news-20221215-02", "11.01.2023"),
    ("datendialog-europa-2019", "anderthalb"),
    ("pr20210706", "drei"),
    ("pr20210111", "100 %"),
    ("pr20200408", "030"),
]


def _pairs() -> list[tuple[str, Path, Path]]:
    pairs = []
    for de in sorted(CORPUS.glob("*/*.de.md")):
        pair_id = de.name[: -len(".de.md")]
        pairs.append((pair_id, de, de.with_name(pair_id + ".en.md")))
    return pairs


@pytest.fixture(scope="module")
def findings(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = {}
    for pair_id, de, en in _pairs():
        docs = tmp_path_factory.mktemp(pair_id) / "docs"
        (docs / "de").mkdir(parents=True)
        (docs / "en").mkdir()
        shutil.copy(de, docs / "de" / f"{pair_id}.md")
        shutil.copy(en, docs / "en" / f"{pair_id}.md")
        report = check_docs(docs)
        assert report.pages == 1
        out[pair_id] = report.findings
    return out


def test_corpus_has_33_pairs(findings: dict) -> None:
    assert len(findings) == 33


def test_finding_counts_can_only_go_down(findings: dict) -> None:
    over = {
        pair_id: (len(found), PINNED.get(pair_id, 0), [f.text() for f in found])
        for pair_id, found in findings.items()
        if len(found) > PINNED.get(pair_id, 0)
    }
    assert over == {}


def test_pinned_counts_are_the_counts_found(findings: dict) -> None:
    """A finding that goes away (a false alarm mended) is a change to re-read and pin here."""
    assert {pair_id: len(found) for pair_id, found in findings.items() if found} == PINNED


def test_known_false_alarms_are_still_among_the_findings(findings: dict) -> None:
    assert {pair_id: n for pair_id, (n, _) in FALSE_ALARMS.items() if len(findings[pair_id]) < n} == {}


@pytest.mark.parametrize(("pair_id", "check", "text"), MUST_FIND)
def test_real_mismatch_is_found(findings: dict, pair_id: str, check: str, text: str) -> None:
    texts = [
        (f.check, (f.de.text if f.de else "") + " | " + (f.en.text if f.en else "") + " | " + f.message.text("en"))
        for f in findings[pair_id]
    ]
    assert any(c == check and text in t for c, t in texts), texts


@pytest.mark.parametrize(("pair_id", "text"), FORMAT_ONLY)
def test_format_only_variant_is_not_flagged(findings: dict, pair_id: str, text: str) -> None:
    assert not any(text in f.message.text(lang) for f in findings[pair_id] for lang in LANGUAGES)
