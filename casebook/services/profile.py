"""The advocate's profile printed on filings and letters (name, organisation, EOIR ID…).

Stored in the vault (key ``advocate_profile``, a JSON object with the keys
``name``, ``organisation``, ``address``, ``phone``, ``email``, ``eoir_id``),
so it is encrypted with the case files and travels with the vault. Other
features (letters, filing packets) read it through ``get_profile``.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from casebook.domain.errors import ValidationError
from casebook.services.vault_settings import read_json, text_field, write_json
from casebook.store.session import Store

KEY = "advocate_profile"
_EOIR_ID = re.compile(r"^[A-Z0-9]{6,10}$")  # EOIR IDs are short letter-and-digit codes
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class AdvocateProfile:
    name: str = ""
    organisation: str = ""
    address: str = ""  # may span lines
    phone: str = ""
    email: str = ""
    eoir_id: str = ""

    def validated(self) -> AdvocateProfile:
        """A tidy copy, or ``ValidationError`` naming the field to fix."""
        address = "\n".join(" ".join(line.split()) for line in self.address.splitlines())
        clean = AdvocateProfile(
            name=" ".join(self.name.split()),
            organisation=" ".join(self.organisation.split()),
            address=address.strip()[:1_000],
            phone=" ".join(self.phone.split()),
            email=self.email.strip(),
            eoir_id=self.eoir_id.strip().upper().replace(" ", ""),
        )
        if clean.email and not _EMAIL.match(clean.email):
            raise ValidationError("email", "That e-mail address does not look complete.")
        if clean.eoir_id and not _EOIR_ID.match(clean.eoir_id):
            raise ValidationError(
                "eoir_id", "An EOIR ID is 6 to 10 letters and digits, as on your EOIR-28."
            )
        for field in ("name", "organisation", "phone"):
            if len(getattr(clean, field)) > 200:
                raise ValidationError(field, "That is too long for a filing.")
        return clean


def get_profile(store: Store) -> AdvocateProfile:
    data = read_json(store, KEY)
    address = data.get("address")
    return AdvocateProfile(
        name=text_field(data, "name"),
        organisation=text_field(data, "organisation"),
        address=address.strip() if isinstance(address, str) else "",
        phone=text_field(data, "phone"),
        email=text_field(data, "email"),
        eoir_id=text_field(data, "eoir_id"),
    )


def set_profile(store: Store, profile: AdvocateProfile) -> AdvocateProfile:
    """Validate and store; returns what was stored."""
    clean = profile.validated()
    write_json(store, KEY, asdict(clean))
    return clean
