"""A-numbers, NYSIDs and names as people write them."""

from __future__ import annotations

import pytest

from casebook.domain.errors import ValidationError
from casebook.domain.identifiers import (
    a_number_variants,
    format_a_number,
    normalise_a_number,
    normalise_nysid,
)
from casebook.domain.names import fold, initials, name_key, read_name_keys


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("A-123-456-789", "123456789"),
        ("a123456789", "123456789"),
        ("123 456 789", "123456789"),
        ("12345678", "012345678"),
        ("A 012-345-678", "012345678"),
        ("123.456.789", "123456789"),
    ],
)
def test_a_number_written_any_usual_way(typed: str, digits: str) -> None:
    assert normalise_a_number(typed) == digits


def test_a_number_is_shown_as_the_court_prints_it() -> None:
    assert format_a_number("12345678") == "A-012-345-678"
    assert set(a_number_variants("123456789")) >= {"123456789", "A123456789", "A-123-456-789"}


@pytest.mark.parametrize("bad", ["1234567", "1234567890", "A-12X-456-789", "", "١٢٣٤٥٦٧٨٩"])
def test_bad_a_numbers_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        normalise_a_number(bad)


def test_nysid() -> None:
    assert normalise_nysid(" 01234567k ") == "01234567K"
    with pytest.raises(ValidationError):
        normalise_nysid("01234567")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Maria Lopez", "LOPEZ, María"),
        ("Jean-Baptiste Pierre", "pierre jean baptiste"),
        ("Aïssatou Diallo", "DIALLO Aissatou"),
        ("Анна Иванова", "ИВАНОВА, Анна"),
    ],
)
def test_same_name_in_any_order_case_or_accent(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("read", "keys"),
    [
        ("GARCÍA LOPEZ, MariaJosé", ("garcia lopez mariajose", "garcia jose lopez maria")),
        ("McDonald Ann", ("ann mcdonald", "ann donald mc")),  # as read first
        ("JoséÁngel Ruiz", ("joseangel ruiz", "angel jose ruiz")),
        ("MARIA LOPEZ", ("lopez maria",)),  # capitals throughout: nothing run together
        ("王秀英", ("王秀英",)),  # no case: as read only
    ],
)
def test_a_name_read_off_a_scan_is_tried_with_the_dropped_space_put_back(
    read: str, keys: tuple[str, ...]
) -> None:
    assert read_name_keys(read) == keys
    assert keys[-1] == name_key(keys[-1])  # each is a key a client's name can have


def test_different_names_stay_different() -> None:
    assert name_key("Maria Lopez") != name_key("Mario Lopez")
    assert name_key("王秀英") != name_key("王秀")
    assert fold("Ñandú") == "nandu"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Juana López", "J.L."),
        ("  juana   maría  lópez  ", "J.L."),  # first and last word, upper-cased
        ("López, Juana", "J.L."),  # family name first, with a comma: given name first
        ("Madonna", "M."),
        ("Jean-Baptiste N\u2019Diaye", "J.N."),  # the apostrophe is not an initial
        ("Ольга Петрова", "\u041e.\u041f."),  # Cyrillic O and Pe
        ("王 小明", "王.小."),
        ("", ""),
        (" , ", ""),
    ],
)
def test_initials_are_what_a_calendar_event_says_of_a_client(name: str, expected: str) -> None:
    assert initials(name) == expected
