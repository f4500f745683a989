"""The Content-Security-Policy meta (pressroom/csp.py): pure functions, wiring, and the built pages."""

from __future__ import annotations

import base64
import hashlib
import re

from bs4 import BeautifulSoup
from mkdocs.config import load_config

from pressroom import csp
from pressroom.devsite import ROOT

PAGE = """<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width">
    <script>var a=1</script>
    <script src="bundle.js"></script>
  </head>
  <body>
    <script id="__config" type="application/json">{"base": "."}</script>
    <script type="module">import "./x.js"</script>
    <script type="text/plain">not run</script>
    <script TYPE='text/javascript'>
      var b = "ä";
    </script>
  </body>
</html>
"""


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def directives(policy: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def meta_policy(html: str) -> str:
    metas = BeautifulSoup(html, "html.parser").find_all("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert len(metas) == 1
    return metas[0]["content"]


def test_only_executable_inline_scripts_are_collected():
    assert csp.inline_scripts(PAGE) == ["var a=1", 'import "./x.js"', '\n      var b = "ä";\n    ']


def test_script_hash_is_the_base64_sha256_of_the_utf8_text():
    # The example of the CSP specification.
    assert csp.script_hash("alert('Hello, world.');") == "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
    assert csp.script_hash("ä") == sha256("ä")


def test_policy_allows_the_own_origin_the_hashes_and_webassembly_only():
    parsed = directives(csp.policy([sha256("x"), sha256("x")]))
    assert parsed["default-src"] == ["'self'"]
    # 'wasm-unsafe-eval': the search's index reader (Pagefind) is WebAssembly; no eval() of script text.
    assert parsed["script-src"] == ["'self'", "'wasm-unsafe-eval'", sha256("x")]
    assert parsed["object-src"] == ["'none'"]
    for sources in parsed.values():
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources
        assert all(s in ("'self'", "'none'", "data:", "'wasm-unsafe-eval'") or s.startswith("'sha256-") for s in sources), sources


def test_the_previews_policy_lets_inline_scripts_run_and_nothing_else_more():
    # `mkdocs serve` writes its live-reload script into each page as it sends it: no hash can name it.
    preview, built = directives(csp.policy([sha256("x")], preview=True)), directives(csp.policy([sha256("x")]))
    assert preview["script-src"] == ["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"]
    assert {name: sources for name, sources in preview.items() if name != "script-src"} == {
        name: sources for name, sources in built.items() if name != "script-src"
    }
    assert "'unsafe-inline'" in csp.add_policy("<html><head></head><body></body></html>", preview=True)


def test_meta_comes_right_after_meta_charset_and_lists_every_inline_script():
    html = csp.add_policy(PAGE)
    assert re.search(r'<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy"', html)
    script_src = directives(meta_policy(html))["script-src"]
    assert script_src == ["'self'", "'wasm-unsafe-eval'", sha256("var a=1"), sha256('import "./x.js"'), sha256('\n      var b = "ä";\n    ')]
    assert sha256('{"base": "."}') not in script_src
    # Nothing else of the page changed.
    assert re.sub(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>', "", html, count=1) == PAGE


def test_meta_goes_first_in_head_when_charset_is_not_first():
    html = csp.add_policy('<html><head><title>x</title><meta charset="utf-8"><script>1</script></head></html>')
    assert html.startswith('<html><head>\n  <meta http-equiv="Content-Security-Policy"')


def test_adding_twice_keeps_one_policy():
    once = csp.add_policy(PAGE)
    assert csp.add_policy(once) == once


def test_a_page_without_head_is_left_alone():
    assert csp.add_policy("<p>fragment</p>") == "<p>fragment</p>"


def test_hook_is_registered_in_mkdocs_yml():
    config = load_config(str(ROOT / "mkdocs.yml"))
    hooks = [name for name in config.plugins if name.startswith("hooks/")]
    assert "hooks/csp_hook.py" in hooks


def built_pages(site):
    return sorted(p for p in site.rglob("*.html"))


def test_every_built_page_and_the_404_carry_a_policy_that_covers_their_inline_scripts(built_site):
    pages = built_pages(built_site.site)
    assert built_site.site / "404.html" in pages and len(pages) >= 7
    for path in pages:
        html = path.read_text(encoding="utf-8")
        parsed = directives(meta_policy(html))
        head = BeautifulSoup(html, "html.parser").head
        assert head.find("meta").get("charset"), path
        assert head.find_all("meta")[1].get("http-equiv") == "Content-Security-Policy", path
        # Data blocks (Material's __config, a release's JSON-LD) are never run and have no hash.
        data = ("application/json", "application/ld+json")
        scripts = [s.string or "" for s in BeautifulSoup(html, "html.parser").find_all("script")
                   if not s.get("src") and s.get("type") not in data]
        assert scripts, path
        assert {sha256(s) for s in scripts} <= set(parsed["script-src"]), path
        blocks = [s.string or "" for s in BeautifulSoup(html, "html.parser").find_all("script") if s.get("type") in data]
        assert not {sha256(s) for s in blocks} & set(parsed["script-src"]), path
        assert "'unsafe-inline'" not in parsed["script-src"]
