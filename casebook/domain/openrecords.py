"""Request numbers of NYC OpenRecords, the City's FOIL portal.

The portal numbers each request ``FOIL-<year>-<agency>-<sequence>``, e.g.
``FOIL-2025-056-01234``: the year the request was made, the agency's 3-digit
City agency code (056 is the Police Department) and that agency's running
number, zero-padded to five digits. People copy these numbers from e-mails
and letters, so case, spaces and typographic dashes are forgiven; anything
else is refused with a message that says what the number should look like.

Error messages never repeat the input: a person may paste the wrong thing
(a name, an address) into the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casebook.domain.errors import ValidationError

FIELD = "request_number"
KIND = "FOIL"

# City agency codes as the portal's own agency list gives them. Only agencies
# an immigration advocate is likely to ask are listed; an unknown code is
# accepted and shown without a name.
AGENCY_NAMES: dict[str, str] = {
    "025": "Law Department",
    "054": "Civilian Complaint Review Board",
    "056": "New York City Police Department",
    "057": "Fire Department of the City of New York",
    "067": "Administration for Children's Services",
    "069": "Human Resources Administration",
    "072": "Department of Correction",
    "781": "Department of Probation",
}

_FIRST_YEAR, _LAST_YEAR = 2000, 2099
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))
_SEPARATOR = r"(?:\s*-\s*|\s+)"
_SHAPE = re.compile(
    rf"^(?P<kind>[A-Z]+){_SEPARATOR}(?P<year>[0-9]{{4}}){_SEPARATOR}"
    rf"(?P<agency>[0-9]{{3}}){_SEPARATOR}(?P<sequence>[0-9]{{5,6}})$"
)
_EXAMPLE = "FOIL-2025-056-01234"
_SHAPE_HINT = (
    f"An OpenRecords request number looks like {_EXAMPLE}: FOIL, the year, "
    "a 3-digit agency code and a 5-digit number, separated by dashes."
)


@dataclass(frozen=True)
class OpenRecordsNumber:
    """A valid OpenRecords request number, in parts."""

    year: int
    agency_code: str
    sequence: int
    agency_name: str | None = None
    kind: str = KIND

    def __str__(self) -> str:
        return f"{self.kind}-{self.year:04d}-{self.agency_code}-{self.sequence:05d}"


def parse_request_number(text: str) -> OpenRecordsNumber:
    """Parse and check an OpenRecords request number such as ``FOIL-2025-056-01234``.

    Leading and trailing spaces, lower case, spaces around the dashes and
    en or em dashes are accepted. ``str()`` of the result is the canonical
    form. Raises ``ValidationError("request_number", ...)`` otherwise.
    """
    raw = text.strip().upper().translate(_DASHES)
    if not raw:
        raise ValidationError(FIELD, f"Enter the request number, e.g. {_EXAMPLE}.")
    match = _SHAPE.match(raw)
    if match is None:
        raise ValidationError(FIELD, _SHAPE_HINT)
    if match["kind"] != KIND:
        raise ValidationError(
            FIELD, f"OpenRecords request numbers start with {KIND}, e.g. {_EXAMPLE}."
        )
    year = int(match["year"])
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        raise ValidationError(
            FIELD, f"The year in a request number is between {_FIRST_YEAR} and {_LAST_YEAR}."
        )
    agency_code = match["agency"]
    if agency_code == "000":
        raise ValidationError(FIELD, "The agency code 000 is not used; check the number.")
    digits = match["sequence"]
    sequence = int(digits)
    # The portal pads to five digits; a sixth appears only past 99999.
    if sequence == 0 or (len(digits) == 6 and digits.startswith("0")):
        raise ValidationError(FIELD, _SHAPE_HINT)
    return OpenRecordsNumber(year, agency_code, sequence, AGENCY_NAMES.get(agency_code))
