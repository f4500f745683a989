"""Figures: each page's figures as a multiset of facts; a fact without counterpart is a finding."""
from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING

from ...messages import FIGURE_ABSENT, FIGURE_DIFFERS, FIGURE_UNMATCHED, NUMBER_FORMAT, ON_PAGE, STYLE
from ..figures import Figure
from ..figures.amounts import written_in
from ..findings import Finding, Location
from ..markdown_text import Segment
from . import between, on_page, unmatched
from .named import split_named

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
    squashed = {lang: context.folded[lang].replace(" ", "") for lang in ("de", "en")}
    figs, named = split_named(context.figures, context.segments, squashed)
    de_figs, en_figs = figs["de"], figs["en"]
    de_count = Counter(f.fact for f in de_figs)
    en_count = Counter(f.fact for f in en_figs)
    left_de = _unmatched(de_figs, en_figs, de_count - en_count)
    left_en = _unmatched(en_figs, de_figs, en_count - de_count)
    if left_de and en_count or left_en and de_count:
        left_de = _dropped(left_de, de_figs, en_figs, context.segments["de"], context.segments["en"])
        left_en = _dropped(left_en, en_figs, de_figs, context.segments["en"], context.segments["de"])
    if named["de"] or named["en"]:
        left_de = sorted(left_de + named["de"], key=lambda f: (f.line, f.start))
        left_en = sorted(left_en + named["en"], key=lambda f: (f.line, f.start))
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


def _dropped(left: list[Figure], figs: list[Figure], others: list[Figure], segments: list[Segment], other_segments: list[Segment]) -> list[Figure]:
    """Of the facts `left` over, the instances that their paragraph's counterpart lacks.

    A fact repeated more often on one page is no difference by itself: an instance whose
    aligned paragraph (or front-matter field) on the other page has the same fact is a repeat.
    One dropped from its paragraph stays a difference, wherever else the other page has it.
    """
    excess = Counter(f.fact for f in left)
    facts_at: dict[int, set] = defaultdict(set)
    for f in others:
        if f.fact in excess:
            facts_at[f.segment].add(f.fact)
    windows: dict[int, list[int]] = {}
    lacking: dict[tuple, list[Figure]] = defaultdict(list)
    for f in figs:
        if f.fact in excess:
            if f.segment not in windows:
                windows[f.segment] = aligned(f.segment, segments, other_segments)
            if not any(f.fact in facts_at[j] for j in windows[f.segment]):
                lacking[f.fact].append(f)
    out = [f for fact, found in lacking.items() for f in found[: excess[fact]]]
    out.sort(key=lambda f: (f.line, f.start))
    return out


def aligned(index: int, segments: list[Segment], other_segments: list[Segment]) -> list[int]:
    """The other page's segments that stand where segment `index` stands: the same front-matter
    field, or the body paragraph at the same relative place and its two neighbours."""
    seg = segments[index]
    if seg.field is not None:
        return [j for j, other in enumerate(other_segments) if other.field == seg.field]
    body = [i for i, s in enumerate(segments) if s.field is None]
    other_body = [j for j, s in enumerate(other_segments) if s.field is None]
    if not other_body:
        return []
    k = body.index(index)
    at = round(k * (len(other_body) - 1) / max(1, len(body) - 1))
    return other_body[max(0, at - 1) : at + 2]


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
