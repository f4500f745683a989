"""Reproducible builds, and a site that works under a project path and at the root of a domain.

Two builds of the same sources give byte-identical trees; the tree holds no build time; every internal
link and asset (href/src/srcset of every page, CSS url(), the search worker, the sitemaps' addresses)
resolves to a file of the built tree under either kind of address.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from pressroom.devsite import ROOT, copy_site, run_build

PROJECT_URL = "https://owner.github.io/smart-systems-hub/"
DOMAIN_URL = "https://presse.example.org/"
# 10 November 2023, 12:00 UTC: the commit time CI passes as SOURCE_DATE_EPOCH.
EPOCH = 1699617600
EPOCH_DAY = "2023-11-10"
NOT_FETCHED = ("mailto:", "tel:", "data:", "javascript:", "blob:", "about:")
CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)""")
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def build(root: Path, site_url: str = PROJECT_URL, **env: str):
    result = run_build(copy_site(root), site_url, {"SOURCE_DATE_EPOCH": str(EPOCH), **env})
    assert result.returncode == 0, result.output
    return result.site


def tree(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


@pytest.fixture(scope="module")
def project_site(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("project"), PROJECT_URL)


@pytest.fixture(scope="module")
def domain_site(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("domain"), DOMAIN_URL)


# Reproducible


def test_two_builds_of_the_same_sources_are_byte_identical(project_site, tmp_path):
    # Another folder and another hash seed: neither may show in the output.
    again = build(tmp_path / "again", PROJECT_URL, PYTHONHASHSEED="12345")
    first, second = tree(project_site), tree(again)
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert not differing, f"differ between two builds: {differing}"


def test_the_gzipped_sitemap_carries_the_source_date_not_the_build_time(project_site):
    archives = sorted(project_site.rglob("*.gz"))
    assert archives, "no sitemap.xml.gz built"
    for archive in archives:
        header = archive.read_bytes()[:10]
        mtime = int.from_bytes(header[4:8], "little")
        assert dt.datetime.fromtimestamp(mtime, dt.timezone.utc).date().isoformat() == EPOCH_DAY, archive
        assert gzip.decompress(archive.read_bytes()) == archive.with_suffix("").read_bytes()


def test_no_file_holds_todays_date(project_site):
    today = dt.datetime.now(dt.timezone.utc).date()
    # Around midnight UTC a build may start on one day and end on the next.
    days = {today, today - dt.timedelta(days=1)}
    patterns = [day.isoformat().encode() for day in days] + [day.strftime("%Y%m%d").encode() for day in days]
    holding = [name for name, data in tree(project_site).items() if any(p in data for p in patterns)]
    assert not holding, f"today's date in {holding}"


def test_undated_pages_take_their_sitemap_lastmod_from_the_source_date(project_site):
    lastmods = {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in ET.parse(project_site / "sitemap.xml").getroot().iter(f"{SITEMAP}url")
    }
    assert lastmods[PROJECT_URL + "impressum/"] == EPOCH_DAY
    assert lastmods[PROJECT_URL] == "2023-11-10"  # the release's own date


def test_make_site_passes_the_last_commits_time_as_source_date():
    dry_run = subprocess.run(
        ["make", "-n", "site"], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    ).stdout
    (command,) = [line for line in dry_run.splitlines() if "mkdocs build --strict" in line]
    assert "SOURCE_DATE_EPOCH=" in command and "git log -1 --format=%ct" in command


# Every internal reference resolves inside the built tree


def page_url(site: Path, site_url: str, page: Path) -> str:
    """The address a page is served at; GitHub Pages serves 404.html at any missing address."""
    relative = page.relative_to(site).as_posix()
    if relative == "404.html":
        return site_url + "en/no/such/page/"
    return site_url + relative.removesuffix("index.html")


def resolves(site: Path, site_url: str, url: str) -> str | None:
    """None when `url` is another site's or names a file of the tree; else what is wrong with it."""
    target, root = urlsplit(url), urlsplit(site_url)
    if (target.scheme, target.netloc) != (root.scheme, root.netloc):
        return None
    path = unquote(target.path)
    if not path.startswith(root.path):
        return f"outside the site ({root.path})"
    file = site / path[len(root.path):]
    if path.endswith("/"):
        file = file / "index.html"
    if file.is_file() or (file / "index.html").is_file():
        return None
    return "no such file in the built tree"


def references(site: Path, site_url: str):
    """(where, address) of every internal reference in the built tree."""
    for page in sorted(site.rglob("*.html")):
        base = page_url(site, site_url, page)
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        where = page.relative_to(site).as_posix()
        for tag in soup.find_all(True):
            for attribute in ("href", "src"):
                if tag.has_attr(attribute):
                    yield where, base, tag[attribute]
            if tag.has_attr("srcset"):
                for candidate in tag["srcset"].split(","):
                    yield where, base, candidate.split()[0]
            if tag.has_attr("style"):
                yield from ((where, base, url) for url in css_urls(tag["style"]))
        for style in soup.find_all("style"):
            yield from ((where, base, url) for url in css_urls(style.get_text()))
        for meta in soup.find_all("meta", attrs={"property": re.compile(r"^og:(url|image)$")}):
            yield where, base, meta["content"]
        config = soup.find("script", id="__config")
        if config:  # Material's search worker, named in its configuration
            settings = json.loads(config.get_text())
            yield where, base, settings["search"]
        for script in soup.find_all("script", attrs={"data-bundle": True}):  # loaded by our scripts
            yield where, base, script["data-bundle"]
    for stylesheet in sorted(site.rglob("*.css")):
        base = site_url + stylesheet.relative_to(site).as_posix()
        for url in css_urls(stylesheet.read_text(encoding="utf-8")):
            yield stylesheet.relative_to(site).as_posix(), base, url
    for sitemap in sorted(site.rglob("sitemap.xml")):
        where = sitemap.relative_to(site).as_posix()
        root = ET.parse(sitemap).getroot()
        for loc in root.iter(f"{SITEMAP}loc"):
            yield where, "", loc.text.strip()
        for link in root.iter(f"{XHTML}link"):
            yield where, "", link.get("href")


def css_urls(css: str) -> list[str]:
    return [next(group for group in match.groups() if group is not None) for match in CSS_URL.finditer(css)]


@pytest.mark.parametrize("kind", ["project path", "domain root"])
def test_every_internal_link_and_asset_resolves_inside_the_built_tree(kind, request):
    site_url = PROJECT_URL if kind == "project path" else DOMAIN_URL
    site = request.getfixturevalue("project_site" if kind == "project path" else "domain_site")
    checked, broken = 0, []
    for where, base, reference in references(site, site_url):
        reference = reference.strip()
        if not reference or reference.startswith("#") or reference.lower().startswith(NOT_FETCHED):
            continue
        url = urljoin(base, reference)
        if not url.startswith(("http://", "https://")):
            broken.append(f"{where}: {reference} is not an absolute address")
            continue
        problem = resolves(site, site_url, url)
        if problem:
            broken.append(f"{where}: {reference} -> {url}: {problem}")
        elif urlsplit(url).netloc == urlsplit(site_url).netloc:
            checked += 1
    assert not broken, "\n".join(broken)
    assert checked > 50, "too few internal references found: is the parsing broken?"


@pytest.mark.parametrize(
    "reference, problem",
    [
        ("/assets/stylesheets/site.css", "outside the site"),  # root-relative: breaks under a project path
        ("assets/stylesheets/missing.css", "no such file"),
        ("en/", None),
        ("https://www.smwa.sachsen.de/", None),
    ],
)
def test_the_resolver_tells_a_broken_reference(project_site, reference, problem):
    found = resolves(project_site, PROJECT_URL, urljoin(PROJECT_URL, reference))
    assert (found is None) if problem is None else (problem in found)
