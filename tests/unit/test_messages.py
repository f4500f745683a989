"""Editor messages: every kind in German and English, worded from the page it is shown on,
with both places, both values, the fix, and correct singular and plural."""
from __future__ import annotations

import pytest

from pressroom import messages
from pressroom.parity import check_pair
from pressroom.wording import LANGUAGES, Plural, Text, number

DE = "docs/de/x.md"
EN = "docs/en/x.md"


def findings(de: str, en: str):
    return check_pair(DE, de, EN, en)


def views(finding) -> dict[str, str]:
    """How each page's preview words the finding (None: not shown there)."""
    return {lang: (m.text(lang) if (m := finding.message_for(lang)) else None) for lang in LANGUAGES}


def test_a_changed_figure_reads_from_each_side_with_both_values_and_the_other_place():
    [finding] = findings("Der Hub erhält bis zu 4,3 Millionen Euro.\n", "The hub receives up to 4.2 million euros.\n")
    assert views(finding) == {
        "de": "Hier steht »bis zu 4,3 Millionen Euro«, die englische Fassung sagt »up to 4.2 million euros« "
        "(docs/en/x.md, Zeile 1). Bitte angleichen oder unter `differences:` begründen.",
        "en": "Here it says “up to 4.2 million euros”, the German version says “bis zu 4,3 Millionen Euro” "
        "(docs/de/x.md, line 1). Please make them agree or explain the difference under `differences:`.",
    }


def test_a_figure_only_one_page_has_is_named_on_both_pages():
    [finding] = findings("Am 10.11.2023 gab es den Bescheid.\n", "The notice was handed over.\n")
    assert finding.de.line == 1 and finding.en is None
    assert views(finding) == {
        "de": "Hier steht »10.11.2023«, die englische Fassung hat nichts Entsprechendes (docs/en/x.md). "
        "Bitte dort ergänzen, hier korrigieren oder unter `differences:` begründen.",
        "en": "“10.11.2023” is missing here; it is in the German version (docs/de/x.md, line 1). "
        "Please add it or explain the difference under `differences:`.",
    }


def test_a_number_in_the_other_language_style_names_the_fix():
    [finding] = findings("Es sind 76.000 Menschen.\n", "There are 76.000 people.\n")
    assert finding.check == "format"
    assert finding.message.text("de") == "»76.000« ist deutsche Schreibweise; auf der englischen Seite bitte »76,000« schreiben."
    assert finding.message.text("en") == "“76.000” is the German way of writing it; on the English page please write “76,000”."
    assert finding.counterpart is None, "the German page has nothing to change"
    [decimal] = findings("Es sind 3.5 Prozent.\n", "It is 3.5 percent.\n")
    assert decimal.message.text("de") == "»3.5« ist englische Schreibweise; auf der deutschen Seite bitte »3,5« schreiben."


SAYS_DE = "Staatssekretär Thomas Kralinski betont: "
SAYS_EN = "State Secretary Thomas Kralinski emphasizes: "


def test_figures_in_a_quote_are_named_in_words_with_singular_plural_and_none():
    de = SAYS_DE + "»Wir geben 5 Millionen Euro.«\n"
    en = SAYS_EN + "“We give 5 million euros and 2 million euros.”\n"
    [finding] = [f for f in findings(de, en) if f.check == "quote"]
    assert views(finding)["de"] == (
        "Das Zitat von Thomas Kralinski nennt hier die Zahl »5 Millionen Euro«, in der englischen Fassung "
        "die Zahlen »5 million euros« und »2 million euros« (docs/en/x.md, Zeile 1). "
        "Bitte angleichen oder unter `differences:` begründen."
    )
    assert views(finding)["en"].startswith(
        "The quote by Thomas Kralinski gives the figures “5 million euros” and “2 million euros” here, "
        "but the figure “5 Millionen Euro” in the German version (docs/de/x.md, line 1). "
    )
    none = [f for f in findings(SAYS_DE + "»Wir helfen gern.«\n", SAYS_EN + "“We give 5 million euros.”\n") if f.check == "quote"]
    assert "nennt hier keine Zahl, in der englischen Fassung die Zahl »5 million euros«" in views(none[0])["de"]
    assert "gives the figure “5 million euros” here, but no figure in the German version" in views(none[0])["en"]


def test_a_missing_quote_counts_the_quotes_of_each_page():
    de = SAYS_DE + "»Wir helfen gern.«\n"
    en = SAYS_EN + "“We help gladly.”\n\nState Secretary Thomas Kralinski explains: “We stay here for good.”\n"
    [finding] = findings(de, en)
    assert finding.check == "quote" and finding.side == "en" and finding.en.line == 3
    assert views(finding) == {
        "de": "Hier fehlt das Zitat von Thomas Kralinski »We stay here for good.«, das in der englischen Fassung steht "
        "(docs/en/x.md, Zeile 3): hier 1 Zitat, dort 2 Zitate. Bitte ergänzen oder dort streichen.",
        "en": "The quote by Thomas Kralinski “We stay here for good.” is missing in the German version (docs/de/x.md): "
        "2 quotes here, 1 quote there. Please add it there or remove it here.",
    }


