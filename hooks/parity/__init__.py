"""`python -m hooks.parity`, the name workflows and editors' scripts call: an alias
of `python -m pressroom.parity`."""
