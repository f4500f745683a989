"""Every built HTML page of the real site passes the Nu Html Checker (the W3C's validator,
vnu-jar from npm, pinned in tools/vnu; `make test` installs it and Debian's Java)."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from pressroom.devsite import ROOT

VNU_JAR = ROOT / "tools" / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def vnu_errors(pages: list) -> list[str]:
    """The checker's errors on `pages`, one line each: file, line and column, message."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("The Nu Html Checker needs Java: sudo apt-get install default-jre-headless (make test does it)")
    if not VNU_JAR.is_file():
        pytest.fail(f"{VNU_JAR.relative_to(ROOT)} is missing: run make test, or cd tools/vnu && npm ci --ignore-scripts")
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True, text=True, timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [f"{m['url'].removeprefix('file:')}:{m.get('lastLine', '?')}.{m.get('firstColumn', '?')}: {m['message']}" for m in messages]


def test_every_built_page_has_valid_html(built_site):
    pages = sorted(built_site.site.rglob("*.html"))
    assert any(page.name == "404.html" for page in pages) and len(pages) > 10
    errors = vnu_errors(pages)
    assert errors == [], "\n".join(errors)


def test_the_checker_finds_an_error_it_is_shown(tmp_path, built_site):
    # The test above can fail: Material's own markup (autocomplete on its checkbox toggles) is an error.
    page = tmp_path / "page.html"
    built = (built_site.site / "index.html").read_text(encoding="utf-8")
    page.write_text(built.replace('form="__toggles"', 'autocomplete="off"', 1), encoding="utf-8")
    errors = vnu_errors([page])
    assert len(errors) == 1 and "page.html" in errors[0] and "autocomplete" in errors[0]
