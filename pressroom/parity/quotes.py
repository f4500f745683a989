"""Quotes: speech in quotation marks, who says it, and quoted terms.

Each language has its own marks (German »…«, „…“, ‚…‘; English “…”, ‘…’, "…"). The other
language's marks are tolerated as a pair, but a mark that is never closed or is closed by
a mark of another pair is an error at its position. Apostrophes (Saxony’s) are not quotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..messages import MARK_CLOSED_BY, MARK_NOT_CLOSED, MARK_NOT_OPENED
from ..wording import Message
from .markdown_text import Segment
from .names import FUNCTION_WORDS, NAME_TOKEN, SPEECH_VERB, is_title, name_variants, find_name, person_names

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
    intro: str = ""  # the text that names the speaker (introduction, "sagt …", signature)
    named: tuple[str, ...] = ()  # the person-like names written there, found on the other page or not
    own: bool = False  # the speaker is named at this quote, not carried over from the one before


@dataclass(slots=True)
class MarkError:
    message: Message
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
    marks = _mark_positions([seg.text for seg in segments])
    for index, seg in enumerate(segments):
        text = seg.text
        stack: list[tuple[str, int]] = []
        for i in marks[index]:
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
                        MARK_CLOSED_BY(opener=opener[0], opened=seg.line_at(opener[1]), closer=ch, expected=pairs[opener[0]]),
                        seg.line_at(i),
                        _excerpt(text, opener[1], i + 1),
                    )
                )
                quotes.append(_quote(seg, index, opener, i, len(stack)))
            elif ch not in _SYMMETRIC:
                errors.append(
                    MarkError(
                        MARK_NOT_OPENED(closer=ch),
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
                MarkError(MARK_NOT_CLOSED(opener=opener, expected=pairs[opener]), seg.line_at(i), _excerpt(text, i, i + 60))
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


def _mark_positions(texts: list[str]) -> list[list[int]]:
    """Offsets of the quotation marks in each text, in order."""
    # str.find per mark is much faster than a regex search for all of them, and one search of
    # all texts joined saves a str.find per mark and text; most marks never occur.
    joined = "\0".join(texts)
    found: list[list[int]] = [[] for _ in texts]
    index, start = 0, 0
    end = len(texts[0]) if texts else 0
    for pos in _positions(joined, _MARK_CHARS):
        while pos >= end:  # pos is in a later text (never on a separator)
            index += 1
            start = end + 1
            end = start + len(texts[index])
        found[index].append(pos - start)
    return found


def tidy_spaces(text: str) -> str:
    """Each run of white space one space, none at either end: " ".join(text.split())."""
    # Splitting a long quote into words costs much more than checking that it is tidy already.
    # The only printable white space is " ": a printable text with single inner spaces is tidy.
    spaced = text.replace("\n", " ") if "\n" in text else text
    if spaced.isprintable() and "  " not in spaced and spaced[:1] != " " and spaced[-1:] != " ":
        return spaced
    return " ".join(text.split())


def _excerpt(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split())


def _quote(seg: Segment, index: int, opener: tuple[str, int], close: int, depth: int) -> Quote:
    mark, start = opener
    return Quote(
        text=tidy_spaces(seg.text[start + 1 : close]),
        mark=mark,
        segment=index,
        start=start,
        end=close + 1,
        line=seg.line_at(start),
        depth=depth,
    )


_SENTENCE_END = re.compile(r"[.!?](?=\s+[^a-zäöüß\s])")


# The last three letters of each title suffix: most words end otherwise and need no endswith.
_SPEECH_END = re.compile(r"[.!?…:;]")


_SURNAME = re.compile(r"[ \u00a0]+(" + NAME_TOKEN + r")(?![\w ]*[A-ZÄÖÜ])")


def _surname_after_verb(rest: str, other_text: str | None) -> str | None:
    """"…,” says Kralinski.": a surname alone after the speech verb, which the other page has too."""
    verb = SPEECH_VERB.match(rest)
    name = _SURNAME.match(rest, verb.end()) if verb else None
    if name is None or is_title(name.group(1)) or name.group(1).lower() in FUNCTION_WORDS:
        return None
    surname = name_variants(name.group(1))[-1]
    return surname if other_text is None or surname.casefold() in other_text else None




def _last_sentence_end(text: str, start: int, end: int) -> int:
    """Where the last sentence of text[start:end] begins: after its last _SENTENCE_END, else start."""
    # Searching backwards from the end finds it without matching every sentence end before it.
    rfind = text.rfind
    i = end
    while True:
        i = max(rfind(".", start, i), rfind("!", start, i), rfind("?", start, i))
        if i < 0:
            return start
        if _SENTENCE_END.match(text, i, end):
            return i + 1


def _attribute(quotes: list[Quote], segments: list[Segment], other_text: str | None) -> None:
    last_speaker: str | None = None
    last_segment = -10
    previous_end: dict[int, int] = {}
    for q in quotes:
        if q.depth > 0:
            continue
        seg = segments[q.segment]
        text = seg.text
        # q.text is tidy (single spaces, none at either end): its words are its spaces plus one.
        words = q.text.count(" ") + 1 if q.text else 0
        floor = previous_end.get(q.segment, 0)
        previous_end[q.segment] = q.end
        begin = _last_sentence_end(text, floor, q.start)
        intro = text[begin : q.start]
        if not intro.strip() and q.segment > 0 and floor == 0:
            before = segments[q.segment - 1].text.rstrip()
            if before.endswith(":"):
                intro = before[_last_sentence_end(before, 0, len(before)) :]
        stop = _SENTENCE_END.search(text, q.end)
        outro = text[q.end : stop.start()] if stop else text[q.end :]
        speaker = None
        searched: list[str] = []  # where the speaker is named: the introduction, "sagt …", a signature
        introduced = intro.rstrip().endswith(":") or (words >= 5 and intro.rstrip().endswith(","))
        if introduced:
            # Kept with what precedes it, for the speaker's academic titles ("Dr." ends no sentence).
            searched.append(text[max(floor, begin - 12) : begin] + intro)
            speaker = find_name(intro, other_text)
        rest = outro.lstrip(" \u00a0,–—-")
        if SPEECH_VERB.match(rest):  # „…“, sagt Thomas Kralinski. / "…," says Kralinski.
            searched.append(rest)
            if speaker is None:
                speaker = find_name(rest, other_text) or _surname_after_verb(rest, other_text)
        if speaker is None and seg.blockquote and q.segment + 1 < len(segments):
            follow = segments[q.segment + 1].text.lstrip()
            if follow.startswith(("--", "—", "–", "- ")):
                searched.append(follow.lstrip("-—– "))
                speaker = find_name(searched[-1], other_text)
        named = tuple(name for text_part in searched for name in person_names(text_part))
        # The cheap tests first: a long quote is speech without a search for a sentence end.
        q.is_speech = (
            words >= 12
            or (words >= 5 and _SPEECH_END.search(q.text) is not None)
            or ((speaker is not None or bool(named)) and words >= 3)
        )
        if not q.is_speech:
            continue
        q.intro, q.named, q.own = " ".join(searched), named, speaker is not None
        if speaker is None and not named and q.segment - last_segment <= 1:
            speaker = last_speaker  # the same speaker goes on, unless another is named
        q.speaker = speaker
        if speaker:
            last_speaker, last_segment = speaker, q.segment
