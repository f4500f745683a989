"""Phone numbers: "+49 (0) 171 121 7528", "0049 30 …", "030 57700-8463", one fact each."""
from __future__ import annotations

import re

from .figure import Figure

PHONE = (
    r"(?P<phone>(?:\+|(?<!\d)00)\d{1,3}(?:[ \u00a0/.\-]*(?:\(0\))?[ \u00a0/.\-]*\d+){2,}"
    r"|(?<![\d.,])0[ \u00a0]?\d{2,5}(?:[ \u00a0]*/[ \u00a0]*|[ \u00a0])\d{2,}(?:[ \u00a0\-]\d+)*)"
)


def phone_value(written: str) -> str:
    """The number's digits in international form, country code first and without "+":
    "4935156480600" for "+49 (0)351 564 806-00" and "0351 564 80600" alike."""
    # pressroom.phones loads phonenumbers and its metadata, which most pages never need.
    from ... import phones

    number = phones.e164(written)
    if number is not None:
        return number[1:]
    return "".join(ch for ch in written if ch.isdigit())  # not a possible number: as written


def read_phone(m: re.Match, text: str, lang: str) -> Figure:
    return Figure("phone", phone_value(m[0]), None, m[0], m.start(), m.end())
