"""`python -m pressroom.parity`: the parity command line (see cli.py)."""
import sys

from .cli import main

sys.exit(main())
