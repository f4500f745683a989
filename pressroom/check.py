"""`python -m pressroom.check`: every check the strict build makes on the sources, without
building the site: the contact data, the front matter of every page (embargoed ones too, the
photo files they name, and whether a pair's pages agree on their embargo), the parity check, the
legal pages' facts (data/legal.yml, and the pages' markers); it lists the facts not filled in yet,
which are not problems (the site leaves their sentences out).

Exit status as the parity command's: 0 all clear, 1 problems found, 2 the sources can't be
checked (no docs folder, an unreadable contact data file). One line per problem, in German
unless --lang en.
"""
from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

from . import contacts as contact_data, embargo, legal, messages, preview, validation
from .parity import UnusableInput, check_docs
from .parity.cli import add_language_option, internal_error
from .front_matter import read_page_source
from .parity.pairs import LANGS, page_paths, shown_path


def front_matter_problems(docs_dir: Path, contacts: dict, base: Path, data_file: str) -> list[validation.FrontMatterError]:
    """The front-matter validation of every page, as the build runs it."""
    problems = []
    for lang in LANGS:
        for path in page_paths(docs_dir / lang).values():
            shown = shown_path(path, base)
            try:
                source = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                continue  # the parity check reports a page it can't read, once
            problems += validation.validate_page(shown, source, contacts, data_file, docs_dir)[1]
    return problems


def legal_marker_problems(docs_dir: Path, facts: legal.Facts, base: Path) -> list:
    """Every [[legal.…]] marker of a page that names no field of data/legal.yml."""
    problems = []
    for lang in LANGS:
        for path in page_paths(docs_dir / lang).values():
            try:
                source = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                continue
            if "[[legal." not in source:
                continue
            page = read_page_source(source)
            first = preview.body_first_line(page)
            body = "\n".join(source.split("\n")[first - 1:])
            for marker in legal.fill(body, facts, lang, preview=True, gap=str)[1]:
                problems.append(marker.message(shown_path(path, base), first, facts.file))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pressroom.check", description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", default=contact_data.DATA_FILE, help=f"the contact data file (default: {contact_data.DATA_FILE})")
    parser.add_argument("--legal", default=legal.LEGAL_FILE, help=f"the legal pages' facts (default: {legal.LEGAL_FILE})")
    add_language_option(parser)
    parser.add_argument("docs_dir", nargs="?", default="docs", metavar="DOCS_DIR")
    args = parser.parse_args(argv)
    prog, docs_dir, base, lang = parser.prog, Path(args.docs_dir), Path.cwd(), args.lang
    try:
        contacts = contact_data.load_contacts(Path(args.contacts), shown_as=args.contacts)
        facts = legal.load(Path(args.legal), shown_as=args.legal)
        report = check_docs(docs_dir, base, report_unreadable_front_matter=False)
    except contact_data.ContactDataError as error:
        print(f"{prog}: {error.text(lang)}", file=sys.stderr)
        return 2
    except UnusableInput as error:
        print(f"{prog}: {error.message.text(lang)}", file=sys.stderr)
        return 2
    except Exception as error:
        return internal_error(prog, error, lang)
    problems = [error.text(lang) for error in front_matter_problems(docs_dir, contacts, base, args.contacts)]
    # Whether the pages agree on an embargo does not depend on the clock.
    embargoes = embargo.read_embargoes(docs_dir, list(LANGS), shown_as=shown_path(docs_dir, base))
    problems += [problem.text(lang) for problem in embargo.plan(embargoes, datetime.now(timezone.utc)).problems]
    problems += [finding.text(lang) for finding in report.findings]
    problems += [problem.text(lang) for problem in legal_marker_problems(docs_dir, facts, base)]
    for problem in problems:
        print(problem)
    # Facts not confirmed yet are listed apart from the problems (standard error), and are not
    # problems: the site leaves their sentences out.
    gaps = legal.gap_lines(facts)
    for gap in gaps:
        print(gap.text(lang), file=sys.stderr)
    print(messages.LEGAL_GAPS(n=len(gaps)).text(lang), file=sys.stderr)
    summary = messages.SOURCES_CHECKED(
        pairs=messages.PAGE_PAIRS(n=report.pages), file=args.contacts, findings=messages.FINDINGS(n=len(problems))
    )
    print(summary.text(lang), file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
