"""Importing files: every file ends imported, duplicate or rejected, for a reason a person reads."""

from __future__ import annotations

import io
import os
import threading
import zlib
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from sqlalchemy import func, select

from casebook.domain.clients import ClientDraft
from casebook.export.text_document import write_text_document
from casebook.services import documents
from casebook.services.checks import check_store
from casebook.services.clients import add_client
from casebook.services.importer import ImportStatus, Options, Target, expand, import_paths
from casebook.services.search import search
from casebook.store.session import Store
from casebook.store.tables import Document, DocumentLink
from tests.helpers import TODAY

NO_OCR = Options(ocr=False)


def _pdf(path: Path, title: str = "Notice of Hearing", body: str = "Audiencia en la corte") -> Path:
    write_text_document(path, title, [body, "Second paragraph about the respondent."])
    return path


def _image(path: Path, fmt: str, size: tuple[int, int] = (300, 200)) -> Path:
    Image.new("RGB", size, (200, 180, 160)).save(path, fmt)
    return path


def _statuses(results: list) -> dict[str, tuple[str, str]]:
    return {Path(r.path).name: (r.status.value, r.reason) for r in results}


@pytest.fixture
def client_id(store: Store) -> int:
    return add_client(store, ClientDraft(name="Wilner Pierre"), today=TODAY)


def test_each_supported_type_is_imported_with_its_facts(store: Store, tmp_path: Path) -> None:
    files = [
        _pdf(tmp_path / "notice.pdf"),
        _image(tmp_path / "photo.jpg", "JPEG"),
        _image(tmp_path / "scan.png", "PNG"),
        tmp_path / "note.txt",
    ]
    files[3].write_text("Llamar a la clínica el lunes", encoding="utf-8")
    fax = tmp_path / "fax.tif"
    pages = [Image.new("1", (400, 300), 1) for _ in range(3)]
    pages[0].save(fax, "TIFF", save_all=True, append_images=pages[1:], compression="group4")
    files.append(fax)
    from pillow_heif import register_heif_opener

    register_heif_opener()
    files.append(_image(tmp_path / "phone.heic", "HEIF"))
    results = import_paths(store, files, options=NO_OCR)
    assert {r.status for r in results} == {ImportStatus.IMPORTED}, _statuses(results)
    by_name = {d.original_name: d for d in documents.inbox(store)}
    assert by_name["notice.pdf"].media_type == "application/pdf"
    assert by_name["notice.pdf"].page_count == 1
    assert by_name["fax.tif"].page_count == 3
    assert by_name["phone.heic"].media_type == "image/heic"
    assert by_name["note.txt"].media_type == "text/plain"
    for doc in by_name.values():
        assert doc.sha256 == _sha256(tmp_path / doc.original_name)
        if doc.media_type != "text/plain":
            assert documents.thumbnail(store, doc.id), doc.original_name
    assert "Audiencia" in documents.document_text(store, by_name["notice.pdf"].id)
    assert [h.title for h in search(store, "clinica")] == ["note"]
    assert documents.read_content(store, by_name["fax.tif"].id) == fax.read_bytes()


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_bad_files_are_rejected_and_the_batch_goes_on(store: Store, tmp_path: Path) -> None:
    good = _pdf(tmp_path / "good.pdf")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good.read_bytes()[:300])
    png = bytearray(_image(tmp_path / "x.png", "PNG").read_bytes())
    png[40] ^= 0xFF  # inside the image data: the CRC no longer matches
    bad_png = tmp_path / "bad-crc.png"
    bad_png.write_bytes(bytes(png))
    (tmp_path / "x.png").unlink()
    html = tmp_path / "decision.pdf"
    html.write_text("<!DOCTYPE html><html><body>Session expired</body></html>")
    results = import_paths(store, [empty, truncated, bad_png, html, good], options=NO_OCR)
    got = _statuses(results)
    assert got["good.pdf"][0] == "imported"
    assert got["empty.pdf"] == ("rejected", "empty file (0 bytes): there is nothing to store")
    assert got["truncated.pdf"] == ("rejected", "damaged PDF: no pages could be read")
    assert got["bad-crc.png"][0] == "rejected" and "damaged PNG image" in got["bad-crc.png"][1]
    assert got["decision.pdf"][0] == "imported"
    assert "named like a PDF but it is a web page (HTML)" in got["decision.pdf"][1]
    with store.reading() as s:
        assert s.scalar(select(func.count(Document.id))) == 2
    assert len(list(store.vault.blobs.names())) == 2  # nothing stored for rejected files
    assert check_store(store, deep=True).ok


def test_password_protected_pdf_is_stored_without_text(store: Store, tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(_pdf(tmp_path / "plain.pdf")))
    writer.encrypt("s3cret")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as f:
        writer.write(f)
    [result] = import_paths(store, [locked], options=NO_OCR)
    assert result.status is ImportStatus.IMPORTED
    assert result.reason == "password-protected PDF: stored, text not extracted"
    assert documents.read_content(store, result.document_id) == locked.read_bytes()


