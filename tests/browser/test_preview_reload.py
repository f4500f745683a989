"""The preview in Chromium: an open page shows a saved edit by itself (`make serve`'s live reload),
under the preview's Content-Security-Policy, with no other violation."""

from __future__ import annotations

import time

from pressroom.devsite import RELEASE
from tests.browser.conftest import _opener
from tests.helpers import collect_csp, fetch, mkdocs_serve, wait_for


def test_an_open_page_reloads_itself_with_the_saved_edit(browser, site_copy, tmp_path):
    english = site_copy / "docs" / "en" / f"{RELEASE}.md"
    with mkdocs_serve(site_copy, tmp_path / "serve.log") as (base, _):
        wait_for(lambda: fetch(base + f"en/{RELEASE}/"))
        opener, contexts = _opener(browser, base.replace("/preview/", "/smart-systems-hub/"))
        try:
            page, log = opener()
            page.goto(base + f"en/{RELEASE}/", wait_until="load")  # the live reload keeps a request open
            english.write_text(english.read_text(encoding="utf-8") + "\nA sentence saved just now.\n", encoding="utf-8")
            # Polled from here: a predicate run in the page would be eval, which the policy forbids.
            deadline = time.monotonic() + 30
            while "A sentence saved just now." not in page.locator("body").inner_text():
                assert time.monotonic() < deadline, "the open page did not show the saved edit"
                time.sleep(0.2)
            collect_csp(page, log)
            assert log.csp_violations == [] and log.console_errors == [] and log.page_errors == []
        finally:
            for context in contexts:
                context.close()
