"""A scanned batch through the real import path: split at separator sheets and blank pages.

Pages are drawn, rendered at 200 or 300 dpi, skewed, speckled, turned and
JPEG-compressed (``tests.batch_scans``), then put in one scanner PDF or TIFF.
Calendar: TODAY is Sun 2026-11-29; the forms' dates lie before it, the
hearing after it.
"""

from __future__ import annotations

import dataclasses
import io
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from sqlalchemy import select

from casebook.domain.clients import ClientDraft
from casebook.services import ocr
from casebook.services.clients import add_client
from casebook.services.importer import ImportStatus, Options, Target, import_paths
from casebook.services.scanner_folder import ScannerInbox
from casebook.services.suggestions import suggest
from casebook.store.session import Store
from casebook.store.tables import Document
from tests import batch_scans as scans
from tests.helpers import TODAY

needs_ocr = pytest.mark.skipif(
    not ocr.ocr_available(refresh=True).available,
    reason="Tesseract is not installed (CI installs .ci/ocr-packages.txt)",
)


def _nta_sep_hearing_blank_foil(dpi: int = 300) -> list:
    """NTA (2 pages) + separator (upside down, skewed) + hearing notice + blank + FOIL letter."""
    return [
        scans.scan(scans.form(scans.NTA, dpi), angle=0.8, seed=1),
        scans.scan(scans.form(scans.NTA_PAGE_2, dpi), angle=-0.6, seed=2),
        scans.scan(scans.separator(dpi), angle=2.5, turn=2, seed=3),
        scans.scan(scans.form(scans.HEARING, dpi), angle=0.6, seed=4),
        scans.scan(scans.blank(dpi, bleed=0.12), angle=0.9, seed=5),
        scans.scan(scans.form(scans.FOIL, dpi), angle=-1.0, seed=6),
    ]


def _rows(store: Store) -> list:
    with store.reading() as session:
        return list(
            session.execute(
                select(
                    Document.id,
                    Document.page_count,
                    Document.source,
                    Document.original_name,
                    Document.media_type,
                    Document.in_inbox,
                ).order_by(Document.id)
            )
        )


@needs_ocr
@pytest.mark.dates
@pytest.mark.slow
def test_a_batch_splits_into_its_documents_each_with_its_own_suggestion(
    store: Store, tmp_path: Path
) -> None:
    maria = add_client(
        store,
        ClientDraft(name="Maria Lopez", dob=date(1991, 7, 22), a_number="A123456789"),
        today=TODAY,
    )
    batch = scans.batch_pdf(_nta_sep_hearing_blank_foil(), tmp_path / "scan-0042.pdf", 300)
    results = import_paths(store, [batch], Target(), options=Options(workers=1))
    assert [r.status for r in results] == [ImportStatus.IMPORTED] * 3
    assert [r.split.pages for r in results if r.split] == [(1, 2), (4,), (6,)]
    assert results[0].split is not None
    assert [(d["page"], d["as"]) for d in results[0].split.to_json()["dropped"]] == [
        (3, "separator"),
        (5, "blank"),
    ]
    rows = _rows(store)
    assert [(r.page_count, r.media_type, r.in_inbox) for r in rows] == [
        (2, "application/pdf", True),
        (1, "application/pdf", True),
        (1, "application/pdf", True),
    ]
    sha = results[0].split.batch_sha256
    assert rows[1].source == (f"import: page 4 of scan-0042.pdf (6 pages), batch SHA-256 {sha}")
    assert rows[0].original_name == "scan-0042 (pages 1\N{EN DASH}2).pdf"
    got = [suggest(store, r.id, today=TODAY) for r in rows]
    assert [s.kind for s in got] == ["notice-to-appear", "hearing-notice", "foil-response"]
    assert got[0].client is not None and got[0].client.id == maria
    assert got[1].hearing is not None and got[1].hearing.at.date() == date(2027, 1, 26)


def test_a_lone_signature_page_is_never_dropped(store: Store, tmp_path: Path) -> None:
    pages = [
        scans.scan(scans.form(scans.NTA, 300), angle=0.5),
        scans.scan(scans.signature_only(300, ink=150), angle=1.0),  # a light pen, nothing else
        scans.scan(scans.blank(300), angle=0.4),
        scans.scan(scans.form(scans.FOIL, 300), angle=-0.5),
    ]
    batch = scans.batch_pdf(pages, tmp_path / "signed.pdf", 300)
    results = import_paths(store, [batch], Target(), options=Options(ocr=False))
    assert [r.split.pages for r in results if r.split] == [(1, 2), (4,)]
    assert [r.page_count for r in _rows(store)] == [2, 1]


def test_a_batch_without_separators_is_one_document_exactly_as_before(
    store: Store, tmp_path: Path
) -> None:
    pages = [scans.scan(scans.form(scans.NTA, 200)), scans.scan(scans.form(scans.NTA_PAGE_2, 200))]
    batch = scans.batch_pdf(pages, tmp_path / "nta.pdf", 200)
    [result] = import_paths(store, [batch], Target(), options=Options(ocr=False))
    assert result.status is ImportStatus.IMPORTED and result.split is None
    assert "split" not in result.to_json()  # the import line reads exactly as before
    [row] = _rows(store)
    assert (row.page_count, row.source, row.original_name) == (2, "import", "nta.pdf")


