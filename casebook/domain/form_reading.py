"""What a document says about itself: which known form it is, whose, its date, what it sets.

One entry point, ``read_form(text)``, runs the rules of each form family
(``eoir_forms``: I-862 and EOIR notices and orders; ``agency_letters``:
USCIS I-797, NYPD FOIL letters, certificates of disposition, identity
documents) over a document's stored text and returns a ``Reading``: every
fact with the words it was read from. Deciding what those facts mean for the
vault (which client, which matter or request) is the service's work
(``services.suggestions``); nothing here knows the vault.

Which form: the title that comes first in the text wins (a notice of
hearing may mention "the Notice to Appear" further down, and an NTA "a
notice of hearing"); an NYPD letter carrying an OpenRecords number is a FOIL
letter whatever else it mentions. All functions are pure.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from casebook.domain import agency_letters as letters
from casebook.domain import eoir_forms as eoir
from casebook.domain.agency_letters import FoilFacts, FoilLetter
from casebook.domain.eoir_forms import HearingFacts
from casebook.domain.form_text import Fact, FormText, a_numbers, labelled_date, labelled_line
from casebook.domain.vocabulary import DocumentKind, EventKind


class Form(StrEnum):
    """The forms read; the values are stable (used in tests and the command's output)."""

    NOTICE_TO_APPEAR = "notice-to-appear"  # DHS Form I-862
    MASTER_HEARING_NOTICE = "master-hearing-notice"  # EOIR notice of hearing (master calendar)
    INDIVIDUAL_HEARING_NOTICE = "individual-hearing-notice"  # EOIR notice of hearing (merits)
    HEARING_NOTICE = "hearing-notice"  # EOIR notice of hearing, calendar not printed
    JUDGE_ORDER = "judge-order"  # EOIR decision or order of the immigration judge
    I797_RECEIPT = "i797-receipt"  # USCIS Form I-797C receipt notice
    I797_APPROVAL = "i797-approval"  # USCIS Form I-797 approval notice
    FOIL_ACKNOWLEDGEMENT = "foil-acknowledgement"  # NYPD, POL §89(3)(a)
    FOIL_EXTENSION = "foil-extension"
    FOIL_DETERMINATION = "foil-determination"
    CERTIFICATE_OF_DISPOSITION = "certificate-of-disposition"
    IDENTITY_DOCUMENT = "identity-document"


FORM_KINDS: dict[Form, DocumentKind] = {
    Form.NOTICE_TO_APPEAR: DocumentKind.NOTICE_TO_APPEAR,
    Form.MASTER_HEARING_NOTICE: DocumentKind.HEARING_NOTICE,
    Form.INDIVIDUAL_HEARING_NOTICE: DocumentKind.HEARING_NOTICE,
    Form.HEARING_NOTICE: DocumentKind.HEARING_NOTICE,
    Form.JUDGE_ORDER: DocumentKind.COURT_RECORD,
    Form.I797_RECEIPT: DocumentKind.CORRESPONDENCE,
    Form.I797_APPROVAL: DocumentKind.CORRESPONDENCE,
    Form.FOIL_ACKNOWLEDGEMENT: DocumentKind.FOIL_RESPONSE,
    Form.FOIL_EXTENSION: DocumentKind.FOIL_RESPONSE,
    Form.FOIL_DETERMINATION: DocumentKind.FOIL_RESPONSE,
    Form.CERTIFICATE_OF_DISPOSITION: DocumentKind.COURT_RECORD,
    Form.IDENTITY_DOCUMENT: DocumentKind.IDENTITY,
}

FORM_NAMES: dict[Form, str] = {
    Form.NOTICE_TO_APPEAR: "Notice to Appear (I-862)",
    Form.MASTER_HEARING_NOTICE: "Notice of master calendar hearing",
    Form.INDIVIDUAL_HEARING_NOTICE: "Notice of individual hearing",
    Form.HEARING_NOTICE: "Notice of hearing",
    Form.JUDGE_ORDER: "Order of the immigration judge",
    Form.I797_RECEIPT: "USCIS receipt notice (I-797C)",
    Form.I797_APPROVAL: "USCIS approval notice (I-797)",
    Form.FOIL_ACKNOWLEDGEMENT: "NYPD FOIL acknowledgement",
    Form.FOIL_EXTENSION: "NYPD FOIL extension",
    Form.FOIL_DETERMINATION: "NYPD FOIL determination",
    Form.CERTIFICATE_OF_DISPOSITION: "Certificate of disposition",
    Form.IDENTITY_DOCUMENT: "Identity document",
}

_FOIL_FORMS = {
    FoilLetter.ACKNOWLEDGEMENT: Form.FOIL_ACKNOWLEDGEMENT,
    FoilLetter.EXTENSION: Form.FOIL_EXTENSION,
    FoilLetter.DETERMINATION: Form.FOIL_DETERMINATION,
}

# Where each form prints the person's name (the real forms' labels).
_NAME_LABELS: dict[str, tuple[str, ...]] = {
    "eoir": (
        r"Respondent\s*(?:Name)?\s*:",  # I-862 "In the Matter of: Respondent:"
        r"\bRE\s*:",  # notice of hearing "RE: LOPEZ, MARIA"
        r"In\s+the\s+Matter\s+of\s*:",
        r"Demandado\s*:|Nombre\s*:|Encuestado\s*:",
    ),
    "uscis": (r"Applicant\s*(?:Name)?\s*:?", r"Beneficiary\s*:?", r"\bName\s*:"),
    "court": (r"\b(?:vs?\.|against)\s", r"Defendant\s*:"),
    "identity": (r"\bName\s*:|Nombre\s*:",),
}
_DOB_LABEL = r"Date\s+of\s+Birth|\bDOB\b|D\.O\.B\.?|Fecha\s+de\s+nacimiento|Birth\s*date"
_DOC_DATE_LABEL = r"\bDate\s*:|\bFecha\s*:"
_NAME_STOP = re.compile(
    r"\s+(?:File|A-?Number|A#|DOB|Date|Fecha|NYSID|Docket|Receipt|Case|Respondent|N[úu]mero"
    r"|Expediente|Country|Pa[ií]s)\b.*$",
    re.IGNORECASE,
)
# A name: two to six words of letters; OCR may read the comma of "LOPEZ, MARIA" as ";".
_NAME_OK = re.compile(r"^[^\W\d_]+(?:[ ,;.'\-]+[^\W\d_]+){1,5}\.?$")
_NOT_NAMES = re.compile(r"^(?:the\s|of\s|people\b|state\b|a\s|an\s)", re.I)


@dataclass(frozen=True)
class Reading:
    """Every fact read from a document, each with its quote; empty where nothing was found."""

    form: Fact[Form] | None = None
    date: Fact[dt.date] | None = None
    a_numbers: tuple[Fact[str], ...] = ()
    nysids: tuple[Fact[str], ...] = ()
    names: tuple[Fact[str], ...] = ()
    dob: Fact[dt.date] | None = None
    hearing: Fact[HearingFacts] | None = None
    receipt_number: Fact[str] | None = None
    case_type: str = ""
    request_number: Fact[str] | None = None
    foil: Fact[FoilFacts] | None = None

    @property
    def kind(self) -> DocumentKind | None:
        return FORM_KINDS[self.form.value] if self.form else None

    def title(self) -> str | None:
        """The form's name and its date: "Notice of individual hearing — 2027-01-26".

        A hearing notice is named by the hearing it sets (what an advocate looks
        for); every other form by its own date. A USCIS notice adds its receipt
        number and an OpenRecords letter its request number.
        """
        if self.form is None:
            return None
        name = FORM_NAMES[self.form.value]
        if self.form.value in (Form.I797_RECEIPT, Form.I797_APPROVAL):
            if self.case_type:
                name = name.replace("notice", f"notice for {self.case_type}", 1)
            if self.receipt_number:
                name += f" {self.receipt_number.value}"
        if self.foil is not None:
            name += f" {self.foil.value.number}"
        hearing_day = self.hearing.value.at.date() if self.hearing else None
        day = hearing_day if self.kind is DocumentKind.HEARING_NOTICE else None
        day = day or (self.date.value if self.date else None)
        return f"{name} \N{EM DASH} {day.isoformat()}" if day else name


def read_form(text: str) -> Reading:
    """Read ``text`` (a document's stored text, pages split by form feeds)."""
    ft = FormText(text)
    form, family = _which_form(ft)
    numbers = tuple(a_numbers(ft))
    nysids = tuple(letters.nysids(ft))
    dob = labelled_date(ft, _DOB_LABEL)
    if form is None:
        return Reading(a_numbers=numbers, nysids=nysids, dob=dob)
    names = tuple(_names(ft, _NAME_LABELS.get(family, ())))
    reading = Reading(form=form, a_numbers=numbers, nysids=nysids, names=names, dob=dob)
    return _with_form_facts(ft, reading, form.value)


def _which_form(ft: FormText) -> tuple[Fact[Form] | None, str]:
    number = letters.request_number(ft)
    if number is not None and letters.is_foil_letter(ft):
        found = letters.foil_facts(ft, number.value)
        if found is not None:
            return Fact(_FOIL_FORMS[found.value.letter], number.quote), "foil"
    candidates: list[tuple[int, int, Form, str, re.Match[str]]] = []
    for order, (test, form, family) in enumerate(
        (
            (letters.is_i797, Form.I797_RECEIPT, "uscis"),
            (letters.is_certificate_of_disposition, Form.CERTIFICATE_OF_DISPOSITION, "court"),
            (eoir.is_hearing_notice, Form.HEARING_NOTICE, "eoir"),
            (eoir.is_judge_order, Form.JUDGE_ORDER, "eoir"),
            (eoir.is_notice_to_appear, Form.NOTICE_TO_APPEAR, "eoir"),
            (letters.is_identity_document, Form.IDENTITY_DOCUMENT, "identity"),
        )
    ):
        m = test(ft)
        if m is not None:
            candidates.append((m.start(), order, form, family, m))
    if not candidates:
        return None, ""
    _pos, _order, form, family, m = min(candidates, key=lambda c: (c[0], c[1]))
    if form is Form.I797_RECEIPT and letters.i797_is_approval(ft):
        form = Form.I797_APPROVAL
    if form is Form.HEARING_NOTICE:
        kind = eoir.hearing_kind(ft)
        if kind is EventKind.MASTER_HEARING:
            form = Form.MASTER_HEARING_NOTICE
        elif kind is EventKind.INDIVIDUAL_HEARING:
            form = Form.INDIVIDUAL_HEARING_NOTICE
    return ft.fact(form, m.start(), m.end()), family


def _with_form_facts(ft: FormText, r: Reading, form: Form) -> Reading:
    from dataclasses import replace

    if form in (Form.FOIL_ACKNOWLEDGEMENT, Form.FOIL_EXTENSION, Form.FOIL_DETERMINATION):
        number = letters.request_number(ft)
        assert number is not None  # how the form was known
        foil = letters.foil_facts(ft, number.value)
        return replace(r, request_number=number, foil=foil, date=letters.letter_date(ft))
    if form in (Form.I797_RECEIPT, Form.I797_APPROVAL):
        return replace(
            r,
            receipt_number=letters.receipt_number(ft),
            case_type=letters.case_type(ft),
            date=letters.i797_date(ft),
        )
    if form is Form.CERTIFICATE_OF_DISPOSITION:
        return replace(r, date=letters.disposition_date(ft))
    if form is Form.IDENTITY_DOCUMENT:
        return r
    day = labelled_date(ft, _DOC_DATE_LABEL)
    kind = {
        Form.MASTER_HEARING_NOTICE: EventKind.MASTER_HEARING,
        Form.INDIVIDUAL_HEARING_NOTICE: EventKind.INDIVIDUAL_HEARING,
        Form.NOTICE_TO_APPEAR: EventKind.MASTER_HEARING,  # the first hearing an NTA sets
    }.get(form)
    hearing = eoir.hearing(ft, kind) if kind is not None else None
    if day is not None and hearing is not None and day.value == hearing.value.at.date():
        day = None  # "DATE:" read off the hearing's own line: not the notice's date
    return replace(r, date=day, hearing=hearing)


def _names(ft: FormText, labels: tuple[str, ...]) -> list[Fact[str]]:
    out: list[Fact[str]] = []
    for label in labels:
        found = labelled_line(ft, label, max_len=70)
        if found is None:
            continue
        value = _NAME_STOP.sub("", found.value).strip(" ,;:.")
        fresh = all(value != f.value for f in out)
        if fresh and _NAME_OK.match(value) and not _NOT_NAMES.match(value):
            out.append(Fact(value, found.quote))
    return out