@pytest.mark.parametrize(
    "de, german, english",
    [
        ("Er sagte »ja.\n", "Das Anführungszeichen » wird nicht geschlossen. Bitte mit « schließen.",
         "The quotation mark » is never closed. Please close it with «."),
        ("Er sagte „ja\".\n", "Das Anführungszeichen „ aus Zeile 1 wird mit \" geschlossen. Bitte mit “ schließen.",
         "The quotation mark „ from line 1 is closed by \". Please close it with “."),
    ],
)
def test_quotation_marks_name_the_mark_to_close_with(de, german, english):
    [finding] = [f for f in findings(de, "He said yes.\n") if f.check == "quote-mark"]
    assert (finding.message.text("de"), finding.message.text("en")) == (german, english)


def test_a_quoted_term_missing_on_the_other_page():
    [finding] = findings("Das Netzwerk »Smart Systems Hub« wächst.\n", "The network grows.\n")
    assert views(finding) == {
        "de": "Der Begriff »Smart Systems Hub« kommt in der englischen Fassung nicht vor (docs/en/x.md). "
        "Bitte dort denselben Namen verwenden oder unter `differences:` begründen.",
        "en": "The term “Smart Systems Hub” is missing here; it is in the German version (docs/de/x.md, line 1). "
        "Please use the same name or explain the difference under `differences:`.",
    }


def test_a_stale_difference_says_what_to_delete():
    de = "---\ntitle: T\ndifferences:\n  - check: figure\n    text: 4,3 Millionen\n    reason: x\n---\n\nText.\n"
    [finding] = findings(de, "---\ntitle: T\n---\n\nText.\n")
    assert finding.text() == (
        "docs/de/x.md:4: Der erklärte Unterschied (figure: »4,3 Millionen«) kommt nicht mehr vor. "
        "Bitte den Eintrag unter `differences:` löschen."
    )
    assert finding.text("en").endswith("The explained difference (figure: “4,3 Millionen”) no longer occurs. "
                                       "Please delete the entry under `differences:`.")


def test_page_problems_in_plain_words():
    [empty] = findings("", "Text.\n")
    assert empty.message.text("de") == "Die Seite ist leer. Bitte Text eintragen."
    [unclosed] = findings("---\ntitle: x\n\nText\n", "Text.\n")
    assert unclosed.message.text("de") == "Der Kopfbereich wird nicht geschlossen. Bitte nach dem letzten Feld eine Zeile `---` einfügen."


def test_plural_forms_follow_each_language():
    assert [messages.FINDINGS(n=n).text("de") for n in (0, 1, 2)] == ["keine Funde", "1 Fund", "2 Funde"]
    assert [messages.FINDINGS(n=n).text("en") for n in (0, 1, 2)] == ["no findings", "1 finding", "2 findings"]
    assert [messages.NEED_A_TRANSLATOR(n=n).text("de") for n in (1, 3)] == [
        "1 Seite braucht eine Übersetzung.", "3 Seiten brauchen eine Übersetzung."
    ]
    assert messages.TOO_LARGE(size=number(3_000_000), limit=number(2_000_000)).text("de").startswith(
        "Die Datei ist mit 3.000.000 Bytes zu groß für die Prüfung (höchstens 2.000.000)."
    )
    assert "3,000,000 bytes" in messages.TOO_LARGE(size=number(3_000_000), limit=number(1)).text("en")


def test_a_message_names_the_same_values_in_both_languages():
    with pytest.raises(ValueError, match="different values"):
        Text(de="Hier steht {value}.", en="Here it says {valeu}.")
    with pytest.raises(ValueError, match="other"):
        Plural(de={"one": "{n} Fund"}, en={"one": "{n} finding", "other": "{n} findings"})


def test_every_catalogue_entry_is_written_in_both_languages():
    entries = [value for value in vars(messages).values() if isinstance(value, Text)]
    entries += [text for table in (messages.VERSION, messages.BOX, messages.FOUND) for text in table.values()]
    assert len(entries) > 60
    for entry in entries:
        for lang in LANGUAGES:
            assert all(form.strip() for form in entry.forms[lang].values())
    german_only = [entry for entry in entries if entry.forms["de"] == entry.forms["en"] and "{" not in str(entry.forms["de"])]
    assert german_only == [], "an entry whose English is its German"


def test_a_finding_takes_a_worded_message_not_a_string():
    from pressroom.parity.findings import Finding, Location

    with pytest.raises(TypeError, match="pressroom/messages/"):
        Finding("x.md", "new-kind", "an English string", Location(DE, 1, "x"))
