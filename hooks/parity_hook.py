"""MkDocs hook: the cross-language parity checks (hooks/parity/) during `mkdocs build` and `serve`.

Each finding is a warning under the `mkdocs.` logger, so `--strict` fails the build.
"""

from __future__ import annotations

import logging
from pathlib import Path

import parity
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.parity")


def _is_first_language_build(config: MkDocsConfig) -> bool:
    """mkdocs-static-i18n builds once per language, the default one first; check once per build."""
    i18n = config.plugins.get("i18n")
    if not i18n:
        return True
    default = next((lang.locale for lang in i18n.config.languages if lang.default), None)
    return config.theme["language"] == default


def on_pre_build(*, config: MkDocsConfig) -> None:
    if not _is_first_language_build(config):
        return
    root = Path(config.config_file_path).parent
    try:
        report = parity.check_docs(Path(config.docs_dir), base_for_paths=root)
    except parity.UnusableInput as error:
        raise PluginError(f"parity check: {error}") from None
    for finding in report.findings:
        log.warning(finding.text())
    log.info(f"parity: {report.pages} page pairs checked, {len(report.findings)} finding(s)")
