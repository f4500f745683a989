"""Front matter (also parity's front-matter findings) and the contact data."""

from __future__ import annotations

from ..wording import Plural, Text

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
