"""The parity hook in real builds: registered in mkdocs.yml, silent on the release, loud on a change."""

from __future__ import annotations

import re

from mkdocs.config import load_config

from pressroom.devsite import RELEASE, ROOT, run_build


def test_the_hooks_are_registered_in_mkdocs_yml():
    config = load_config(str(ROOT / "mkdocs.yml"))
    hook_files = {name.split("/")[-1] for name in config.hooks}
    assert {"release_hook.py", "parity_hook.py"} <= hook_files


def test_the_release_builds_with_no_parity_finding(built_site):
    assert "Abgleich der Sprachfassungen: 7 Seitenpaare geprüft, keine Funde" in built_site.output
    assert "Kopfbereiche: 14 Seiten geprüft, keine Funde" in built_site.output


def line_of(path, text):
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_a_changed_figure_fails_the_strict_build_naming_both_files_lines_and_values(site_copy):
    en = site_copy / "docs" / "en" / f"{RELEASE}.md"
    de = site_copy / "docs" / "de" / f"{RELEASE}.md"
    sentence = "funds of up to 4.2 million euros until 2028. Michael"
    en.write_text(en.read_text(encoding="utf-8").replace(sentence, sentence.replace("4.2", "4.3")), encoding="utf-8")
    build = run_build(site_copy)
    assert build.returncode != 0
    en_line = line_of(en, "4.3 million")
    de_line = line_of(de, "Dieser umfasst eine Zusage für Mittel in Höhe von bis zu 4,2 Millionen Euro bis zum Jahr 2028. Michael")
    expected = (
        f"WARNING -  docs/en/{RELEASE}.md:{en_line}: Hier steht »up to 4.3 million euros«, die deutsche Fassung sagt "
        f"»bis zu 4,2 Millionen Euro« (docs/de/{RELEASE}.md, Zeile {de_line}). Bitte angleichen oder unter `differences:` begründen."
    )
    assert expected in build.output
    assert "Abgleich der Sprachfassungen: 7 Seitenpaare geprüft, 1 Fund" in build.output
    assert "Aborted with 1 warnings in strict mode!" in build.output  # MkDocs' own words
    assert "Traceback" not in build.output

    english = run_build(site_copy, extra_env={"MESSAGE_LANGUAGE": "en"})
    assert (
        f"WARNING -  docs/en/{RELEASE}.md:{en_line}: Here it says “up to 4.3 million euros”, the German version says "
        f"“bis zu 4,2 Millionen Euro” (docs/de/{RELEASE}.md, line {de_line})."
    ) in english.output
    assert "Language parity check: 7 page pairs checked, 1 finding" in english.output


def test_a_message_language_without_messages_is_a_setup_error(site_copy):
    build = run_build(site_copy, extra_env={"MESSAGE_LANGUAGE": "fr"})
    assert build.returncode != 0
    assert "extra.message_language: messages are written in de and en, not 'fr'" in build.output
    assert "Traceback" not in build.output


def test_a_page_without_its_translation_fails_the_build(site_copy):
    (site_copy / "docs" / "de" / "hintergrund.md").write_text("# Hintergrund\n\nSeit 2018.\n", encoding="utf-8")
    build = run_build(site_copy)
    assert build.returncode != 0
    assert re.search(r"docs/de/hintergrund\.md:1: .*docs/en/hintergrund\.md", build.output), build.output


def test_malformed_front_matter_is_reported_once(site_copy):
    en = site_copy / "docs" / "en" / f"{RELEASE}.md"
    en.write_text(en.read_text(encoding="utf-8").replace("place: Dresden", "place: [Dresden"), encoding="utf-8")
    build = run_build(site_copy)
    assert build.returncode != 0
    errors = [line for line in build.output.splitlines() if "kein gültiges YAML" in line]
    assert len(errors) == 1 and errors[0].startswith(f"WARNING -  docs/en/{RELEASE}.md:"), errors
    assert "Traceback" not in build.output


def test_a_line_starting_with_a_number_and_a_period_fails_the_build_with_its_fix(site_copy):
    de = site_copy / "docs" / "de" / f"{RELEASE}.md"
    en = site_copy / "docs" / "en" / f"{RELEASE}.md"
    de.write_text(de.read_text(encoding="utf-8") + "\n3. Platz im Wettbewerb für Dresden.\n", encoding="utf-8")
    en.write_text(en.read_text(encoding="utf-8") + "\nThird place in the contest for Dresden.\n", encoding="utf-8")
    build = run_build(site_copy)
    assert build.returncode != 0
    line = line_of(de, "3. Platz im Wettbewerb")
    assert f"WARNING -  docs/de/{RELEASE}.md:{line}: Die Zeile »3. Platz im Wettbewerb für Dresden.« beginnt" in build.output
    assert "`3\\. Platz`" in build.output
    assert "Abgleich der Sprachfassungen: 7 Seitenpaare geprüft, 1 Fund" in build.output
    assert "Traceback" not in build.output
