"""Command line: ``python -m pressroom.parity [--format text|json|github] [--lang de|en] [--status] [DOCS_DIR]``.

Exit status 0 without findings, 1 with findings, 2 when the input can't be checked.
With --status: the translation status instead (0: every page translated and up to date).
Messages are German unless --lang en; the JSON and GitHub formats keep their fields.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .. import messages
from ..wording import DEFAULT_LANGUAGE, LANGUAGES
from .findings import format_github, format_json
from .pairs import UnusableInput, check_docs


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage block
        self.exit(2, f"{self.prog}: {message}\n")


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """`--lang`, the language of the messages (the command lines share it)."""
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help=f"language of the messages (default: {DEFAULT_LANGUAGE})"
    )


def internal_error(prog: str, error: Exception, lang: str) -> int:
    """Never a traceback: the unexpected problem in one line, exit status 2."""
    print(f"{prog}: {messages.INTERNAL_ERROR(error=f'{type(error).__name__}: {error}').text(lang)}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None, prog: str = "python -m pressroom.parity") -> int:
    parser = _Parser(
        prog=prog,
        description="Compare figures and quotes of each docs/de/X.md with docs/en/X.md.",
    )
    parser.add_argument("--format", choices=("text", "json", "github"), default="text")
    add_language_option(parser)
    parser.add_argument(
        "--status",
        action="store_true",
        help="list pages without a counterpart and translations older (in git) than their source",
    )
    parser.add_argument("docs_dir", nargs="?", default="docs", metavar="DOCS_DIR")
    args = parser.parse_args(argv)
    lang = args.lang
    if args.status:
        return _status(parser.prog, Path(args.docs_dir), args.format, lang)
    try:
        report = check_docs(Path(args.docs_dir), jobs=None)  # on every core where it pays
    except UnusableInput as exc:
        print(f"{parser.prog}: {exc.message.text(lang)}", file=sys.stderr)
        return 2
    except Exception as exc:
        return internal_error(parser.prog, exc, lang)
    if args.format == "json":
        print(format_json(report, lang))
    elif args.format == "github":
        for finding in report.findings:
            print(format_github(finding, lang))
    else:
        for finding in report.findings:
            print(finding.text(lang))
        summary = messages.PARITY_CHECKED(pairs=messages.PAGE_PAIRS(n=report.pages), findings=messages.FINDINGS(n=len(report.findings)))
        print(summary.text(lang), file=sys.stderr)
    return 1 if report.findings else 0


def _status(prog: str, docs_dir: Path, output: str, lang: str) -> int:
    from ..contacts import ContactDataError
    from .status import NoHistory, legal_gaps, missing_pages, translation_status

    if not (docs_dir / "de").is_dir() or not (docs_dir / "en").is_dir():
        print(f"{prog}: {messages.LANGUAGE_FOLDERS_NEEDED(folder=docs_dir).text(lang)}", file=sys.stderr)
        return 2
    try:
        gaps = legal_gaps(docs_dir)
    except ContactDataError as error:
        print(f"{prog}: {error.text(lang)}", file=sys.stderr)
        return 2
    try:
        lines = translation_status(docs_dir, str(docs_dir))
    except NoHistory as exc:
        lines = missing_pages(docs_dir, str(docs_dir))
        print(f"{prog}: {messages.NO_HISTORY(reason=exc).text(lang)}", file=sys.stderr)
    if output == "json":
        status = {"status": [line.as_dict(lang) for line in lines], "gaps": [gap.text(lang) for gap in gaps or []]}
        print(json.dumps(status, ensure_ascii=False, indent=2))
    else:
        for line in lines:
            print(line.message.text(lang))
        for gap in gaps or []:
            print(gap.text(lang))
        print(messages.NEED_A_TRANSLATOR(n=len(lines)).text(lang), file=sys.stderr)
        if gaps is not None:
            print(messages.LEGAL_GAPS(n=len(gaps)).text(lang), file=sys.stderr)
    return 1 if lines or gaps else 0


if __name__ == "__main__":
    sys.exit(main())
