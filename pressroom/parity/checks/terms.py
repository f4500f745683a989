"""Quoted terms: a term quoted on one page must appear on the other, quoted or not."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...messages import TERM_ABSENT, TERM_UNMATCHED
from ..findings import Finding
from . import fold, unmatched

if TYPE_CHECKING:
    from ..compare import Page
    from . import Context

# Bound on the quadratic search for a translated term, so that a very large page still takes seconds.
TERM_LIMIT = 2_000
_TERM_STRIP = " \t.,;:!?-–—"


def terms(de: Page, en: Page, context: Context) -> list[Finding]:
    """A term missing from the other page, quoted or not.

    A translated term ("Datenstrategie" / "data strategy") is quoted on both sides: a term
    missing from the other page passes when that page quotes a term at about the same place
    (relative position of the paragraph), which then counts as its translation.
    """
    quoted = {lang: [q for q in context.quotes[lang] if not q.is_speech] for lang in ("de", "en")}
    sizes = {lang: max(1, len(context.segments[lang])) for lang in ("de", "en")}
    used: dict[str, set[int]] = {"de": set(), "en": set()}
    findings: list[Finding] = []
    for page, other in ((de, en), (en, de)):
        other_text = context.folded[other.lang]
        for q in quoted[page.lang]:
            term = fold(q.text).strip(_TERM_STRIP)
            if len(term) < 2 or not any(ch.isalpha() for ch in term):
                continue
            if term in other_text or _inflected(term).search(other_text):
                continue
            if _phrase(q.text.strip(_TERM_STRIP)) or _translated_name(term, other_text):
                continue
            here = q.segment / sizes[page.lang]
            best, best_gap = None, 0.1
            candidates = quoted[other.lang] if len(quoted[other.lang]) <= TERM_LIMIT else []
            for j, candidate in enumerate(candidates):
                gap = abs(candidate.segment / sizes[other.lang] - here)
                if j not in used[other.lang] and gap <= best_gap:
                    best, best_gap = j, gap
            if best is not None:
                used[other.lang].add(best)
                continue
            findings.append(unmatched(page, other, context.name, "term", TERM_UNMATCHED, TERM_ABSENT, q.line, q.text))
    return findings


def _inflected(term: str) -> re.Pattern:
    """The term with free word endings: "Deutsche Stiftung" also finds "Deutschen Stiftung"."""
    words = re.findall(r"\w+", term)
    parts = [re.escape(w[: max(3, len(w) - 2)]) + r"\w*" for w in words]
    return re.compile(r"(?<!\w)" + r"\W+".join(parts))


def _phrase(term: str) -> bool:
    """A quoted run of ordinary words ("eine bessere Zukunft für alle", "transparent interfaces"):
    lower case at its start and more than one word, it is translated with the text, unlike a
    name or a single coined word (‘hyper-integration’)."""
    return term[:1].islower() and " " in term and not any(ch.isdigit() for ch in term)


def _translated_name(term: str, other_text: str) -> bool:
    """A name translated word for word (»Tech-Wiki Routerfreiheit« / Router Freedom tech wiki):
    of two or more words, each is on the other page, a German compound by one of its parts."""
    words = term.split()
    if len(words) < 2:
        return False
    other_words = None
    for word in words:
        parts = re.findall(r"[^\W\d_]+", word)
        if all(re.search(r"(?<!\w)" + re.escape(part), other_text) for part in parts):
            continue
        if len(parts) != 1:
            return False
        if other_words is None:
            other_words = set(re.findall(r"[^\W\d_]{4,}", other_text))
        part = parts[0]
        if not any(part.startswith(w) or part.endswith(w) for w in other_words if len(w) < len(part)):
            return False
    return True
