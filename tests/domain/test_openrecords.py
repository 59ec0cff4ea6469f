"""NYC OpenRecords request numbers: FOIL-<year>-<agency code>-<sequence>."""

from dataclasses import FrozenInstanceError

import pytest

from casebook.domain.errors import ValidationError
from casebook.domain.openrecords import OpenRecordsNumber, parse_request_number


@pytest.mark.parametrize(
    ("text", "year", "agency_code", "agency_name", "sequence"),
    [
        ("FOIL-2025-056-01234", 2025, "056", "New York City Police Department", 1234),
        ("  foil-2025-056-01234 \n", 2025, "056", "New York City Police Department", 1234),
        ("FOIL - 2024 - 072 - 00001", 2024, "072", "Department of Correction", 1),
        ("FOIL 2023 054 99999", 2023, "054", "Civilian Complaint Review Board", 99999),
        ("FOIL\u20132026\u2013781\u201300042", 2026, "781", "Department of Probation", 42),
        ("Foil-2026-056-123456", 2026, "056", "New York City Police Department", 123456),
        # An agency code casebook has no name for is still a valid number.
        ("FOIL-2025-999-00010", 2025, "999", None, 10),
    ],
)
def test_valid_numbers_parse_into_parts(text, year, agency_code, agency_name, sequence):
    number = parse_request_number(text)
    assert number == OpenRecordsNumber(year, agency_code, sequence, agency_name)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (" foil - 2025 - 056 - 01234 ", "FOIL-2025-056-01234"),
        ("FOIL\u20142024\u2014072\u201400001", "FOIL-2024-072-00001"),
        ("FOIL-2026-056-123456", "FOIL-2026-056-123456"),
    ],
)
def test_str_is_the_canonical_form(text, canonical):
    assert str(parse_request_number(text)) == canonical


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "Enter the request number"),
        ("   ", "Enter the request number"),
        ("FOIA-2025-056-01234", "start with FOIL"),
        ("FOIL-25-056-01234", "looks like FOIL-2025-056-01234"),
        ("FOIL-2025-56-01234", "3-digit agency code"),
        ("FOIL-2025-056-1234", "5-digit number"),
        ("FOIL-2025-056-0123456", "5-digit number"),
        ("FOIL-2025-056-012345", "5-digit number"),
        ("FOIL-2025-056-00000", "5-digit number"),
        ("FOIL-2025-000-01234", "agency code 000"),
        ("FOIL-1999-056-01234", "between 2000 and 2099"),
        ("FOIL2025-056-01234", "looks like"),
        ("FOIL-2025-056-01234-X", "looks like"),
        ("FOIL-2025-O56-01234", "looks like"),
        ("FOIL-\u0662\u0660\u0662\u0665-056-01234", "looks like"),  # Arabic-Indic digits
        ("Maria Lopez, 12 Main St", "looks like"),
    ],
)
def test_bad_numbers_are_refused_with_a_clear_message(text, says):
    with pytest.raises(ValidationError) as caught:
        parse_request_number(text)
    assert caught.value.field == "request_number"
    assert says in caught.value.message


def test_error_never_repeats_what_was_typed():
    with pytest.raises(ValidationError) as caught:
        parse_request_number("Maria Lopez A-123-456-789")
    assert "Maria" not in caught.value.message
    assert "123-456-789" not in caught.value.message


def test_result_is_frozen():
    number = parse_request_number("FOIL-2025-056-01234")
    with pytest.raises(FrozenInstanceError):
        number.year = 2024  # type: ignore[misc]
