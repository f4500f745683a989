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
_PAIRS = {
    "de": {"»": "«", "„": "“", "‚": "‘", "“": "”", "‘": "’", '"': '"', "›": "‹", "'": "'"},
    "en": {"“": "”", "‘": "’", '"': '"', "„": "“", "»": "«", "‚": "‘", "'": "'", "›": "‹"},
}
_MARKS = re.compile("[»«„“”‚‘’\"'›‹]")
_CLOSERS = {"de": set("«“‘”’\"'‹"), "en": set("”’“‘\"'«‹")}
_SYMMETRIC = {'"', "'"}
_AMBIGUOUS_OPENERS = {'"', "'", "‘", "“"}
# Straight and curly single marks double as apostrophes.
_APOSTROPHES = {"'", "’"}

SPEECH_MIN_WORDS = 6

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
_FUNCTION_WORDS = {
    w.lower()
    for w in (
        "In Im Am An Auf Bei Für Mit Nach Von Vom Zur Zum Der Die Das Den Dem Des Ein Eine Auch "
        "Laut So Und Heute Dazu Hierzu Daher Deshalb Wie Er Sie Es Wir The At On For With "
        "According To And Also As Today During While He She It We They This That Mit"
    ).split()
}


@dataclass
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


@dataclass
class MarkError:
    message: str
    line: int
    text: str


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def scan_quotes(segments: list[Segment], lang: str) -> tuple[list[Quote], list[MarkError]]:
    """All quotations in reading order and the quotation-mark errors."""
    pairs = _PAIRS[lang]
    closers = _CLOSERS[lang]
    quotes: list[Quote] = []
    errors: list[MarkError] = []
    for index, seg in enumerate(segments):
        text = seg.text
        stack: list[tuple[str, int]] = []
        for m in _MARKS.finditer(text):
            ch = m.group(0)
            i = m.start()
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
        for opener, i in stack:
            errors.append(
                MarkError(f"quotation mark {opener} is never closed", seg.line_at(i), _excerpt(text, i, i + 60))
            )
    _attribute(quotes, segments)
    return quotes, errors


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


def find_name(text: str) -> str | None:
    """The first person-like name in a sentence fragment: "Staatssekretär Thomas Kralinski" -> "Thomas Kralinski"."""
    for m in _NAME_SEQ.finditer(text):
        tokens = m.group(0).split()
        titled = False
        kept: list[str] = []
        for token in tokens:
            low = token.lower()
            if low in _TITLES:
                titled = True
                kept = []  # a name follows its title
            elif low in _FUNCTION_WORDS and not kept:
                continue
            else:
                kept.append(token)
        capitals = [t for t in kept if t[0].isupper()]
        if len(capitals) >= 2:
            # keep given name + surname (+ particles between)
            first = kept.index(capitals[-2])
            return " ".join(kept[first:])
        if titled and len(capitals) == 1:
            return capitals[0]
    return None


def _attribute(quotes: list[Quote], segments: list[Segment]) -> None:
    last_speaker: str | None = None
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
        introduced = intro.rstrip().endswith((":", ","))
        if introduced:
            speaker = find_name(intro)
        if speaker is None and outro[:3].strip(" \u00a0")[:1] in (",", "–", "—", "-", ""):
            nxt = outro.lstrip(" ,–—-")
            if nxt[:1].islower() or nxt[:1] in ("", ):
                speaker = find_name(outro)
        if speaker is None and seg.blockquote and q.segment + 1 < len(segments):
            follow = segments[q.segment + 1].text.lstrip()
            if follow.startswith(("--", "—", "–", "- ")):
                speaker = find_name(follow.lstrip("-—– "))
        q.is_speech = words >= SPEECH_MIN_WORDS or (speaker is not None and words >= 2 and introduced)
        if not q.is_speech:
            continue
        if speaker is None:
            speaker = last_speaker
        q.speaker = speaker
        last_speaker = speaker or last_speaker


def speaker_key(name: str | None) -> str:
    if not name:
        return ""
    return name.split()[-1].casefold()
