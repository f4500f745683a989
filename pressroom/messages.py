"""Every message editors see, German and English side by side: one entry per kind of message.

Findings, front-matter and contact-data problems, the command lines' summaries and the preview's
texts. Each entry is a `Text` (or a counted `Plural`) from pressroom/wording.py; its {names} are
filled in where the message is made and worded where it is shown: in the page's language in the
preview, in `--lang` on the command line, in `extra.message_language` in the build log.

House rules for an entry: a sentence a press officer understands, both places and both values,
then the fix ("Bitte …" / "Please …"). German typography and »…« in German, “…” in English.
Field names and what to type go in `backticks`; the preview shows them as code.

A parity finding is worded from the page it is shown on: {here} is what this page says, {there}
what the other page says, {path} and {line} the other page's place, {version} and {in_version}
the other page ("die englische Fassung", "in der englischen Fassung").
"""

from __future__ import annotations

from .wording import Plural, Text

# --- words that go into other messages ----------------------------------------------------

VERSION = {
    "de": Text(de="die deutsche Fassung", en="the German version"),
    "en": Text(de="die englische Fassung", en="the English version"),
}
IN_VERSION = {
    "de": Text(de="in der deutschen Fassung", en="in the German version"),
    "en": Text(de="in der englischen Fassung", en="in the English version"),
}
STYLE = {
    "de": Text(de="deutsche Schreibweise", en="the German way of writing it"),
    "en": Text(de="englische Schreibweise", en="the English way of writing it"),
}
ON_PAGE = {
    "de": Text(de="auf der deutschen Seite", en="on the German page"),
    "en": Text(de="auf der englischen Seite", en="on the English page"),
}
QUOTED = Text(de="»{value}«", en="“{value}”")
CODE = Text(de="`{value}`", en="`{value}`")
BY_SPEAKER = Text(de="von {name}", en="by {name}")
NO_SPEAKER = Text(de="ohne Namen", en="without a name")
QUOTES = Plural(de={"one": "{n} Zitat", "other": "{n} Zitate"}, en={"one": "{n} quote", "other": "{n} quotes"})
FIGURES = Plural(
    de={"none": "keine Zahl", "one": "die Zahl {figures}", "other": "die Zahlen {figures}"},
    en={"none": "no figure", "one": "the figure {figures}", "other": "the figures {figures}"},
)
# What a value is, where another kind was expected: by Python type name.
FOUND = {
    "dict": Text(de="eine Gruppe von Feldern", en="a group of fields"),
    "list": Text(de="eine Liste", en="a list"),
    "str": Text(de="ein Text", en="a text"),
    "int": Text(de="eine Zahl", en="a number"),
    "float": Text(de="eine Zahl", en="a number"),
    "bool": Text(de="ein Ja/Nein-Wert", en="a yes/no value"),
    "NoneType": Text(de="nichts", en="nothing"),
}


def found(value: object) -> Text:
    """What `value` is, for "here it holds …"."""
    name = type(value).__name__
    return FOUND.get(name) or Text(de=name, en=name)


DID_YOU_MEAN = Text(de="Gemeint ist wohl {suggestion}.", en="Did you mean {suggestion}?")
CHOICES = Text(de="Möglich sind {choices}.", en="Choose one of {choices}.")
KNOWN = Text(de="Bekannt sind {choices}.", en="Known entries: {choices}.")
NONE_KNOWN = Text(de="Dort steht noch kein Eintrag.", en="There is no entry there yet.")

# --- parity findings, by check --------------------------------------------------------------

