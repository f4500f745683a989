"""Quotes: speech in quotation marks, who says it, and quoted terms.

Each language has its own marks (German »…«, „…“, ‚…‘; English “…”, ‘…’, "…"). The other
language's marks are tolerated as a pair, but a mark that is never closed or is closed by
a mark of another pair is an error at its position. Apostrophes (Saxony’s) are not quotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .markdown_text import Segment

# opening mark -> closing mark, per language; the other language's pairs are tolerated.
QUOTE_PAIRS = {
    "de": {"»": "«", "„": "“", "‚": "‘", "“": "”", "‘": "’", '"': '"', "›": "‹", "'": "'"},
    "en": {"“": "”", "‘": "’", '"': '"', "„": "“", "»": "«", "‚": "‘", "'": "'", "›": "‹"},
}
_MARK_CHARS = "»«„“”‚‘’\"'›‹"
_CLOSERS = {"de": set("«“‘”’\"'‹"), "en": set("”’“‘\"'«‹")}
_SYMMETRIC = {'"', "'"}
_AMBIGUOUS_OPENERS = {'"', "'", "‘", "“"}
# Straight and curly single marks double as apostrophes.
_APOSTROPHES = {"'", "’"}

_NAME_TOKEN = r"(?:[A-ZÄÖÜ][\wÄÖÜäöüß’'.-]*\w|[A-ZÄÖÜ]\.)"
_NAME_SEQ = re.compile(rf"{_NAME_TOKEN}(?:[ \u00a0]+(?:(?:von|van|der|de|zu|den|da|di|del)[ \u00a0]+)*{_NAME_TOKEN})*")
_TITLES = {
    w.lower()
    for w in (
        "Staatssekretär Staatssekretärin Staatsminister Staatsministerin Minister Ministerin "
        "Ministerpräsident Ministerpräsidentin Bürgermeister Bürgermeisterin Oberbürgermeister "
        "Oberbürgermeisterin Geschäftsführer Geschäftsführerin Vorstand Vorstandsvorsitzender "
        "Vorsitzender Vorsitzende Präsident Präsidentin Direktor Direktorin Leiter Leiterin "
        "Gründer Gründerin Sprecher Sprecherin Professor Professorin Prof. Dr. Herr Frau "
        "CEO CTO CFO COO Managing Director State Secretary Prime President Mayor Chair "
        "Chairman Chairwoman Founder Head Spokesperson Spokesman Spokeswoman Mr. Mrs. Ms. "
        "Senior Chief Officer Executive Manager Policy Project Coordinator Koordinator "
        "Koordinatorin Referent Referentin MdB MEP Member Bundesminister Bundesministerin"
    ).split()
}
# German compound titles: Wirtschaftsstaatssekretär, Pressesprecherin, FSFE-Präsident.
_TITLE_SUFFIXES = (
    "staatssekretär", "staatssekretärin", "minister", "ministerin", "präsident", "präsidentin",
    "geschäftsführer", "geschäftsführerin", "direktor", "direktorin", "leiter", "leiterin",
    "sprecher", "sprecherin", "vorsitzender", "vorsitzende", "bürgermeister", "bürgermeisterin",
    "gründer", "gründerin", "referent", "referentin", "koordinator", "koordinatorin",
)
_FUNCTION_WORDS = {
    w.lower()
    for w in (
        "In Im Am An Auf Bei Für Mit Nach Von Vom Zur Zum Der Die Das Den Dem Des Ein Eine Auch "
        "Laut So Und Heute Dazu Hierzu Daher Deshalb Wie Er Sie Es Wir The At On For With "
        "According To And Also As Today During While He She It We They This That Mit Mehr More"
    ).split()
}


@dataclass(slots=True)
class Quote:
    text: str
    mark: str
    segment: int
    start: int  # offset of the opening mark in the segment text
    end: int  # offset just after the closing mark
    line: int
    depth: int  # 0 for a top-level quote
    speaker: str | None = None
    is_speech: bool = False


@dataclass(slots=True)
class MarkError:
    message: str
    line: int
    text: str


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def scan_quotes(
    segments: list[Segment], lang: str, other_text: str | None = None
) -> tuple[list[Quote], list[MarkError]]:
    """All quotations in reading order and the quotation-mark errors.

    `other_text` (the other language's page text, case-folded) confirms speaker names:
    names are not translated, so a "name" the other page lacks is a capitalised noun.
    """
    pairs = QUOTE_PAIRS[lang]
    closers = _CLOSERS[lang]
    quotes: list[Quote] = []
    errors: list[MarkError] = []
    # str.find per mark is much faster than a regex search for all of them; most marks never occur.
    joined = "\0".join([seg.text for seg in segments])
    present = [ch for ch in _MARK_CHARS if ch in joined]
    for index, seg in enumerate(segments):
        text = seg.text
        stack: list[tuple[str, int]] = []
        for i in _positions(text, present):
            ch = text[i]
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if ch in _APOSTROPHES and _is_letter(before) and _is_letter(after):
                continue  # Saxony’s, don't
            top = stack[-1] if stack else None
            if top and pairs[top[0]] == ch:
                stack.pop()
                quotes.append(_quote(seg, index, top, i, len(stack)))
                continue
            opens = ch in pairs and ch != "’" and not after.isspace() and after not in ".,;:!?)"
            if opens and ch in _AMBIGUOUS_OPENERS:
                opens = not _is_letter(before)
            if opens:
                stack.append((ch, i))
                continue
            if ch not in closers or ch in _APOSTROPHES:
                continue  # a stray straight mark or an apostrophe (governments’ interest)
            if stack:
                opener = stack.pop()
                errors.append(
                    MarkError(
                        f"quotation mark {opener[0]} (line {seg.line_at(opener[1])}) is closed by {ch}",
                        seg.line_at(i),
                        _excerpt(text, opener[1], i + 1),
                    )
                )
                quotes.append(_quote(seg, index, opener, i, len(stack)))
            elif ch not in _SYMMETRIC:
                errors.append(
                    MarkError(
                        f"closing quotation mark {ch} has no opening mark",
                        seg.line_at(i),
                        _excerpt(text, max(0, i - 40), i + 1),
                    )
                )
        if stack:
            # Quotes nested in a quote that is never closed are top-level after all.
            for q in quotes:
                if q.segment == index and q.depth:
                    q.depth = max(0, q.depth - sum(1 for _, i in stack if i < q.start))
        for opener, i in stack:
            follow = segments[index + 1].text.lstrip() if index + 1 < len(segments) else ""
            if follow.startswith(opener) and len(stack) == 1:
                # A quote over several paragraphs opens each paragraph and closes only the last.
                quotes.append(_quote(seg, index, (opener, i), len(text), 0))
                continue
            errors.append(
                MarkError(f"quotation mark {opener} is never closed", seg.line_at(i), _excerpt(text, i, i + 60))
            )
    quotes.sort(key=lambda q: (q.segment, q.start))
    _attribute(quotes, segments, other_text)
    return quotes, errors


def _positions(text: str, chars: list[str]) -> list[int]:
    """Where any of `chars` occurs in `text`, in order (like a regex search for the set)."""
    found: list[int] = []
    find = text.find
    for ch in chars:
        i = find(ch)
        while i >= 0:
            found.append(i)
            i = find(ch, i + 1)
    found.sort()
    return found


def _excerpt(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split())


def _quote(seg: Segment, index: int, opener: tuple[str, int], close: int, depth: int) -> Quote:
    mark, start = opener
    return Quote(
        text=" ".join(seg.text[start + 1 : close].split()),
        mark=mark,
        segment=index,
        start=start,
        end=close + 1,
        line=seg.line_at(start),
        depth=depth,
    )


_SENTENCE_END = re.compile(r"[.!?](?=\s+[^a-zäöüß\s])")


def _is_title(token: str) -> bool:
    low = token.lower()
    return low in _TITLES or low.endswith(_TITLE_SUFFIXES)


def _variants(name: str) -> list[str]:
    """The name, then without a possessive or German genitive s (Walker’s, Walkers)."""
    out = [name]
    for suffix in ("’s", "'s", "s"):
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            out.append(name[: -len(suffix)])
    return out


def find_name(text: str, other_text: str | None = None) -> str | None:
    """The first person-like name in a sentence fragment: "Staatssekretär Thomas Kralinski" -> "Thomas Kralinski".

    With `other_text`, a candidate counts only if the other language's page contains it too.
    """
    for m in _NAME_SEQ.finditer(text):
        tokens = m.group(0).split()
        titled = False
        kept: list[str] = []
        for token in tokens:
            if _is_title(token):
                titled = True
                kept = []  # a name follows its title
            elif token.lower() in _FUNCTION_WORDS and not kept:
                continue
            else:
                kept.append(token)
        capitals = [i for i, t in enumerate(kept) if t[0].isupper()]
        candidates: list[str] = []
        if len(capitals) >= 2:
            candidates.append(" ".join(kept[capitals[0] : capitals[1] + 1]))
        elif titled and len(capitals) == 1:
            candidates.append(kept[capitals[0]])
        for candidate in candidates:
            variants = _variants(candidate.rstrip(".,"))
            for variant in variants:
                if other_text is None or variant.casefold() in other_text:
                    return variant
            # The surname alone on the other page: the same person, maybe under another first name.
            for variant in variants:
                parts = variant.split()
                if len(parts) == 2 and parts[-1].casefold() in other_text:
                    return variant
    return None


_SPEECH_END = re.compile(r"[.!?…:;]")
_SPEECH_VERB = re.compile(
    r"(?:so|sagt|sagte|sagen|erklärt|erklärte|betont|betonte|ergänzt|ergänzte|meint|meinte|fügt|fügte"
    r"|unterstreicht|unterstrich|fasst|fasste|bekräftigt|bekräftigte|resümiert|kommentiert|schreibt|schrieb"
    r"|says|said|say|explains|explained|emphasizes|emphasised|emphasized|emphasises|adds|added|notes|noted"
    r"|stresses|stressed|states|stated|comments|commented|according to|writes|wrote|remarks|remarked"
    r"|concludes|concluded|continues|continued)\b"
)


def _attribute(quotes: list[Quote], segments: list[Segment], other_text: str | None) -> None:
    last_speaker: str | None = None
    last_segment = -10
    previous_end: dict[int, int] = {}
    for q in quotes:
        seg = segments[q.segment]
        text = seg.text
        words = len(q.text.split())
        if q.depth > 0:
            continue
        floor = previous_end.get(q.segment, 0)
        previous_end[q.segment] = q.end
        head = text[floor : q.start]
        ends = list(_SENTENCE_END.finditer(head))
        intro = head[ends[-1].end() :] if ends else head
        if not intro.strip() and q.segment > 0 and floor == 0:
            before = segments[q.segment - 1].text.rstrip()
            if before.endswith(":"):
                ends = list(_SENTENCE_END.finditer(before))
                intro = before[ends[-1].end() :] if ends else before
        tail = text[q.end :]
        stop = _SENTENCE_END.search(tail)
        outro = tail[: stop.start()] if stop else tail
        speaker = None
        introduced = intro.rstrip().endswith(":") or (words >= 5 and intro.rstrip().endswith(","))
        if introduced:
            speaker = find_name(intro, other_text)
        if speaker is None:
            rest = outro.lstrip(" \u00a0,–—-")
            if _SPEECH_VERB.match(rest):  # „…“, sagt Thomas Kralinski. / "…," says Kralinski.
                speaker = find_name(rest, other_text)
        if speaker is None and seg.blockquote and q.segment + 1 < len(segments):
            follow = segments[q.segment + 1].text.lstrip()
            if follow.startswith(("--", "—", "–", "- ")):
                speaker = find_name(follow.lstrip("-—– "), other_text)
        sentence = words >= 5 and _SPEECH_END.search(q.text) is not None
        q.is_speech = sentence or words >= 12 or (speaker is not None and words >= 3)
        if not q.is_speech:
            continue
        if speaker is None and q.segment - last_segment <= 1:
            speaker = last_speaker  # the same speaker goes on
        q.speaker = speaker
        if speaker:
            last_speaker, last_segment = speaker, q.segment


def speaker_key(name: str | None) -> str:
    if not name:
        return ""
    return name.split()[-1].casefold()
