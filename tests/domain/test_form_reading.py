"""Reading known forms from their text: table tests on snippets of each form's fixed wording.

The snippets follow the real forms' wording (DHS Form I-862, EOIR notices of
hearing and orders, USCIS Form I-797C, NYPD FOIL letters through OpenRecords,
NYC Criminal Court certificates of disposition); names and numbers are fictional.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from casebook.domain.agency_letters import FoilLetter
from casebook.domain.form_reading import Form, read_form
from casebook.domain.form_text import FormText, a_numbers, dates_in
from casebook.domain.vocabulary import DocumentKind, EventKind, Outcome

pytestmark = pytest.mark.dates


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("File No: A 123 456 789", "123456789"),
        ("FILE: A123-456-789", "123456789"),
        ("Alien number A-123-456-789.", "123456789"),
        ("A#: 123456789", "123456789"),
        ("A-Number: 12 345 678", "012345678"),  # eight digits: a leading zero
        ("Applicant A12345678", "012345678"),
        ("Número A: 123-456-789", "123456789"),
        ("File No: A 1O3 456 7l9", "103456719"),  # OCR: O for 0, l for 1
        ("File No:\nA 123 456 789", "123456789"),  # label and value on two lines
        ("A\u2013123\u2013456\u2013789", "123456789"),  # en dashes
    ],
)
def test_an_a_number_is_read_in_any_written_form(text: str, digits: str) -> None:
    assert [f.value for f in a_numbers(FormText(text))] == [digits]


@pytest.mark.parametrize(
    "text",
    [
        "Receipt Number IOE0912345678",  # a USCIS receipt number is not an A-number
        "Room 1237, 26 Federal Plaza",
        "Call 212 555 0134",  # a phone number has no A and no label
        "FOIL-2026-056-01234",
        "Alla 123",
    ],
)
def test_other_numbers_are_not_a_numbers(text: str) -> None:
    assert a_numbers(FormText(text)) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("November 10, 2026", date(2026, 11, 10)),
        ("Nov 10, 2026", date(2026, 11, 10)),  # EOIR's three-letter month
        ("NOV. 10 2026", date(2026, 11, 10)),
        ("11/10/2026", date(2026, 11, 10)),  # month first, as federal forms write it
        ("2026-11-10", date(2026, 11, 10)),
        ("10 de noviembre de 2026", date(2026, 11, 10)),  # the Spanish notices
        ("26 de enero de 2027", date(2027, 1, 26)),
    ],
)
def test_dates_in_the_forms_formats(text: str, day: date) -> None:
    assert [f.value for f in dates_in(FormText(f"Date: {text}."))] == [day]


@pytest.mark.parametrize("text", ["13/10/2026", "Feb 30, 2027", "11/10/26", "Smarch 3, 2026"])
def test_what_is_no_sure_date_is_not_read(text: str) -> None:
    assert list(dates_in(FormText(text))) == []  # a two-digit year is not guessed


NTA = """U.S. DEPARTMENT OF HOMELAND SECURITY
NOTICE TO APPEAR
In removal proceedings under section 240 of the Immigration and Nationality Act
Subject ID: 123456789   FINS: 1234567
File No: A 123 456 789
In the Matter of:
Respondent: Maria Lopez          currently residing at:
DOB: 07/22/1991
You are ordered to appear before an immigration judge of the United States Department of
Justice at: 26 Federal Plaza, 12th Floor, New York, NY 10278
on a date to be set at a time to be set to show why you should not be removed.
Date: November 2, 2026
"""

MASTER = """EXECUTIVE OFFICE FOR IMMIGRATION REVIEW
IMMIGRATION COURT
26 FEDERAL PLAZA, 12TH FLOOR, ROOM 1237, NEW YORK, NY 10278
RE: LOPEZ, MARIA    FILE: A123-456-789    DATE: Nov 10, 2026
NOTICE OF HEARING IN REMOVAL PROCEEDINGS
Please take notice that the above captioned case has been scheduled for a MASTER hearing
before the Immigration Court on Dec 8, 2026 at 9:00 A.M. at:
26 FEDERAL PLAZA, 12TH FLOOR, ROOM 1237
NEW YORK, NY 10278
"""

INDIVIDUAL_BY_VIDEO = """EXECUTIVE OFFICE FOR IMMIGRATION REVIEW
IMMIGRATION COURT, 290 BROADWAY, NEW YORK, NY 10007
RE: GARCÍA LÓPEZ, María José    FILE: A 098 765 432    DATE: Dec 1, 2026
NOTICE OF INTERNET-BASED HEARING IN REMOVAL PROCEEDINGS
Your case has been scheduled for an INDIVIDUAL hearing before the Immigration Court on
Tuesday, Jan 26, 2027 at 1:00 P.M. Your hearing will be conducted by video (WebEx).
Immigration Judge: Hon. R. Castellanos
"""

SPANISH = """OFICINA EJECUTIVA DE REVISIÓN DE INMIGRACIÓN
CORTE DE INMIGRACIÓN
Nombre: María José García López      Número A: 098-765-432
AVISO DE AUDIENCIA
Su caso ha sido programado para una audiencia de calendario principal ante la Corte de
Inmigración el 14 de marzo de 2027 a las 8:30 a.m. en 26 Federal Plaza, piso 12,
New York, NY 10278
Fecha: 2 de diciembre de 2026
"""

ORDER = """UNITED STATES DEPARTMENT OF JUSTICE
EXECUTIVE OFFICE FOR IMMIGRATION REVIEW
IMMIGRATION COURT
ORDER OF THE IMMIGRATION JUDGE
Respondent: Maria Lopez   File No: A 123 456 789
It is ordered that the respondent's application for asylum is granted.
Date: Oct 14, 2026
"""

I797 = """Department of Homeland Security
U.S. Citizenship and Immigration Services
I-797C, Notice of Action
Receipt Number IOE0912345678   Case Type I-589 - Application for Asylum
Received Date 10/28/2026   Notice Date November 2, 2026
Applicant A123456789
Applicant Name: MARIA LOPEZ
Notice Type: Receipt Notice
"""

FOIL_ACK = """NEW YORK CITY POLICE DEPARTMENT
Legal Bureau - FOIL Unit
December 1, 2026
Re: FOIL-2026-056-01234
The New York City Police Department (NYPD) has acknowledged your FOIL request
FOIL-2026-056-01234. You can expect a response on or about Friday, January 15, 2027.
"""

FOIL_EXT = """NEW YORK CITY POLICE DEPARTMENT
January 14, 2027
Your request F0IL\u20132026\u2013056\u201301234 under the Freedom of Information Law:
the NYPD has extended the time to respond. You can expect a response on or about March 1, 2027.
"""

CERTIFICATE = """CRIMINAL COURT OF THE CITY OF NEW YORK, COUNTY OF QUEENS
CERTIFICATE OF DISPOSITION
The People of the State of New York vs. LOPEZ, MARIA
Docket Number: CR-012345-26QN    NYSID: 01234567K    Date of Birth: 07/22/1991
Disposition: Dismissed. Sealed under CPL 160.50.
Dated: October 5, 2026
"""


def test_a_notice_to_appear() -> None:
    r = read_form(NTA)
    assert r.form is not None and r.form.value is Form.NOTICE_TO_APPEAR
    assert r.kind is DocumentKind.NOTICE_TO_APPEAR
    assert r.title() == "Notice to Appear (I-862) \N{EM DASH} 2026-11-02"
    assert [f.value for f in r.a_numbers] == ["123456789"]
    assert r.a_numbers[0].quote.because() == "page 1 says 'File No: A 123 456 789'"
    assert [f.value for f in r.names] == ["Maria Lopez"]
    assert r.dob is not None and r.dob.value == date(1991, 7, 22)
    assert r.hearing is None  # "on a date to be set": nothing to propose


def test_a_master_calendar_notice_in_person() -> None:
    r = read_form(MASTER)
    assert r.form is not None and r.form.value is Form.MASTER_HEARING_NOTICE
    assert r.date is not None and r.date.value == date(2026, 11, 10)
    assert r.title() == "Notice of master calendar hearing \N{EM DASH} 2026-12-08"
    assert r.hearing is not None
    h = r.hearing.value
    assert (h.kind, h.at) == (EventKind.MASTER_HEARING, datetime(2026, 12, 8, 9, 0))
    assert h.location == "26 FEDERAL PLAZA, 12TH FLOOR, ROOM 1237 NEW YORK, NY 10278"
    assert h.court == "New York - Federal Plaza Immigration Court"
    assert [f.value for f in r.names] == ["LOPEZ, MARIA"]


def test_an_individual_hearing_by_video_with_its_judge() -> None:
    r = read_form(INDIVIDUAL_BY_VIDEO)
    assert r.form is not None and r.form.value is Form.INDIVIDUAL_HEARING_NOTICE
    assert r.hearing is not None
    h = r.hearing.value
    assert (h.kind, h.at) == (EventKind.INDIVIDUAL_HEARING, datetime(2027, 1, 26, 13, 0))
    assert (h.location, h.judge) == ("By video (WebEx)", "R. Castellanos")
    assert h.court == "New York - Broadway Immigration Court"
    assert [f.value for f in r.a_numbers] == ["098765432"]
    assert [f.value for f in r.names] == ["GARCÍA LÓPEZ, María José"]


def test_the_spanish_notice_of_hearing() -> None:
    r = read_form(SPANISH)
    assert r.form is not None and r.form.value is Form.MASTER_HEARING_NOTICE
    assert r.hearing is not None and r.hearing.value.at == datetime(2027, 3, 14, 8, 30)
    assert r.date is not None and r.date.value == date(2026, 12, 2)
    assert [f.value for f in r.a_numbers] == ["098765432"]
    assert [f.value for f in r.names] == ["María José García López"]


def test_an_order_of_the_immigration_judge() -> None:
    r = read_form(ORDER)
    assert r.form is not None and r.form.value is Form.JUDGE_ORDER
    assert r.kind is DocumentKind.COURT_RECORD
    assert r.title() == "Order of the immigration judge \N{EM DASH} 2026-10-14"
    assert r.hearing is None


def test_a_uscis_receipt_notice_with_its_receipt_number() -> None:
    r = read_form(I797)
    assert r.form is not None and r.form.value is Form.I797_RECEIPT
    assert r.receipt_number is not None and r.receipt_number.value == "IOE0912345678"
    assert r.title() == (
        "USCIS receipt notice for I-589 (I-797C) IOE0912345678 \N{EM DASH} 2026-11-02"
    )
    assert [f.value for f in r.a_numbers] == ["123456789"]
    assert [f.value for f in r.names] == ["MARIA LOPEZ"]


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("Receipt Number IOE0912345678   Case Type I-589", ("IOE0912345678", "I-589")),
        ("Receipt Number 10E0912345678 Case Type 1-589", ("IOE0912345678", "I-589")),  # OCR
        ("Receipt Number lOE09123456780 Case Type l-765", (None, "I-765")),  # 11 digits
        ("Receipt Number EAC2690O12345 Case Type I-130", ("EAC2690012345", "I-130")),
        ("Receipt Number XYZ0912345678 Case Type I-589", (None, "I-589")),  # no such office
        ("Receipt Number 1010912345678", (None, "")),  # "IOI" is no office either
    ],
)
def test_the_receipt_number_and_case_type_through_ocr_slips(
    printed: str, read: tuple[str | None, str]
) -> None:
    r = read_form(I797.replace("Receipt Number IOE0912345678   Case Type I-589", printed))
    number = r.receipt_number.value if r.receipt_number else None
    assert (number, r.case_type) == read


def test_an_approval_notice() -> None:
    text = I797.replace("Receipt Notice", "Approval Notice").replace("I-797C", "I-797")
    r = read_form(text)
    assert r.form is not None and r.form.value is Form.I797_APPROVAL


def test_an_nypd_foil_acknowledgement() -> None:
    r = read_form(FOIL_ACK)
    assert r.form is not None and r.form.value is Form.FOIL_ACKNOWLEDGEMENT
    assert r.foil is not None
    f = r.foil.value
    assert (f.number, f.letter) == ("FOIL-2026-056-01234", FoilLetter.ACKNOWLEDGEMENT)
    assert (f.written_on, f.promised) == (date(2026, 12, 1), date(2027, 1, 15))
    assert r.title() == "NYPD FOIL acknowledgement FOIL-2026-056-01234 \N{EM DASH} 2026-12-01"


@pytest.mark.parametrize(
    "promise",
    [
        "on or about March 1, 2027",
        "on or about March 1,.2027",  # specks of a 200-dpi scan, as Tesseract read them
        "on or about March.1, 2027",
        "on or about March 1; 2027",
        "on or.about March 1, 2027",
        "on or about March 1 2027",
    ],
)
def test_an_extension_read_through_ocr_errors(promise: str) -> None:
    r = read_form(FOIL_EXT.replace("on or about March 1, 2027", promise))
    assert r.foil is not None
    f = r.foil.value
    assert (f.number, f.letter) == ("FOIL-2026-056-01234", FoilLetter.EXTENSION)
    assert (f.written_on, f.promised) == (date(2027, 1, 14), date(2027, 3, 1))


def test_an_extension_whose_new_date_cannot_be_read_is_still_an_extension() -> None:
    r = read_form(FOIL_EXT.replace("March 1, 2027", "Marc# l, 2O2?"))
    assert r.form is not None and r.form.value is Form.FOIL_EXTENSION
    assert r.foil is not None and r.foil.value.promised is None  # no new date guessed


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("Your request is granted; the records are enclosed.", Outcome.GRANTED),
        ("Your request is granted in part and denied in part.", Outcome.PARTIAL),
        ("Your request has been partially granted.", Outcome.PARTIAL),
        ("Your request is denied under POL §87(2)(e).", Outcome.DENIED),
    ],
)
def test_a_determination_and_its_outcome(sentence: str, outcome: Outcome) -> None:
    text = f"NYPD FOIL Unit\nFebruary 3, 2027\nRe: FOIL-2026-056-01234\n{sentence}\n"
    r = read_form(text)
    assert r.form is not None and r.form.value is Form.FOIL_DETERMINATION
    assert r.foil is not None
    assert (r.foil.value.outcome, r.foil.value.written_on) == (outcome, date(2027, 2, 3))


def test_a_certificate_of_disposition() -> None:
    r = read_form(CERTIFICATE)
    assert r.form is not None and r.form.value is Form.CERTIFICATE_OF_DISPOSITION
    assert r.kind is DocumentKind.COURT_RECORD
    assert r.date is not None and r.date.value == date(2026, 10, 5)
    assert [f.value for f in r.nysids] == ["01234567K"]
    assert [f.value for f in r.names] == ["LOPEZ, MARIA"]
    assert r.dob is not None and r.dob.value == date(1991, 7, 22)


def test_a_passport_is_an_identity_document() -> None:
    r = read_form("REPÚBLICA DEL ECUADOR\nPASAPORTE / PASSPORT\nName: Maria Lopez\n")
    assert r.kind is DocumentKind.IDENTITY
    assert r.title() == "Identity document"


def test_a_hearing_notice_that_mentions_the_nta_is_still_a_hearing_notice() -> None:
    text = MASTER + "\nThe charges are those in the Notice to Appear served on you.\n"
    r = read_form(text)
    assert r.form is not None and r.form.value is Form.MASTER_HEARING_NOTICE


def test_a_letter_of_support_is_no_known_form() -> None:
    r = read_form("To whom it may concern: Maria Lopez volunteers at our food pantry.")
    assert r.form is None and r.title() is None and r.kind is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Court on Tuesday, Jan 26, 2027 at 1:00 P.M.",  # as printed
        "Court 0n Tuesday. Jan 26, 2027 al 1:00 PM",  # OCR: 0/o, a dot for the comma, al
        "Courton Tuesday, Jan 26,2027 at 1:00 P.M.",  # OCR: spaces dropped
        "Court on\nTuesday, Jan 26, 2027\nat 1:00 P.M.",  # split over lines
        "Court an Tuesday, Jan 26, 2027 a1 1:00 P.M.",
    ],
)
def test_the_hearing_date_is_read_through_ocr_slips(sentence: str) -> None:
    text = INDIVIDUAL_BY_VIDEO.replace("Court on\nTuesday, Jan 26, 2027 at 1:00 P.M.", sentence)
    assert sentence in text
    r = read_form(text)
    assert r.hearing is not None
    assert r.hearing.value.at == datetime(2027, 1, 26, 13, 0)


def test_the_notices_own_date_is_no_hearing_date() -> None:
    text = INDIVIDUAL_BY_VIDEO.replace("Court on\nTuesday, Jan 26, 2027 at 1:00 P.M.", "Court.")
    text = text.replace("DATE: Dec 1, 2026", "DATE: Dec 1, 2026 10:15")
    assert read_form(text).hearing is None


def test_a_hearing_without_a_time_is_not_proposed() -> None:
    text = MASTER.replace(" at 9:00 A.M.", "")
    assert read_form(text).hearing is None


def test_the_page_is_quoted() -> None:
    text = "Cover letter\n\f\n" + NTA
    r = read_form(text)
    assert r.a_numbers[0].quote.page == 2


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # As Tesseract read the corpus's scans: a comma read as ";", labels in capitals.
        (
            "RE: GARCÍA LOPEZ; María José FILE: A098 765 432. DATE: Dec 1, 2026",
            "GARCÍA LOPEZ; María José",
        ),
        ("Nombre: Maria José García López Número A: 098-765-432", "Maria José García López"),
        ("Respondent: Maria Lopez          currently residing at:", "Maria Lopez"),
    ],
)
def test_a_name_is_read_up_to_the_next_label(line: str, name: str) -> None:
    text = f"EXECUTIVE OFFICE FOR IMMIGRATION REVIEW\nNOTICE OF HEARING\n{line}\n"
    assert [f.value for f in read_form(text).names] == [name]


def test_the_spanish_notice_to_appear() -> None:
    text = (
        "DEPARTAMENTO DE SEGURIDAD NACIONAL\nNOTIFICACIÓN DE COMPARECENCIA\n"
        "Expediente No: A 123 456 789\nDemandado: María López\nFecha: 2 de noviembre de 2026\n"
    )
    r = read_form(text)
    assert r.form is not None and r.form.value is Form.NOTICE_TO_APPEAR
    assert [f.value for f in r.a_numbers] == ["123456789"]
    assert [f.value for f in r.names] == ["María López"]
    assert r.date is not None and r.date.value == date(2026, 11, 2)
