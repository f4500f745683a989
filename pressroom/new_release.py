"""Create a German/English page pair for a new release: `make release SLUG=… DATE=…`.

Writes docs/de/SLUG.md and docs/en/SLUG.md from pressroom/release-template/, with every
front-matter field present and empty: the strict build names each field still to fill in.
Refuses to overwrite an existing page. Messages in German unless --lang en.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from . import messages
from .wording import DEFAULT_LANGUAGE, LANGUAGES, Message

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "release-template"
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class ReleaseError(Exception):
    """A one-line reason why no page was written."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text(DEFAULT_LANGUAGE))
        self.message = message


def create_release(slug: str, day: str, docs: Path) -> list[Path]:
    if not SLUG.fullmatch(slug or ""):
        raise ReleaseError(messages.SLUG_INVALID(slug=slug or ""))
    try:
        date.fromisoformat(day or "")
    except ValueError:
        raise ReleaseError(messages.RELEASE_DATE_INVALID(day=day or "")) from None
    targets = [docs / lang / f"{slug}.md" for lang in LANGUAGES]
    existing = [str(path.relative_to(docs.parent)) for path in targets if path.exists()]
    if existing:
        raise ReleaseError(messages.PAGES_EXIST(n=len(existing), pages=existing))
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
    parser.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help="language of the messages")
    args = parser.parse_args(argv)
    try:
        written = create_release(args.slug, args.date, args.docs)
    except ReleaseError as error:
        print(f"make release: {error.message.text(args.lang)}", file=sys.stderr)
        return 1
    for path in written:
        print(messages.CREATED(path=path.relative_to(args.docs.parent)).text(args.lang))
    print(messages.FILL_IN().text(args.lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
