"""Compare one German page with its English translation.

The flow goes one way: a page's source is read into a Page (text segments, front-matter
facts, problems), the two pages' facts (figures, quotes) are gathered once into a Context,
each check turns them into findings, and the pages' explained differences are applied last.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import messages
from ..front_matter import mapping_items, read_page_source, scalar_text
from ..wording import Message
from .checks import CHECKS, gather, on_page
from .checks.differences import Difference, explain
from .findings import Finding
from .list_numbers import escaped, list_number_traps
from .markdown_text import Segment, body_segments, front_matter_segments

DIFFERENCE_KEYS = ("check", "text", "reason")


@dataclass(frozen=True)
class Problem:
    """A problem with one page on its own (unreadable, empty, malformed front matter)."""

    check: str
    line: int
    message: Message
    text: str = ""


@dataclass(frozen=True)
class Page:
    """What is read from one language's page: its text segments and front-matter facts."""

    lang: str
    path: str
    segments: list[Segment] = field(default_factory=list)  # the body's
    differences: tuple[Difference, ...] = ()
    problems: tuple[Problem, ...] = ()
    fm_ok: bool = True
    fm_segments: list[Segment] = field(default_factory=list)
    empty: bool = False
    date: tuple[str, int] | None = None  # the front matter's date and its line


def read_page(lang: str, path: str, source: str, report_unreadable_front_matter: bool = True) -> Page:
    """The page's text; a front matter that can't be read is a problem unless the caller
    reports it itself (the build does, in its front-matter validation)."""
    if not source.strip():
        return Page(lang, path, problems=(Problem("empty", 1, messages.PAGE_EMPTY()),), empty=True)
    fm = read_page_source(source, values=False)  # the checks compare text
    tree = fm.document.tree
    problems: list[Problem] = []
    fm_ok, fm_segments, differences, date = True, [], (), None
    if fm.problem is not None:
        fm_ok = False
        if report_unreadable_front_matter:
            problems.append(Problem("front-matter", fm.problem.line, fm.problem.message()))
    elif tree is not None and type(tree) is not tuple:
        fm_ok = False
        if report_unreadable_front_matter:
            found = messages.found(read_page_source(source).document.data)
            problems.append(Problem("front-matter", 2, messages.NOT_FIELDS(what=messages.THE_FRONT_MATTER, found=found)))
    else:
        fm_segments = front_matter_segments(tree)
        differences, difference_problems = _differences(tree, lang, path)
        problems += difference_problems
        date = next(((scalar_text(value), line) for key, value, line in mapping_items(tree) if key == "date"), None)
    body = fm.body
    traps = list_number_traps(body, fm.body_line)
    if traps:  # reported, then read as the text the editor meant
        problems += [Problem("list-number", t.line, messages.LIST_NUMBER(text=t.text, number=t.number, fix=t.fix), t.text) for t in traps]
        body = escaped(body, traps, fm.body_line)
    segments = body_segments(body, fm.body_line)
    empty = not segments and not fm_segments and not problems and fm_ok
    if empty:
        problems.append(Problem("empty", 1, messages.PAGE_WITHOUT_TEXT()))
    return Page(lang, path, segments, differences, tuple(problems), fm_ok, fm_segments, empty, date)


def _differences(node: tuple | None, lang: str, path: str) -> tuple[tuple[Difference, ...], list[Problem]]:
    """The front matter's `differences:` entries, and the problems of malformed ones."""
    found: list[Difference] = []
    problems: list[Problem] = []
    for key, value, line in mapping_items(node):
        if key != "differences":
            continue
        if type(value) is not list:  # a sequence in the front matter's plain values
            problems.append(Problem("front-matter", line, messages.DIFFERENCES_NOT_A_LIST()))
            continue
        for item, item_line in value:
            fields = {k: scalar_text(v) for k, v, _ in mapping_items(item)}
            missing = [k for k in DIFFERENCE_KEYS if not fields.get(k)]
            if missing:
                fields = [messages.CODE(value=key) for key in missing]
                problems.append(Problem("front-matter", item_line, messages.DIFFERENCE_INCOMPLETE(n=len(missing), fields=fields)))
                continue
            found.append(Difference(fields["check"], fields["text"], fields["reason"], path, item_line, lang))
    return tuple(found), problems


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
    """The pages' own problems, then each check's findings, less those the pages explain."""
    findings = [
        on_page(page, name, problem.check, problem.message, problem.line, problem.text)
        for page in (de, en)
        for problem in page.problems
    ]
    if de.empty or en.empty:
        return findings
    # The front matter's texts count only where both front matters could be read.
    with_front_matter = de.fm_ok and en.fm_ok
    segments = {page.lang: page.fm_segments + page.segments if with_front_matter else page.segments for page in (de, en)}
    context = gather(de, en, name, segments)
    for check in CHECKS:
        findings += check(de, en, context)
    return explain(de.differences + en.differences, findings, name)
