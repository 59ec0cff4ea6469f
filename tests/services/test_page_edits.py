"""Pages fixed inside the vault: the earlier content kept, verifiable, and search following."""

from __future__ import annotations

import hashlib
import io
from datetime import datetime
from pathlib import Path

import pikepdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import select

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import NotFound, ValidationError
from casebook.services import page_content, vaults
from casebook.services.backups import backup_vault, restore
from casebook.services.changes import Change
from casebook.services.checks import check_store
from casebook.services.clients import add_client
from casebook.services.documents import read_content, show_document
from casebook.services.filetypes import FileType
from casebook.services.importer import ImportStatus, Options, Target, import_paths
from casebook.services.ocr import ocr_available
from casebook.services.page_edits import (
    PageChanges,
    edit_pages,
    export_version,
    plan,
    read_version,
    reason,
    restore_version,
    split,
    versions,
)
from casebook.services.search import Filters, find
from casebook.store.session import Store
from casebook.store.tables import Document, DocumentLink
from tests.form_scans import draw_form, render
from tests.helpers import NOW, PASSPHRASE

needs_ocr = pytest.mark.skipif(not ocr_available().available, reason="Tesseract is not installed")

LONG_PAGE = [
    "NOTICE OF HEARING IN REMOVAL PROCEEDINGS",
    "Immigration Court, 201 Varick Street, New York",
    "Please appear for a master calendar hearing on January 26, 2027.",
]
# A short page (a receipt stub): too few words for OCR's turned-page check, so read upside
# down it is garbage; turned upright it reads.
SHORT_PAGE = ["Quetzaltenango", "Huehuetenango"]


def clock() -> datetime:
    return NOW


def _pdf_of(*pages: Image.Image) -> bytes:
    out = io.BytesIO()
    first, *rest = [p.convert("L") for p in pages]
    first.save(out, "PDF", resolution=150, save_all=True, append_images=rest)
    return out.getvalue()


def _text_pdf(pages: int) -> bytes:
    pdf = pikepdf.Pdf.open(io.BytesIO(draw_form([f"Page one of {pages}", "alpha"])))
    for n in range(2, pages + 1):
        extra = pikepdf.Pdf.open(io.BytesIO(draw_form([f"Page number {n} words", f"word{n}"])))
        pdf.pages.append(extra.pages[0])
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _import(
    store: Store, path: Path, data: bytes, *, ocr: bool = False, client: int | None = None
) -> int:
    path.write_bytes(data)
    [result] = import_paths(store, [path], Target(client_id=client), options=Options(ocr=ocr))
    assert result.status is ImportStatus.IMPORTED, result.reason
    assert result.document_id is not None
    return result.document_id


def _hits(store: Store, words: str) -> set[int]:
    return {h.id for h in find(store, words, Filters()).hits if h.kind == "document"}


def _blob_file(store: Store, name: str) -> Path:
    return store.vault.blobs.folder / name[:2] / name


# -- plans -----------------------------------------------------------------------------------


