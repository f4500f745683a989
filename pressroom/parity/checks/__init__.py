"""The checks of a page pair, one module each, run in the order of CHECKS.

Each check is a function ``(de, en, context) -> list[Finding]``: `de` and `en` are the read
pages, `context` the facts gathered from both once (gather), which no check changes.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...messages import IN_VERSION, VERSION
from ...wording import Message, Text
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


def on_page(page: Page, name: str, check: str, message: Message, line: int, text: str) -> Finding:
    """A finding at one place on one page of the pair `name` that concerns that page only."""
    return Finding.on_one_side(name, check, message, Location(page.path, line, text), page.lang)


def _other(lang: str) -> str:
    return "en" if lang == "de" else "de"


def _seen_from(lang: str, values: dict) -> dict:
    """The values as the page in `lang` words them: a value given per language,
    {"de": …, "en": …}, becomes here_<name> (this page's) and there_<name> (the other's)."""
    seen: dict[str, object] = {}
    for key, value in values.items():
        if isinstance(value, dict) and set(value) == {"de", "en"}:
            seen["here_" + key], seen["there_" + key] = value[lang], value[_other(lang)]
        else:
            seen[key] = value
    return seen


def unmatched(
    page: Page, other: Page, name: str, check: str, wording: Text, absent: Text, line: int, text: str, **values: object
) -> Finding:
    """What `page` says at `line` (`text`) and `other` lacks: worded by `wording` on `page`
    ({here} the text, {path}, {version}, {in_version} the other page) and by `absent` on the
    other page ({there} the text, {path}, {line} its place, {version}, {in_version} `page`).
    Further values as in `between`."""
    here = wording(
        here=text, path=other.path, version=VERSION[other.lang], in_version=IN_VERSION[other.lang],
        **_seen_from(page.lang, values),
    )
    there = absent(
        there=text, path=page.path, line=line, version=VERSION[page.lang], in_version=IN_VERSION[page.lang],
        **_seen_from(other.lang, values),
    )
    return Finding.on_one_side(name, check, here, Location(page.path, line, text), page.lang, there)


def between(name: str, check: str, wording: Text, de: Location, en: Location, side: str, **values: object) -> Finding:
    """A finding with a place on both pages, worded on each page from its own side: {here} and
    {there} are the two places' texts, {path} and {line} the other place, {version} and
    {in_version} the other page; a value given per language, {"de": …, "en": …}, becomes
    {here_<name>} and {there_<name>}. `side` is the page the one-line message is anchored at."""
    places = {"de": de, "en": en}

    def worded(lang: str) -> Message:
        other = _other(lang)
        return wording(
            here=places[lang].text, there=places[other].text, path=places[other].path, line=places[other].line,
            version=VERSION[other], in_version=IN_VERSION[other], **_seen_from(lang, values),
        )

    return Finding(name, check, worded(side), de, en, side, worded(_other(side)))


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
