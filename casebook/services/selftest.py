"""``casebook selftest``: prove an installed casebook works here, end to end, then leave nothing.

It makes a throwaway vault in a private temporary folder (a random passphrase
no one needs to know; Argon2id at the floor, since the vault lives seconds),
imports a generated PDF and a generated image through the real pipeline,
searches, exports a filing packet and a document copy, backs up and
restores, checks, and deletes everything.
Each step names itself, so a failure is one line saying which step broke:
e.g. a packaged build missing its fonts, migrations or OCR models.
"""

from __future__ import annotations

import hashlib
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import CasebookError
from casebook.export.fonts import font_dir
from casebook.export.text_document import write_text_document
from casebook.services import backups, clients, documents, vaults
from casebook.services.checks import check_store
from casebook.services.importer import ImportStatus, Options, Target, import_paths
from casebook.services.ocr import ocr_available
from casebook.services.packet import PacketRequest, export_packet
from casebook.services.search import search
from casebook.store.session import Store
from casebook.vault.kdf import SALT_BYTES, floor_params

PDF_WORD = "quetzalcoatlus"  # rare enough that a hit can only be our document
IMAGE_WORDS = ("SELFTEST", "PRECINCT")


class SelftestFailed(CasebookError):
    """One step of the self test failed; the message names it."""


@dataclass(frozen=True)
class SelftestReport:
    steps: tuple[tuple[str, float], ...]  # (step, seconds)
    ocr_checked: bool
    notes: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, object]:
        return {
            "ok": True,
            "steps": [{"step": s, "seconds": round(t, 3)} for s, t in self.steps],
            "ocr_checked": self.ocr_checked,
            "notes": list(self.notes),
        }


Step = Callable[[str], None]


def run_selftest(
    *, parent: Path | None = None, progress: Callable[[str], None] | None = None
) -> SelftestReport:
    """Run every step; raise ``SelftestFailed`` naming the first that fails. Cleans up always."""
    workdir = Path(tempfile.mkdtemp(prefix="casebook-selftest-", dir=parent))
    steps: list[tuple[str, float]] = []
    notes: list[str] = []
    current = "start"
    started = time.perf_counter()

    def step(name: str) -> None:
        nonlocal current, started
        now = time.perf_counter()
        if current != "start":
            steps.append((current, now - started))
        current, started = name, now
        if progress is not None:
            progress(name)

    store: Store | None = None
    try:
        step("create a vault")
        folder = workdir / "Selftest.casebook"
        passphrase = "selftest " + secrets.token_urlsafe(24)
        salt = secrets.token_bytes(SALT_BYTES)
        vaults.create(folder, passphrase, kdf=floor_params(salt))
        store = vaults.open_store(folder, passphrase)
        client_id = clients.add_client(
            store, ClientDraft(name="Selftest Person"), today=date.today()
        )

        step("import a PDF and an image")
        inputs = workdir / "in"
        inputs.mkdir(mode=0o700)
        pdf, image = inputs / "selftest-notice.pdf", inputs / "selftest-scan.png"
        write_text_document(pdf, "Selftest notice", [f"The word {PDF_WORD} marks this page."])
        _write_image(image)
        ocr = ocr_available().available
        results = import_paths(
            store, [pdf, image], Target(client_id=client_id), options=Options(ocr=ocr)
        )
        bad = [r for r in results if r.status is not ImportStatus.IMPORTED]
        if bad or len(results) != 2:
            reason = bad[0].reason if bad else "not every file was imported"
            raise SelftestFailed(f"importing failed: {reason}")
        pdf_id, image_id = (r.document_id for r in results)
        assert pdf_id is not None and image_id is not None

        step("search")
        if not any(h.kind == "document" and h.id == pdf_id for h in search(store, PDF_WORD)):
            raise SelftestFailed("search did not find the imported PDF by a word in it")
        if ocr:
            if not any(h.id == image_id for h in search(store, " ".join(IMAGE_WORDS))):
                raise SelftestFailed("OCR ran but search did not find the image's words")
        else:
            notes.append("OCR is not installed: the image was stored but not read")

        step("export")
        _export(store, workdir, client_id, (pdf_id, image_id))

        step("back up and restore")
        backup = workdir / "selftest.cbbackup"
        backups.backup_vault(store, backup)
        restored = workdir / "Restored.casebook"
        backups.restore(backup, restored, passphrase=passphrase)
        copy = vaults.open_store(restored, passphrase)
        try:
            if not check_store(copy, deep=True).ok:
                raise SelftestFailed("the restored vault is not intact")
        finally:
            copy.close()

        step("check")
        report = check_store(store, deep=True)
        if not report.ok or report.blobs_checked != 2:
            raise SelftestFailed(f"check found a problem: {(*report.problems, '?')[0]}")

        step("delete everything")
        store.close()
        store = None
        shutil.rmtree(workdir)
        if workdir.exists():
            raise SelftestFailed(f"the temporary folder {workdir} could not be removed")
        step("done")
    except SelftestFailed as exc:
        raise SelftestFailed(f"selftest failed at '{current}': {exc.message}") from None
    except CasebookError as exc:
        raise SelftestFailed(f"selftest failed at '{current}': {exc.message}") from None
    except Exception as exc:  # report any bug as the step it broke, without a traceback
        raise SelftestFailed(
            f"selftest failed at '{current}': internal error ({type(exc).__name__})"
        ) from exc
    finally:
        if store is not None:
            store.close()
        shutil.rmtree(workdir, ignore_errors=True)
    return SelftestReport(tuple(steps), ocr, tuple(notes))


def _export(store: Store, workdir: Path, client_id: int, doc_ids: tuple[int, int]) -> None:
    """A filing packet of both documents (layout, fonts, PDF merging) and a decrypted copy."""
    out = workdir / "out"
    out.mkdir(mode=0o700)
    result = export_packet(
        store,
        PacketRequest(client_id=client_id, exhibit_ids=doc_ids),
        out / "packet.pdf",
        today=date.today(),
    )
    if not result.paths or result.page_count < 2 + len(doc_ids):
        raise SelftestFailed("the filing packet is missing pages")
    for path in result.paths:
        with path.open("rb") as f:
            if f.read(5) != b"%PDF-":
                raise SelftestFailed("the filing packet is not a PDF")
    copy = out / "copy.pdf"
    documents.export_copy(store, doc_ids[0], copy)
    expected = documents.show_document(store, doc_ids[0]).sha256
    if hashlib.sha256(copy.read_bytes()).hexdigest() != expected:
        raise SelftestFailed("the exported copy differs from the imported document")


def _write_image(path: Path) -> None:
    """A clean, large-type page: OCR must read it if OCR works at all."""
    page = Image.new("L", (1275, 600), color=255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(font_dir() / "NotoSans-Regular.ttf"), 64)
    draw.text((100, 150), " ".join(IMAGE_WORDS), fill=0, font=font)
    draw.text((100, 300), "Queens 115", fill=0, font=font)
    page.save(path, "PNG")
