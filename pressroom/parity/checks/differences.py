"""Differences a page explains in its front matter (`differences:`): their findings are dropped.

An explanation that no longer matches any finding is stale, and a finding itself.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...messages import STALE_DIFFERENCE
from ..findings import Finding, Location


@dataclass(frozen=True)
class Difference:
    """One `differences:` entry: findings of `check` whose text contains `text` are explained."""

    check: str
    text: str
    reason: str
    path: str
    line: int
    side: str

    def explains(self, finding: Finding) -> bool:
        # "quote" also explains "quote-mark"
        if self.check != finding.check and not finding.check.startswith(self.check + "-"):
            return False
        return any(self.text in loc.text for loc in (finding.de, finding.en) if loc is not None)


def explain(differences: tuple[Difference, ...], findings: list[Finding], name: str) -> list[Finding]:
    """The findings no difference explains, then one for each difference that explains none."""
    if not differences:
        return findings
    kept = [finding for finding in findings if not any(diff.explains(finding) for diff in differences)]
    for diff in differences:
        if not any(diff.explains(finding) for finding in findings):
            loc = Location(diff.path, diff.line, diff.text)
            message = STALE_DIFFERENCE(check=diff.check, text=diff.text)
            kept.append(Finding.on_one_side(name, "stale-difference", message, loc, diff.side))
    return kept
