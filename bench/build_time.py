"""Benchmark: build time of a site with N release pairs, with and without the parity hook.

Copies what the build reads (mkdocs.yml, docs, overrides, hooks, data) to a temporary folder,
adds N copies of the release as docs/de/release-NNN.md and docs/en/release-NNN.md, and runs
`mkdocs build --strict` several times with the parity hook and several times with its line
removed from the copy's mkdocs.yml, alternating the two. Prints the median times and the
overhead of the hook. Target: the hook adds at most 5 %.

Usage: python bench/build_time.py [--pairs N] [--runs R]   (default: 100 pairs, 5 runs each)
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pressroom import devsite
from pressroom.devsite import RELEASE

HOOK_LINE = re.compile(r"^\s*-\s*hooks/parity_hook\.py\s*\n", re.M)
TARGET = 5.0  # percent


def copy_site(destination: Path, pairs: int) -> str:
    devsite.copy_site(destination)
    name = f"{RELEASE}.md"
    for lang in ("de", "en"):
        text = (destination / "docs" / lang / name).read_text(encoding="utf-8")
        for i in range(pairs):
            (destination / "docs" / lang / f"release-{i:03d}.md").write_text(text, encoding="utf-8")
    return name


def build(root: Path) -> tuple[float, str]:
    env = {**os.environ, "SITE_URL": "http://127.0.0.1:8000/bench/", "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, env=env, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"mkdocs build --strict failed in {root}:\n{result.stdout}{result.stderr}")
    return elapsed, result.stdout + result.stderr


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=100)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        with_hook, without_hook = Path(tmp) / "with", Path(tmp) / "without"
        name = copy_site(with_hook, args.pairs)
        copy_site(without_hook, args.pairs)
        config = without_hook / "mkdocs.yml"
        text, removed = HOOK_LINE.subn("", config.read_text(encoding="utf-8"))
        if removed != 1:
            raise SystemExit("mkdocs.yml: no `- hooks/parity_hook.py` line to remove")
        config.write_text(text, encoding="utf-8")
        # One untimed build each warms the file cache and the bytecode cache.
        _, log = build(with_hook)
        if "Abgleich der Sprachfassungen:" not in log:
            print("note: the parity hook's summary line is not in the build log (logged at info level)")
        build(without_hook)
        times: dict[str, list[float]] = {"with": [], "without": []}
        for _ in range(args.runs):
            times["with"].append(build(with_hook)[0])
            times["without"].append(build(without_hook)[0])
    print(f"{args.pairs} release pairs (copies of {name}) + the site's own pages, {args.runs} builds each, alternating")
    for label, key in (("with parity hook   ", "with"), ("without parity hook", "without")):
        runs = ", ".join(f"{t:.2f}" for t in times[key])
        print(f"  {label}  median {statistics.median(times[key]):6.2f} s  best {min(times[key]):6.2f} s   ({runs})")
    # On a shared machine single builds vary by tens of percent; the median and the best of
    # the alternating runs are both shown, and the verdict takes the median.
    for measure, pick in (("median", statistics.median), ("best", min)):
        on, off = pick(times["with"]), pick(times["without"])
        overhead = (on - off) / off * 100
        verdict = "ok" if overhead <= TARGET else f"above target {TARGET:.0f} %"
        print(f"  overhead ({measure:6}) {on - off:+.2f} s = {overhead:+.1f} %  " + (verdict if measure == "median" else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
