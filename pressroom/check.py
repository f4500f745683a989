"""`python -m pressroom.check`: every check the strict build makes on the sources, without
building the site: the contact data, the front matter of every page (embargoed ones too, and
whether a pair's pages agree on their embargo), and the parity check.

Exit status as the parity command's: 0 all clear, 1 problems found, 2 the sources can't be
checked (no docs folder, an unreadable contact data file). One line per problem.
"""
from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

from . import embargo, validation
from .parity import UnusableInput, check_docs
from .parity.pairs import LANGS, page_paths, shown_path


def front_matter_problems(docs_dir: Path, contacts: dict, base: Path) -> list[str]:
    """The front-matter validation of every page, as the build runs it."""
    problems = []
    for lang in LANGS:
        for path in page_paths(docs_dir / lang).values():
            shown = shown_path(path, base)
            try:
                source = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                continue  # the parity check reports a page it can't read, once
            problems += [str(error) for error in validation.validate_page(shown, source, contacts)[1]]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pressroom.check", description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", default="data/contacts.yml", help="the contact data file (default: data/contacts.yml)")
    parser.add_argument("docs_dir", nargs="?", default="docs", metavar="DOCS_DIR")
    args = parser.parse_args(argv)
    prog, docs_dir, base = parser.prog, Path(args.docs_dir), Path.cwd()
    try:
        contacts = validation.load_contacts(Path(args.contacts), shown_as=args.contacts)
        report = check_docs(docs_dir, base, report_unreadable_front_matter=False)
    except (validation.ContactDataError, UnusableInput) as error:
        print(f"{prog}: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # never a traceback: name the problem in one line
        print(f"{prog}: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return 2
    # Whether the pages agree on an embargo does not depend on the clock.
    embargoes = embargo.read_embargoes(docs_dir, list(LANGS), shown_as=shown_path(docs_dir, base))
    disagreements = [str(problem) for problem in embargo.plan(embargoes, datetime.now(timezone.utc)).problems]
    problems = front_matter_problems(docs_dir, contacts, base) + disagreements + [finding.text() for finding in report.findings]
    for problem in problems:
        print(problem)
    pairs = "page pair" if report.pages == 1 else "page pairs"
    noun = "problem" if len(problems) == 1 else "problems"
    print(f"{report.pages} {pairs} and {args.contacts} checked: {len(problems)} {noun}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
