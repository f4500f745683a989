"""`mkdocs serve`: parity findings in the console on every rebuild and on the previewed page."""

from __future__ import annotations

from pressroom import preview
from pressroom.devsite import RELEASE
from tests.helpers import fetch, mkdocs_serve, wait_for

SENTENCE = "funds of up to 4.2 million euros until 2028. Michael"


def test_panel_goes_after_the_block_holding_the_line():
    markdown = "First paragraph\nstill first.\n\nSecond paragraph.\n"
    out = preview.annotate(markdown, 10, [(11, "a <finding>")], "en")
    assert out.index("still first.") < out.index("parity-preview") < out.index("Second paragraph.")
    assert "a &lt;finding&gt;" in out and "preview only" in out


def test_front_matter_findings_go_above_the_body():
    out = preview.annotate("Body.\n", 20, [(3, "title differs")], "de")
    assert out.index("title differs") < out.index("Body.")
    assert "nur in der Vorschau" in out


def test_serve_shows_findings_in_console_and_page_and_drops_them_when_fixed(site_copy, tmp_path):
    en = site_copy / "docs" / "en" / f"{RELEASE}.md"
    original = en.read_text(encoding="utf-8")
    en.write_text(original.replace(SENTENCE, SENTENCE.replace("4.2", "4.3")), encoding="utf-8")
    with mkdocs_serve(site_copy, tmp_path / "serve.log") as (base, log):
        page = wait_for(lambda: fetch(base + f"en/{RELEASE}/"))
        assert 'class="parity-preview"' in page
        # next to the text it concerns: right after the paragraph with the changed figure
        assert page.index("up to 4.3 million euros until 2028") < page.index('class="parity-preview"') < page.index("The Smart Systems Hub Dresden specializes")
        assert f"up to 4.3 million euros has no counterpart in docs/de/{RELEASE}.md" in page
        assert "parity-preview.css" in page
        log.seek(0)
        assert f"WARNING -  docs/en/{RELEASE}.md:" in log.read()

        en.write_text(original, encoding="utf-8")
        wait_for(lambda: 'class="parity-preview"' not in fetch(base + f"en/{RELEASE}/"))
        log.seek(0)
        assert log.read().count("parity: 6 page pairs checked") >= 2, "the check runs on every rebuild"


def test_the_built_site_has_no_preview_panel(built_site):
    for path in built_site.site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "parity-preview" not in text, path
