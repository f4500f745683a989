"""Create a German/English page pair for a new release: `make release SLUG=… DATE=…`.

Writes docs/de/SLUG.md and docs/en/SLUG.md from pressroom/release-template/, with every
front-matter field present and empty: the strict build names each field still to fill in.
Refuses to overwrite an existing page.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "release-template"
LANGUAGES = ("de", "en")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class ReleaseError(Exception):
    """A one-line reason why no page was written."""


def create_release(slug: str, day: str, docs: Path) -> list[Path]:
    if not SLUG.fullmatch(slug or ""):
        raise ReleaseError(f"SLUG {slug!r}: expected lower-case letters, digits and single hyphens, e.g. 2024-03-01-neue-foerderung")
    try:
        date.fromisoformat(day or "")
    except ValueError:
        raise ReleaseError(f"DATE {day!r}: expected a date as YYYY-MM-DD, e.g. 2024-03-01") from None
    targets = [docs / lang / f"{slug}.md" for lang in LANGUAGES]
    existing = [str(path.relative_to(docs.parent)) for path in targets if path.exists()]
    if existing:
        raise ReleaseError(f"{', '.join(existing)} already exist{'s' if len(existing) == 1 else ''}; nothing was written")
    for lang, target in zip(LANGUAGES, targets, strict=True):
        text = (TEMPLATES / f"{lang}.md").read_text(encoding="utf-8").replace("{date}", day)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return targets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slug", required=True, help="the release's address, the same in both languages")
    parser.add_argument("--date", required=True, help="the release date, YYYY-MM-DD")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs", help="the docs folder (default: docs)")
    args = parser.parse_args(argv)
    try:
        written = create_release(args.slug, args.date, args.docs)
    except ReleaseError as error:
        print(f"make release: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(f"created {path.relative_to(args.docs.parent)}")
    print("Fill in the front matter and the text; `make serve` shows what is still missing.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
