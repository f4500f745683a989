"""MkDocs hook: a Content-Security-Policy <meta> on every built HTML page (see pressroom/csp.py).

Pages go through on_post_page; the theme's static templates (404.html, and sitemap.xml, which
is left alone) go through on_post_template instead. In `mkdocs serve` the policy lets the
server's live-reload script run.
"""

from __future__ import annotations

from pressroom import csp
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page


class _Policy:
    def __init__(self, preview: bool = False) -> None:
        self.preview = preview  # `mkdocs serve`


_policy = _Policy()


def on_startup(*, command: str, dirty: bool) -> None:
    global _policy
    _policy = _Policy(preview=command == "serve")


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return csp.add_policy(output, _policy.preview)


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    if not template_name.endswith(".html"):
        return output_content
    return csp.add_policy(output_content, _policy.preview)
