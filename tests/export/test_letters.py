"""FOIL request and appeal letters: what they say, as text and as a one-page PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from casebook.export.letters import (
    POL_89_3_A_WORDS,
    POL_89_4_A_WORDS,
    LetterFacts,
    Letterhead,
    compose,
    to_text,
    write_letter_pdf,
)

HEAD = Letterhead(
    name="Ana Ruiz, Esq.",
    organisation="Queens Immigrant Defense Project",
    address="89-00 Sutphin Boulevard\nJamaica, NY 11435",
    phone="(718) 555-0142",
    email="aruiz@example.org",
)
REQUEST = LetterFacts(
    kind="request",
    letterhead=HEAD,
    recipient=("Records Access Officer", "New York City Police Department", "FOIL Unit"),
    salutation="Records Access Officer",
    written_on=date(2026, 10, 1),
    agency_name="the New York City Police Department",
    records="All arrest reports of the arrest of Ahmad محمد on September 12, 2026.",
    request_number="FOIL-2026-056-01234",
    identifiers=(("Arrest report number", "M26612345"), ("Precinct", "75th Precinct")),
    body_camera=True,
    subject_name="Ahmad محمد",
    subject_dob=date(1990, 3, 2),
)
CONSTRUCTIVE = replace(
    REQUEST,
    kind="appeal",
    recipient=("Records Access Appeals Officer", "New York City Police Department"),
    salutation="Records Access Appeals Officer",
    written_on=date(2026, 11, 6),
    received=date(2026, 10, 1),
    acknowledged=date(2026, 10, 6),
    promised=date(2026, 11, 3),
    missed_deadline=date(2026, 11, 5),
)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_request_letter_says_what_is_asked_and_the_five_day_rule():
    text = _flat(to_text(compose(REQUEST)))
    for expected in (
        "Ana Ruiz, Esq. Queens Immigrant Defense Project 89-00 Sutphin Boulevard",
        "October 1, 2026",
        "Records Access Officer New York City Police Department FOIL Unit",
        "Request number: FOIL-2026-056-01234",
        "Records about: Ahmad محمد, born March 2, 1990",
        "Dear Records Access Officer:",
        "Public Officers Law §§ 84-90",
        "All arrest reports of the arrest of Ahmad محمد on September 12, 2026.",
        "Arrest report number: M26612345",
        "Precinct: 75th Precinct",
        "body-worn camera recordings",
        "Within five business days",
        "twenty business days",
        "(Public Officers Law §89(3)(a))",
        "CPL 160.50(1)(d)",
        "Enclosures: - Authorization signed by Ahmad محمد",
    ):
        assert expected in text
    assert "constructive" not in text.lower()


def test_appeal_after_a_missed_deadline_quotes_the_statute():
    letter = compose(CONSTRUCTIVE)
    text = _flat(to_text(letter))
    assert "Dear Records Access Appeals Officer:" in text
    assert "Re: Appeal under Public Officers Law §89(4)(a)" in text
    assert "Request received: October 1, 2026" in text
    assert "I appeal the constructive denial of my request" in text
    assert (
        "The New York City Police Department received the request on October 1, 2026. It "
        "acknowledged the request on October 6, 2026 and gave November 3, 2026 as the date of "
        "its answer. It did not grant or deny the request by November 5, 2026"
    ) in text
    assert f"\u201c{POL_89_3_A_WORDS[0].upper()}{POL_89_3_A_WORDS[1:]}\u201d" in text
    assert (
        "failure to comply with the time limitations described herein shall constitute a denial"
        in text
    )
    assert POL_89_4_A_WORDS[1:] in text
    assert "(Public Officers Law §89(4)(a))" in text
    assert "Within ten business days of receiving this appeal" in text
    assert "Article 78" in text
    assert "Enclosure" in text and "The original request" in text


def test_appeal_of_a_written_partial_denial():
    facts = replace(
        CONSTRUCTIVE, missed_deadline=None, determined=date(2026, 10, 15), outcome="partial"
    )
    text = _flat(to_text(compose(facts)))
    assert "I appeal the partial denial" in text
    assert "partly denied in writing on October 15, 2026" in text
    assert "within thirty days" in text
    assert "The denial of October 15, 2026" in text
    assert POL_89_4_A_WORDS not in text


def test_appeal_needs_something_to_appeal():
    with pytest.raises(ValueError, match="needs a written denial"):
        compose(replace(CONSTRUCTIVE, missed_deadline=None))


def test_pdf_is_one_letter_page_with_the_same_words(tmp_path: Path):
    path = tmp_path / "appeal.pdf"
    write_letter_pdf(path, compose(CONSTRUCTIVE))
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == (612, 792)
    assert reader.metadata is not None and not reader.metadata.author
    text = _flat(pdfium.PdfDocument(path)[0].get_textpage().get_text_range())
    assert "Dear Records Access Appeals Officer:" in text
    assert "November 5, 2026" in text
    assert "shall constitute a denial" in text
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_letter_without_a_profile_still_reads(tmp_path: Path):
    letter = compose(replace(REQUEST, letterhead=Letterhead(), subject_name=""))
    text = to_text(letter)
    assert text.startswith("October 1, 2026")
    assert "Please direct any questions" not in text
    write_letter_pdf(tmp_path / "r.pdf", letter)
