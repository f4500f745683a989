"""`python -m hooks.parity`, the name workflows, pre-commit and editors' scripts call: an alias
of `python -m pressroom.parity`."""
