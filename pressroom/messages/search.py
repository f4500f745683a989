"""The search index, as the build log reports it."""

from __future__ import annotations

from ..wording import Text

SEARCH_INDEX_FAILED = Text(
    de="Der Suchindex ließ sich nicht erstellen ({reason}). Bitte `make site` erneut starten; "
    "bleibt der Fehler, bitte die Entwickler fragen.",
    en="The search index could not be made ({reason}). Please run `make site` again; "
    "if the error stays, please ask the developers.",
)
