"""Benchmark: Lighthouse scores and first-view transfer size of both languages' pages.

Builds the site for a local address, serves it like GitHub Pages (project path, root 404.html,
gzip; pressroom/pages_server.py), and runs the pinned Lighthouse (bench/package.json) with
its default mobile settings in Debian's Chromium on the German and the English home page (the
newest release in full, then the list) and release page.
Writes bench/results/lighthouse.json and prints the figures.

Setup once: cd bench && npm ci
Usage: python bench/lighthouse.py [--runs N] [--photo]   (N runs per page, the median score is kept;
--photo: the release with a camera's 3000 x 2000 JPEG as its photo.file, pressroom.devsite.add_photo,
results in bench/results/lighthouse-photo.json)
CHROMIUM_PATH (default /usr/bin/chromium) is passed to Lighthouse as CHROME_PATH.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from pressroom.devsite import CHROMIUM_FLAGS, RELEASE, ROOT, add_photo, chromium_path, copy_site, run_build
from pressroom.pages_server import PagesServer

BENCH = ROOT / "bench"
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
RESULTS = BENCH / "results" / "lighthouse.json"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = ["--headless", *CHROMIUM_FLAGS]
# Both home pages (the newest release in full, and the list) and both release pages.
PAGES = {"de": "", "en": "en/", "de/release": f"{RELEASE}/", "en/release": f"en/{RELEASE}/"}
TARGET_SCORE = 100
TARGET_KIB = 80


def run_lighthouse(url: str, output: Path) -> dict:
    environment = {**os.environ, "CHROME_PATH": chromium_path()}
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
        "--quiet",
    ]
    subprocess.run(command, env=environment, check=True, timeout=300)
    return json.loads(output.read_text(encoding="utf-8"))


def figures(report: dict) -> dict:
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    audits = report["audits"]
    weight = audits["total-byte-weight"]
    requests = weight.get("details", {}).get("items", [])
    failing_accessibility = {
        ref["id"]: [item.get("node", {}).get("selector") for item in audits[ref["id"]].get("details", {}).get("items", [])]
        for ref in report["categories"]["accessibility"]["auditRefs"]
        if ref["weight"] > 0 and audits[ref["id"]]["score"] is not None and audits[ref["id"]]["score"] < 1
    }
    return {
        "scores": scores,
        "accessibility_findings": failing_accessibility,
        "transfer_kib": round(weight["numericValue"] / 1024, 1),
        "requests": {item["url"].split("/smart-systems-hub/", 1)[-1]: item["totalBytes"] for item in requests},
        "metrics": {
            key: round(audits[key]["numericValue"])
            for key in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index")
        } | {"cumulative-layout-shift": round(audits["cumulative-layout-shift"]["numericValue"], 3)},
        # What keeps a category below 100: scored audits that did not pass.
        "failing": sorted(
            audit_id
            for category in CATEGORIES
            for ref in report["categories"][category]["auditRefs"]
            if ref["weight"] > 0
            for audit_id in [ref["id"]]
            if audits[audit_id]["score"] is not None and audits[audit_id]["score"] < 1
        ),
    }


def median_run(runs: list[dict]) -> dict:
    """The run with the median performance score (scores of one run stay together)."""
    ordered = sorted(runs, key=lambda run: run["scores"]["performance"])
    return ordered[len(ordered) // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--photo", action="store_true", help="give the release a photo file")
    arguments = parser.parse_args()
    results_file = RESULTS.with_name("lighthouse-photo.json") if arguments.photo else RESULTS
    if not LIGHTHOUSE.exists():
        print("Lighthouse is not installed: run `npm ci` in bench/ first.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as temporary:
        root = copy_site(Path(temporary) / "site-src")
        if arguments.photo:
            add_photo(root)
        server = PagesServer(root / "site")
        build = run_build(root, site_url=server.url)
        if build.returncode != 0:
            print(build.output, file=sys.stderr)
            return 1
        server.start()
        try:
            results = {}
            for page, prefix in PAGES.items():
                url = server.url + prefix
                runs = [figures(run_lighthouse(url, Path(temporary) / f"{page.replace('/', '-')}-{i}.json")) for i in range(arguments.runs)]
                results[page] = {"url": url.replace(server.url, "/smart-systems-hub/"), **median_run(runs)}
                if arguments.runs > 1:
                    results[page]["performance_runs"] = [run["scores"]["performance"] for run in runs]
        finally:
            server.stop()
    version = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True).stdout.strip()
    results_file.parent.mkdir(parents=True, exist_ok=True)
    results_file.write_text(json.dumps({"lighthouse": version, "form_factor": "mobile", "pages": results}, indent=2) + "\n", encoding="utf-8")

    print(f"Lighthouse {version}, mobile (default throttling), targets: {TARGET_SCORE} each, first view <= {TARGET_KIB} KiB")
    print(f"{'page':<12}{'perf':>6}{'a11y':>6}{'best':>6}{'seo':>6}{'KiB':>8}  failing audits")
    met = True
    for page, result in results.items():
        s = result["scores"]
        print(f"{page:<12}{s['performance']:>6}{s['accessibility']:>6}{s['best-practices']:>6}{s['seo']:>6}"
              f"{result['transfer_kib']:>8}  {', '.join(result['failing']) or '-'}")
        met &= all(score >= TARGET_SCORE for score in s.values()) and result["transfer_kib"] <= TARGET_KIB
    print(f"written to {results_file.relative_to(ROOT)}; targets {'met' if met else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
