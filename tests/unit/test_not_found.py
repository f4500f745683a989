"""pressroom/not_found.py: the root 404 page's table of the other language's wording."""

from __future__ import annotations

import pytest

from pressroom import not_found

DE = ('<title>Medieninformation</title><a href="/impressum/" title="Impressum">Impressum</a>'
      '<a href="/en/" hreflang="en">English</a><input placeholder="Suche"><script>var x="Suche"</script>'
      '<script id="__config" type="application/json">{"translations": {"search.result.none": "Keine"}}</script>')
EN = ('<title>Press release</title><a href="/en/impressum/" title="Legal notice">Legal notice</a>'
      '<a href="/en/archiv/" hreflang="en">English</a><input placeholder="Search"><script>var x="Search"</script>'
      '<script id="__config" type="application/json">{"translations": {"search.result.none": "None"}}</script>')


def test_what_the_other_language_words_differently():
    table = not_found.translations(DE, EN)
    assert table["texts"] == {"Medieninformation": "Press release", "Impressum": "Legal notice", "Suche": "Search"}
    # The language switcher's links stay: they lead to a language, whichever page shows them.
    assert table["links"] == {"/impressum/": "/en/impressum/"}
    assert table["search"] == {"search.result.none": "None"}


def test_renderings_that_do_not_line_up_are_an_error():
    with pytest.raises(ValueError, match="2 texts in one language and 3"):
        not_found.translations("<p>a</p><p>b</p>", "<p>a</p><p>b</p><p>c</p>")


def test_the_table_goes_into_the_templates_slot():
    page = f"<body>{not_found.SLOT}</body>"
    filled = not_found.with_translations(page, {"en": {"texts": {"</script>": "x"}}})
    assert '"en": {"texts": {"<\\/script>": "x"}}' in filled and filled.count("</script>") == 1
    with pytest.raises(ValueError, match="no slot"):
        not_found.with_translations("<body></body>", {})
