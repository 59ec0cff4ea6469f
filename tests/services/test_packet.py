"""Filing packets made from a vault: caption from the matter, exhibits decrypted in memory."""

from __future__ import annotations

import os
import threading
from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import CasebookError, NotFound
from casebook.domain.vocabulary import Detention, DetentionStatus, EventKind, MatterType
from casebook.export.packet import ExhibitUnreadable, PacketCancelled
from casebook.export.packet_pages import Translation
from casebook.services import clients, matters, ocr, profile
from casebook.services.importer import Options, Target, import_paths
from casebook.services.packet import PacketRequest, estimate_packet, export_packet
from casebook.store.session import Store
from tests.helpers import TODAY

FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "NotoSans-Regular.ttf"


def make_pdf(path: Path, pages: int, label: str) -> Path:
    canvas = Canvas(str(path))
    for i in range(pages):
        canvas.drawString(72, 700, f"{label} page {i + 1}")
        canvas.showPage()
    canvas.save()
    return path


def make_jpeg(path: Path, size: tuple[int, int]) -> Path:
    Image.new("RGB", size, (200, 200, 190)).save(path, "JPEG", quality=60)
    return path


@pytest.fixture
def case(store: Store, tmp_path: Path) -> dict[str, int]:
    cid = clients.add_client(
        store,
        ClientDraft(
            "Marie-Claire Joseph",
            a_number="A123456789",
            detention_status=DetentionStatus.DETAINED,
        ),
        today=TODAY,
    )
    mid = matters.add_matter(
        store,
        cid,
        matters.MatterDraft(
            type=MatterType.ASYLUM,
            court="New York - Varick",
            judge="Hon. R. Lee",
            detention=Detention.DETAINED,
        ),
    ).value
    matters.add_event(
        store,
        cid,
        matters.EventDraft(
            kind=EventKind.INDIVIDUAL_HEARING,
            starts_at=datetime(2027, 1, 12, 13, 0),
            matter_id=mid,
            judge="Hon. M. Ortiz",
        ),
    )
    profile.set_profile(
        store,
        profile.AdvocateProfile(
            name="Ana Advocate", organisation="Legal Aid", eoir_id="AB12345", phone="212-555-0199"
        ),
    )
    paths = [
        make_pdf(tmp_path / "nta.pdf", 2, "NTA"),
        make_jpeg(tmp_path / "photo.jpg", (1200, 800)),
        make_pdf(tmp_path / "translation.pdf", 1, "Translation"),
        make_pdf(tmp_path / "original.pdf", 1, "Original"),
    ]
    results = import_paths(store, paths, Target(client_id=cid), options=Options(ocr=False))
    ids = {Path(r.path).stem: r.document_id for r in results}  # results come in finishing order
    assert all(ids.values())
    return {"client": cid, "matter": mid, **ids}