def test_a_plan_lists_the_pages_kept_in_order_with_their_turns() -> None:
    changes = PageChanges(rotate=((2, 90),), delete=(4,), order=(3, 1, 2))
    assert plan(4, changes) == [(2, 0), (0, 0), (1, 90)]
    assert reason(changes) == "rotated page 2 by 90°; deleted page 4; pages reordered as 3, 1, 2"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        (PageChanges(delete=(1, 2)), "delete"),
        (PageChanges(rotate=((3, 90),)), "rotate"),
        (PageChanges(rotate=((1, 45),)), "rotate"),
        (PageChanges(order=(1,)), "order"),
        (PageChanges(order=(1, 2)), "pages"),
    ],
)
def test_impossible_edits_are_refused_naming_why(changes: PageChanges, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        plan(2, changes)
    assert caught.value.field == field


# -- the evidence ----------------------------------------------------------------------------


@needs_ocr
def test_a_page_scanned_upside_down_is_fixed_found_and_its_original_still_verifies(
    store: Store, tmp_path: Path
) -> None:
    upright = render(draw_form(LONG_PAGE), 200)
    upside_down = render(draw_form(SHORT_PAGE), 200).rotate(180)
    doc_id = _import(store, tmp_path / "scan.pdf", _pdf_of(upright, upside_down), ocr=True)
    before = show_document(store, doc_id)
    assert _hits(store, "Varick") == {doc_id}
    assert doc_id not in _hits(store, "Quetzaltenango")  # page 2 read upside down: garbage

    changed = edit_pages(store, doc_id, PageChanges(rotate=((2, 180),)), clock=clock)

    assert changed.changes.touches(Change.DOCUMENTS)
    assert changed.value.version == 1
    assert changed.value.reason == "rotated page 2 by 180°"
    assert _hits(store, "Quetzaltenango") == {doc_id}
    assert _hits(store, "Varick") == {doc_id}  # page 1 kept its text (not read again)
    after = show_document(store, doc_id)
    assert after.sha256 == changed.value.sha256 != before.sha256
    assert after.page_count == 2
    [earlier] = versions(store, doc_id)
    assert (earlier.number, earlier.sha256, earlier.size) == (1, before.sha256, before.size)
    assert earlier.replaced_at == NOW and earlier.reason == "rotated page 2 by 180°"
    report = check_store(store, deep=True)
    assert report.ok, report.problems
    assert report.blobs_checked == 2  # the current content and the earlier version

    summary, content = read_version(store, doc_id, 1)
    assert summary.sha256 == before.sha256
    assert hashlib.sha256(content).hexdigest() == before.sha256


@needs_ocr
def test_a_photo_taken_upside_down_is_turned_and_read_again(store: Store, tmp_path: Path) -> None:
    upside_down = render(draw_form(SHORT_PAGE), 200).rotate(180)
    out = io.BytesIO()
    upside_down.save(out, "PNG", dpi=(200, 200))
    doc_id = _import(store, tmp_path / "stub.png", out.getvalue(), ocr=True)
    assert doc_id not in _hits(store, "Huehuetenango")

    edit_pages(store, doc_id, PageChanges(rotate=((1, 180),)), clock=clock)

    assert _hits(store, "Huehuetenango") == {doc_id}
    assert show_document(store, doc_id).media_type == "image/png"
    assert check_store(store, deep=True).ok


def test_a_damaged_earlier_version_is_named_by_check_deep(store: Store, tmp_path: Path) -> None:
    doc_id = _import(store, tmp_path / "letter.pdf", _text_pdf(3))
    edit_pages(store, doc_id, PageChanges(rotate=((1, 90),)), clock=clock)
    edit_pages(store, doc_id, PageChanges(delete=(3,)), clock=clock)
    from casebook.store.tables import DocumentVersion

    with store.reading() as session:
        name = session.scalar(select(DocumentVersion.blob_name).where(DocumentVersion.number == 1))
    assert name is not None
    blob = _blob_file(store, name)
    data = bytearray(blob.read_bytes())
    data[-40] ^= 0x01
    blob.write_bytes(bytes(data))

    report = check_store(store, deep=True)

    assert not report.ok
    assert any(f"document {doc_id} earlier version 1" in p for p in report.problems), (
        report.problems
    )
    assert not any("earlier version 2" in p for p in report.problems)


def test_an_earlier_version_is_not_taken_for_an_orphan(store: Store, tmp_path: Path) -> None:
    doc_id = _import(store, tmp_path / "letter.pdf", _text_pdf(2))
    edit_pages(store, doc_id, PageChanges(order=(2, 1)), clock=clock)
    report = check_store(store, now=10**12)  # long after: nothing is "still importing"
    assert report.ok and report.quarantined == 0, report
    assert len(read_version(store, doc_id, 1)[1]) > 0


# -- PDFs ------------------------------------------------------------------------------------


def test_delete_and_reorder_keep_each_pages_text(store: Store, tmp_path: Path) -> None:
    doc_id = _import(store, tmp_path / "letter.pdf", _text_pdf(4))
    assert _hits(store, "word3") == {doc_id}

    edit_pages(store, doc_id, PageChanges(delete=(3,), order=(4, 1, 2)), clock=clock)

    assert show_document(store, doc_id).page_count == 3
    assert _hits(store, "word3") == set()
    assert _hits(store, "word4") == {doc_id}
    with pikepdf.open(io.BytesIO(read_content(store, doc_id))) as pdf:
        assert len(pdf.pages) == 3


def test_rotation_is_set_on_the_page_not_redrawn(store: Store, tmp_path: Path) -> None:
    doc_id = _import(store, tmp_path / "letter.pdf", _text_pdf(2))
    edit_pages(store, doc_id, PageChanges(rotate=((2, 90), (1, 270))), clock=clock)
    with pikepdf.open(io.BytesIO(read_content(store, doc_id))) as pdf:
        assert [int(p.obj.get("/Rotate", 0)) for p in pdf.pages] == [270, 90]
    assert _hits(store, "word2") == {doc_id}  # the text layer stays


def test_split_makes_a_second_document_filed_where_the_first_is(
    store: Store, tmp_path: Path
) -> None:
    client_id = add_client(store, ClientDraft(name="Ana Morales"), today=NOW.date())
    doc_id = _import(store, tmp_path / "batch.pdf", _text_pdf(5), client=client_id)
    title = show_document(store, doc_id).title

    result = split(store, doc_id, 4, clock=clock).value

    new_id = result.new_document_id
    assert new_id is not None
    assert show_document(store, doc_id).page_count == 3
    new = show_document(store, new_id)
    assert new.page_count == 2
    assert new.title == f"{title} (pages 4\N{EN DASH}5)"
    with store.reading() as session:
        source = session.scalar(select(Document.source).where(Document.id == new_id))
        linked = set(
            session.scalars(
                select(DocumentLink.client_id).where(DocumentLink.document_id == new_id)
            )
        )
    assert source == f"pages 4\N{EN DASH}5 of {title}, split on {NOW.date().isoformat()}"
    assert linked == {client_id}
    assert _hits(store, "word5") == {new_id}
    assert _hits(store, "word2") == {doc_id}
    [earlier] = versions(store, doc_id)
    assert (
        earlier.page_count == 5
        and earlier.reason == f"split: pages 4\N{EN DASH}5 moved to document {new_id}"
    )
    assert check_store(store, deep=True).ok


def test_a_one_page_document_cannot_be_split(store: Store, tmp_path: Path) -> None:
    doc_id = _import(store, tmp_path / "one.pdf", _text_pdf(1))
    with pytest.raises(ValidationError, match="cannot be split"):
        split(store, doc_id, 2, clock=clock)
    assert versions(store, doc_id) == []


def test_restoring_an_earlier_version_is_one_more_edit(store: Store, tmp_path: Path) -> None:
    doc_id = _import(store, tmp_path / "letter.pdf", _text_pdf(3))
    original = show_document(store, doc_id).sha256
    edit_pages(store, doc_id, PageChanges(delete=(2,)), clock=clock)

    restore_version(store, doc_id, 1, clock=clock)

    assert show_document(store, doc_id).sha256 == original
    assert show_document(store, doc_id).page_count == 3
    assert [v.reason for v in versions(store, doc_id)] == [
        "deleted page 2",
        "restored earlier version 1",
    ]
    assert _hits(store, "word2") == {doc_id}
    assert check_store(store, deep=True).ok


def test_an_earlier_version_exports_as_it_was(store: Store, tmp_path: Path) -> None:
    data = _text_pdf(2)
    doc_id = _import(store, tmp_path / "letter.pdf", data)
    edit_pages(store, doc_id, PageChanges(delete=(1,)), clock=clock)
    out = tmp_path / "out" / "earlier.pdf"
    out.parent.mkdir()
    export_version(store, doc_id, 1, out)
    assert out.read_bytes() == data
    with pytest.raises(NotFound):
        export_version(store, doc_id, 2, tmp_path / "nope.pdf")


# -- images ----------------------------------------------------------------------------------


def _jpeg() -> bytes:
    picture = Image.new("RGB", (60, 40), "white")
    picture.paste((200, 0, 0), (0, 0, 20, 40))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=80)
    return out.getvalue()


