"""Translation status: pages without a counterpart, and translations older than their source.

"Older" compares the time of the last git commit that changed each file; a file with
uncommitted changes counts as changed now. No MkDocs import.
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .. import legal, messages
from ..wording import DEFAULT_LANGUAGE, Message
from .pairs import LANGS, page_paths


@dataclass(frozen=True)
class StatusLine:
    page: str  # path within the language folder
    state: str  # "missing" or "outdated"
    message: Message

    def as_dict(self, lang: str = DEFAULT_LANGUAGE) -> dict:
        return {"page": self.page, "state": self.state, "message": self.message.text(lang)}


class NoHistory(Exception):
    """git is missing or the folder is not in a git work tree (one line)."""


def _git(args: list[str], cwd: Path) -> str:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise NoHistory(f"git could not be run: {error}") from None
    if result.returncode != 0:
        raise NoHistory(f"{cwd}: not in a git work tree ({result.stderr.strip().splitlines()[-1] if result.stderr.strip() else 'git failed'})")
    return result.stdout


def last_changed(docs_dir: Path) -> dict[Path, float]:
    """Time of the last change of every file under `docs_dir` that git knows or sees modified."""
    docs_dir = docs_dir.resolve()
    top = Path(_git(["rev-parse", "--show-toplevel"], docs_dir).strip())
    times: dict[Path, float] = {}
    stamp = 0.0
    log = _git(["log", "--format=%x00%ct", "--name-only", "--no-renames", "--", str(docs_dir)], docs_dir)
    for line in log.splitlines():
        if line.startswith("\x00"):
            stamp = float(line[1:])
        elif line.strip():
            times.setdefault((top / line.strip()).resolve(), stamp)
    now = time.time()
    for line in _git(["status", "--porcelain", "--untracked-files=all", "--", str(docs_dir)], docs_dir).splitlines():
        path = line[3:].split(" -> ")[-1].strip().strip('"')
        times[(top / path).resolve()] = now
    return times


def _day(stamp: float) -> str:
    return datetime.fromtimestamp(stamp, tz=timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def translation_status(docs_dir: Path, shown: str | None = None) -> list[StatusLine]:
    """Status lines for every page of `docs_dir`/de and `docs_dir`/en that needs a translator.

    Raises NoHistory when git can't tell the times; pages without a counterpart are found
    before that (see `missing_pages`).
    """
    lines = missing_pages(docs_dir, shown)
    times = last_changed(docs_dir)
    base = shown or str(docs_dir)
    pages = {lang: page_paths(docs_dir / lang) for lang in LANGS}
    for rel in sorted(set(pages["de"]) & set(pages["en"])):
        de, en = pages["de"][rel], pages["en"][rel]
        de_time, en_time = times.get(de.resolve()), times.get(en.resolve())
        if de_time is None or en_time is None or de_time == en_time:
            continue
        newer, older = ("de", "en") if de_time > en_time else ("en", "de")
        newer_time, older_time = max(de_time, en_time), min(de_time, en_time)
        lines.append(
            StatusLine(
                rel,
                "outdated",
                messages.OLDER_THAN_COUNTERPART(
                    older=f"{base}/{older}/{rel}", older_time=_day(older_time),
                    newer=f"{base}/{newer}/{rel}", newer_time=_day(newer_time),
                ),
            )
        )
    return lines


def missing_pages(docs_dir: Path, shown: str | None = None) -> list[StatusLine]:
    base = shown or str(docs_dir)
    pages = {lang: page_paths(docs_dir / lang) for lang in LANGS}
    lines = []
    for rel in sorted(set(pages["de"]) ^ set(pages["en"])):
        present = "de" if rel in pages["de"] else "en"
        absent = "en" if present == "de" else "de"
        lines.append(
            StatusLine(rel, "missing", messages.NOT_TRANSLATED(present=f"{base}/{present}/{rel}", absent=f"{base}/{absent}/{rel}"))
        )
    return lines


def legal_gaps(docs_dir: Path) -> list[Message] | None:
    """The legal pages' facts not filled in yet, one line each naming file and line: from the
    data/legal.yml beside `docs_dir`; none where there is no such file (a folder of pages
    alone: None). Raises contacts.ContactDataError when the file can't be used."""
    path = docs_dir.parent / legal.LEGAL_FILE
    if not path.is_file():
        return None
    shown = str(Path(*path.parts[-2:])) if docs_dir.parent.resolve() == Path.cwd().resolve() else str(path)
    return legal.gap_lines(legal.load(path, shown_as=shown))