# figure
FIGURE_DIFFERS = Text(
    de="Hier steht »{here}«, {version} sagt »{there}« ({path}, Zeile {line}). "
    "Bitte angleichen oder unter `differences:` begründen.",
    en="Here it says “{here}”, {version} says “{there}” ({path}, line {line}). "
    "Please make them agree or explain the difference under `differences:`.",
)
FIGURE_UNMATCHED = Text(
    de="Hier steht »{here}«, {version} hat nichts Entsprechendes ({path}). "
    "Bitte dort ergänzen, hier korrigieren oder unter `differences:` begründen.",
    en="Here it says “{here}”, {version} has nothing that matches ({path}). "
    "Please add it there, correct it here or explain the difference under `differences:`.",
)
FIGURE_ABSENT = Text(
    de="Hier fehlt »{there}«, das {in_version} steht ({path}, Zeile {line}). "
    "Bitte ergänzen oder unter `differences:` begründen.",
    en="“{there}” is missing here; it is {in_version} ({path}, line {line}). "
    "Please add it or explain the difference under `differences:`.",
)
DATE_DIFFERS = Text(
    de="Hier ist das Datum (`date`) {here}, {version} hat {there} ({path}, Zeile {line}). Bitte angleichen.",
    en="The date (`date`) is {here} here, {version} has {there} ({path}, line {line}). Please make them agree.",
)
# format
NUMBER_FORMAT = Text(
    de="»{token}« ist {style}; {on_page} bitte »{fix}« schreiben.",
    en="“{token}” is {style}; {on_page} please write “{fix}”.",
)
# quote
QUOTE_UNMATCHED = Text(
    de="Das Zitat {who} »{quote}« fehlt {in_version} ({path}): hier {here_count}, dort {there_count}. "
    "Bitte dort ergänzen oder hier streichen.",
    en="The quote {who} “{quote}” is missing {in_version} ({path}): {here_count} here, {there_count} there. "
    "Please add it there or remove it here.",
)
QUOTE_ABSENT = Text(
    de="Hier fehlt das Zitat {who} »{quote}«, das {in_version} steht ({path}, Zeile {line}): "
    "hier {here_count}, dort {there_count}. Bitte ergänzen oder dort streichen.",
    en="The quote {who} “{quote}” is missing here; it is {in_version} ({path}, line {line}): "
    "{here_count} here, {there_count} there. Please add it or remove it there.",
)
QUOTE_SPEAKER = Text(
    de="Dieses Zitat ist hier {here} zugeordnet, {in_version} {there} ({path}, Zeile {line}). "
    "Bitte auf beiden Seiten dieselbe Person nennen.",
    en="This quote is by {here} here, but by {there} {in_version} ({path}, line {line}). "
    "Please name the same person on both pages.",
)
QUOTE_FIGURES = Text(
    de="Das Zitat {who} nennt hier {here_figures}, {in_version} {there_figures} ({path}, Zeile {line}). "
    "Bitte angleichen oder unter `differences:` begründen.",
    en="The quote {who} gives {here_figures} here, but {there_figures} {in_version} ({path}, line {line}). "
    "Please make them agree or explain the difference under `differences:`.",
)
# quote-mark
MARK_CLOSED_BY = Text(
    de="Das Anführungszeichen {opener} aus Zeile {opened} wird mit {closer} geschlossen. Bitte mit {expected} schließen.",
    en="The quotation mark {opener} from line {opened} is closed by {closer}. Please close it with {expected}.",
)
MARK_NOT_OPENED = Text(
    de="Zum schließenden Anführungszeichen {closer} fehlt das öffnende. Bitte das öffnende setzen oder dieses streichen.",
    en="The closing quotation mark {closer} has no opening mark. Please add the opening mark or remove this one.",
)
MARK_NOT_CLOSED = Text(
    de="Das Anführungszeichen {opener} wird nicht geschlossen. Bitte mit {expected} schließen.",
    en="The quotation mark {opener} is never closed. Please close it with {expected}.",
)
# term
TERM_UNMATCHED = Text(
    de="Der Begriff »{here}« kommt {in_version} nicht vor ({path}). "
    "Bitte dort denselben Namen verwenden oder unter `differences:` begründen.",
    en="The term “{here}” does not occur {in_version} ({path}). "
    "Please use the same name there or explain the difference under `differences:`.",
)
TERM_ABSENT = Text(
    de="Hier fehlt der Begriff »{there}«, der {in_version} steht ({path}, Zeile {line}). "
    "Bitte denselben Namen verwenden oder unter `differences:` begründen.",
    en="The term “{there}” is missing here; it is {in_version} ({path}, line {line}). "
    "Please use the same name or explain the difference under `differences:`.",
)
# stale-difference
STALE_DIFFERENCE = Text(
    de="Der erklärte Unterschied ({check}: »{text}«) kommt nicht mehr vor. Bitte den Eintrag unter `differences:` löschen.",
    en="The explained difference ({check}: “{text}”) no longer occurs. Please delete the entry under `differences:`.",
)
# missing-page
PAGE_UNTRANSLATED = Text(
    de="Zu dieser Seite fehlt {version}: {path} gibt es nicht. Bitte die Übersetzung unter diesem Dateinamen anlegen.",
    en="This page has no translation: {path} ({version}) does not exist. Please write it under that file name.",
)
# empty, encoding, size, read
PAGE_EMPTY = Text(de="Die Seite ist leer. Bitte Text eintragen.", en="The page is empty. Please write its text.")
PAGE_WITHOUT_TEXT = Text(
    de="Die Seite hat keinen Text, weder im Kopfbereich noch darunter. Bitte Text eintragen.",
    en="The page has no text, neither in its front matter nor below it. Please write its text.",
)
NOT_UTF8 = Text(
    de="Die Datei ist nicht als UTF-8 gespeichert (Byte {byte}). Bitte im Editor als UTF-8 speichern.",
    en="The file is not saved as UTF-8 (byte {byte}). Please save it as UTF-8 in the editor.",
)
TOO_LARGE = Text(
    de="Die Datei ist mit {size} Bytes zu groß für die Prüfung (höchstens {limit}). Bitte kürzen oder aufteilen.",
    en="The file is too large to check: {size} bytes, at most {limit}. Please shorten or split it.",
)
UNREADABLE = Text(de="Die Datei lässt sich nicht lesen ({reason}).", en="The file can't be read ({reason}).")

