"""Quotes: quotation marks that pair up, and speech quotes that match across the pages."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from ...messages import BY_SPEAKER, FIGURES, NO_SPEAKER, QUOTE_ABSENT, QUOTE_FIGURES, QUOTE_SPEAKER, QUOTE_UNMATCHED, QUOTED, QUOTES
from ...wording import Message
from ..figures import Figure
from ..findings import Finding, Location
from ..names import speaker_key
from ..quotes import Quote
from ..speakers import differing_speakers
from . import between, on_page, unmatched

if TYPE_CHECKING:
    from ..compare import Page
    from . import Context

# Bound on the quadratic alignment, so that a very large page still takes seconds.
ALIGN_LIMIT = 40_000


def quote_marks(de: Page, en: Page, context: Context) -> list[Finding]:
    """A quotation mark never closed, closed by another mark, or closing nothing."""
    return [
        on_page(page, context.name, "quote-mark", error.message, error.line, error.text)
        for page in (de, en)
        for error in context.mark_errors[page.lang]
    ]


def speech(de: Page, en: Page, context: Context) -> list[Finding]:
    """Speech quotes: same number, same order, same speaker, same figures inside."""
    name = context.name
    findings: list[Finding] = []
    de_list = [q for q in context.quotes["de"] if q.is_speech and q.depth == 0]
    en_list = [q for q in context.quotes["en"] if q.is_speech and q.depth == 0]
    de_index = _by_segment(context.figures["de"])
    en_index = _by_segment(context.figures["en"])
    counts = {"de": QUOTES(n=len(de_list)), "en": QUOTES(n=len(en_list))}
    for de_q, en_q in _align(de_list, en_list):
        if de_q is None or en_q is None:
            q, page, other = (de_q, de, en) if de_q is not None else (en_q, en, de)
            findings.append(
                unmatched(page, other, name, "quote", QUOTE_UNMATCHED, QUOTE_ABSENT, q.line, _short(q.text),
                          who=_who(q.speaker), quote=_short(q.text), count=counts)
            )
            continue
        speakers = differing_speakers(de_q, en_q)
        if speakers:
            findings.append(
                between(name, "quote", QUOTE_SPEAKER,
                        Location(de.path, de_q.line, speakers[0]), Location(en.path, en_q.line, speakers[1]), "en")
            )
        de_figs, en_figs = _inside(de_q, de_index), _inside(en_q, en_index)
        if Counter(f.fact for f in de_figs) != Counter(f.fact for f in en_figs):
            findings.append(
                between(name, "quote", QUOTE_FIGURES,
                        Location(de.path, de_q.line, _short(de_q.text)), Location(en.path, en_q.line, _short(en_q.text)),
                        "en", who=_who(en_q.speaker or de_q.speaker),
                        figures={"de": _figure_list(de_figs), "en": _figure_list(en_figs)})
            )
    return findings


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _who(speaker: str | None) -> Message:
    return BY_SPEAKER(name=speaker) if speaker else NO_SPEAKER()


def _figure_list(figs: list[Figure]) -> Message:
    return FIGURES(n=len(figs), figures=[QUOTED(value=f.raw) for f in figs])


def _by_segment(figures: list[Figure]) -> dict[int, list[Figure]]:
    index: dict[int, list[Figure]] = defaultdict(list)
    for f in figures:
        index[f.segment].append(f)
    return index


def _inside(q: Quote, by_segment: dict[int, list[Figure]]) -> list[Figure]:
    return [f for f in by_segment.get(q.segment, ()) if q.start <= f.offset < q.end]


def _align(de_list: list[Quote], en_list: list[Quote]) -> list[tuple[Quote | None, Quote | None]]:
    """Pair speech quotes in reading order; where the counts differ, align by speaker and length."""
    if len(de_list) == len(en_list):
        return list(zip(de_list, en_list))
    if len(de_list) * len(en_list) > ALIGN_LIMIT:  # very large pages: plain reading order
        pairs = list(zip(de_list, en_list))
        return pairs + [(q, None) for q in de_list[len(pairs) :]] + [(None, q) for q in en_list[len(pairs) :]]

    def score(a: Quote, b: Quote) -> int:
        ka, kb = speaker_key(a.speaker), speaker_key(b.speaker)
        value = 3 if ka and ka == kb else (1 if not ka or not kb else 0)
        la, lb = len(a.text) + 1, len(b.text) + 1
        return value + (2 if 0.5 <= la / lb <= 2 else 0)

    n, m = len(de_list), len(en_list)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + score(de_list[i], en_list[j]))
    pairs: list[tuple[Quote | None, Quote | None]] = []
    i = j = 0
    while i < n and j < m:
        if best[i][j] == best[i + 1][j + 1] + score(de_list[i], en_list[j]):
            pairs.append((de_list[i], en_list[j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((de_list[i], None))
            i += 1
        else:
            pairs.append((None, en_list[j]))
            j += 1
    pairs += [(q, None) for q in de_list[i:]] + [(None, q) for q in en_list[j:]]
    return pairs
