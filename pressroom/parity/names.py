"""People's names in running text: who a sentence names, with titles and particles (von, van der).

The quote scan (quotes.py) looks here for the speaker in the sentence that introduces a quote;
the checks compare speakers by `speaker_key`.
"""
from __future__ import annotations

import re


NAME_TOKEN = r"(?:[A-ZÄÖÜ][\wÄÖÜäöüß’'.-]*\w|[A-ZÄÖÜ]\.)"
_NAME_SEQ = re.compile(rf"{NAME_TOKEN}(?:[ \u00a0]+(?:(?:von|van|der|de|zu|den|da|di|del)[ \u00a0]+)*{NAME_TOKEN})*")
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
FUNCTION_WORDS = {
    w.lower()
    for w in (
        "In Im Am An Auf Bei Für Mit Nach Von Vom Zur Zum Der Die Das Den Dem Des Ein Eine Auch "
        "Laut So Und Heute Dazu Hierzu Daher Deshalb Wie Er Sie Es Wir The At On For With "
        "According To And Also As Today During While He She It We They This That Mit Mehr More"
    ).split()
}


_TITLE_ENDINGS = frozenset(suffix[-3:] for suffix in _TITLE_SUFFIXES)


def is_title(token: str) -> bool:
    low = token.lower()
    return low in _TITLES or (low[-3:] in _TITLE_ENDINGS and low.endswith(_TITLE_SUFFIXES))


def name_variants(name: str) -> list[str]:
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
        if is_title(token):
            titled = True
            kept = []  # a name follows its title
        elif titled and not kept and token.lower() in _OF_WORDS:
            titled = False  # "CEO von Nextcloud": what follows is the organisation
        elif token.lower() in FUNCTION_WORDS and not kept:
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
            variants = name_variants(candidate.rstrip(".,"))
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
    return any(is_title(word.strip("’'s")) or is_title(word) for word in apposition.split())


# Verbs that introduce or follow a quote's speaker, tried in this order.
_SPEECH_VERBS = (
    "so", "sagt", "sagte", "sagen", "erklärt", "erklärte", "betont", "betonte", "ergänzt", "ergänzte",
    "meint", "meinte", "fügt", "fügte", "unterstreicht", "unterstrich", "fasst", "fasste", "bekräftigt",
    "bekräftigte", "resümiert", "kommentiert", "schreibt", "schrieb",
    "says", "said", "say", "explains", "explained", "emphasizes", "emphasised", "emphasized", "emphasises",
    "adds", "added", "notes", "noted", "stresses", "stressed", "states", "stated", "comments", "commented",
    "according to", "writes", "wrote", "remarks", "remarked", "concludes", "concluded", "continues",
    "continued", "sums up", "summarises", "summarizes",
)
SPEECH_VERB = re.compile("(?:" + "|".join(_SPEECH_VERBS) + r")\b")
_VERB_BEFORE = re.compile(SPEECH_VERB.pattern + r"[ \u00a0]+\Z")
# A speech verb right before a name starts no further back than the longest one from the spaces.
_VERB_REACH = max(len(verb) for verb in _SPEECH_VERBS)


def _verb_before(text: str, end: int) -> bool:
    """Whether a speech verb and spaces stand right before `end` ("sagt Dirk Hilbert")."""
    words_end = len(text[:end].rstrip(" \u00a0"))
    return _VERB_BEFORE.search(text, max(0, words_end - _VERB_REACH), end) is not None


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
        opening = ends_with_colon and all(w.lower() in FUNCTION_WORDS for w in before.split())
        if titled or opening or SPEECH_VERB.match(after) or _verb_before(text, m.start()) or _apposed(text, m.end()):
            found += [re.sub(r"[’']s$", "", c.rstrip(".,")) for c in candidates]
    return tuple(found)


def speaker_key(name: str | None) -> str:
    if not name:
        return ""
    return name.split()[-1].casefold()
