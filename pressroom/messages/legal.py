"""The legal pages' facts in data/legal.yml: gaps not filled in yet, and markers in a page."""

from __future__ import annotations

from ..wording import Plural, Text

# In the preview, in the place of a fact not filled in yet (the built site leaves the sentence out).
LEGAL_GAP = Text(
    de="Lücke: `{field}` ist in {file} (Zeile {line}) noch nicht eingetragen. Die veröffentlichte Website lässt diesen Satz weg.",
    en="Gap: `{field}` is not filled in yet in {file} (line {line}). The published site leaves this sentence out.",
)
# --status and make check: one line per field not filled in.
LEGAL_FIELD_UNFILLED = Text(
    de="{file}:{line}: `{field}` ist noch nicht eingetragen; die Website lässt den Satz damit weg. Bitte eintragen, sobald die Angabe bestätigt ist.",
    en="{file}:{line}: `{field}` is not filled in yet; the site leaves its sentence out. Please fill it in once the fact is confirmed.",
)
LEGAL_GAPS = Plural(
    de={"none": "Alle Angaben der rechtlichen Seiten sind eingetragen.", "one": "{n} Angabe der rechtlichen Seiten fehlt noch.", "other": "{n} Angaben der rechtlichen Seiten fehlen noch."},
    en={"none": "Every fact of the legal pages is filled in.", "one": "{n} fact of the legal pages is not filled in yet.", "other": "{n} facts of the legal pages are not filled in yet."},
)
# A page names a field the data file has no place for.
LEGAL_UNKNOWN_FIELD = Text(
    de="{path}:{line}: »[[legal.{field}]]« gibt es in {file} nicht. Bitte den Namen prüfen{hint}.",
    en="{path}:{line}: “[[legal.{field}]]” does not exist in {file}. Please check the name{hint}.",
)
LEGAL_DID_YOU_MEAN = Text(de=" (gemeint ist vielleicht `{field}`)", en=" (perhaps you mean `{field}`)")
# The build log's line: the count and where to see the list.
LEGAL_GAPS_LISTED = Text(de="{gaps} `make check` listet sie.", en="{gaps} `make check` lists them.")