def test_a_jpeg_turns_by_its_orientation_tag_picture_untouched(
    store: Store, tmp_path: Path
) -> None:
    data = _jpeg()
    doc_id = _import(store, tmp_path / "photo.jpg", data)
    edit_pages(store, doc_id, PageChanges(rotate=((1, 90),)), clock=clock)
    turned = read_content(store, doc_id)
    scan_start = data.index(b"\xff\xda")
    assert turned.endswith(data[scan_start:])  # the compressed picture, byte for byte
    with Image.open(io.BytesIO(turned)) as img:
        assert img.getexif()[0x0112] == 6
    summary = show_document(store, doc_id)
    assert summary.media_type == "image/jpeg"
    edit_pages(store, doc_id, PageChanges(rotate=((1, 270),)), clock=clock)
    with Image.open(io.BytesIO(read_content(store, doc_id))) as img:
        assert img.getexif().get(0x0112, 1) == 1


def test_a_png_turns_pixel_for_pixel(store: Store, tmp_path: Path) -> None:
    picture = Image.new("L", (30, 10), 255)
    picture.putpixel((0, 0), 0)
    out = io.BytesIO()
    picture.save(out, "PNG")
    doc_id = _import(store, tmp_path / "scan.png", out.getvalue())
    edit_pages(store, doc_id, PageChanges(rotate=((1, 90),)), clock=clock)
    with Image.open(io.BytesIO(read_content(store, doc_id))) as img:
        assert img.size == (10, 30)
        assert img.getpixel((9, 0)) == 0  # top left, turned clockwise, is top right


