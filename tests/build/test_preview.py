"""`mkdocs serve`: findings in the console on every rebuild and on the previewed page, in the
page's language; front-matter problems in a panel and as placeholders; `data/` watched."""

from __future__ import annotations

import contextlib
import json

import jinja2
from bs4 import BeautifulSoup

from pressroom import preview
from pressroom.devsite import RELEASE, ROOT, run_build
from tests.helpers import fetch, mkdocs_serve, wait_for

SENTENCE = "funds of up to 4.2 million euros until 2028. Michael"
PANEL = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "overrides")).get_template("partials/preview-findings.html")


def panel(items):
    return PANEL.render(title="Abgleich (nur in der Vorschau)", items=items)


def test_panel_goes_after_the_block_holding_the_line():
    markdown = "First paragraph\nstill first.\n\nSecond paragraph.\n"
    out = preview.annotate(markdown, 10, [(11, preview.as_html("a <finding> in `field`"))], panel)
    assert out.index("still first.") < out.index("parity-preview") < out.index("Second paragraph.")
    assert "a &lt;finding&gt; in <code>field</code>" in out and "nur in der Vorschau" in out
    [html_line] = [line for line in out.split("\n") if "parity-preview" in line]
    assert html_line.startswith("<aside") and html_line.endswith("</aside>"), "one line, so Markdown keeps it"


def test_front_matter_findings_go_above_the_body():
    out = preview.annotate("Body.\n", 20, [(3, preview.as_html("title differs"))], panel)
    assert out.index("title differs") < out.index("Body.")


@contextlib.contextmanager
def serving(site, tmp_path):
    """`mkdocs serve` of `site` on a free port: yields (base URL, a function returning the log so far)."""
    with mkdocs_serve(site, tmp_path / "serve.log") as (base, log):

        def output() -> str:
            log.seek(0)
            return log.read()

        yield base, output


def panels(html: str) -> list[str]:
    return [aside.get_text(" ", strip=True) for aside in BeautifulSoup(html, "html.parser").select("aside.parity-preview")]


def placeholders(html: str) -> list[str]:
    return [p.get_text(" ", strip=True) for p in BeautifulSoup(html, "html.parser").select(".preview-placeholder")]


def test_serve_shows_findings_in_console_and_page_and_drops_them_when_fixed(site_copy, tmp_path):
    en = site_copy / "docs" / "en" / f"{RELEASE}.md"
    de_line = next(n for n, line in enumerate((site_copy / "docs" / "de" / f"{RELEASE}.md").read_text(encoding="utf-8").splitlines(), 1)
                   if "bis zu 4,2 Millionen Euro bis zum Jahr 2028. Michael" in line)
    original = en.read_text(encoding="utf-8")
    en.write_text(original.replace(SENTENCE, SENTENCE.replace("4.2", "4.3")), encoding="utf-8")
    en_line = next(n for n, line in enumerate(en.read_text(encoding="utf-8").splitlines(), 1) if "4.3 million" in line)
    with serving(site_copy, tmp_path) as (base, output):
        page = wait_for(lambda: fetch(base + f"en/{RELEASE}/"))
        assert 'class="parity-preview"' in page
        # next to the text it concerns: right after the paragraph with the changed figure
        assert page.index("up to 4.3 million euros until 2028") < page.index('class="parity-preview"') < page.index("The Smart Systems Hub Dresden specializes")
        assert panels(page) == [
            f"Language parity check (preview only) Line {en_line}: Here it says “up to 4.3 million euros”, the German version "
            f"says “bis zu 4,2 Millionen Euro” (docs/de/{RELEASE}.md, line {de_line}). "
            "Please make them agree or explain the difference under differences: ."
        ]
        assert "parity-preview.css" in page
        # The German page names the same finding in German, from its own side.
        german = fetch(base + f"{RELEASE}/")
        assert panels(german) == [
            f"Abgleich der Sprachfassungen (nur in der Vorschau) Zeile {de_line}: Hier steht »bis zu 4,2 Millionen Euro«, "
            f"die englische Fassung sagt »up to 4.3 million euros« (docs/en/{RELEASE}.md, Zeile {en_line}). "
            "Bitte angleichen oder unter differences: begründen."
        ]
        assert f"WARNING -  docs/en/{RELEASE}.md:{en_line}: Hier steht »up to 4.3 million euros«" in output()

        en.write_text(original, encoding="utf-8")
        wait_for(lambda: 'class="parity-preview"' not in fetch(base + f"en/{RELEASE}/"))
        # Only the English page was saved: the German one, its counterpart, is built again too.
        assert panels(fetch(base + f"{RELEASE}/")) == []
        assert "Vorschau: 1 Seite neu gebaut, in beiden Sprachen, dazu Startseite und Archiv" in output()
        assert output().count("Abgleich der Sprachfassungen: 7 Seitenpaare geprüft") >= 2, "the check runs on every rebuild"
        # The search index of the first build is put back after each rebuild, not made again.
        assert json.loads(fetch(base + "pagefind/pagefind-entry.json"))["languages"].keys() == {"de", "en"}
        assert output().count("Documentation built") >= 2


