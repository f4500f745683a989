"""Command line: ``python -m pressroom.parity [--format text|json|github] [--status] [DOCS_DIR]``.

Exit status 0 without findings, 1 with findings, 2 when the input can't be checked.
With --status: the translation status instead (0: every page translated and up to date).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .findings import format_github, format_json
from .pairs import UnusableInput, check_docs


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage block
        self.exit(2, f"{self.prog}: {message}\n")


def main(argv: list[str] | None = None, prog: str = "python -m pressroom.parity") -> int:
    parser = _Parser(
        prog=prog,
        description="Compare figures and quotes of each docs/de/X.md with docs/en/X.md.",
    )
    parser.add_argument("--format", choices=("text", "json", "github"), default="text")
    parser.add_argument(
        "--status",
        action="store_true",
        help="list pages without a counterpart and translations older (in git) than their source",
    )
    parser.add_argument("docs_dir", nargs="?", default="docs", metavar="DOCS_DIR")
    args = parser.parse_args(argv)
    if args.status:
        return _status(parser.prog, Path(args.docs_dir), args.format)
    try:
        report = check_docs(Path(args.docs_dir))
    except UnusableInput as exc:
        print(f"{parser.prog}: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # never a traceback: name the problem in one line
        print(f"{parser.prog}: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(format_json(report))
    elif args.format == "github":
        for finding in report.findings:
            print(format_github(finding))
    else:
        for finding in report.findings:
            print(finding.text())
        noun = "pair" if report.pages == 1 else "pairs"
        print(f"{report.pages} page {noun} checked, {len(report.findings)} findings", file=sys.stderr)
    return 1 if report.findings else 0


def _status(prog: str, docs_dir: Path, output: str) -> int:
    from .status import NoHistory, missing_pages, translation_status

    if not (docs_dir / "de").is_dir() or not (docs_dir / "en").is_dir():
        print(f"{prog}: {docs_dir}: needs de/ and en/ folders", file=sys.stderr)
        return 2
    try:
        lines = translation_status(docs_dir, str(docs_dir))
    except NoHistory as exc:
        lines = missing_pages(docs_dir, str(docs_dir))
        print(f"{prog}: {exc}; only pages without a counterpart are listed", file=sys.stderr)
    if output == "json":
        print(json.dumps({"status": [line.as_dict() for line in lines]}, ensure_ascii=False, indent=2))
    else:
        for line in lines:
            print(line.message)
        print(f"{len(lines)} page(s) need a translator", file=sys.stderr)
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
