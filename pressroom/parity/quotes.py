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
        "Koordinatorin Referent Referentin MdB MEP Member Bundesminister Bundesministerin "
        "Consultant Berater Beraterin Experte Expertin Expert Autor Autorin Ko-Autor Ko-Autorin Co-author "
        "Author Analyst Analystin Researcher Wissenschaftler Wissenschaftlerin Deputy Vice Stellvertretender "
        "Stellvertretende Co-founder Mitgründer Mitgründerin Campaigner Programme Program Lead"
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
_TITLE_ENDINGS = frozenset(suffix[-3:] for suffix in _TITLE_SUFFIXES)


def _is_title(token: str) -> bool:
    low = token.lower()
    return low in _TITLES or (low[-3:] in _TITLE_ENDINGS and low.endswith(_TITLE_SUFFIXES))


def _variants(name: str) -> list[str]:
    """The name, then without a possessive or German genitive s (Walker’s, Walkers)."""
    out = [name]
    if not name.endswith("s"):
        return out  # each suffix ends with s
    for suffix in ("’s", "'s", "s"):
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            out.append(name[: -len(suffix)])
    return out


_OF_WORDS = frozenset(("von", "vom", "der", "des", "bei", "für", "of", "at", "for", "the"))


def _candidates(sequence: str) -> tuple[list[str], bool]:
    """The person-like names in a run of capitalised words, and whether a title introduced them."""
    titled = False
    kept: list[str] = []
    for token in sequence.split():
        if _is_title(token):
            titled = True
            kept = []  # a name follows its title
        elif titled and not kept and token.lower() in _OF_WORDS:
            titled = False  # "CEO von Nextcloud": what follows is the organisation
        elif token.lower() in _FUNCTION_WORDS and not kept:
            continue
        else:
            kept.append(token)
    capitals = [i for i, t in enumerate(kept) if t[0].isupper()]
    if len(capitals) >= 2:
        first = " ".join(kept[capitals[0] : capitals[1] + 1])
        last = " ".join(kept[capitals[-2] : capitals[-1] + 1])  # "Economic Affairs Thomas Kralinski"
        return [first] if last == first else [first, last], titled
    if titled and len(capitals) == 1 and not kept[capitals[0]].isupper():  # "FSFE" is no person
        return [kept[capitals[0]]], titled
    return [], titled


def find_name(text: str, other_text: str | None = None) -> str | None:
    """The first person-like name in a sentence fragment: "Staatssekretär Thomas Kralinski" -> "Thomas Kralinski".

    With `other_text`, a candidate counts only if the other language's page contains it too.
    """
    for m in _NAME_SEQ.finditer(text):
        candidates, _ = _candidates(m.group(0))
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


def _apposed(text: str, end: int) -> bool:
    """Whether a title follows the name as an apposition: "Alexander Sander, Policy Manager der FSFE"."""
    if not text.startswith(",", end):
        return False
    apposition = re.split(r"[,:;]", text[end + 1 : end + 80], maxsplit=1)[0]
    return any(_is_title(word.strip("’'s")) or _is_title(word) for word in apposition.split())


def person_names(text: str) -> tuple[str, ...]:
    """The names in a sentence fragment that stand for a person whether or not the other page
    has them: introduced by a title, or right before or after a speech verb ("sagt Dirk Hilbert")."""
    found: list[str] = []
    ends_with_colon = text.rstrip().endswith(":")
    for m in _NAME_SEQ.finditer(text):
        candidates, titled = _candidates(m.group(0))
        if not candidates:
            continue
        after = text[m.end() :].lstrip(" \u00a0,")
        # The subject that opens an introduction ending in a colon: "Bruno Mohr vom Kanton Bern etwa …:".
        before = text[: m.start()].rsplit(". ", 1)[-1]
        opening = ends_with_colon and all(w.lower() in _FUNCTION_WORDS for w in before.split())
        if titled or opening or _SPEECH_VERB.match(after) or _VERB_BEFORE.search(text, 0, m.start()) or _apposed(text, m.end()):
            found += [re.sub(r"[’']s$", "", c.rstrip(".,")) for c in candidates]
    return tuple(found)


_SPEECH_END = re.compile(r"[.!?…:;]")
_SPEECH_VERB = re.compile(
    r"(?:so|sagt|sagte|sagen|erklärt|erklärte|betont|betonte|ergänzt|ergänzte|meint|meinte|fügt|fügte"
    r"|unterstreicht|unterstrich|fasst|fasste|bekräftigt|bekräftigte|resümiert|kommentiert|schreibt|schrieb"
    r"|says|said|say|explains|explained|emphasizes|emphasised|emphasized|emphasises|adds|added|notes|noted"
    r"|stresses|stressed|states|stated|comments|commented|according to|writes|wrote|remarks|remarked"
    r"|concludes|concluded|continues|continued|sums up|summarises|summarizes)\b"
)


_SURNAME = re.compile(r"[ \u00a0]+(" + _NAME_TOKEN + r")(?![\w ]*[A-ZÄÖÜ])")


def _surname_after_verb(rest: str, other_text: str | None) -> str | None:
    """"…,” says Kralinski.": a surname alone after the speech verb, which the other page has too."""
    verb = _SPEECH_VERB.match(rest)
    name = _SURNAME.match(rest, verb.end()) if verb else None
    if name is None or _is_title(name.group(1)) or name.group(1).lower() in _FUNCTION_WORDS:
        return None
    surname = _variants(name.group(1))[-1]
    return surname if other_text is None or surname.casefold() in other_text else None


_VERB_BEFORE = re.compile(_SPEECH_VERB.pattern + r"[ \u00a0]+\Z")


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
        if _SPEECH_VERB.match(rest):  # „…“, sagt Thomas Kralinski. / "…," says Kralinski.
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


def speaker_key(name: str | None) -> str:
    if not name:
        return ""
    return name.split()[-1].casefold()