def misspelt_key_and_unknown_contact(site):
    """The German release with `subtitle` misspelt and a contact data/contacts.yml does not know."""
    de = site / "docs" / "de" / f"{RELEASE}.md"
    text = de.read_text(encoding="utf-8")
    de.write_text(text.replace("\nsubtitle:", "\nsubtitel:", 1).replace("contact: jungmann", "contact: neumann"), encoding="utf-8")
    lines = de.read_text(encoding="utf-8").splitlines()
    return {key: next(n for n, line in enumerate(lines, 1) if line.startswith(key)) for key in ("subtitel:", "contact:")}


SUBTITLE_DE = "Das Feld subtitel gibt es nicht. Gemeint ist wohl subtitle : Bitte umbenennen."
CONTACT_DE = "Im Feld contact steht »neumann«, das es unter people in data/contacts.yml nicht gibt. Gemeint ist wohl »jungmann«."
NEUMANN = """  neumann:
    name: Nora Neumann
    organisation: smwa
    role:
      de: Ihre Ansprechpartnerin
      en: Your contact
    phone: "+49 351 564 80601"
    email: presse@smwa.sachsen.de
"""


def test_serve_shows_front_matter_problems_on_their_page_in_its_language_and_rereads_data(site_copy, tmp_path):
    line = misspelt_key_and_unknown_contact(site_copy)
    with serving(site_copy, tmp_path) as (base, output):
        german = wait_for(lambda: fetch(base + f"{RELEASE}/"))
        assert panels(german)[0] == (
            "Kopfbereich dieser Seite (nur in der Vorschau) Bitte zuerst beheben: Ein Fehler im Kopfbereich kann weitere "
            f"Funde beim Abgleich nach sich ziehen. Zeile {line['subtitel:']}: {SUBTITLE_DE} Zeile {line['contact:']}: {CONTACT_DE}"
        )
        # Where the subheading and the press contact would be, a placeholder says why they are not.
        assert placeholders(german) == [f"Platzhalter für die Unterzeile: {SUBTITLE_DE}", f"Platzhalter für den Pressekontakt: {CONTACT_DE}"]
        html = BeautifulSoup(german, "html.parser")
        assert html.select_one("h1 ~ .preview-placeholder") is not None and html.select(".release-contact") == []
        # The English page is fine, apart from what the German typo hides from the comparison.
        english = fetch(base + f"en/{RELEASE}/")
        assert placeholders(english) == [] and not any("front matter" in text for text in panels(english))
        log = output()
        assert f"WARNING -  docs/de/{RELEASE}.md:{line['subtitel:']}: Das Feld `subtitel` gibt es nicht." in log
        assert f"WARNING -  docs/de/{RELEASE}.md:{line['contact:']}: Im Feld `contact` steht »neumann«" in log

        # A change to data/ rebuilds the preview: the contact now exists and shows in its box.
        data = site_copy / "data" / "contacts.yml"
        data.write_text(data.read_text(encoding="utf-8").replace("people:\n", "people:\n" + NEUMANN, 1), encoding="utf-8")
        german = wait_for(lambda: next((page for page in [fetch(base + f"{RELEASE}/")] if "Nora Neumann" in page), None))
        assert placeholders(german) == [f"Platzhalter für die Unterzeile: {SUBTITLE_DE}"]
        assert "Ihre Ansprechpartnerin" in BeautifulSoup(german, "html.parser").select_one(".release-contact").get_text()


