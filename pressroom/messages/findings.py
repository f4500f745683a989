"""Parity findings, by check."""

from __future__ import annotations

from ..wording import Text

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
# list-number
LIST_NUMBER = Text(
    de="Die Zeile »{text}« beginnt mit einer Zahl und einem Punkt: Markdown macht daraus den Punkt einer nummerierten Liste, "
    "eingerückt und ab 1 gezählt. Bitte einen Backslash vor den Punkt setzen: `{fix}`.",
    en="The line “{text}” starts with a number and a period: Markdown turns it into an item of a numbered list, "
    "indented and counted from 1. Please put a backslash before the period: `{fix}`.",
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
