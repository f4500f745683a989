"""The GitHub Actions workflow: audited by zizmor and the workflow schema, and shaped as design/publishing.md says.

Both tools run offline; each is also shown a broken copy, so a tool that checks nothing fails here.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pressroom.devsite import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
PAGES = ROOT / ".github" / "workflows" / "pages.yml"
BIN = Path(sys.executable).parent
PINNED = re.compile(r"^\s*(?:-\s+)?uses:\s+[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(?:\.\d+)*\s*$")
# A run on main that publishes: a push, the schedule, or a run by hand; never a pull request.
ON_MAIN = "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'"
TESTED = "github.event_name == 'push' || github.event_name == 'pull_request'"


def zizmor(*paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / "zizmor"), "--offline", "--no-progress", *map(str, paths)],
        capture_output=True, text=True, timeout=120,
    )


def check_jsonschema(*paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", *map(str, paths)],
        capture_output=True, text=True, timeout=120,
    )


def load(path: Path = PAGES) -> dict:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True.
    workflow["on"] = workflow.pop(True, workflow.get("on"))
    return workflow


def steps(job: dict, uses: str) -> list[dict]:
    return [step for step in job["steps"] if step.get("uses", "").startswith(uses + "@")]


@pytest.fixture
def broken_copy(tmp_path):
    """Write `text` as a workflow file in a scratch .github/workflows/."""

    def write(text: str) -> Path:
        path = tmp_path / ".github" / "workflows" / "pages.yml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


def test_there_is_a_workflow():
    assert PAGES in WORKFLOWS


def test_zizmor_reports_nothing():
    result = zizmor(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings" in result.stdout + result.stderr


@pytest.mark.parametrize(
    "change, audit",
    [
        (("        with:\n          persist-credentials: false\n", ""), "artipacked"),
        (("make site", "echo ${{ github.event.pull_request.title }}; make site"), "template-injection"),
        ((re.search(r"actions/cache@\S+ # \S+", PAGES.read_text(encoding="utf-8")).group(), "actions/cache@v4"), "unpinned-uses"),
    ],
)
def test_zizmor_works_offline_and_flags_a_weakened_copy(broken_copy, change, audit):
    text = PAGES.read_text(encoding="utf-8")
    assert change[0] in text
    result = zizmor(broken_copy(text.replace(*change)))
    assert result.returncode != 0
    assert f"[{audit}]" in result.stdout


def test_the_workflow_schema_accepts_every_workflow():
    result = check_jsonschema(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_workflow_schema_rejects_a_job_without_runs_on(broken_copy):
    text = PAGES.read_text(encoding="utf-8").replace("    runs-on: ubuntu-24.04\n", "", 1)
    result = check_jsonschema(broken_copy(text))
    assert result.returncode != 0, result.stdout


def test_every_action_is_pinned_to_a_full_commit_with_its_version_in_a_comment():
    for path in WORKFLOWS:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if re.match(r"^\s*(-\s+)?uses:", line)]
        assert lines, f"{path.name}: no action used"
        unpinned = [line.strip() for line in lines if not PINNED.match(line)]
        assert not unpinned, f"{path.name}: {unpinned}"


def test_runs_on_pull_requests_and_pushes():
    assert {"pull_request", "push"} <= set(load()["on"])


def test_runs_every_15_minutes_and_by_hand_so_that_embargoes_end_without_a_push():
    on = load()["on"]
    [schedule] = on["schedule"]
    minutes, *every = schedule["cron"].split()
    assert every == ["*", "*", "*", "*"]
    starts = sorted(int(minute) for minute in minutes.split(","))
    # Four times an hour, 15 minutes apart, none on the full hour (the scheduler's busiest moment).
    assert len(starts) == 4 and {b - a for a, b in zip(starts, starts[1:])} == {15} and 0 not in starts
    assert "workflow_dispatch" in on
    # Runs for the clock queue apart from pushes' runs, which they must not replace untested.
    group = load()["concurrency"]["group"]
    assert "github.event_name == 'schedule'" in group and "github.event_name == 'workflow_dispatch'" in group
    assert "'clock'" in group and "github.ref" in group


def test_runs_for_the_clock_rebuild_main_without_the_tests_its_push_ran():
    build = load()["jobs"]["build"]
    (tests,) = [step for step in build["steps"] if step.get("run", "").strip() == "bash .ci/run"]
    assert tests["if"] == TESTED
    site = next(step for step in build["steps"] if "make site" in step.get("run", ""))
    assert "if" not in site


def test_a_second_strict_build_proofs_embargoed_releases_and_is_not_published():
    steps_ = load()["jobs"]["build"]["steps"]
    (proof,) = [step for step in steps_ if "PRESSROOM_NOW" in step.get("env", {})]
    assert proof["env"]["PRESSROOM_NOW"].startswith("9999-12-31T")
    assert "mkdocs build --strict --site-dir" in proof["run"] and '"$RUNNER_TEMP/' in proof["run"]
    assert proof["if"] == TESTED
    runs = [step.get("run", "") for step in steps_]
    assert runs.index(proof["run"]) < next(i for i, run in enumerate(runs) if "make site" in run)


def test_no_job_gets_more_than_it_needs():
    workflow = load()
    assert workflow["permissions"] == {}
    jobs = workflow["jobs"]
    assert jobs["build"]["permissions"] == {"contents": "read"}
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert jobs["pages-url"]["permissions"] == {"pages": "read"}
    # Comments aside: the workflow writes nothing to the repository and uses no token of its own.
    text = yaml.safe_dump(workflow)
    for forbidden in ("write-all", "contents: write", "gh-pages", "secrets.", "GITHUB_TOKEN", "github.token"):
        assert forbidden not in text


def test_checkout_keeps_no_credentials():
    for path in WORKFLOWS:
        for job in load(path)["jobs"].values():
            for step in steps(job, "actions/checkout"):
                assert step.get("with", {}).get("persist-credentials") is False


def test_build_installs_compares_tests_then_builds_strictly_with_the_pages_address():
    build = load()["jobs"]["build"]
    runs = [step.get("run", "") for step in build["steps"]]
    order = [
        next(i for i, run in enumerate(runs) if "make .venv/.requirements-installed" in run),
        next(i for i, run in enumerate(runs) if "-m hooks.parity --format github docs" in run),
        next(i for i, run in enumerate(runs) if run.strip() == "bash .ci/run"),
        next(i for i, run in enumerate(runs) if "make site" in run),
    ]
    assert order == sorted(order)
    site = build["steps"][order[-1]]
    assert site["env"]["BASE_URL"] == "${{ needs.pages-url.outputs.base_url }}"
    assert 'SITE_URL="${BASE_URL%/}/"' in site["run"]
    assert "SOURCE_DATE_EPOCH" in site["run"]
    assert not any("continue-on-error" in step for step in build["steps"])
    assert steps(load()["jobs"]["pages-url"], "actions/configure-pages")[0]["id"] == "pages"
    # The Pages address is read for a run on main that publishes only; pull requests build without it.
    assert load()["jobs"]["pages-url"]["if"] == ON_MAIN
    assert "needs.pages-url.result != 'failure'" in build["if"]
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_pip_downloads_are_cached_by_the_requirements():
    (cache,) = steps(load()["jobs"]["build"], "actions/cache")
    assert cache["with"]["path"] == "~/.cache/pip"
    assert "hashFiles('requirements.txt')" in cache["with"]["key"]


def test_only_a_run_on_main_uploads_and_deploys():
    jobs = load()["jobs"]
    (upload,) = steps(jobs["build"], "actions/upload-pages-artifact")
    assert upload["if"] == ON_MAIN
    assert upload["with"]["path"].rstrip("/") == "site"
    deploy = jobs["deploy"]
    assert deploy["if"] == ON_MAIN
    assert deploy["needs"] == "build"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


def test_deploy_runs_one_at_a_time_in_the_github_pages_environment():
    deploy = load()["jobs"]["deploy"]
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    (step,) = steps(deploy, "actions/deploy-pages")
    assert deploy["environment"] == {"name": "github-pages", "url": f"${{{{ steps.{step['id']}.outputs.page_url }}}}"}
    # A run on main must not cancel another one (and with it a deployment under way).
    assert "github.event_name == 'pull_request'" in str(load()["concurrency"]["cancel-in-progress"])
