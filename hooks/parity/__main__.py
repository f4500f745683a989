"""`python -m hooks.parity …` runs `python -m pressroom.parity …` under its documented name."""
import sys

from pressroom.parity.cli import main

sys.exit(main(prog="python -m hooks.parity"))
