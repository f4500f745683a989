"""Phone numbers as written on the site's pages and in the contact data, through `phonenumbers`.

The one normaliser for the `tel:` links, the contact data's validation and the parity
check's phone facts. A number without a country code is read as a German one.
"""

from __future__ import annotations

import re

import phonenumbers

from . import messages
from .wording import Message

DEFAULT_REGION = "DE"
# How a number is written in the contact data: phonenumbers itself also reads "Tel. 0351 …".
_WRITTEN = re.compile(r"\+?[\d ()/.\-\u00a0]+")


def parse(written: str) -> phonenumbers.PhoneNumber | None:
    """The number a text like "+49 (0)351 564 806-00" or "0351 564-80600" writes; None if none."""
    try:
        number = phonenumbers.parse(written, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


def e164(written: str) -> str | None:
    """+4935156480600 for "+49 (0)351 564 806-00"; None for text that is not a phone number."""
    number = parse(written)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if number else None


def problem(written: str) -> Message | None:
    """Why `written` is no valid phone number, for editors (its {field} to fill in); None if it is one."""
    if not _WRITTEN.fullmatch(written):
        return messages.PHONE_CHARACTERS(value=written)
    number = parse(written)
    if number is None:
        return messages.PHONE_UNREADABLE(value=written)
    if not phonenumbers.is_valid_number(number):
        return messages.PHONE_NO_SUCH_NUMBER(value=written)
    return None


def tel_uri(written: str) -> str:
    """tel: address of a written number: tel:+4935156480600; the digits as written if unreadable."""
    return "tel:" + (e164(written) or "".join(c for c in written if c.isdigit() or c == "+"))
