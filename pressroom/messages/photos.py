"""A release's photo (`photo.file`): a missing, misplaced, too large or unreadable image file."""

from __future__ import annotations

from ..wording import Text

PHOTO_OUTSIDE_FOLDER = Text(
    de="Im Feld `{field}` steht »{file}«; Fotos liegen im Ordner docs/{folder}/. Bitte die Datei dorthin legen "
    "und `{folder}/<name>.jpg` schreiben.",
    en="The field `{field}` holds “{file}”; photos go in the folder docs/{folder}/. Please put the file there "
    "and write `{folder}/<name>.jpg`.",
)
PHOTO_MISSING = Text(
    de="Die Datei docs/{file} aus dem Feld `{field}` gibt es nicht. Bitte das Foto dort ablegen oder den Namen korrigieren.",
    en="The file docs/{file} named in the field `{field}` does not exist. Please put the photo there or correct the name.",
)
PHOTO_TOO_MANY_BYTES = Text(
    de="Die Datei docs/{file} aus dem Feld `{field}` ist {size} MB groß, erlaubt sind höchstens {limit} MB. "
    "Bitte das Foto kleiner speichern (JPEG, Qualität 90).",
    en="The file docs/{file} named in the field `{field}` is {size} MB, at most {limit} MB are allowed. "
    "Please save the photo smaller (JPEG, quality 90).",
)
PHOTO_TOO_MANY_PIXELS = Text(
    de="Das Foto docs/{file} aus dem Feld `{field}` hat {width} × {height} Pixel, erlaubt sind höchstens {limit} "
    "Megapixel. Bitte verkleinern, z. B. auf 6000 Pixel Breite.",
    en="The photo docs/{file} named in the field `{field}` has {width} × {height} pixels, at most {limit} "
    "megapixels are allowed. Please scale it down, e.g. to 6000 pixels wide.",
)
PHOTO_FAR_TOO_MANY_PIXELS = Text(
    de="Das Foto docs/{file} aus dem Feld `{field}` hat weit mehr als {limit} Megapixel, die erlaubt sind. "
    "Bitte verkleinern, z. B. auf 6000 Pixel Breite.",
    en="The photo docs/{file} named in the field `{field}` has far more than the {limit} megapixels allowed. "
    "Please scale it down, e.g. to 6000 pixels wide.",
)
PHOTO_WRONG_FORMAT = Text(
    de="Die Datei docs/{file} aus dem Feld `{field}` ist ein Bild im Format {format}; erwartet wird JPEG, PNG oder WebP. "
    "Bitte umwandeln.",
    en="The file docs/{file} named in the field `{field}` is a {format} image; JPEG, PNG or WebP is expected. "
    "Please convert it.",
)
PHOTO_UNREADABLE = Text(
    de="Die Datei docs/{file} aus dem Feld `{field}` lässt sich nicht als Foto lesen ({problem}). "
    "Bitte das Foto neu als JPEG speichern.",
    en="The file docs/{file} named in the field `{field}` can't be read as a photo ({problem}). "
    "Please save the photo again as a JPEG.",
)
PHOTO_ALT_MISSING = Text(
    de="Zum Foto im Feld `photo.file` fehlt die Bildbeschreibung `photo.alt`, die ein Screenreader vorliest. "
    "Bitte ergänzen: was auf dem Bild zu sehen ist.",
    en="The photo in the field `photo.file` lacks its description `photo.alt`, which a screen reader reads out. "
    "Please add what the picture shows.",
)