def test_a_multipage_tiff_with_a_page_deleted_becomes_a_pdf(store: Store, tmp_path: Path) -> None:
    frames = [Image.new("L", (50, 70), shade) for shade in (0, 120, 250)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:], dpi=(100, 100))
    doc_id = _import(store, tmp_path / "fax.tiff", out.getvalue())
    edit_pages(store, doc_id, PageChanges(delete=(2,)), clock=clock)
    summary = show_document(store, doc_id)
    assert (summary.media_type, summary.page_count, summary.original_name) == (
        "application/pdf",
        2,
        "fax.pdf",
    )
    [earlier] = versions(store, doc_id)
    assert (earlier.media_type, earlier.original_name) == ("image/tiff", "fax.tiff")


def test_an_animation_is_not_cut_to_its_first_frame(store: Store, tmp_path: Path) -> None:
    frames = [Image.new("RGB", (20, 20), (n * 80, 0, 0)) for n in (1, 2, 3)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:])
    doc_id = _import(store, tmp_path / "moving.gif", out.getvalue())
    with pytest.raises(page_content.CannotEdit, match="animation"):
        edit_pages(store, doc_id, PageChanges(rotate=((1, 90),)), clock=clock)
    assert versions(store, doc_id) == []


def test_pages_of_an_attachment_cannot_be_edited(store: Store, tmp_path: Path) -> None:
    doc_id = _import(store, tmp_path / "notes.txt", b"just words")
    with pytest.raises(page_content.CannotEdit):
        edit_pages(store, doc_id, PageChanges(rotate=((1, 90),)), clock=clock)


# -- backups ---------------------------------------------------------------------------------


def test_earlier_versions_survive_a_backup_and_restore(store: Store, tmp_path: Path) -> None:
    doc_id = _import(store, tmp_path / "letter.pdf", _text_pdf(2))
    edit_pages(store, doc_id, PageChanges(rotate=((1, 180),)), clock=clock)
    backup = tmp_path / "vault.cbbackup"
    backup_vault(store, backup, now=NOW)
    restored = tmp_path / "restored.casebook"
    restore(backup, restored, passphrase=PASSPHRASE)
    again = vaults.open_store(restored, PASSPHRASE)
    try:
        assert [v.number for v in versions(again, doc_id)] == [1]
        report = check_store(again, deep=True)
        assert report.ok and report.blobs_checked == 2, report
    finally:
        again.close()


# -- property --------------------------------------------------------------------------------