def test_no_split_imports_the_batch_whole(store: Store, tmp_path: Path) -> None:
    batch = scans.batch_pdf(_nta_sep_hearing_blank_foil(), tmp_path / "scan.pdf", 300)
    [result] = import_paths(store, [batch], Target(), options=Options(ocr=False, split=False))
    assert result.split is None
    assert [r.page_count for r in _rows(store)] == [6]


def test_the_pieces_keep_the_scanners_images_and_a_second_import_finds_them_all(
    store: Store, tmp_path: Path
) -> None:
    batch = scans.batch_pdf(_nta_sep_hearing_blank_foil(), tmp_path / "scan.pdf", 300)
    first = import_paths(store, [batch], Target(), options=Options(ocr=False))
    again = import_paths(store, [batch], Target(), options=Options(ocr=False))
    assert [r.status for r in again] == [ImportStatus.DUPLICATE] * 3
    assert [r.document_id for r in again] == [r.document_id for r in first]
    assert again[1].reason.startswith("document 2 of 3 split from this batch of 6 pages")
    with pikepdf.open(batch) as original:
        want = _raw_image(original.pages[3])
    with store.reading() as session:
        blob = session.scalar(select(Document.blob_name).where(Document.id == first[1].document_id))
    piece = store.vault.blobs.read_bytes(blob, "piece")
    with pikepdf.open(io.BytesIO(piece)) as pdf:
        assert _raw_image(pdf.pages[0]) == want  # the scanner's JPEG, not re-encoded


def _raw_image(page: pikepdf.Page) -> bytes:
    [xobject] = page.Resources.XObject.values()
    return bytes(xobject.read_raw_bytes())


@pytest.mark.parametrize(
    ("duplex", "pieces", "dropped"),
    [
        # single-sided: every blank page splits
        (
            False,
            [(1,), (3,), (5, 6), (9,)],
            [(2, "blank"), (4, "blank"), (7, "blank"), (8, "blank")],
        ),
        # both sides: pages 2 and 4 are blank backs, 7-8 a blank sheet
        (
            True,
            [(1, 3, 5, 6), (9,)],
            [(2, "blank-back"), (4, "blank-back"), (7, "blank"), (8, "blank")],
        ),
    ],
)
def test_a_duplex_scanner_splits_only_at_a_blank_sheet(
    store: Store, tmp_path: Path, duplex: bool, pieces: list, dropped: list
) -> None:
    def content(n: int):
        return scans.scan(scans.form([f"Exhibit page {n}", *scans.FOIL[1:]], 200), seed=n)

    def empty(n: int):
        return scans.scan(scans.blank(200, bleed=0.1), angle=0.5, seed=n)

    pages = [content(1), empty(2), content(3), empty(4), content(5), content(6)]
    pages += [empty(7), empty(8), content(9)]
    batch = scans.batch_tiff(pages, tmp_path / "duplex.tif", 200)
    options = Options(ocr=False, duplex=duplex)
    results = import_paths(store, [batch], Target(), options=options)
    assert [r.split.pages for r in results if r.split] == pieces
    assert results[0].split is not None
    assert [(d["page"], d["as"]) for d in results[0].split.to_json()["dropped"]] == dropped
    assert [r.page_count for r in _rows(store)] == [len(p) for p in pieces]


def test_the_scanner_folder_removes_a_split_batch_once_every_piece_is_verified(
    store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "scanner"
    folder.mkdir()
    batch = scans.batch_pdf(_nta_sep_hearing_blank_foil(), folder / "scan-0043.pdf", 300)
    options = Options(ocr=False, source="scanner folder")
    result = ScannerInbox(store, folder, options=options).handle(batch)
    assert result.original_removed and not batch.exists()
    assert [r.split.pages for r in result.results if r.split] == [(1, 2), (4,), (6,)]
    assert [r.source.split(":")[0] for r in _rows(store)] == ["scanner folder"] * 3


def test_the_scanner_folder_keeps_a_batch_whose_pieces_do_not_verify(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "scanner"
    folder.mkdir()
    batch = scans.batch_pdf(_nta_sep_hearing_blank_foil(), folder / "scan-0044.pdf", 300)
    inbox = ScannerInbox(store, folder, options=Options(ocr=False))
    real = store.vault.blobs.fingerprint
    reads_of_the_original: list[Path] = []

    def changed_after_the_split(source):  # the file changed between splitting and removing
        fp = real(source)
        if not isinstance(source, Path):
            return fp  # a piece, in memory
        reads_of_the_original.append(source)
        return fp if len(reads_of_the_original) == 1 else dataclasses.replace(fp, sha256="0" * 64)

    monkeypatch.setattr(store.vault.blobs, "fingerprint", changed_after_the_split)
    result = inbox.handle(batch)
    assert not result.original_removed and batch.exists()
    assert "the original was kept" in result.note


def test_splitting_writes_no_plaintext_to_disk(store: Store, tmp_path: Path) -> None:
    batch = scans.batch_pdf(_nta_sep_hearing_blank_foil(), tmp_path / "scan.pdf", 300)
    with pikepdf.open(batch) as original:
        page_jpeg = _raw_image(original.pages[3])[1000:1064]  # the notice's scan, mid-stream
    results = import_paths(store, [batch], Target(), options=Options(ocr=False))
    assert len(results) == 3  # made in memory (pikepdf to BytesIO), stored encrypted
    for path in store.vault.folder.rglob("*"):
        if path.is_file():
            assert page_jpeg not in path.read_bytes(), path.name
