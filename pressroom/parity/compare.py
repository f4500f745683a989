"""Compare one German page with its English translation: figures, quotes, terms, explained differences."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from .figures import Figure, extract_figures
from .findings import Finding, Location
from ..front_matter import mapping_items, read_page_source, scalar_text
from .markdown_text import Segment, body_segments, front_matter_segments
from .quotes import QUOTE_PAIRS, Quote, scan_quotes, speaker_key, tidy_spaces

# Bounds on the quadratic matching steps, so that a very large page still takes seconds.
_ALIGN_LIMIT = 40_000
_PAIRING_LIMIT = 200_000
_TERM_LIMIT = 2_000
DIFFERENCE_KEYS = ("check", "text", "reason")


@dataclass
class Difference:
    check: str
    text: str
    reason: str
    path: str
    line: int
    side: str
    used: bool = False


@dataclass
class Page:
    lang: str
    path: str
    segments: list[Segment] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)
    problems: list[tuple[str, int, str, str]] = field(default_factory=list)  # check, line, message, text
    fm_ok: bool = True
    fm_segments: list[Segment] = field(default_factory=list)
    empty: bool = False
    date: tuple[str, int] | None = None  # the front matter's date and its line


def read_page(lang: str, path: str, source: str, report_unreadable_front_matter: bool = True) -> Page:
    """The page's text; a front matter that can't be read is a problem unless the caller
    reports it itself (the build does, in its front-matter validation)."""
    page = Page(lang, path)
    if not source.strip():
        page.empty = True
        page.problems.append(("empty", 1, f"{path} is empty", ""))
        return page
    fm = read_page_source(source)
    tree = fm.document.tree
    if fm.problem is not None:
        page.fm_ok = False
        if report_unreadable_front_matter:
            page.problems.append(("front-matter", fm.problem.line, f"{fm.problem.text('YAML front matter')} in {path}", ""))
    elif tree is not None and type(tree) is not tuple:
        page.fm_ok = False
        if report_unreadable_front_matter:
            page.problems.append(("front-matter", 2, f"front matter is not a mapping in {path}", ""))
    else:
        page.fm_segments = front_matter_segments(tree)
        page.differences = _differences(tree, page)
        page.date = next(((scalar_text(value), line) for key, value, line in mapping_items(tree) if key == "date"), None)
    page.segments = body_segments(fm.body, fm.body_line)
    if not page.segments and not page.fm_segments and not page.problems and page.fm_ok:
        page.empty = True
        page.problems.append(("empty", 1, f"{path} has no text", ""))
    return page


def _differences(node: tuple | None, page: Page) -> list[Difference]:
    found: list[Difference] = []
    for key, value, line in mapping_items(node):
        if key != "differences":
            continue
        if type(value) is not list:  # a sequence in the front matter's plain values
            page.problems.append(("front-matter", line, f"differences in {page.path} must be a list", ""))
            continue
        for item, item_line in value:
            fields = {k: scalar_text(v) for k, v, _ in mapping_items(item)}
            missing = [k for k in DIFFERENCE_KEYS if not fields.get(k)]
            if missing:
                page.problems.append(
                    (
                        "front-matter",
                        item_line,
                        f"differences entry in {page.path} lacks {', '.join(missing)}",
                        "",
                    )
                )
                continue
            found.append(
                Difference(fields["check"], fields["text"], fields["reason"], page.path, item_line, page.lang)
            )
    return found


def _loc(page: Page, line: int, text: str) -> Location:
    return Location(page.path, line, text)


def _page_name(de_path: str, en_path: str) -> str:
    parts = de_path.replace("\\", "/").split("/")
    for i in range(len(parts) - 1, -1, -1):
        if parts[i] == "de":
            return "/".join(parts[i + 1 :])
    return parts[-1]


def check_pair(
    de_path: str, de_source: str, en_path: str, en_source: str, page_name: str | None = None
) -> list[Finding]:
    """All findings for one page pair, given as paths (for messages) and Markdown sources."""
    name = page_name or _page_name(str(de_path), str(en_path))
    de = read_page("de", str(de_path), de_source)
    en = read_page("en", str(en_path), en_source)
    return compare_pages(de, en, name)


def compare_pages(de: Page, en: Page, name: str) -> list[Finding]:
    findings: list[Finding] = []
    for page in (de, en):
        for check, line, message, text in page.problems:
            loc = _loc(page, line, text)
            findings.append(Finding.on_one_side(name, check, message, loc, page.lang))
    if de.empty or en.empty:
        return findings
    for page in (de, en):
        if de.fm_ok and en.fm_ok:
            page.segments = page.fm_segments + page.segments
    findings += _compare_dates(de, en, name)
    figures = {p.lang: _figures(p) for p in (de, en)}
    findings += _format_findings(de, en, figures, name)
    findings += compare_figures(de, en, figures["de"], figures["en"], name)
    findings += _quote_findings(de, en, name, figures)
    return _apply_differences(de, en, findings, name)


def _compare_dates(de: Page, en: Page, name: str) -> list[Finding]:
    """The release date in the front matter is one fact: the same ISO date on both pages."""
    if de.date is None or en.date is None or de.date[0] == en.date[0]:
        return []
    (de_date, de_line), (en_date, en_line) = de.date, en.date
    message = f"date {en_date} differs from {de.path} (date {de_date}, line {de_line})"
    return [Finding(name, "figure", message, _loc(de, de_line, str(de_date)), _loc(en, en_line, str(en_date)), "en")]


def _figures(page: Page) -> list[Figure]:
    """All figures of a page, read in one pass over its text blocks joined by blank lines."""
    if not page.segments:
        return []
    offsets: list[int] = []
    position = 0
    for seg in page.segments:
        offsets.append(position)
        position += len(seg.text) + 2
    text = "\n\n".join(seg.text for seg in page.segments)
    out = extract_figures(text, page.lang)
    for fig in out:
        index = bisect_right(offsets, fig.start) - 1
        seg = page.segments[index]
        fig.segment, fig.offset = index, fig.start - offsets[index]
        fig.line = seg.line_at(fig.offset)
    return out


def _format_findings(de: Page, en: Page, figures: dict, name: str) -> list[Finding]:
    findings = []
    for page in (de, en):
        for fig in figures[page.lang]:
            if fig.format_error:
                loc = _loc(page, fig.line, fig.raw)
                findings.append(Finding.on_one_side(name, "format", fig.format_error, loc, page.lang))
    return findings


def _distance(a: Figure, b: Figure) -> float:
    if a.unit != b.unit:
        unit = 1.0
    else:
        unit = 0.0
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


def compare_figures(de: Page, en: Page, de_figs: list[Figure], en_figs: list[Figure], name: str) -> list[Finding]:
    """Figures as multisets of facts; each fact without counterpart is a finding."""
    de_count = Counter(f.fact for f in de_figs)
    en_count = Counter(f.fact for f in en_figs)
    left_de = _unmatched(de_figs, en_figs, de_count - en_count)
    left_en = _unmatched(en_figs, de_figs, en_count - de_count)
    findings: list[Finding] = []
    used: set[int] = set()
    # Pair each English leftover with the closest German one: same unit first, then same value.
    pairs: list[tuple[Figure, Figure | None]] = []
    search = len(left_en) * len(left_de) <= _PAIRING_LIMIT  # very large pages: no closest match
    for fig in left_en:
        if not search:
            pairs.append((fig, None))
            continue
        best, best_score = None, 2.5
        for j, other in enumerate(left_de):
            if j in used:
                continue
            score = _distance(fig, other)
            if fig.unit != other.unit and score > 2.05:
                continue
            if score < best_score:
                best, best_score = j, score
        if best is not None:
            used.add(best)
            pairs.append((fig, left_de[best]))
        else:
            pairs.append((fig, None))
    for en_fig, de_fig in pairs:
        en_loc = _loc(en, en_fig.line, en_fig.raw)
        if de_fig is not None:
            de_loc = _loc(de, de_fig.line, de_fig.raw)
            message = f"{en_fig.raw} has no counterpart in {de.path} (closest: {de_fig.raw}, line {de_fig.line})"
            findings.append(Finding(name, "figure", message, de_loc, en_loc, "en"))
        else:
            findings.append(
                Finding(name, "figure", f"{en_fig.raw} has no counterpart in {de.path}", None, en_loc, "en")
            )
    for j, de_fig in enumerate(left_de):
        if j in used:
            continue
        de_loc = _loc(de, de_fig.line, de_fig.raw)
        findings.append(Finding(name, "figure", f"{de_fig.raw} has no counterpart in {en.path}", de_loc, None, "de"))
    return findings


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
        if len(mine) * len(other_by_fact[fact]) > _PAIRING_LIMIT:
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


def _quote_findings(de: Page, en: Page, name: str, figures: dict[str, list[Figure]]) -> list[Finding]:
    findings: list[Finding] = []
    scanned = {}
    full = {p.lang: _FoldedPage(" ".join([s.text for s in p.segments])) for p in (de, en)}
    for page in (de, en):
        other = "en" if page.lang == "de" else "de"
        quotes, errors = scan_quotes(page.segments, page.lang, full[other])
        scanned[page.lang] = quotes
        for error in errors:
            loc = _loc(page, error.line, error.text)
            findings.append(Finding.on_one_side(name, "quote-mark", error.message, loc, page.lang))
    findings += _compare_speech(de, en, scanned["de"], scanned["en"], name, figures)
    findings += _compare_terms(de, en, scanned["de"], scanned["en"], name, full)
    return findings


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _align(de_list: list[Quote], en_list: list[Quote]) -> list[tuple[Quote | None, Quote | None]]:
    """Pair speech quotes in reading order; where the counts differ, align by speaker and length."""
    if len(de_list) == len(en_list):
        return list(zip(de_list, en_list))
    if len(de_list) * len(en_list) > _ALIGN_LIMIT:  # very large pages: plain reading order
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


def _inside(q: Quote, by_segment: dict[int, list[Figure]]) -> list[Figure]:
    return [f for f in by_segment.get(q.segment, ()) if q.start <= f.offset < q.end]


def _by_segment(figures: list[Figure], segments: set[int]) -> dict[int, list[Figure]]:
    """The figures of the given segments, by segment (quotes are in few of a page's segments)."""
    index: dict[int, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.segment in segments:
            index[f.segment].append(f)
    return index


def _same_facts(a: list[Figure], b: list[Figure]) -> bool:
    """Whether both lists hold the same facts as multisets."""
    if len(a) != len(b):
        return False
    # Most quotes hold no figures: no counting for them.
    return not a or Counter(f.fact for f in a) == Counter(f.fact for f in b)


def _compare_speech(
    de: Page, en: Page, de_quotes: list[Quote], en_quotes: list[Quote], name: str, figures: dict[str, list[Figure]]
) -> list[Finding]:
    """Speech quotes: same number, same order, same speaker, same figures inside."""
    findings: list[Finding] = []
    de_list = [q for q in de_quotes if q.is_speech and q.depth == 0]
    en_list = [q for q in en_quotes if q.is_speech and q.depth == 0]
    de_index = _by_segment(figures["de"], {q.segment for q in de_list})
    en_index = _by_segment(figures["en"], {q.segment for q in en_list})
    for de_q, en_q in _align(de_list, en_list):
        if de_q is None or en_q is None:
            q, page, other = (de_q, de, en) if de_q is not None else (en_q, en, de)
            who = q.speaker or "an unnamed speaker"
            loc = _loc(page, q.line, _short(q.text))
            findings.append(
                Finding(
                    name,
                    "quote",
                    f"quote by {who} has no counterpart in {other.path} "
                    f"({len(de_list)} quotes in German, {len(en_list)} in English): {_short(q.text)}",
                    loc if page is de else None,
                    loc if page is en else None,
                    page.lang,
                )
            )
            continue
        if de_q.speaker and en_q.speaker and _fold(de_q.speaker) != _fold(en_q.speaker):
            findings.append(
                Finding(
                    name,
                    "quote",
                    f"quote by {en_q.speaker} is by {de_q.speaker} in {de.path} (line {de_q.line})",
                    _loc(de, de_q.line, de_q.speaker),
                    _loc(en, en_q.line, en_q.speaker),
                    "en",
                )
            )
        de_figs, en_figs = _inside(de_q, de_index), _inside(en_q, en_index)
        if not _same_facts(de_figs, en_figs):
            who = en_q.speaker or de_q.speaker or "an unnamed speaker"
            findings.append(
                Finding(
                    name,
                    "quote",
                    f"figures in quote by {who} differ from {de.path} line {de_q.line}: "
                    f"{_figure_list(en_figs)} vs {_figure_list(de_figs)}",
                    _loc(de, de_q.line, _short(de_q.text)),
                    _loc(en, en_q.line, _short(en_q.text)),
                    "en",
                )
            )
    return findings


def _figure_list(figs: list[Figure]) -> str:
    return "[" + ", ".join(f.raw for f in figs) + "]"


def _fold(text: str) -> str:
    """Case-folded, without soft hyphens, each run of white space one space, none at either end."""
    if "\u00ad" in text:
        text = text.replace("\u00ad", "")
    # casefold() maps no character to or from white space, so spaces can be tidied first.
    return tidy_spaces(text).casefold()


class _FoldedPage:
    """A page's text for `part in page` with `part` case-folded: is it in the page's _fold?

    Folding a whole page costs more than all else in the quote checks, and the names and
    terms looked up are mostly there as written. A lower-case ASCII part with tidy spaces found
    in the page's ASCII lower-case copy is in the folded page too; only other parts, and parts
    not found, need the page folded.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._ascii: bytes | None = None
        self._folded: str | None = None

    def folded(self) -> str:
        if self._folded is None:
            self._folded = _fold(self.text)
        return self._folded

    def __contains__(self, part: str) -> bool:
        if part.isascii() and "?" not in part and tidy_spaces(part) == part:
            if self._ascii is None:
                self._ascii = self.text.encode("ascii", "replace").lower()
            if part.encode("ascii") in self._ascii:
                return True
        return part in self.folded()


_TERM_STRIP = " \t.,;:!?-–—"


def _compare_terms(
    de: Page, en: Page, de_quotes: list[Quote], en_quotes: list[Quote], name: str, full: dict[str, _FoldedPage]
) -> list[Finding]:
    """A quoted term must appear on the other page, quoted or not.

    A translated term ("Datenstrategie" / "data strategy") is quoted on both sides: a term
    missing from the other page passes when that page quotes a term at about the same place
    (relative position of the paragraph), which then counts as its translation.
    """
    terms = {
        "de": [q for q in de_quotes if not q.is_speech],
        "en": [q for q in en_quotes if not q.is_speech],
    }
    sizes = {"de": max(1, len(de.segments)), "en": max(1, len(en.segments))}
    used: dict[str, set[int]] = {"de": set(), "en": set()}
    findings: list[Finding] = []
    for page, other in ((de, en), (en, de)):
        for q in terms[page.lang]:
            term = _fold(q.text).strip(_TERM_STRIP)
            if len(term) < 2 or not any(ch.isalpha() for ch in term):
                continue
            if term in full[other.lang] or _inflected(term).search(full[other.lang].folded()):
                continue
            here = q.segment / sizes[page.lang]
            best, best_gap = None, 0.1
            candidates = terms[other.lang] if len(terms[other.lang]) <= _TERM_LIMIT else []
            for j, candidate in enumerate(candidates):
                gap = abs(candidate.segment / sizes[other.lang] - here)
                if j not in used[other.lang] and gap <= best_gap:
                    best, best_gap = j, gap
            if best is not None:
                used[other.lang].add(best)
                continue
            loc = _loc(page, q.line, q.text)
            message = f"quoted term {q.mark}{q.text}{_closing(q.mark, page.lang)} does not appear in {other.path}"
            findings.append(Finding.on_one_side(name, "term", message, loc, page.lang))
    return findings


def _inflected(term: str) -> re.Pattern:
    """The term with free word endings: "Deutsche Stiftung" also finds "Deutschen Stiftung"."""
    words = re.findall(r"\w+", term)
    parts = [re.escape(w[: max(3, len(w) - 2)]) + r"\w*" for w in words]
    return re.compile(r"(?<!\w)" + r"\W+".join(parts))


def _closing(mark: str, lang: str) -> str:
    return QUOTE_PAIRS[lang].get(mark, mark)


def _apply_differences(de: Page, en: Page, findings: list[Finding], name: str) -> list[Finding]:
    differences = de.differences + en.differences
    if not differences:
        return findings
    kept: list[Finding] = []
    for finding in findings:
        suppressed = False
        for diff in differences:
            if diff.check != finding.check and not finding.check.startswith(diff.check + "-"):
                continue  # "quote" also explains "quote-mark"
            texts = [loc.text for loc in (finding.de, finding.en) if loc is not None]
            if any(diff.text in t for t in texts):
                diff.used = True
                suppressed = True
        if not suppressed:
            kept.append(finding)
    for diff in differences:
        if not diff.used:
            loc = Location(diff.path, diff.line, diff.text)
            message = f"explained difference ({diff.check}: {diff.text!r}) no longer occurs"
            kept.append(Finding.on_one_side(name, "stale-difference", message, loc, diff.side))
    return kept
