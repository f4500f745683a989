"""MkDocs hook: a Content-Security-Policy <meta> on every built HTML page (see pressroom/csp.py).

Pages go through on_post_page; the theme's static templates (404.html, and sitemap.xml, which
is left alone) go through on_post_template instead.
"""

from __future__ import annotations

from pressroom import csp
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return csp.add_policy(output)


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    if not template_name.endswith(".html"):
        return output_content
    return csp.add_policy(output_content)