def test_same_content_is_stored_once_and_linked(
    store: Store, tmp_path: Path, client_id: int
) -> None:
    a = _pdf(tmp_path / "a.pdf")
    b = tmp_path / "copy of a.pdf"
    b.write_bytes(a.read_bytes())
    first = import_paths(store, [a, b], options=NO_OCR)
    assert sorted(r.status.value for r in first) == ["duplicate", "imported"]
    doc_id = next(r.document_id for r in first if r.status is ImportStatus.IMPORTED)
    assert all(r.document_id == doc_id for r in first)
    [again] = import_paths(store, [a], Target(client_id=client_id), options=NO_OCR)
    assert again.status is ImportStatus.DUPLICATE
    assert again.reason == f"already in the vault as document {doc_id} and linked here"
    assert [d.id for d in documents.client_documents(store, client_id)] == [doc_id]
    assert documents.inbox(store) == []  # linking to a client takes it out of the inbox
    assert len(list(store.vault.blobs.names())) == 1


def test_import_to_a_client_and_assign_from_the_inbox(
    store: Store, tmp_path: Path, client_id: int
) -> None:
    [r1] = import_paths(
        store, [_pdf(tmp_path / "one.pdf")], Target(client_id=client_id), options=NO_OCR
    )
    [r2] = import_paths(store, [_pdf(tmp_path / "two.pdf", body="otra")], options=NO_OCR)
    assert [d.id for d in documents.inbox(store)] == [r2.document_id]
    documents.assign(
        store, [r2.document_id], client_id=client_id, title="NTA", kind="notice-to-appear"
    )
    assert documents.inbox(store) == []
    shown = {d.id: d for d in documents.client_documents(store, client_id)}
    assert set(shown) == {r1.document_id, r2.document_id}
    assert (shown[r2.document_id].title, shown[r2.document_id].kind) == ("NTA", "notice-to-appear")
    with store.reading() as s:
        assert s.scalar(select(func.count(DocumentLink.id))) == 2


def test_odd_names_and_folders(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "dropped"
    (folder / "sub").mkdir(parents=True)
    _pdf(folder / "sub" / "nested.pdf")
    (folder / ".DS_Store").write_bytes(b"junk")
    os.symlink(folder, folder / "sub" / "loop")  # a folder linking to its ancestor
    os.symlink(folder / "self-link", folder / "self-link")  # a symlink loop
    raw_name = os.fsencode(str(folder)) + b"/caf\xe9 \xff.pdf"  # not UTF-8
    with open(raw_name, "wb") as f:
        f.write(_pdf(tmp_path / "seed.pdf", body="latin-1 name").read_bytes())
    results = import_paths(store, [folder], options=NO_OCR)
    got = {Path(r.path).name: r for r in results}
    assert got["nested.pdf"].status is ImportStatus.IMPORTED
    # Links inside a dropped folder are never followed, and each is named as skipped.
    for link in ("self-link", "loop"):
        assert got[link].status is ImportStatus.SKIPPED
        assert "links inside a folder are not followed" in got[link].reason
    assert got[".DS_Store"].status is ImportStatus.SKIPPED
    odd = [r for r in results if r.path.endswith(".pdf") and "nested" not in r.path]
    assert [r.status for r in odd] == [ImportStatus.IMPORTED]
    names = {d.original_name for d in documents.inbox(store)}
    assert names == {"nested.pdf", "caf\ufffd \ufffd.pdf"}
    assert len(results) == 5  # nothing silent: .DS_Store and both links have a line


def test_name_with_separators_is_kept_as_text() -> None:
    from casebook.services.importer import _display_name

    assert _display_name(Path("a\\b.pdf")) == "a\u2216b.pdf"


def test_missing_path_and_missing_client(store: Store, tmp_path: Path) -> None:
    files, rejected = expand([tmp_path / "nope.pdf"])
    assert files == [] and rejected[0].reason == "no such file or folder"
    from casebook.domain.errors import NotFound

    with pytest.raises(NotFound):
        import_paths(store, [tmp_path], Target(client_id=999), options=NO_OCR)


def test_cancel_stops_before_the_next_files(store: Store, tmp_path: Path) -> None:
    files = [_pdf(tmp_path / f"f{i}.pdf", body=f"document number {i}") for i in range(12)]
    cancel = threading.Event()
    results = import_paths(
        store,
        files,
        options=Options(ocr=False, workers=1),
        progress=lambda done, total, name: cancel.set(),
        cancel=cancel,
    )
    assert len(results) == 12
    imported = [r for r in results if r.status is ImportStatus.IMPORTED]
    cancelled = [r for r in results if "cancelled" in r.reason]
    assert 1 <= len(imported) < 12
    assert len(imported) + len(cancelled) == 12
    assert check_store(store, deep=True).ok


def test_plaintext_of_imported_file_never_lands_in_the_vault(
    store: Store, tmp_path: Path, vault_path: Path
) -> None:
    secret = "Quetzalcoatl-Xochitl testimony about the detention"
    note = tmp_path / "statement.txt"
    note.write_text(secret)
    import_paths(store, [note], options=NO_OCR)
    for p in vault_path.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            assert secret.encode() not in data and b"Quetzalcoatl" not in data, p.name
            assert zlib.compress(secret.encode())[:20] not in data


def test_thumbnail_is_a_small_png(store: Store, tmp_path: Path) -> None:
    [r] = import_paths(store, [_image(tmp_path / "big.jpg", "JPEG", (3000, 2000))], options=NO_OCR)
    thumb = Image.open(io.BytesIO(documents.thumbnail(store, r.document_id)))
    assert thumb.format == "PNG" and max(thumb.size) == 200
