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

The entries live in one module per area (words, findings, front_matter, commands, preview and
the areas added since: photos); `from pressroom import messages` gives all of them under one name.
"""

from __future__ import annotations

from .words import *  # noqa: F403
from .findings import *  # noqa: F403
from .front_matter import *  # noqa: F403
from .commands import *  # noqa: F403
from .preview import *  # noqa: F403
from .search import *  # noqa: F403
from .photos import *  # noqa: F403
from .legal import *  # noqa: F403