def test_packet_from_the_vault(store: Store, case: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "Joseph_Exhibits.pdf"
    request = PacketRequest(
        client_id=case["client"],
        exhibit_ids=(case["nta"], case["photo"], case["translation"]),
        originals=((case["translation"], case["original"]),),
        translator=Translation("Jean Pierre", "5 Court St", "718-555-0000", "Haitian Creole"),
    )
    seen: list[str] = []
    result = export_packet(
        store, request, out, today=TODAY, progress=lambda d, t, w: seen.append(w)
    )
    assert result.paths == (out,)
    assert out.stat().st_mode & 0o777 == 0o600
    reader = PdfReader(out)
    # cover, list; tabs A (2 pages), B (1), C (translation, certificate, original); service
    assert len(reader.pages) == result.page_count == 2 + 3 + 2 + 4 + 1
    cover = pdfium.PdfDocument(out)[0].get_textpage().get_text_range()
    assert "NEW YORK - VARICK" in cover and "Hon. R. Lee" in cover
    assert "January 12, 2027 at 1:00 p.m." in cover and "DETAINED" in cover
    assert "A-123-456-789" in cover and "MARIE-CLAIRE JOSEPH" in cover
    assert "ASYLUM" in cover and "EOIR ID: AB12345" in cover
    assert [p.tab for p in result.placements if p.tab] == ["A", "B", "C"]
    assert any(w.startswith("Reading document") for w in seen)
    assert result.to_json()["pages"] == result.page_count


def test_estimate_is_close_without_decrypting(store: Store, case: dict[str, int]) -> None:
    request = PacketRequest(case["client"], (case["nta"], case["photo"]))
    estimate = estimate_packet(store, request)
    assert estimate.pages == 1 + 1 + (1 + 2) + (1 + 1) + 1
    assert estimate.parts == 1


def test_document_of_another_client_is_refused(
    store: Store, case: dict[str, int], tmp_path: Path
) -> None:
    other = clients.add_client(store, ClientDraft("Someone Else"), today=TODAY)
    with pytest.raises(NotFound, match=f"#{case['nta']}"):
        export_packet(store, PacketRequest(other, (case["nta"],)), tmp_path / "x.pdf", today=TODAY)
    assert not (tmp_path / "x.pdf").exists()


def test_encrypted_exhibit_names_it_and_writes_nothing(
    store: Store, case: dict[str, int], tmp_path: Path
) -> None:
    writer = PdfWriter(clone_from=PdfReader(make_pdf(tmp_path / "plain.pdf", 1, "Locked")))
    writer.encrypt("secret", algorithm="AES-256")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as f:
        writer.write(f)
    [result] = import_paths(
        store, [locked], Target(client_id=case["client"]), options=Options(ocr=False)
    )
    assert result.document_id
    out = tmp_path / "out" / "packet.pdf"
    out.parent.mkdir()
    with pytest.raises(ExhibitUnreadable, match=f"#{result.document_id}.*password"):
        export_packet(
            store,
            PacketRequest(case["client"], (case["nta"], result.document_id)),
            out,
            today=TODAY,
        )
    assert list(out.parent.iterdir()) == []


def test_damaged_exhibit_names_it_and_writes_nothing(
    store: Store, case: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casebook.services import documents

    real = documents.read_content

    def damaged(store_: Store, doc_id: int) -> bytes:
        data = real(store_, doc_id)
        return data[: len(data) // 3] if doc_id in (case["nta"], case["photo"]) else data

    monkeypatch.setattr(documents, "read_content", damaged)
    out = tmp_path / "packet.pdf"
    for doc in ("nta", "photo"):  # a cut-off PDF and a cut-off JPEG
        with pytest.raises(ExhibitUnreadable, match=f"#{case[doc]}"):
            export_packet(
                store,
                PacketRequest(case["client"], (case["translation"], case[doc])),
                out,
                today=TODAY,
            )
    assert not out.exists()


def test_cancel_writes_nothing(store: Store, case: dict[str, int], tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    out = tmp_path / "packet.pdf"
    with pytest.raises(PacketCancelled):
        export_packet(
            store, PacketRequest(case["client"], (case["nta"],)), out, today=TODAY, cancel=cancel
        )
    assert not out.exists()


def test_split_parts_are_written_with_part_names(
    store: Store, case: dict[str, int], tmp_path: Path
) -> None:
    request = PacketRequest(
        case["client"], (case["nta"], case["photo"], case["translation"]), size_limit=60_000
    )
    result = export_packet(store, request, tmp_path / "Joseph.pdf", today=TODAY)
    assert len(result.paths) >= 2
    assert [p.name for p in result.paths][:2] == ["Joseph_Part1.pdf", "Joseph_Part2.pdf"]
    assert not (tmp_path / "Joseph.pdf").exists()
    total = sum(len(PdfReader(p).pages) for p in result.paths)
    assert total == result.page_count


def test_empty_request_is_refused(store: Store, case: dict[str, int], tmp_path: Path) -> None:
    with pytest.raises(CasebookError, match="at least one"):
        export_packet(store, PacketRequest(case["client"], ()), tmp_path / "x.pdf", today=TODAY)


def test_cover_prints_the_judge_and_the_next_hearing_with_its_judge(
    store: Store, case: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "cover.pdf"
    export_packet(store, PacketRequest(case["client"], (case["nta"],)), out, today=TODAY)
    cover = " ".join(pdfium.PdfDocument(out)[0].get_textpage().get_text_range().split())
    assert "Immigration Judge: Hon. R. Lee" in cover
    assert (
        "Next hearing: Individual hearing, January 12, 2027 at 1:00 p.m., before Hon. M. Ortiz"
        in cover
    )
    assert "______" not in cover


def test_cover_without_a_matter_judge_names_the_hearings_and_guesses_no_detention(
    store: Store, tmp_path: Path
) -> None:
    from casebook.services.packet_options import packet_choices

    cid = clients.add_client(store, ClientDraft("Tenzin Dolkar"), today=TODAY)
    mid = matters.add_matter(
        store, cid, matters.MatterDraft(MatterType.REMOVAL_DEFENCE, court="New York - Broadway")
    ).value
    for when, judge in ((datetime(2027, 3, 2, 9), "IJ Example B"), (datetime(2027, 5, 4, 9), "")):
        matters.add_event(
            store, cid, matters.EventDraft(EventKind.MASTER_HEARING, when, mid, judge=judge)
        )
    [doc] = import_paths(
        store,
        [make_pdf(tmp_path / "nta.pdf", 1, "NTA")],
        Target(client_id=cid),
        options=Options(ocr=False),
    )
    assert doc.document_id
    out = tmp_path / "cover.pdf"
    export_packet(store, PacketRequest(cid, (doc.document_id,)), out, today=TODAY)
    cover = " ".join(pdfium.PdfDocument(out)[0].get_textpage().get_text_range().split())
    assert "Immigration Judge: IJ Example B" in cover
    assert "Master calendar hearing, March 2, 2027 at 9:00 a.m., before IJ Example B" in cover
    assert "DETAINED" not in cover  # nobody said, so neither word is printed
    caption, none = packet_choices(store, cid, today=TODAY).matters
    assert (caption.judge, caption.hearing_judge) == ("IJ Example B", "IJ Example B")
    assert not caption.detained and not caption.detention_known
    assert any("neither DETAINED nor NON-DETAINED" in n for n in caption.notes)
    assert none.matter_id is None and none.next_hearing is None

    matters.update_matter(
        store,
        mid,
        matters.MatterDraft(MatterType.REMOVAL_DEFENCE, detention=Detention.NOT_DETAINED),
    )
    caption = packet_choices(store, cid, today=TODAY).matters[0]
    assert caption.detention_known and not caption.detained


def cover_text(path: Path) -> str:
    return " ".join(pdfium.PdfDocument(path)[0].get_textpage().get_text_range().split())


def test_a_criminal_court_date_is_never_the_immigration_hearing(
    store: Store, tmp_path: Path
) -> None:
    cid = clients.add_client(
        store,
        ClientDraft("Kwame Mensah", detention_status=DetentionStatus.NOT_DETAINED),
        today=TODAY,
    )
    crim = matters.add_matter(
        store, cid, matters.MatterDraft(MatterType.CRIM_IMM_CONSULT, court="Bronx Criminal Court")
    ).value
    matters.add_event(
        store,
        cid,
        matters.EventDraft(
            EventKind.MASTER_HEARING, datetime(2027, 1, 5, 9, 30), crim, judge="Hon. Bronx"
        ),
    )
    [doc] = import_paths(
        store,
        [make_pdf(tmp_path / "letter.pdf", 1, "Letter")],
        Target(client_id=cid),
        options=Options(ocr=False),
    )
    assert doc.document_id
    out = tmp_path / "cover.pdf"
    result = export_packet(store, PacketRequest(cid, (doc.document_id,)), out, today=TODAY)
    cover = cover_text(out)
    assert "January 5, 2027" not in cover and "Hon. Bronx" not in cover
    assert "Next hearing: ____" in cover and "Immigration Judge: ____" in cover
    assert "DETAINED" not in cover  # the client's "not detained" is no matter's answer
    assert any("no immigration judge and no hearing" in w for w in result.warnings)
    assert any("neither DETAINED nor NON-DETAINED" in w for w in result.warnings)
    with pytest.raises(CasebookError, match="not before an immigration judge"):
        export_packet(
            store, PacketRequest(cid, (doc.document_id,), matter_id=crim), out, today=TODAY
        )


def test_unknown_detention_on_the_matter_prints_neither_word(store: Store, tmp_path: Path) -> None:
    cid = clients.add_client(
        store,
        ClientDraft("Ana Lima", detention_status=DetentionStatus.RELEASED_ON_BOND),
        today=TODAY,
    )
    mid = matters.add_matter(
        store, cid, matters.MatterDraft(MatterType.REMOVAL_DEFENCE, detention=Detention.UNKNOWN)
    ).value
    [doc] = import_paths(
        store,
        [make_pdf(tmp_path / "nta.pdf", 1, "NTA")],
        Target(client_id=cid),
        options=Options(ocr=False),
    )
    assert doc.document_id
    out = tmp_path / "cover.pdf"
    result = export_packet(store, PacketRequest(cid, (doc.document_id,)), out, today=TODAY)
    assert "DETAINED" not in cover_text(out)
    assert any("Detention is not recorded on the matter" in w for w in result.warnings)
    matters.update_matter(
        store,
        mid,
        matters.MatterDraft(MatterType.REMOVAL_DEFENCE, detention=Detention.NOT_DETAINED),
    )
    result = export_packet(store, PacketRequest(cid, (doc.document_id,)), out, today=TODAY)
    assert "NON-DETAINED" in cover_text(out)
    assert not any("DETAINED" in w for w in result.warnings)


def test_exhibit_words_come_from_the_request_else_the_document(
    store: Store, case: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "Joseph_Evidence.pdf"
    request = PacketRequest(
        case["client"],
        (case["nta"], case["photo"]),
        descriptions=((case["nta"], "Notice to Appear (Form I-862)"),),
        dates=((case["nta"], datetime(2024, 5, 1).date()),),
        sources=((case["nta"], "DHS"),),
    )
    result = export_packet(store, request, out, today=TODAY)
    a, b = [p for p in result.placements if p.tab]
    assert (a.description, a.dated, a.source) == (
        "Notice to Appear (Form I-862)",
        datetime(2024, 5, 1).date(),
        "DHS",
    )
    assert (b.description, b.dated, b.source) == ("photo", None, "")  # the import day is no date
    listing = " ".join(pdfium.PdfDocument(out)[1].get_textpage().get_text_range().split())
    assert "Notice to Appear (Form I-862) May 1, 2024 DHS" in listing


def test_the_original_joins_the_translations_tab_even_when_listed_first(
    store: Store, case: dict[str, int], tmp_path: Path
) -> None:
    request = PacketRequest(
        case["client"],
        (case["original"], case["nta"], case["translation"]),
        originals=((case["translation"], case["original"]),),
    )
    result = export_packet(store, request, tmp_path / "x.pdf", today=TODAY)
    tabs = [p for p in result.placements if p.tab]
    assert [p.description for p in tabs] == ["translation", "nta"]  # the pair takes A
    assert [w for w, _, _ in tabs[0].parts] == [
        "English translation",
        "Certificate of translation",
        "Original",
    ]
    texts = [p.get_textpage().get_text_range() for p in pdfium.PdfDocument(result.paths[0])]
    first = tabs[0].first_page  # tab page, then translation, certificate, original
    assert "Translation page 1" in texts[first]
    assert "CERTIFICATE OF TRANSLATION" in texts[first + 1]
    assert "Original page 1" in texts[first + 2]


def test_a_translation_marked_in_the_vault_needs_its_original(
    store: Store, case: dict[str, int], tmp_path: Path
) -> None:
    from sqlalchemy import update

    from casebook.store.tables import Document

    with store.transaction() as session:
        session.execute(
            update(Document).where(Document.id == case["translation"]).values(is_translation=True)
        )
    out = tmp_path / "x.pdf"
    with pytest.raises(CasebookError, match="no foreign-language original"):
        export_packet(
            store, PacketRequest(case["client"], (case["translation"],)), out, today=TODAY
        )
    assert not out.exists()
    plain = PacketRequest(
        case["client"], (case["translation"],), not_translations=(case["translation"],)
    )
    assert export_packet(store, plain, out, today=TODAY).page_count == 5


@pytest.mark.skipif(  # the engine as casebook finds it, and not under CI's libfaketime run
    "FAKETIME" in os.environ or not ocr.ocr_available().available,
    reason="needs a working Tesseract (child processes' timeouts fail under libfaketime)",
)
def test_an_ocr_scan_gets_tesseracts_own_text_layer(store: Store, tmp_path: Path) -> None:
    from PIL import ImageDraw, ImageFont

    cid = clients.add_client(store, ClientDraft("Li Wei"), today=TODAY)
    image = Image.new("L", (1275, 1650), 255)
    font = ImageFont.truetype(str(FONT), 48)
    ImageDraw.Draw(image).text((200, 300), "DISPOSITION DISMISSED", fill=0, font=font)
    scan = tmp_path / "scan-0007.png"
    image.save(scan, dpi=(150, 150))
    [doc] = import_paths(store, [scan], Target(client_id=cid), options=Options(ocr=True))
    assert doc.document_id
    out = tmp_path / "scan.pdf"
    seen: list[str] = []
    export_packet(
        store,
        PacketRequest(cid, (doc.document_id,)),
        out,
        today=TODAY,
        progress=lambda d, t, w: seen.append(w),
    )
    page = pdfium.PdfDocument(out)[3].get_textpage()
    text = page.get_text_range()
    assert "DISPOSITION" in text and "DISMISSED" in text
    assert any(w.startswith("Placing the words of document") for w in seen)
    # The word sits in the upper part of the page, where the scan shows it (not at the
    # top left corner as the old line-by-line layer put it): y is measured from the foot.
    index = text.index("DISPOSITION")
    _left, _bottom, _right, top = page.get_charbox(index)
    assert 792 * 0.70 < top < 792 * 0.85
