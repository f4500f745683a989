"""Phone numbers as editors write them, read through phonenumbers."""
from __future__ import annotations

import pytest

from pressroom import phones


@pytest.mark.parametrize(
    "written, uri",
    [
        ("+49 (0)351 564 806-00", "tel:+4935156480600"),  # the trunk 0 in brackets is not dialled
        ("+49 351 564 80600", "tel:+4935156480600"),
        ("0351 564-80600", "tel:+4935156480600"),  # a national number is a German one
        ("0049 30 18 272-0", "tel:+4930182720"),
        ("+43 1 531 20-0", "tel:+431531200"),
    ],
)
def test_tel_links(written: str, uri: str) -> None:
    assert phones.tel_uri(written) == uri


def test_both_ways_of_writing_a_number_are_one_fact() -> None:
    assert phones.e164("+49 (0) 171 121 7528") == phones.e164("0171 1217528") == "+491711217528"


@pytest.mark.parametrize("written", ["+49 351 12", "0351 564 806000000000"])
def test_impossible_numbers_are_reported(written: str) -> None:
    problem = phones.problem(written).with_values(field="phone")
    assert f"»{written}« im Feld `phone` ist keine" in problem.text("de")
    assert f"“{written}” in the field `phone` is not a" in problem.text("en")


def test_a_valid_number_has_no_problem() -> None:
    assert phones.problem("+49 351 564 80600") is None
