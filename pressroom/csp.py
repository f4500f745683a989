"""A Content-Security-Policy <meta> for a built page: only the site's own origin, plus the
sha256 hashes of the page's inline scripts. Imports nothing from MkDocs.

GitHub Pages sends no custom headers, so the policy travels in the page itself. A <meta> policy
applies to what follows it, so it goes first in <head>, right after <meta charset>.

Why the policy reads as it does:
- script-src: 'self' for Material's bundle, and one hash per inline script of the page (Material's
  base.html has a few, whose text differs with the page's depth; the 404 page has one of ours).
  A <script type="application/json"> (Material's __config) is data, never run, and needs no hash.
- script-src 'wasm-unsafe-eval': the search page runs Pagefind's index reader, which is
  WebAssembly (pagefind/wasm.<lang>.pagefind from the site). It allows compiling WebAssembly
  only, not eval() of JavaScript text; nothing else in the site needs it.
- worker-src: 'self' for Pagefind's worker (pagefind/pagefind-worker.js), which searches off
  the page's main thread.
- style-src: 'self' only. The built pages carry no style attribute and no <style> element, and
  Material's JavaScript changes styles only through the CSSOM (element.style), which CSP does not
  restrict. Neither 'unsafe-inline' nor 'unsafe-hashes' is needed; the browser tests report any
  violation, so a theme update that starts writing style attributes fails them.
- img-src: 'self' and data:, for the SVG icons Material's stylesheet embeds as data: URLs.
- connect-src: 'self' for the search index (Pagefind's files under pagefind/).
- frame-ancestors, report-uri and sandbox are ignored in a <meta> policy, so they are left out.
- In the preview (`mkdocs serve`) script-src has 'unsafe-inline' instead of the hashes: the server
  writes its live-reload script into each page as it sends it, with numbers that change on every
  request, so no hash can name it (and a browser ignores 'unsafe-inline' where a hash is given).
  The published site never has it.
"""

from __future__ import annotations

import base64
import hashlib
import re

# A script element: its attributes and its text, up to the first "</script" (as an HTML parser reads it).
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
_META_CHARSET = re.compile(r"<meta\s+charset\s*=\s*[\"']?[\w-]+[\"']?\s*/?>", re.IGNORECASE)
_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
_EXISTING = re.compile(r"\s*<meta\s+http-equiv=\"Content-Security-Policy\"[^>]*>", re.IGNORECASE)

# The type values (besides none or "") under which a browser runs a script (HTML's JavaScript MIME types).
_EXECUTABLE_TYPES = {
    "module",
    "text/javascript",
    "application/javascript",
    "application/ecmascript",
    "application/x-ecmascript",
    "application/x-javascript",
    "text/ecmascript",
    "text/jscript",
    "text/livescript",
    "text/x-ecmascript",
    "text/x-javascript",
    "text/javascript1.0",
    "text/javascript1.1",
    "text/javascript1.2",
    "text/javascript1.3",
    "text/javascript1.4",
    "text/javascript1.5",
}

DIRECTIVES = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'wasm-unsafe-eval'"],
    "worker-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}


def _attributes(text: str) -> dict[str, str]:
    return {m.group(1).lower(): next((g for g in m.groups()[1:] if g is not None), "") for m in _ATTRIBUTE.finditer(text)}


def inline_scripts(html: str) -> list[str]:
    """The text of every inline script the browser runs, in page order."""
    scripts = []
    for match in _SCRIPT.finditer(html):
        attributes = _attributes(match.group(1))
        if "src" in attributes:
            continue
        kind = attributes.get("type", "").strip().lower()
        if kind and kind not in _EXECUTABLE_TYPES:
            continue
        scripts.append(match.group(2))
    return scripts


def script_hash(text: str) -> str:
    """The CSP source expression of an inline script: 'sha256-…' of its UTF-8 text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(script_hashes: list[str], preview: bool = False) -> str:
    """The policy text: the site's own origin, and the given hashes for scripts (in the preview:
    any inline script)."""
    directives = {name: list(sources) for name, sources in DIRECTIVES.items()}
    if preview:
        script_hashes = ["'unsafe-inline'"]
    for expression in script_hashes:
        if expression not in directives["script-src"]:
            directives["script-src"].append(expression)
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def add_policy(html: str, preview: bool = False) -> str:
    """`html` with a CSP <meta> first in <head> (after <meta charset>), replacing any earlier one;
    `preview`: the policy of `mkdocs serve`, which lets its live-reload script run."""
    html = _EXISTING.sub("", html, count=1)
    content = policy([script_hash(s) for s in inline_scripts(html)], preview)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{content}">'
    head = _HEAD.search(html)
    if not head:
        return html
    charset = _META_CHARSET.search(html, head.end())
    anchor = charset.end() if charset and _before_first_element(html, head.end(), charset.start()) else head.end()
    return html[:anchor] + "\n  " + meta + html[anchor:]


def _before_first_element(html: str, start: int, position: int) -> bool:
    """True when nothing but whitespace and comments lies between `start` and `position`."""
    between = re.sub(r"<!--.*?-->", "", html[start:position], flags=re.DOTALL)
    return not between.strip()
