"""Debian's Chromium as the tests and the Lighthouse benchmark start it (no browser is downloaded).

These flags keep it from reaching for Google's services, which this machine's closed network refuses.
"""

from __future__ import annotations

import os

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    """CHROMIUM_PATH, or Debian's /usr/bin/chromium."""
    return os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
