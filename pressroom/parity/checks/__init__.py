"""The checks of a page pair, one module each, run in the order of CHECKS.

Each check is a function ``(de, en, context) -> list[Finding]``: `de` and `en` are the read
pages, `context` the facts gathered from both once (gather), which no check changes.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..figures import Figure, extract_figures
from ..findings import Finding, Location
from ..markdown_text import Segment
from ..quotes import MarkError, Quote, scan_quotes, tidy_spaces

if TYPE_CHECKING:
    from ..compare import Page


@dataclass(frozen=True)
class Context:
    """The facts of both pages, by language ("de", "en")."""

    name: str  # the page pair, e.g. "index.md"
    segments: dict[str, list[Segment]]  # the text checked: the front matter's, then the body's
    figures: dict[str, list[Figure]]
    quotes: dict[str, list[Quote]]
    mark_errors: dict[str, list[MarkError]]
    folded: dict[str, str]  # each page's text, folded (see fold)


def on_page(page: Page, name: str, check: str, message: str, line: int, text: str) -> Finding:
    """A finding at one place on one page of the pair `name`."""
    return Finding.on_one_side(name, check, message, Location(page.path, line, text), page.lang)


def fold(text: str) -> str:
    """Case-folded, without soft hyphens, each run of white space one space, none at either end."""
    return tidy_spaces(text.replace("\u00ad", "")).casefold()


def page_figures(segments: list[Segment], lang: str) -> list[Figure]:
    """All figures of a page's segments, each with its segment, offset in it and line.

    The segments are read as one text, joined by blank lines, so that a figure's context
    (a qualifier, a unit) never reaches into the next segment.
    """
    if not segments:
        return []
    offsets: list[int] = []
    position = 0
    for seg in segments:
        offsets.append(position)
        position += len(seg.text) + 2
    located = []
    for fig in extract_figures("\n\n".join(seg.text for seg in segments), lang):
        index = bisect_right(offsets, fig.start) - 1
        offset = fig.start - offsets[index]
        located.append(fig.located(index, offset, segments[index].line_at(offset)))
    return located


def gather(de: Page, en: Page, name: str, segments: dict[str, list[Segment]]) -> Context:
    """Read the facts of both pages: figures, and quotes with their speakers confirmed by the other page."""
    folded = {lang: fold(" ".join(seg.text for seg in segments[lang])) for lang in ("de", "en")}
    figures = {lang: page_figures(segments[lang], lang) for lang in ("de", "en")}
    quotes, mark_errors = {}, {}
    for lang, other in (("de", "en"), ("en", "de")):
        quotes[lang], mark_errors[lang] = scan_quotes(segments[lang], lang, folded[other])
    return Context(name, segments, figures, quotes, mark_errors, folded)


from . import dates, figures, quotes, terms  # noqa: E402  (they import Context from here)

CHECKS = (
    dates.release_date,
    figures.number_formats,
    figures.figures,
    quotes.quote_marks,
    quotes.speech,
    terms.terms,
)