# --- front matter (also parity's front-matter findings) and the contact data ----------------

YAML_MALFORMED = Text(
    de="{what} ist kein gültiges YAML ({problem}). Oft fehlen Anführungszeichen um einen Text mit Doppelpunkt: "
    'Bitte den Text in "…" setzen.',
    en="{what} is not valid YAML ({problem}). Often a text with a colon needs quotation marks: "
    'please put the text in "…".',
)
THE_FRONT_MATTER = Text(de="Der Kopfbereich", en="The front matter")
THE_FILE = Text(de="Die Datei", en="The file")
FRONT_MATTER_NOT_CLOSED = Text(
    de="Der Kopfbereich wird nicht geschlossen. Bitte nach dem letzten Feld eine Zeile `---` einfügen.",
    en="The front matter is not closed. Please add a line `---` after its last field.",
)
NOT_FIELDS = Text(
    de="{what} muss aus Feldern der Form `name: Wert` bestehen; hier steht {found}.",
    en="{what} must consist of fields written `name: value`; here it is {found}.",
)
DIFFERENCES_NOT_A_LIST = Text(
    de="Unter `differences:` muss eine Liste stehen: jeder Eintrag beginnt mit `- check:`.",
    en="`differences:` must be a list: each entry starts with `- check:`.",
)
DIFFERENCE_INCOMPLETE = Plural(
    de={"one": "Diesem Eintrag unter `differences:` fehlt das Feld {fields}. Bitte ergänzen.",
        "other": "Diesem Eintrag unter `differences:` fehlen die Felder {fields}. Bitte ergänzen."},
    en={"one": "This entry under `differences:` lacks the field {fields}. Please add it.",
        "other": "This entry under `differences:` lacks the fields {fields}. Please add them."},
)
FIELD_EMPTY = Text(de="Im Feld `{field}` fehlt der Text. Bitte ausfüllen.", en="The field `{field}` is empty. Please fill it in.")
FIELD_NOT_TEXT = Text(
    de="Im Feld `{field}` muss ein Text stehen; hier steht {found}.",
    en="The field `{field}` must hold a text; here it holds {found}.",
)
FIELD_TOO_LONG = Plural(
    de={"one": "Das Feld `{field}` ist {n} Zeichen lang, erlaubt sind höchstens {limit}. Bitte kürzen.",
        "other": "Das Feld `{field}` ist {n} Zeichen lang, erlaubt sind höchstens {limit}. Bitte kürzen."},
    en={"one": "The field `{field}` is {n} character long, at most {limit} are allowed. Please shorten it.",
        "other": "The field `{field}` is {n} characters long, at most {limit} are allowed. Please shorten it."},
)
DATE_NOT_ISO = Text(
    de="Im Feld `{field}` steht »{value}«; ein Datum wird als JJJJ-MM-TT geschrieben, z. B. `2023-11-10`.",
    en="The field `{field}` holds “{value}”; a date is written YYYY-MM-DD, e.g. `2023-11-10`.",
)
DATE_NOT_ISO_FIX = Text(
    de="Im Feld `{field}` steht »{value}«; ein Datum wird als JJJJ-MM-TT geschrieben. Bitte `{fix}` schreiben.",
    en="The field `{field}` holds “{value}”; a date is written YYYY-MM-DD. Please write `{fix}`.",
)
DATE_NO_SUCH_DAY = Text(
    de="Das Datum {value} im Feld `{field}` gibt es nicht: Der {month} {year} hat {days} Tage. Bitte korrigieren.",
    en="There is no date {value} (field `{field}`): {month} {year} has {days} days. Please correct it.",
)
DATE_NO_SUCH_MONTH = Text(
    de="Das Datum {value} im Feld `{field}` gibt es nicht: Ein Jahr hat 12 Monate. Bitte korrigieren.",
    en="There is no date {value} (field `{field}`): a year has 12 months. Please correct it.",
)
DATE_INVALID = Text(
    de="Das Datum {value} im Feld `{field}` gibt es nicht. Bitte korrigieren.",
    en="There is no date {value} (field `{field}`). Please correct it.",
)
PHONE_CHARACTERS = Text(
    de="»{value}« im Feld `{field}` ist keine Telefonnummer: Bitte nur Ziffern, Leerzeichen und + ( ) - / schreiben.",
    en="“{value}” in the field `{field}` is not a phone number: please write only digits, spaces and + ( ) - /.",
)
PHONE_UNREADABLE = Text(
    de="»{value}« im Feld `{field}` ist keine Telefonnummer. Bitte die Nummer prüfen.",
    en="“{value}” in the field `{field}` is not a phone number. Please check the number.",
)
PHONE_NO_SUCH_NUMBER = Text(
    de="»{value}« im Feld `{field}` ist keine gültige Telefonnummer (diesen Nummernbereich gibt es nicht). Bitte prüfen.",
    en="“{value}” in the field `{field}` is not a valid phone number (there is no such number range). Please check it.",
)
URL_EXPECTED = Text(
    de="Im Feld `{field}` steht »{value}«; hier gehört eine Webadresse hin, die mit `https://` beginnt.",
    en="The field `{field}` holds “{value}”; it needs a web address starting with `https://`.",
)
UNKNOWN_TEMPLATE = Text(
    de="Die Vorlage »{value}« im Feld `{field}` gibt es nicht. {hint}",
    en="There is no template “{value}” (field `{field}`). {hint}",
)
LIST_EXPECTED = Text(
    de="Im Feld `{field}` muss eine Liste stehen (jeder Eintrag in einer Zeile, die mit `- ` beginnt); hier steht {found}.",
    en="The field `{field}` must hold a list (each entry on a line starting with `- `); here it holds {found}.",
)
TOO_FEW_ENTRIES = Plural(
    de={"one": "Das Feld `{field}` braucht mindestens {n} Eintrag. Bitte ergänzen.",
        "other": "Das Feld `{field}` braucht mindestens {n} Einträge. Bitte ergänzen."},
    en={"one": "The field `{field}` needs at least {n} entry. Please add it.",
        "other": "The field `{field}` needs at least {n} entries. Please add them."},
)
ENTRIES_EXPECTED = Text(
    de="Unter `{field}` muss je Eintrag ein Name mit seinen Feldern darunter stehen; hier steht {found}.",
    en="`{field}` must hold named entries, each with its fields below it; here it holds {found}.",
)
FIELDS_EXPECTED = Text(
    de="Im Feld `{field}` müssen die Felder {fields} stehen; hier steht {found}.",
    en="The field `{field}` must hold the fields {fields}; here it holds {found}.",
)
FIELD_MISSPELT = Text(
    de="Das Feld `{field}` gibt es nicht. Gemeint ist wohl `{suggestion}`: Bitte umbenennen.",
    en="There is no field `{field}`. Did you mean `{suggestion}`? Please rename it.",
)
FIELD_UNKNOWN = Text(
    de="Das Feld `{field}` gibt es nicht. {hint}",
    en="There is no field `{field}`. {hint}",
)
FIELD_MISSING = Text(de="Das Feld `{field}` fehlt. Bitte ergänzen.", en="The field `{field}` is missing. Please add it.")
REFERENCE_NOT_TEXT = Text(
    de="Im Feld `{field}` muss der Name eines Eintrags unter `{section}` in {file} stehen; hier steht {found}.",
    en="The field `{field}` must name an entry under `{section}` in {file}; here it holds {found}.",
)
REFERENCE_UNKNOWN = Text(
    de="Im Feld `{field}` steht »{value}«, das es unter `{section}` in {file} nicht gibt. {hint}",
    en="The field `{field}` names “{value}”, which is not under `{section}` in {file}. {hint}",
)
EMBARGO_NOT_INSTANT = Text(
    de="Im Feld `{field}` steht »{value}«; eine Sperrfrist wird mit Datum, Uhrzeit und Zeitzone geschrieben, z. B. `{example}`.",
    en="The field `{field}` holds “{value}”; an embargo is written as date, time and UTC offset, e.g. `{example}`.",
)
EMBARGO_NO_OFFSET = Text(
    de="Bei der Sperrfrist »{value}« im Feld `{field}` fehlt die Zeitzone: Bitte `+01:00` (Winterzeit) oder `+02:00` (Sommerzeit) anhängen, z. B. `{example}`.",
    en="The embargo “{value}” (field `{field}`) has no UTC offset: please add `+01:00` (German winter time) or `+02:00` (summer time), e.g. `{example}`.",
)
EMBARGO_NO_SUCH_TIME = Text(
    de="Den Zeitpunkt {value} im Feld `{field}` gibt es nicht. Bitte korrigieren.",
    en="There is no moment {value} (field `{field}`). Please correct it.",
)
EMBARGO_DIFFERS = Text(
    de="Die Sperrfrist {value} weicht von der in {path} ab ({there}, Zeile {line}). Beide Seiten bleiben bis zur späteren gesperrt. Bitte angleichen.",
    en="The embargo {value} differs from the one in {path} ({there}, line {line}). Both pages are held until the later one. Please make them agree.",
)
EMBARGO_MISSING = Text(
    de="Hier fehlt die Sperrfrist, die {path} hat ({there}, Zeile {line}). Beide Seiten bleiben bis dahin gesperrt. Bitte auf beiden Seiten eintragen.",
    en="This page has no embargo, but {path} has one ({there}, line {line}). Both pages are held until then. Please give it on both pages.",
)
CORRECTION_BEFORE_RELEASE = Text(
    de="Die Korrektur vom {day} im Feld `{field}` liegt vor dem Datum der Medieninformation ({released}). Bitte das Datum prüfen.",
    en="The correction of {day} (field `{field}`) is dated before the release ({released}). Please check the date.",
)
OWN_TRANSLATION_UNKNOWN = Text(
    de="Unter `own_translation` steht »{value}«, aber ein solches Feld hat diese Seite nicht. Bitte den Feldnamen prüfen, z. B. `photo.caption`.",
    en="`own_translation` lists “{value}”, but this page has no such field. Please check the field name, e.g. `photo.caption`.",
)
DATA_FILE_MISSING = Text(de="Die Datei mit den Kontaktdaten gibt es nicht.", en="The contact data file does not exist.")

# --- command lines and the build log ------------------------------------------------------

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

# --- the preview (`mkdocs serve`) ---------------------------------------------------------

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
