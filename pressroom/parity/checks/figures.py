"""Figures: each page's figures as a multiset of facts; a fact without counterpart is a finding."""
from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING

from ...messages import FIGURE_ABSENT, FIGURE_DIFFERS, FIGURE_UNMATCHED, NUMBER_FORMAT, ON_PAGE, STYLE
from ..figures import Figure
from ..figures.amounts import written_in
from ..findings import Finding, Location
from . import between, on_page, unmatched

if TYPE_CHECKING:
    from ..compare import Page
    from . import Context

# Bounds on the quadratic matching steps, so that a very large page still takes seconds.
PAIRING_LIMIT = 200_000


def number_formats(de: Page, en: Page, context: Context) -> list[Finding]:
    """A number written as the other language writes it ("76.000" on the English page)."""
    findings = []
    for page, other in ((de, en), (en, de)):
        for fig in context.figures[page.lang]:
            if fig.format_error:
                token, value = fig.format_error.token, fig.format_error.value
                message = NUMBER_FORMAT(
                    token=token, style=STYLE[other.lang], on_page=ON_PAGE[page.lang], fix=written_in(value, page.lang)
                )
                findings.append(on_page(page, context.name, "format", message, fig.line, fig.raw))
    return findings


def figures(de: Page, en: Page, context: Context) -> list[Finding]:
    """Each leftover English fact is paired with the closest German one: same unit first, then same value."""
    de_figs, en_figs = context.figures["de"], context.figures["en"]
    de_count = Counter(f.fact for f in de_figs)
    en_count = Counter(f.fact for f in en_figs)
    left_de = _unmatched(de_figs, en_figs, de_count - en_count)
    left_en = _unmatched(en_figs, de_figs, en_count - de_count)
    used: set[int] = set()
    pairs: list[tuple[Figure, Figure | None]] = []
    search = len(left_en) * len(left_de) <= PAIRING_LIMIT  # very large pages: no closest match
    for fig in left_en:
        best, best_score = None, 2.5
        for j, other in enumerate(left_de if search else ()):
            if j in used:
                continue
            score = _distance(fig, other)
            if fig.unit != other.unit and score > 2.05:
                continue
            if score < best_score:
                best, best_score = j, score
        if best is not None:
            used.add(best)
        pairs.append((fig, None if best is None else left_de[best]))
    findings: list[Finding] = []
    for en_fig, de_fig in pairs:
        if de_fig is not None:
            de_loc, en_loc = Location(de.path, de_fig.line, de_fig.raw), Location(en.path, en_fig.line, en_fig.raw)
            findings.append(between(context.name, "figure", FIGURE_DIFFERS, de_loc, en_loc, "en"))
        else:
            findings.append(
                unmatched(en, de, context.name, "figure", FIGURE_UNMATCHED, FIGURE_ABSENT, en_fig.line, en_fig.raw)
            )
    for j, de_fig in enumerate(left_de):
        if j not in used:
            findings.append(
                unmatched(de, en, context.name, "figure", FIGURE_UNMATCHED, FIGURE_ABSENT, de_fig.line, de_fig.raw)
            )
    return findings


def _distance(a: Figure, b: Figure) -> float:
    """How far apart two facts are: 2 for another unit, the relative difference of the values, 0.1 for another qualifier."""
    unit = 0.0 if a.unit == b.unit else 1.0
    va, vb = a.value, b.value
    if isinstance(va, tuple) and va and isinstance(va[0], Decimal):
        va = va[-1]
    if isinstance(vb, tuple) and vb and isinstance(vb[0], Decimal):
        vb = vb[-1]
    if isinstance(va, Decimal) and isinstance(vb, Decimal):
        biggest = max(abs(va), abs(vb)) or Decimal(1)
        value = float(abs(va - vb) / biggest)
    else:
        value = 0.0 if va == vb else 0.5
    return unit * 2 + value + (0.0 if a.qualifier == b.qualifier else 0.1)


def _unmatched(figs: list[Figure], others: list[Figure], excess: Counter) -> list[Figure]:
    """The instances of over-represented facts that have no counterpart.

    Each counterpart on the other page claims the instance nearest to its own relative
    position, so the leftover is the one that was added or changed.
    """
    if not excess:
        return []
    last = max([f.line for f in figs] + [1])
    other_last = max([f.line for f in others] + [1])
    out: list[Figure] = []
    by_fact: dict[tuple, list[Figure]] = defaultdict(list)
    other_by_fact: dict[tuple, list[Figure]] = defaultdict(list)
    for f in figs:
        if f.fact in excess:
            by_fact[f.fact].append(f)
    for f in others:
        if f.fact in excess:
            other_by_fact[f.fact].append(f)
    for fact in excess:
        mine = by_fact[fact]
        if len(mine) * len(other_by_fact[fact]) > PAIRING_LIMIT:
            out += mine[len(mine) - excess[fact] :]
            continue
        taken: set[int] = set()
        for other in other_by_fact[fact]:
            where = other.line / other_last
            best = min(
                (i for i in range(len(mine)) if i not in taken),
                key=lambda i: abs(mine[i].line / last - where),
                default=None,
            )
            if best is not None:
                taken.add(best)
        out += [f for i, f in enumerate(mine) if i not in taken]
    out.sort(key=lambda f: (f.line, f.start))
    return out
