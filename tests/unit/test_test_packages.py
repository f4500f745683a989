"""tools/test-packages, which `make test` runs: Debian's packages for the browser tests."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

from pressroom.devsite import ROOT


def stub(folder: Path, name: str, script: str) -> None:
    (folder / name).write_text("#!/bin/sh\n" + script + "\n", encoding="utf-8")
    (folder / name).chmod(0o755)


def run(tmp_path: Path, *, uid: str, installed: bool, sudo: bool, **env: str) -> subprocess.CompletedProcess:
    stubs = tmp_path / "bin"
    stubs.mkdir(parents=True)
    stub(stubs, "id", f"echo {uid}")
    stub(stubs, "dpkg-query", "printf 'install ok installed'" if installed else "exit 1")
    stub(stubs, "sudo", 'if [ "$1" = -n ]; then exit 0; fi; echo "sudo $*" >> "$LOG"' if sudo else "exit 1")
    # Java and npm as commands, whichever package brought them.
    stub(stubs, "java", "exit 0" if installed else "exit 127")
    stub(stubs, "npm", "exit 0" if installed else "exit 127")
    stub(stubs, "apt-get", 'echo "apt-get $*" >> "$LOG"')
    log = tmp_path / "log"
    environment = {"PATH": f"{stubs}:/usr/bin:/bin", "LOG": str(log), **env}
    result = subprocess.run(["sh", str(ROOT / "tools" / "test-packages")], env=environment, capture_output=True, text=True)
    result.log = log.read_text() if log.exists() else ""  # type: ignore[attr-defined]
    return result


def test_nothing_to_do_when_installed(tmp_path):
    result = run(tmp_path, uid="1000", installed=True, sudo=False)
    assert (result.returncode, result.stderr, result.log) == (0, "", "")


def test_without_root_or_sudo_one_line_names_the_packages(tmp_path):
    result = run(tmp_path, uid="1000", installed=False, sudo=False)
    assert result.returncode == 1 and result.log == ""
    assert result.stderr.count("\n") == 1
    assert "sudo apt-get install default-jre-headless npm chromium libatomic1 fonts-dejavu-core" in result.stderr


def test_root_installs_with_apt_get(tmp_path):
    result = run(tmp_path, uid="0", installed=False, sudo=False)
    assert result.returncode == 0, result.stderr
    assert "apt-get install -y -qq --no-install-recommends default-jre-headless npm chromium libatomic1 fonts-dejavu-core" in result.log


def test_sudo_is_used_when_it_needs_no_password(tmp_path):
    result = run(tmp_path, uid="1000", installed=False, sudo=True)
    assert result.returncode == 0, result.stderr
    assert "sudo apt-get install" in result.log


def test_browser_tests_skipped_on_purpose_need_only_the_html_checker(tmp_path):
    result = run(tmp_path, uid="0", installed=False, sudo=False, SKIP_BROWSER_TESTS="1")
    assert result.returncode == 0, result.stderr
    assert "--no-install-recommends default-jre-headless npm\n" in result.log
    in_ci = run(tmp_path / "ci", uid="1000", installed=False, sudo=False, SKIP_BROWSER_TESTS="1", CI="true")
    assert in_ci.returncode == 1 and "chromium" in in_ci.stderr


def test_the_html_checker_gets_java(tmp_path):
    result = run(tmp_path, uid="1000", installed=False, sudo=False)
    assert "default-jre-headless" in result.stderr.split("install", 1)[-1]
