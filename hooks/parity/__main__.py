"""Command line: ``python -m hooks.parity [--format text|json|github] [DOCS_DIR]``.

Exit status 0 without findings, 1 with findings, 2 when the input can't be checked.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .findings import format_github, format_json
from .pairs import UnusableInput, check_docs


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage block
        self.exit(2, f"{self.prog}: {message}\n")


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(
        prog="python -m hooks.parity",
        description="Compare figures and quotes of each docs/de/X.md with docs/en/X.md.",
    )
    parser.add_argument("--format", choices=("text", "json", "github"), default="text")
    parser.add_argument("docs_dir", nargs="?", default="docs", metavar="DOCS_DIR")
    args = parser.parse_args(argv)
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


if __name__ == "__main__":
    sys.exit(main())
