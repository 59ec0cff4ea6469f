"""A client as typed by a person, and the rules it must meet before it is saved."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date

from casebook.domain.errors import ValidationError
from casebook.domain.identifiers import normalise_a_number, normalise_nysid
from casebook.domain.names import clean_name
from casebook.domain.vocabulary import DetentionStatus

_EARLIEST_BIRTH = date(1900, 1, 1)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class ClientDraft:
    """Everything a person may enter about a client; ``validated`` returns a clean copy."""

    name: str
    aliases: tuple[str, ...] = ()
    dob: date | None = None
    country_of_birth: str = ""
    languages: tuple[str, ...] = ()
    interpreter_needed: bool = False
    a_number: str = ""
    nysid: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    immigration_status: str = ""
    detention_status: DetentionStatus | None = None
    detention_facility: str = ""
    tags: tuple[str, ...] = field(default=())

    def validated(self, today: date) -> ClientDraft:
        """Return this draft normalised, or raise ``ValidationError`` for the first bad field."""
        name = clean_name(self.name)
        if not name:
            raise ValidationError("name", "A client needs a name.")
        if len(name) > 300:
            raise ValidationError("name", "That name is too long (300 characters at most).")
        aliases = tuple(dict.fromkeys(a for a in map(clean_name, self.aliases) if a and a != name))
        if self.dob is not None:
            if self.dob > today:
                raise ValidationError("dob", "The date of birth is in the future.")
            if self.dob < _EARLIEST_BIRTH:
                raise ValidationError("dob", "The date of birth is before 1900; check the year.")
        a_number = normalise_a_number(self.a_number) if self.a_number.strip() else ""
        nysid = normalise_nysid(self.nysid) if self.nysid.strip() else ""
        email = self.email.strip()
        if email and not _EMAIL.match(email):
            raise ValidationError(
                "email", "That e-mail address is not complete (name@example.org)."
            )
        languages = tuple(dict.fromkeys(x.strip() for x in self.languages if x.strip()))
        tags = tuple(dict.fromkeys(t.strip().lower() for t in self.tags if t.strip()))
        return dataclasses.replace(
            self,
            name=name,
            aliases=aliases,
            a_number=a_number,
            nysid=nysid,
            email=email,
            phone=self.phone.strip(),
            address=self.address.strip(),
            country_of_birth=self.country_of_birth.strip(),
            languages=languages,
            tags=tags,
            immigration_status=self.immigration_status.strip(),
            detention_facility=self.detention_facility.strip(),
        )
