"""The preview (`mkdocs serve`): its panels, placeholders and boxes."""

from __future__ import annotations

from ..wording import Text

PREVIEW_PARITY = Text(de="Abgleich der Sprachfassungen (nur in der Vorschau)", en="Language parity check (preview only)")
PREVIEW_FRONT_MATTER = Text(de="Kopfbereich dieser Seite (nur in der Vorschau)", en="This page's front matter (preview only)")
PREVIEW_FRONT_MATTER_NOTE = Text(
    de="Bitte zuerst beheben: Ein Fehler im Kopfbereich kann weitere Funde beim Abgleich nach sich ziehen.",
    en="Please fix these first: an error in the front matter can cause further parity findings.",
)
AT_LINE = Text(de="Zeile {line}: {message}", en="Line {line}: {message}")
PLACEHOLDER = Text(de="Platzhalter für {box}: {reason}", en="Placeholder for {box}: {reason}")
# The boxes of a release that a front-matter field fills, by field.
BOX = {
    "title": Text(de="die Überschrift", en="the headline"),
    "subtitle": Text(de="die Unterzeile", en="the subheading"),
    "date": Text(de="das Datum", en="the date"),
    "place": Text(de="den Ort", en="the place"),
    "key_figures": Text(de="den Kasten »Auf einen Blick«", en="the “At a glance” box"),
    "contact": Text(de="den Pressekontakt", en="the press contact"),
    "photo": Text(de="den Kasten »Medien«", en="the “Media” box"),
    "links": Text(de="die Links", en="the links"),
    "publisher": Text(de="die Hausanschrift", en="the postal address"),
    "source": Text(de="die Quelle", en="the source"),
}
# The log line of a preview rebuild (`make serve`), after each save.
PREVIEW_REBUILT_PAGES = Text(
    de="Vorschau: {pages} neu gebaut, in beiden Sprachen, dazu Startseite und Archiv",
    en="Preview: {pages} built again, in both languages, and the home page and archive",
)
PREVIEW_REBUILT_ALL = Text(
    de="Vorschau: alle Seiten neu gebaut (geändert hat sich mehr als der Text einer Seite: {path})",
    en="Preview: every page built again (more than a page's text changed: {path})",
)
