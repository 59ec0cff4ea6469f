"""FOIL request and appeal letters: what they say, as text and as a one-page PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from casebook.export.letters import (
    COMMITTEE_ADDRESS,
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
    # Thu Nov 5 2026 + 30 = Sat Dec 5 -> Mon Dec 7 (GCL §25-a)
    appeal_by=date(2026, 12, 7),
)
# Written denial Thu Oct 15 2026; + 30 = Sat Nov 14 -> Mon Nov 16 2026 (GCL §25-a).
WRITTEN = replace(
    CONSTRUCTIVE,
    missed_deadline=None,
    determined=date(2026, 10, 15),
    outcome="denied",
    appeal_by=date(2026, 11, 16),
)
QUOTES = ("\u201c", "\u201d", '"')


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
        "CPL 160.50, 160.55 or 160.57",
        "(CPL 160.50(1)(d), 160.55(1)(d), 160.57)",
        "give me the name and address of the person or body to whom an appeal should be directed",
        "please inform me before filling the request if the fees will exceed $25.",
        "Enclosures: - Authorization signed by Ahmad محمد",
    ):
        assert expected in text
    assert "constructive" not in text.lower()
    assert not any(q in text for q in QUOTES)
    assert "exceed $40." in _flat(to_text(compose(replace(REQUEST, fee_limit=40))))


def test_appeal_after_a_missed_deadline_paraphrases_the_statute():
    letter = compose(CONSTRUCTIVE)
    text = _flat(to_text(letter))
    assert "Dear Records Access Appeals Officer:" in text
    assert "Re: Appeal under Public Officers Law §89(4)(a)" in text
    assert "Request received: October 1, 2026" in text
    assert "I appeal the constructive denial of my request" in text
    assert (
        "The New York City Police Department received the request on October 1, 2026. It "
        "acknowledged the request on October 6, 2026 and gave November 3, 2026 as the "
        "approximate date of its answer. It did not grant or deny the request by November 5, "
        "2026"
    ) in text
    # Paraphrased, never in quotation marks: the words could not be checked verbatim.
    assert not any(q in text for q in QUOTES)
    assert "shall constitute" not in text
    assert "Under Public Officers Law §89(3)(a), an agency that does not comply" in text
    assert "(Public Officers Law §89(4)(a))" in text
    assert "This appeal is made within thirty days of that denial" in text  # Nov 6
    assert f"to the {COMMITTEE_ADDRESS}." in text
    assert "Within ten business days of receiving this appeal" in text
    assert "Article 78" in text
    assert "Enclosure" in text and "The original request" in text


def test_appeal_of_a_written_partial_denial():
    facts = replace(WRITTEN, outcome="partial")
    letter = compose(facts)
    text = _flat(to_text(letter))
    assert "I appeal the partial denial" in text
    assert "partly denied in writing on October 15, 2026" in text
    assert "This appeal is made within thirty days of that denial" in text  # 22 days
    assert "The denial of October 15, 2026" in text
    assert "constructive" not in text
    # COOG's model appeal: the appellant's reasons, and where the copy goes.
    assert "The denial should be reversed for these reasons: [state why" in text
    assert any("reasons" in w for w in letter.warnings)
    assert COMMITTEE_ADDRESS in text


def test_written_denial_appeal_carries_the_writers_reasons():
    facts = replace(WRITTEN, reasons="The arrest was sealed and the client asks for it.")
    letter = compose(facts)
    text = _flat(to_text(letter))
    assert "The denial should be reversed for these reasons:" in text
    assert "The arrest was sealed and the client asks for it." in text
    assert "[" not in text and letter.warnings == ()


@pytest.mark.dates
@pytest.mark.parametrize(
    ("written_on", "claim"),
    [
        # Nov 14 is day 30 (Sat): within thirty days in so many words.
        (date(2026, 11, 14), "This appeal is made within thirty days of that denial"),
        # Mon Nov 16 is day 32, the last day under GCL §25-a: in time, but not "thirty days".
        (date(2026, 11, 16), "the time ran to November 16, 2026 (General Construction Law §25-a)"),
    ],
)
def test_an_appeal_says_it_is_in_time_only_as_its_date_allows(written_on, claim):
    text = _flat(to_text(compose(replace(WRITTEN, written_on=written_on))))
    assert claim in text
    if written_on.day == 16:
        assert "within thirty days" not in text


@pytest.mark.dates
def test_an_appeal_87_days_after_the_denial_does_not_claim_to_be_in_time():
    # Oct 15 + 87 days = Jan 10 2027 (16 days to Oct 31, 30 in Nov, 31 in Dec, 10 in Jan).
    letter = compose(replace(WRITTEN, written_on=date(2027, 1, 10)))
    text = _flat(to_text(letter))
    assert "within thirty days" not in text and "within the time" not in text
    assert (
        "denied in writing on October 15, 2026. I recognize that more than thirty days "
        "have passed since that denial."
    ) in text
    assert "treat this letter as a new request" in text
    assert any("ended on November 16, 2026" in w for w in letter.warnings)


@pytest.mark.dates
def test_a_constructive_denial_appeal_past_the_window_says_so():
    letter = compose(replace(CONSTRUCTIVE, written_on=date(2027, 2, 1)))
    text = _flat(to_text(letter))
    assert "within thirty days" not in text
    assert "more than thirty days have passed since November 5, 2026" in text
    assert any("ended on December 7, 2026" in w for w in letter.warnings)


def test_appeal_of_a_missed_own_date_and_of_repeated_extensions():
    facts = replace(
        CONSTRUCTIVE,
        promised=None,
        extensions=(
            (date(2026, 11, 30), date(2026, 11, 2)),
            (date(2027, 1, 29), date(2026, 11, 27)),
        ),
        missed_deadline=date(2026, 11, 30),
        missed_own_date=True,
        appeal_by=None,
        written_on=date(2026, 12, 2),
    )
    letter = compose(facts)
    text = _flat(to_text(letter))
    assert (
        "It extended its time by a letter of November 2, 2026, to November 30, 2026. It "
        "extended its time again by a letter of November 27, 2026, to January 29, 2027."
    ) in text
    assert "it makes no provision for repeated delays" in text
    assert "It did not grant or deny the request by November 30, 2026, the date it gave." in text
    assert "I treat the request as denied, and I appeal that denial" in text
    assert "I appeal the denial of my request" in text
    assert "thirty days" not in text and "constructively denied" not in text
    assert letter.warnings == ()
    with_reasons = _flat(to_text(compose(replace(facts, reasons="They concern my client."))))
    assert "The records should be released for these reasons: They concern my client." in (
        with_reasons
    )


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
    assert "constructively denied" in text
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_letter_without_a_profile_still_reads(tmp_path: Path):
    letter = compose(replace(REQUEST, letterhead=Letterhead(), subject_name=""))
    text = to_text(letter)
    assert text.startswith("October 1, 2026")
    assert "Please direct any questions" not in text
    write_letter_pdf(tmp_path / "r.pdf", letter)
