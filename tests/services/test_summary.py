"""The client summary from a vault: everything listed, and "for sharing" really redacts."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import ValidationError
from casebook.domain.vocabulary import EventKind, IncidentKind, Law, MatterType, SealedUnder
from casebook.services import arrests, clients, documents, incidents, matters, requests
from casebook.services.importer import Options, Target, import_paths
from casebook.services.summary import FOR_SHARING, export_summary, parse_redactions
from casebook.store.session import Store
from tests.helpers import TODAY

NAME = "Марія Коваленко / 王秀英 / محمد الأحمد"


@pytest.fixture
def client_id(store: Store, tmp_path: Path) -> int:
    cid = clients.add_client(
        store,
        ClientDraft(
            NAME,
            a_number="A123456789",
            phone="(718) 555-0142",
            address="12 Linden St, Apt 4\nBrooklyn, NY 11221",
            dob=date(1990, 4, 2),
        ),
        today=TODAY,
    )
    mid = matters.add_matter(
        store, cid, matters.MatterDraft(type=MatterType.REMOVAL_DEFENCE, judge="Hon. R. Lee")
    ).value
    matters.add_event(
        store,
        cid,
        matters.EventDraft(
            kind=EventKind.MASTER_HEARING, starts_at=datetime(2026, 12, 3, 9, 0), matter_id=mid
        ),
    )
    scan = tmp_path / "nta.pdf"
    canvas = Canvas(str(scan))
    canvas.drawString(72, 700, "Notice to appear")
    canvas.save()
    import_paths(store, [scan], Target(client_id=cid), options=Options(ocr=False))
    requests.add_request(
        store,
        requests.RequestDraft(
            records="Arrest report for A-123-456-789, call (718) 555-0142",
            received=date(2026, 10, 1),
            client_id=cid,
        ),
        today=TODAY,
    )
    aid = arrests.add_arrest(
        store,
        cid,
        arrests.ArrestDraft(
            date(2025, 6, 1),
            precinct="75",
            charges="PL 140.10",
            sealed_under=SealedUnder.CPL_160_50,
        ),
        today=TODAY,
    )
    incidents.add_incident(
        store,
        incidents.IncidentDraft(
            occurred_on=date(2025, 6, 2),
            kind=IncidentKind.DETAINER,
            precinct="75",
            laws=(Law.ADMIN_CODE_14_154,),
            client_id=cid,
            arrest_id=aid,
            narrative="ICE detainer lodged naming 123456789 at 12 Linden St, Apt 4",
        ),
        today=TODAY,
    )
    return cid


def _text(path: Path) -> str:
    document = pdfium.PdfDocument(path)
    return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


def test_summary_lists_everything(store: Store, client_id: int, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    export_summary(store, client_id, out, today=TODAY)
    text = _text(out)
    assert "\ufffd" not in text
    for words in (
        "王秀英",
        "Коваленко",
        "A-123-456-789",
        "Removal defence",
        "Hon. R. Lee",
        "Master calendar hearing",
        "Document index",
        "Record requests",
        "Arrests",
        "CPL 160.50",
        "detainer",
        "Admin. Code 14-154",
        "Timeline",
    ):
        assert words in text, words
    [doc] = documents.client_documents(store, client_id)
    assert doc.sha256 in re.sub(r"\s", "", text)  # the SHA-256 in full, for chain of custody
    assert out.stat().st_mode & 0o777 == 0o600


def test_for_sharing_redacts_everywhere(store: Store, client_id: int, tmp_path: Path) -> None:
    out = tmp_path / "shared.pdf"
    result = export_summary(store, client_id, out, today=TODAY, redact=FOR_SHARING)
    text = _text(out)
    flat = re.sub(r"[\s\-.()]", "", text)
    assert "123456789" not in flat  # in no written form, free text included
    assert "A-XXX-XXX-789" in text
    assert "5550142" not in flat
    assert "Linden" not in text
    assert "[redacted]" in text and "Prepared for sharing" in text
    assert "1990-04-02" in text  # not asked for: kept
    assert result.redacted == ("a-number", "address", "phone")


def test_redaction_fields_are_checked() -> None:
    assert parse_redactions("a-number, dob") == {"a-number", "dob"}
    with pytest.raises(ValidationError, match="ssn"):
        parse_redactions("ssn")


def test_summary_shows_detention_notes_and_each_hearings_judge_and_filing_date(
    store: Store, client_id: int
) -> None:
    from casebook.domain.vocabulary import Detention
    from casebook.services.summary import summary_data

    mid = matters.add_matter(
        store,
        client_id,
        matters.MatterDraft(
            MatterType.ASYLUM,
            court="New York - Varick Immigration Court (detained)",
            judge="Hon. A. Okonkwo",
            detention=Detention.DETAINED,
            notes="Call (718) 555-0142 before the hearing.",
        ),
    ).value
    matters.add_event(
        store,
        client_id,
        matters.EventDraft(
            EventKind.INDIVIDUAL_HEARING,
            datetime(2026, 11, 30, 13, 0),
            matter_id=mid,
            location="201 Varick Street, Courtroom 4",
            judge="Hon. A. Okonkwo",
        ),
    )
    data = summary_data(store, client_id, today=TODAY, redact=frozenset({"phone"}))
    sections = {s.title: s for s in data.sections}
    assert [r[4] for r in sections["Matters"].rows] == ["Unknown", "Detained"]
    assert sections["Matter notes"].rows == (("Asylum", "Call [redacted] before the hearing."),)
    hearings = sections["Hearings and dates"]
    assert hearings.columns == ("When", "What", "Matter", "Judge", "Where", "Filings due")
    assert hearings.rows[0] == (
        "2026-11-30 13:00",
        "Individual hearing",
        "Asylum",
        "Hon. A. Okonkwo",
        "201 Varick Street, Courtroom 4",
        "2026-11-13",  # Mon - 15 = Sun 11-15 -> Fri 11-13
    )
    assert any(e.label == "Individual hearing" for e in data.timeline)
