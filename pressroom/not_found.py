"""The root 404 page in every language. GitHub Pages serves one 404.html for every missing
path; the default language's build renders it, and each other language's build renders the
same template in its own language. What differs between the two renderings (navigation,
labels, the site's name, the search's messages) becomes a table in the root page, and its
script swaps the page into the language of the requested URL (/en/… is English).

Made from the renderings, not from a list of strings: whatever a template or Material adds
to the page is translated as its own language's build words it."""

from __future__ import annotations

import json
from html.parser import HTMLParser

# The attributes that a visitor sees or hears (tooltips, screen-reader names, placeholders).
LABELS = ("title", "aria-label", "placeholder", "alt")
# Where the default language's build leaves room for the other languages' tables.
SLOT = '<script type="application/json" id="__not_found">{}</script>'


class _Texts(HTMLParser):
    """A page's visible texts and labels in document order, and Material's __config."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.links: list[str] = []
        self.config: str | None = None
        self._skip = 0  # inside <script> or <style>
        self._in_config = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
            self._in_config = attributes.get("id") == "__config"
        # A language's link (hreflang, the language switcher) leads to that language wherever it is.
        if tag == "a" and attributes.get("href") and "hreflang" not in attributes:
            self.links.append(attributes["href"])
        for name in LABELS:
            if attributes.get(name):
                self.texts.append(attributes[name].strip())

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
            self._in_config = False

    def handle_data(self, data):
        if self._in_config:
            self.config = data
        elif not self._skip and data.strip():
            self.texts.append(" ".join(data.split()))


def _read(html: str) -> _Texts:
    parser = _Texts()
    parser.feed(html)
    parser.close()
    return parser


def translations(default_html: str, other_html: str) -> dict:
    """What the other language's rendering says where the default language's differs: its
    texts by the default language's text, its links by the default language's, and its
    search messages."""
    default, other = _read(default_html), _read(other_html)
    table: dict = {}
    for kind in ("texts", "links"):
        here, there = getattr(default, kind), getattr(other, kind)
        if len(here) != len(there):
            raise ValueError(f"the 404 page has {len(here)} {kind} in one language and {len(there)} in the other")
        table[kind] = {}
        for mine, theirs in zip(here, there):
            if mine != theirs:
                table[kind].setdefault(mine, theirs)
    if other.config:
        table["search"] = json.loads(other.config).get("translations", {})
    return table


def with_translations(root_html: str, tables: dict[str, dict]) -> str:
    """The root 404 page with each language's table in its slot."""
    if SLOT not in root_html:
        raise ValueError("the 404 template has no slot for its translations (overrides/404.html)")
    # "</" never closes the script early: JSON allows "<\/".
    data = json.dumps(tables, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return root_html.replace(SLOT, SLOT.replace("{}", data), 1)
