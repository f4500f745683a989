"""Benchmark: pairs per second of `python -m pressroom.parity --format json DIR` on synthetic pairs.

Builds N page pairs from the real release (docs/de/index.md, docs/en/index.md), each with its
figures shifted so no two pages are the same text, runs the CLI on them as a subprocess three
times and prints pairs per second of the median run: by the clock, for the whole process (start-up,
and the pairs checked on every core the machine gives it, see pressroom/parity/parallel.py), and
by the CPU time of the process and its workers together. The fixed cost of starting the CLI
(interpreter and imports) is measured on an empty docs folder and also printed, with the CPU
rate once it is subtracted. The machine's cores and load come first: the clock figures count
only on a quiet machine.
Usage: python bench/parity_cli.py [N ...]   (default: 100 1000)
"""
from __future__ import annotations

import compileall
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 500  # pairs per second by the clock, the whole command (start-up included) on all its cores
RUNS = 3  # per size; the median run counts, so one slow run (a cold cache) does not decide


def _vary(text: str, i: int) -> str:
    # Same change on both sides keeps every pair clean: the year 2030 becomes 2030 + i % 50 ...
    return re.sub(r"\b2030\b", str(2030 + i % 50), text)


def release_name(docs: Path) -> str:
    """The release page both languages have (front matter `template: release.html`), else index.md."""
    for page in sorted((docs / "de").glob("*.md")):
        if (docs / "en" / page.name).is_file() and re.search(
            r"^template:\s*release\.html\s*$", page.read_text(encoding="utf-8"), re.M
        ):
            return page.name
    return "index.md"


def build(directory: Path, n: int) -> None:
    name = release_name(ROOT / "docs")
    de = (ROOT / "docs" / "de" / name).read_text(encoding="utf-8")
    en = (ROOT / "docs" / "en" / name).read_text(encoding="utf-8")
    for lang, text in (("de", de), ("en", en)):
        for i in range(n):
            folder = directory / lang / f"batch{i // 100:03d}"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"release{i:05d}.md").write_text(_vary(text, i), encoding="utf-8")


def _cli(docs: Path) -> tuple[subprocess.CompletedProcess, float, float]:
    """Run the CLI once on `docs`: the result, wall-clock seconds and CPU seconds."""
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pressroom.parity", "--format", "json", str(docs)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    return result, elapsed, cpu


def startup() -> tuple[float, float]:
    """Median wall-clock and CPU seconds of the CLI on an empty docs folder (0 pairs)."""
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        for lang in ("de", "en"):
            (docs / lang).mkdir(parents=True)
        runs = [_cli(docs)[1:] for _ in range(5)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def run(n: int, fixed: tuple[float, float]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        build(docs, n)
        runs = sorted((_cli(docs) for _ in range(RUNS)), key=lambda r: r[1])
        result, elapsed, cpu = runs[len(runs) // 2]
    if result.returncode not in (0, 1):
        raise SystemExit(f"parity CLI failed: {result.stderr.strip()}")
    report = json.loads(result.stdout)
    if report["pages"] != n:
        raise SystemExit(f"expected {n} pairs, the CLI checked {report['pages']}")
    rate = n / elapsed
    # The CPU time of all the CLI's processes: the work done, whatever the machine's other load.
    cpu_rate = n / cpu if cpu else float("inf")
    net = cpu - fixed[1]
    net_rate = n / net if net > 0 else float("inf")
    verdict = "ok" if rate >= TARGET else f"below target {TARGET}"
    print(
        f"{n:6d} pairs  wall {elapsed:6.2f} s = {rate:6.0f} pairs/s  "
        f"cpu {cpu:6.2f} s = {cpu_rate:6.0f} pairs/s  "
        f"cpu without startup {net:6.2f} s = {net_rate:6.0f} pairs/s  "
        f"{len(report['findings'])} findings  {verdict}"
    )
    return rate


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [100, 1000]
    # Measure the CLI as it runs after its first use: where PYTHONDONTWRITEBYTECODE is set, a
    # fresh clone would otherwise compile the package from source on every run.
    compileall.compile_dir(ROOT / "pressroom", quiet=1)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    # The interpreter's build counts too: the same code ran about a sixth faster on Debian's Python
    # 3.11 than on one built from source without its optimisations (design/speed.md).
    python = os.path.realpath(sys.executable)
    print(f"{cores} cores, load average {os.getloadavg()[0]:.2f}, Python {platform.python_version()} ({python})")
    fixed = startup()
    print(f"startup (0 pairs): wall {fixed[0]:.3f} s, cpu {fixed[1]:.3f} s")
    for n in sizes:
        run(n, fixed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
