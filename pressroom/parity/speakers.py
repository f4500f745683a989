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
    """The candidate that is a misspelling of `name`, if one is; else the first, the person the
    introduction names first."""
    key = name_key(name)
    best = max(candidates, key=lambda c: SequenceMatcher(None, key, name_key(c)).ratio())
    return best if SequenceMatcher(None, key, name_key(best)).ratio() >= 0.75 else candidates[0]


def _titles(intro: str, name: str) -> tuple[str, ...]:
    """The academic titles written just before the name (Prof. Dr.), which are never translated:
    a different one on the other page is another person or a mistake."""
    at = intro.find(name)
    if at < 0:
        return ()
    return tuple(t.replace(" ", "") for t in _ACADEMIC.findall(intro, max(0, at - 24), at))


def differing_speakers(de: "Quote", en: "Quote") -> tuple[str, str] | None:
    """The two names, German first, where a pair of aligned quotes is introduced with different
    people; None where they name the same person or one of them names nobody.

    Each quote is compared by the person its introduction names (a title before it, a speech
    verb next to it, an apposition after it), else by the name the other page confirms, else
    by the speaker carried over from the quote before.
    """
    d = de.named[0] if de.named else (de.speaker if de.own else None)
    e = en.named[0] if en.named else (en.speaker if en.own else None)
    if d and e:
        if same_person(d, e) or any(same_person(a, b) for a in de.named or (d,) for b in en.named or (e,)):
            titles = _titles(de.intro, d), _titles(en.intro, e)
            if titles[0] and titles[1] and titles[0] != titles[1]:
                return " ".join(titles[0] + (d,)), " ".join(titles[1] + (e,))
            return None
        if name_key(d) in name_key(en.intro) and name_key(e) in name_key(de.intro):
            return None  # both introductions name both people
        return d, closest(d, en.named) if en.named else e
    if d and en.speaker and not en.named:
        return None if same_person(d, en.speaker) or mentions(en.intro, d) else (d, en.speaker)
    if e and de.speaker and not de.named:
        return None if same_person(de.speaker, e) or mentions(de.intro, e) else (de.speaker, e)
    return None
