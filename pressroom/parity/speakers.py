"""Who speaks: the names written where a quote is introduced, and whether two name the same person.

Names are not translated, so both pages name a speaker alike, give or take the first name
(Kralinski / Thomas Kralinski), a genitive (Kaisers) and the spelling of umlauts in English
(Müller / Mueller). A name that differs otherwise is another person or a misspelling.
"""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .quotes import Quote

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_ACADEMIC = re.compile(r"(?<!\w)(Prof\.|Dr\.(?: h\. ?c\.)?|Dr\.-Ing\.)")


def name_key(name: str) -> str:
    """A name folded for comparing: lower case, umlauts spelt out, accents and periods dropped."""
    folded = name.casefold().translate(_UMLAUTS)
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
    return " ".join(plain.replace(".", " ").replace("’", "'").split())


def _parts(name: str) -> list[str]:
    parts = name_key(name).split()
    if parts and parts[-1].endswith("'s"):
        parts[-1] = parts[-1][:-2]
    return parts


def same_person(a: str, b: str) -> bool:
    """Whether two written names can be one person: the same surname, and the same first name
    or its initial where both give one."""
    pa, pb = _parts(a), _parts(b)
    if not pa or not pb:
        return True
    if pa[-1] != pb[-1] and pa[-1].rstrip("s") != pb[-1].rstrip("s"):
        return False
    if len(pa) > 1 and len(pb) > 1:
        fa, fb = pa[0], pb[0]
        return fa == fb or (min(len(fa), len(fb)) == 1 and fa[0] == fb[0])
    return True


def mentions(text: str, name: str) -> bool:
    """Whether `text` names the person `name` by their surname."""
    parts = _parts(name)
    return bool(parts) and parts[-1] in name_key(text)


def closest(name: str, candidates: tuple[str, ...] | list[str]) -> str:
    """The candidate most like `name` (a misspelling of it, if there is one)."""
    key = name_key(name)
    return max(candidates, key=lambda c: SequenceMatcher(None, key, name_key(c)).ratio())


def _titled(intro: str, name: str) -> str:
    """The name with the academic titles written just before it (Prof. Dr.), which are never
    translated: a different one on the other page is another person or a mistake."""
    at = intro.find(name)
    if at < 0:
        return name
    titles = _ACADEMIC.findall(intro, max(0, at - 24), at)
    return " ".join([t.replace(" ", "") for t in titles] + [name])


def differing_speakers(de: "Quote", en: "Quote") -> tuple[str, str] | None:
    """The two names, German first, where a pair of aligned quotes is introduced with different
    people; None where they name the same person or one of them names nobody."""
    d = de.speaker if de.own else None
    e = en.speaker if en.own else None
    if d and e:
        if not same_person(d, e):
            return d, e
        titles = _titled(de.intro, d), _titled(en.intro, e)
        return titles if all(t != n for t, n in zip(titles, (d, e))) and titles[0] != titles[1] else None
    if d and en.named:
        return None if mentions(en.intro, d) else (d, closest(d, en.named))
    if e and de.named:
        return None if mentions(de.intro, e) else (closest(e, de.named), e)
    if de.named and en.named:
        if any(same_person(a, b) or mentions(en.intro, a) for a in de.named for b in en.named):
            return None
        return de.named[0], closest(de.named[0], en.named)
    if de.speaker and en.speaker and not (de.named or en.named):
        return None if same_person(de.speaker, en.speaker) else (de.speaker, en.speaker)
    return None
