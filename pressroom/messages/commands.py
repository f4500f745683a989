"""The command lines and the build log."""

from __future__ import annotations

from ..wording import Plural, Text

EMBARGO_HELD_PREVIEW = Text(
    de="{page}: gesperrt bis {until}; nur in der Vorschau zu sehen",
    en="{page}: embargoed until {until}; shown in the preview only",
)
EMBARGO_HELD_BUILD = Text(de="{page}: gesperrt bis {until}; in diesem Bau nicht enthalten", en="{page}: embargoed until {until}; left out of this build")
EMBARGO_HELD_UNREADABLE = Text(de="einer lesbaren Sperrfrist", en="a readable embargo")
CLOCK_INVALID = Text(
    de="{variable}: Hier steht »{value}«; erwartet wird ein Zeitpunkt mit Zeitzone, z. B. `{example}`.",
    en="{variable}: found “{value}”; expected a date and time with UTC offset, e.g. `{example}`.",
)
ARCHIVE_ADDRESS_TAKEN = Text(
    de="{page}: Unter dieser Adresse ({url}) steht das Archiv, das der Bau selbst anlegt. Bitte der Datei einen anderen Namen geben.",
    en="{page}: this address ({url}) is the archive's, which the build makes itself. Please give the file another name.",
)
PAGE_PAIRS = Plural(de={"one": "{n} Seitenpaar", "other": "{n} Seitenpaare"}, en={"one": "{n} page pair", "other": "{n} page pairs"})
PAGES = Plural(de={"one": "{n} Seite", "other": "{n} Seiten"}, en={"one": "{n} page", "other": "{n} pages"})
FINDINGS = Plural(
    de={"none": "keine Funde", "one": "{n} Fund", "other": "{n} Funde"},
    en={"none": "no findings", "one": "{n} finding", "other": "{n} findings"},
)
PARITY_CHECKED = Text(de="{pairs} geprüft, {findings}", en="{pairs} checked, {findings}")
PARITY_LOGGED = Text(
    de="Abgleich der Sprachfassungen: {pairs} geprüft, {findings}",
    en="Language parity check: {pairs} checked, {findings}",
)
FRONT_MATTER_LOGGED = Text(de="Kopfbereiche: {pages} geprüft, {findings}", en="Front matter: {pages} checked, {findings}")
SOURCES_CHECKED = Text(de="{pairs} und {file} geprüft: {findings}", en="{pairs} and {file} checked: {findings}")
NO_FOLDER = Text(de="Den Ordner {folder} gibt es nicht.", en="There is no folder {folder}.")
NO_LANGUAGE_FOLDER = Text(de="Im Ordner {folder} fehlt der Ordner {lang}/.", en="The folder {folder} has no {lang}/ folder.")
LANGUAGE_FOLDERS_NEEDED = Text(
    de="Im Ordner {folder} müssen die Ordner de/ und en/ liegen.", en="The folder {folder} needs de/ and en/ folders."
)
INTERNAL_ERROR = Text(
    de="Interner Fehler, bitte an die Entwicklung melden: {error}", en="Internal error, please report it to the developers: {error}"
)
NOT_TRANSLATED = Text(de="{present} ist noch nicht übersetzt: {absent} fehlt.", en="{present} is not translated yet: {absent} does not exist.")
OLDER_THAN_COUNTERPART = Text(
    de="{older} (zuletzt geändert {older_time}) ist älter als {newer} (zuletzt geändert {newer_time}): Bitte die Übersetzung prüfen.",
    en="{older} (last changed {older_time}) is older than its counterpart {newer} (last changed {newer_time}): please check the translation.",
)
NEED_A_TRANSLATOR = Plural(
    de={"none": "Keine Seite braucht eine Übersetzung.", "one": "{n} Seite braucht eine Übersetzung.",
        "other": "{n} Seiten brauchen eine Übersetzung."},
    en={"none": "No page needs a translator.", "one": "{n} page needs a translator.", "other": "{n} pages need a translator."},
)
NO_HISTORY = Text(
    de="{reason}; aufgeführt sind nur Seiten ohne Gegenstück.", en="{reason}; only pages without a counterpart are listed."
)

# make release
SLUG_INVALID = Text(
    de="SLUG »{slug}«: bitte nur Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. `2024-03-01-neue-foerderung`.",
    en="SLUG “{slug}”: please use only lower-case letters, digits and single hyphens, e.g. `2024-03-01-neue-foerderung`.",
)
RELEASE_DATE_INVALID = Text(
    de="DATE »{day}«: bitte ein Datum als JJJJ-MM-TT, z. B. `2024-03-01`.",
    en="DATE “{day}”: please give a date as YYYY-MM-DD, e.g. `2024-03-01`.",
)
PAGES_EXIST = Plural(
    de={"one": "{pages} gibt es schon; es wurde nichts geschrieben.", "other": "{pages} gibt es schon; es wurde nichts geschrieben."},
    en={"one": "{pages} already exists; nothing was written.", "other": "{pages} already exist; nothing was written."},
)
CREATED = Text(de="angelegt: {path}", en="created {path}")
FILL_IN = Text(
    de="Jetzt den Kopfbereich und den Text ausfüllen; `make serve` zeigt, was noch fehlt.",
    en="Fill in the front matter and the text; `make serve` shows what is still missing.",
)
