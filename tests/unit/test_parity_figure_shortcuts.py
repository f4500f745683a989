"""The shortcuts the parity check keeps for speed, each against its plain version.

Each is kept because the bench (bench/parity_cli.py) is markedly slower without it:
trying the patterns at every word instead of at figure_starts, reading every number
with separators through Babel, copying a figure through `dataclasses.replace`, and
looking for a speech verb before a name in the whole text before it.
"""
from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from pathlib import Path

import pytest

from pressroom.devsite import SHARED
from pressroom.parity.figures import extract_figures
from pressroom.parity.figures import amounts
from pressroom.parity import names
from pressroom.parity.figures.extract import figure_starts

ROOT = Path(__file__).resolve().parents[2]
_TEXTS = [
    "Am 10. November 2023 um 16 Uhr: bis zu 4,2 Mio. € für die beiden Partner, dreiundzwanzig Standorte.",
    "On November 10, 2023 at 4 p.m.: up to €4.2m for both partners, twenty-three sites, one and a half years.",
    "Im Juni 2020 und im Sept. 2021, anderthalb Jahre, dreier Unternehmen, 100-prozentige Tochter, 3. Platz.",
    "In June 2020 and Oct. 2021, a wholly owned subsidiary, 5m and €5m, 2018–2028, +49 (0) 351 564 80600.",
]


def _pages() -> list[tuple[str, str]]:
    pages = [(text, lang) for text in _TEXTS for lang in ("de", "en")]
    for folder in (ROOT / "docs", SHARED / "corpus"):
        for path in sorted(folder.rglob("*.md")):
            lang = "de" if "/de/" in path.as_posix() or path.name.endswith(".de.md") else "en"
            pages.append((path.read_text(encoding="utf-8"), lang))
    return pages


def _every_word_and_digit_run(text: str) -> list[int]:
    """The plain version of figure_starts: each run of digits and each word."""
    return sorted(
        [m.start() for m in re.finditer(r"[+0-9][0-9.,:]*", text)]
        + [m.start() for m in re.finditer(r"(?<![^\W\d_])[^\W\d_]", text)]
    )


@pytest.mark.parametrize(("text", "lang"), _pages())
def test_figure_starts_find_what_every_word_finds(text: str, lang: str) -> None:
    assert extract_figures(text, lang) == extract_figures(text, lang, _every_word_and_digit_run(text))
    assert extract_figures(text, lang) == extract_figures(text, lang, figure_starts(text, lang))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_numbers_read_without_babel_are_read_as_babel_reads_them(lang: str) -> None:
    tokens = {m.group() for text, _ in _pages() for m in re.finditer(r"\d+(?:[.,]\d+)*", text)}
    tokens |= {"4,2", "4.2", "1.234", "1,234", "12.345.678", "12,345,678", "0,5", "0.5", "1.5000", "10,00"}
    for token in sorted(tokens):
        plain = amounts.plain_number(token, lang)
        if plain is not None:
            assert plain == amounts.babel_number(token, lang), token


def test_a_figure_changed_is_the_copy_dataclasses_replace_makes() -> None:
    changes = {
        "unit": "EUR", "value": (Decimal(2), Decimal(3)), "qualifier": "max", "raw": "bis zu 2",
        "start": 1, "end": 9, "format_error": None, "scale": 1000,
    }
    names = sorted(changes)
    figures = [fig for text, lang in _pages()[:12] for fig in extract_figures(text, lang)]
    assert figures
    for i, fig in enumerate(figures):
        fig = fig.located(i % 3, i, i + 1)
        # Each figure gets another set of fields changed: one to all of them.
        chosen = {name: changes[name] for k, name in enumerate(names) if (i >> k) & 1 or k == i % len(names)}
        assert fig.changed(**chosen) == dataclasses.replace(fig, **chosen), chosen


def test_a_speech_verb_before_a_name_is_found_as_a_search_of_all_the_text_before_finds_it() -> None:
    texts = [text for text, _ in _pages()]
    texts += [f"»Gut«, {verb}  \u00a0Dirk Hilbert." for verb in names._SPEECH_VERBS]
    checked = 0
    for text in texts:
        for m in names._NAME_SEQ.finditer(text):
            plain = names._VERB_BEFORE.search(text, 0, m.start()) is not None
            assert names._verb_before(text, m.start()) == plain, text[max(0, m.start() - 40) : m.end()]
            checked += plain
    assert checked >= len(names._SPEECH_VERBS)