def test_the_strict_build_fails_on_them_in_one_line_each_and_a_draft_build_shows_no_placeholder(site_copy):
    line = misspelt_key_and_unknown_contact(site_copy)
    build = run_build(site_copy)
    assert build.returncode != 0 and "Traceback" not in build.output
    warnings = [out for out in build.output.splitlines() if out.startswith(f"WARNING -  docs/de/{RELEASE}.md:")]
    assert warnings == [
        f"WARNING -  docs/de/{RELEASE}.md:{line['subtitel:']}: Das Feld `subtitel` gibt es nicht. Gemeint ist wohl `subtitle`: Bitte umbenennen.",
        f"WARNING -  docs/de/{RELEASE}.md:{line['contact:']}: Im Feld `contact` steht »neumann«, das es unter `people` in "
        "data/contacts.yml nicht gibt. Gemeint ist wohl »jungmann«.",
    ]
    assert "Kopfbereiche: 14 Seiten geprüft, 2 Funde" in build.output
    draft = run_build(site_copy, strict=False)
    assert draft.returncode == 0, draft.output
    for path in draft.site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "preview-placeholder" not in text and "parity-preview" not in text, path


def test_the_built_site_has_no_preview_panel(built_site):
    for path in built_site.site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "parity-preview" not in text and "preview-placeholder" not in text, path


def gaps(html: str) -> list[str]:
    return [mark.get_text(" ", strip=True) for mark in BeautifulSoup(html, "html.parser").select("mark.preview-gap")]


def test_serve_marks_each_legal_fact_not_filled_in_in_the_pages_language_and_fills_it_in_from_data(site_copy, tmp_path):
    from pressroom import legal

    legal_file = site_copy / legal.LEGAL_FILE
    line = next(n for n, text in enumerate(legal_file.read_text(encoding="utf-8").splitlines(), 1) if text.strip() == "name: ~")
    with serving(site_copy, tmp_path) as (base, output):
        german = wait_for(lambda: fetch(base + "impressum/"))
        english = fetch(base + "en/impressum/")
        assert f"Lücke: representative.name ist in data/legal.yml (Zeile {line}) noch nicht eingetragen. Die veröffentlichte Website lässt diesen Satz weg." in gaps(german)
        assert f"Gap: representative.name is not filled in yet in data/legal.yml (line {line}). The published site leaves this sentence out." in gaps(english)
        # The gap stands in its sentence, which the preview keeps.
        sentence = BeautifulSoup(german, "html.parser").find("mark", class_="preview-gap").parent.get_text(" ", strip=True)
        assert "vertreten durch den Staatsminister" in sentence
        # Filled in, the preview shows the value in its place, without a restart.
        legal_file.write_text(legal_file.read_text(encoding="utf-8").replace("name: ~", "name: Erika Beispiel", 1), encoding="utf-8")
        german = wait_for(lambda: next((page for page in [fetch(base + "impressum/")] if "Erika Beispiel" in page), None))
        assert not any("representative.name" in gap for gap in gaps(german))
        assert "[[legal." not in german


def test_a_save_builds_again_what_shows_the_page_and_a_template_change_builds_everything(site_copy, tmp_path):
    """`make serve` builds only what a save changed (`mkdocs serve --dirty`), and what shows it."""
    de = site_copy / "docs" / "de" / f"{RELEASE}.md"
    with serving(site_copy, tmp_path) as (base, output):
        wait_for(lambda: fetch(base + f"{RELEASE}/"))
        assert "dirty" not in output(), "MkDocs' warning about dirty builds is not for the editors"
        # The home page shows the newest release in full, and lists it: a new title shows there too.
        de.write_text(de.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle: Neu – ", 1), encoding="utf-8")
        home = wait_for(lambda: next((page for page in [fetch(base)] if "Neu – " in page), None))
        assert BeautifulSoup(home, "html.parser").select_one("h1").get_text(strip=True).startswith("Neu – ")
        assert "Neu – " in fetch(base + f"{RELEASE}/")
        # A template is an input of every page: the legal notice, not saved, shows the change.
        template = site_copy / "overrides" / "partials" / "copyright.html"
        template.write_text(template.read_text(encoding="utf-8") + "\n<!-- Vorlage geändert -->\n", encoding="utf-8")
        wait_for(lambda: "Vorlage geändert" in fetch(base + "en/impressum/"))
        assert "Vorschau: alle Seiten neu gebaut (geändert hat sich mehr als der Text einer Seite: overrides/" in output()