_EDITS = st.lists(
    st.one_of(
        st.tuples(st.just("rotate"), st.integers(1, 4), st.sampled_from([90, 180, 270])),
        st.tuples(st.just("delete"), st.integers(1, 4), st.just(0)),
        st.tuples(st.just("reverse"), st.just(0), st.just(0)),
    ),
    min_size=1,
    max_size=5,
)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(edits=_EDITS)
def test_any_sequence_of_edits_keeps_every_earlier_version_verifiable(
    vault_path: Path, tmp_path: Path, edits: list[tuple[str, int, int]]
) -> None:
    import shutil
    import uuid

    folder = tmp_path / uuid.uuid4().hex
    shutil.copytree(vault_path, folder)
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        doc_id = _import(store, folder.parent / f"{folder.name}.pdf", _text_pdf(4))
        shas = [show_document(store, doc_id).sha256]
        for kind, page, degrees in edits:
            count = show_document(store, doc_id).page_count or 1
            if kind == "rotate":
                changes = PageChanges(rotate=((min(page, count), degrees),))
            elif kind == "delete":
                if count == 1:
                    continue
                changes = PageChanges(delete=(min(page, count),))
            else:
                if count == 1:
                    continue
                changes = PageChanges(order=tuple(range(count, 0, -1)))
            try:
                edit_pages(store, doc_id, changes, clock=clock)
            except ValidationError:
                continue  # the same content again: refused, nothing changed
            shas.append(show_document(store, doc_id).sha256)
        kept = versions(store, doc_id)
        assert [v.sha256 for v in kept] == shas[:-1]
        for v in kept:
            _summary, content = read_version(store, doc_id, v.number)
            assert hashlib.sha256(content).hexdigest() == v.sha256
        report = check_store(store, deep=True)
        assert report.ok, report.problems
    finally:
        store.close()


def test_image_pages_made_into_a_pdf_keep_every_pixel() -> None:
    picture = Image.new("L", (8, 4), 255)
    picture.putpixel((3, 1), 7)
    out = io.BytesIO()
    picture.save(out, "TIFF", save_all=True, append_images=[picture.rotate(180)])
    edited = page_content.apply(out.getvalue(), FileType.TIFF, [(1, 0), (0, 0)])
    assert edited.kind is FileType.PDF
    with pikepdf.open(io.BytesIO(edited.content)) as pdf:
        [image] = pdf.pages[1].Resources.XObject.values()
        assert pikepdf.PdfImage(image).as_pil_image().tobytes() == picture.tobytes()


# -- hand-off and plaintext ------------------------------------------------------------------


def test_a_hand_off_sends_the_current_content_and_says_what_stays(
    store: Store, tmp_path: Path
) -> None:
    from casebook.services.handoff import export_client

    client_id = add_client(store, ClientDraft(name="Iman Haddad"), today=NOW.date())
    doc_id = _import(store, tmp_path / "letter.pdf", _text_pdf(2), client=client_id)
    edit_pages(store, doc_id, PageChanges(delete=(2,)), clock=clock)
    result = export_client(
        store, client_id, tmp_path / "file.cbhandoff", "copper lantern meadow ninety-one"
    )
    assert result.counts["documents"] == 1
    assert result.to_json()["earlier_versions_not_sent"] == 1


def _plain_marker_pdf(marker: str, pages: int) -> bytes:
    pdf = pikepdf.new()
    for n in range(pages):
        page = pdf.add_blank_page()
        font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1)
        font.BaseFont = pikepdf.Name.Helvetica
        page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
        page.Contents = pikepdf.Stream(pdf, f"BT /F1 24 Tf 72 700 Td ({marker}{n}) Tj ET".encode())
    out = io.BytesIO()
    pdf.save(out, compress_streams=False)
    return out.getvalue()


def test_page_edits_write_no_plaintext_in_the_vault(store: Store, tmp_path: Path) -> None:
    marker = "Xochiquetzal"
    data = _plain_marker_pdf(marker, 3)
    assert marker.encode() in data  # the plaintext shows it, uncompressed
    doc_id = _import(store, tmp_path / "marker.pdf", data)
    (tmp_path / "marker.pdf").unlink()
    edit_pages(store, doc_id, PageChanges(rotate=((1, 90),), order=(3, 2, 1)), clock=clock)
    split(store, doc_id, 2, clock=clock)
    assert _hits(store, f"{marker}2") == {doc_id}
    for path in store.vault.folder.rglob("*"):
        if path.is_file():
            assert marker.encode() not in path.read_bytes(), path.name
