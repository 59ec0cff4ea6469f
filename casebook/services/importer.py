"""The import pipeline: files in, encrypted documents out, one result per file.

Steps, in order (each a function testable alone, as in paperless-ngx):

1. ``expand``: folders become their files (no symlinked folders, no junk);
2. ``detect_type`` by content; 3. ``fingerprint`` (SHA-256 for chain of
custody and the keyed blob name); 4. duplicate check, before anything is
written; 5. ``store`` (encrypt, fsync, rename); 6. ``extract`` text (OCR for
scans) and 7. thumbnail; 8. ``record``: the document row, its link, the
audit entry and (by trigger) the search index, in one transaction.

A scanned batch (a PDF or multi-page TIFF) with separator sheets or blank
pages is cut after step 2 (``batch_split``): each piece is a new PDF made in
memory and goes through steps 3-8 as a document of its own, its ``source``
naming the pages and the batch's SHA-256; the batch itself is not stored.

Steps 2-7 run in a pool of worker threads (hashing, AES-GCM and OCR release
the GIL); step 8 runs on the calling thread, which owns the database. A kill
at any moment leaves each file either wholly imported (row committed, blob in
place) or absent: a blob written without its row is an orphan that ``check``
removes.
"""

from __future__ import annotations

import io
import logging
import os
import stat
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from casebook.domain.batch_split import DropReason, dropped_words, page_range
from casebook.domain.errors import CasebookError, NotFound
from casebook.services import batch_split
from casebook.services import extract as extract_step
from casebook.services.filetypes import FileType, detect_file, mismatch_note
from casebook.services.ocr import OcrCancelled
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import Client, Document, DocumentLink, Matter, new_uid
from casebook.vault.blobstore import Fingerprint

JUNK_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini"})

_log = logging.getLogger(__name__)


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"
    SKIPPED = "skipped"  # looked at and left alone on purpose: hidden files, links in folders


@dataclass(frozen=True)
class SplitNote:
    """Which piece of a split batch a document is, and what the batch left out."""

    piece: int  # from 1
    pieces: int
    pages: tuple[int, ...]  # of the batch, from 1
    batch_pages: int
    dropped: tuple[tuple[int, DropReason], ...]
    batch_sha256: str

    def words(self) -> str:
        """Said with the import: "document 2 of 3 split from this batch of 7 pages: ..."."""
        text = (
            f"document {self.piece} of {self.pieces} split from this batch of "
            f"{self.batch_pages} pages: {page_range(self.pages)}"
        )
        return f"{text}; left out: {dropped_words(self.dropped)}" if self.dropped else text

    def to_json(self) -> dict[str, Any]:
        return {
            "piece": self.piece,
            "of": self.pieces,
            "pages": list(self.pages),
            "batch_pages": self.batch_pages,
            "dropped": [{"page": p, "as": why.value} for p, why in self.dropped],
            "batch_sha256": self.batch_sha256,
        }


@dataclass(frozen=True)
class ImportResult:
    path: str
    status: ImportStatus
    document_id: int | None = None
    reason: str = ""  # why rejected, or what the person should know about an import
    split: SplitNote | None = None  # one of the documents a scanned batch was split into

    def to_json(self) -> dict[str, Any]:
        """CLI.md's import line; ``split`` only for a piece of a split batch, so a file
        imported whole reads exactly as before."""
        out: dict[str, Any] = {
            "path": self.path,
            "status": self.status.value,
            "document_id": str(self.document_id) if self.document_id else None,
            "reason": self.reason or None,
        }
        if self.split is not None:
            out["split"] = self.split.to_json()
        return out


@dataclass(frozen=True)
class Target:
    """Where imported documents go: a client, a matter (and its client), or the inbox."""

    client_id: int | None = None
    matter_id: int | None = None

    @property
    def inbox(self) -> bool:
        return self.client_id is None and self.matter_id is None


@dataclass(frozen=True)
class Options:
    ocr: bool = True
    languages: tuple[str, ...] = ("English", "Spanish")
    workers: int | None = None
    received_on: date | None = None
    source: str = "import"
    split: bool = True  # cut scanned batches at separator sheets and blank pages
    duplex: bool = False  # the scanner scans both sides: only a blank sheet splits


Progress = Callable[[int, int, str], None]  # done, total, file name (never its content)


@dataclass
class _Prepared:
    path: Path
    kind: FileType
    fp: Fingerprint
    extracted: extract_step.Extracted
    note: str = ""
    name: str = ""  # a piece's own name ("scan (pages 3-5).pdf", en dash); "" for the file's
    source: str = ""  # a piece's source with its pages and batch; "" for the options'
    split: SplitNote | None = None


@dataclass
class _PieceDuplicate:
    name: str  # its blob name
    split: SplitNote


@dataclass
class _SplitPrepared:
    """A batch cut into pieces: each prepared, or already in the vault (or this import)."""

    path: Path
    pieces: list[_Prepared | _PieceDuplicate]


@dataclass
class _Batch:
    """Blob names known to the vault or claimed earlier in this batch."""

    known: dict[str, int]
    claimed: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def claim(self, name: str) -> bool:
        with self.lock:
            if name in self.known or name in self.claimed:
                return False
            self.claimed.add(name)
            return True


class _Duplicate(Exception):
    def __init__(self, name: str) -> None:
        self.name = name


def import_paths(
    store: Store,
    paths: Sequence[Path],
    target: Target = Target(),
    *,
    options: Options = Options(),
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> list[ImportResult]:
    """Import files and folders; one result per file, in the order given.

    One bad file never stops the others. Paths rejected before reading (missing,
    loops) come first.
    """
    cancel = cancel or threading.Event()
    _check_target(store, target)
    files, results = expand(paths)
    total = len(files)
    done = 0
    with store.reading() as session:
        known = session.connection().execute(select(Document.blob_name, Document.id))
        batch = _Batch({name: doc_id for name, doc_id in known})
    ocr_page = extract_step.make_ocr(options.languages, cancel) if options.ocr else None
    deferred: list[tuple[Path, str, SplitNote | None]] = []
    workers = options.workers or max(1, os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="import") as pool:
        pending: dict[Future[_Prepared | _SplitPrepared], Path] = {}
        queue = iter(files)
        while True:
            while len(pending) < workers * 2 and not cancel.is_set():
                path = next(queue, None)
                if path is None:
                    break
                job = pool.submit(prepare, store, path, batch, ocr_page, cancel, options)
                pending[job] = path
            if not pending:
                break
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                path = pending.pop(future)
                results += _settle(store, future, path, target, options, batch, deferred)
                done += 1
                if progress is not None:
                    progress(done, total, _display_name(path))
        for path in queue:  # never started: cancelled
            results.append(
                ImportResult(
                    str(path),
                    ImportStatus.REJECTED,
                    reason="not imported: the import was cancelled",
                )
            )
    for path, name, note in deferred:
        if name in batch.known:
            results.append(_link_duplicate(store, path, batch.known[name], target, note))
        else:  # its twin in this batch was rejected: so is this copy, for the same reason
            results.append(
                ImportResult(
                    str(path),
                    ImportStatus.REJECTED,
                    reason="not imported: it has the same content as another file of this "
                    "import, which could not be imported (see that file's line)",
                    split=note,
                )
            )
    # Files finish in any order; report them in the order they were given.
    order = {str(path): index for index, path in enumerate(files)}
    return sorted(results, key=lambda r: (order.get(r.path, -1), r.split.piece if r.split else 0))


def prepare(
    store: Store,
    path: Path,
    batch: _Batch,
    ocr_page: extract_step.OcrFunction | None,
    cancel: threading.Event,
    options: Options = Options(split=False),
) -> _Prepared | _SplitPrepared:
    """Steps 2-7 for one file (or each piece of a split batch), on a worker thread;
    touches no database row."""
    if cancel.is_set():
        raise OcrCancelled("cancelled")
    if path.stat().st_size == 0:
        raise extract_step.Unreadable("empty file (0 bytes): there is nothing to store")
    kind = detect_file(path)
    blobs = store.vault.blobs
    fp: Fingerprint | None = None
    if options.split and kind in (FileType.PDF, FileType.TIFF):
        fp = blobs.fingerprint(path)  # before reading: the pieces come from these bytes
        split = batch_split.split_batch(path, kind, duplex=options.duplex)
        if split is not None:
            return _prepare_pieces(store, path, fp, split, batch, ocr_page, cancel, options)
    fp = fp or blobs.fingerprint(path)
    if not batch.claim(fp.name):
        raise _Duplicate(fp.name)
    try:
        extracted = _extract(path, kind, ocr_page)
    except BaseException:
        with batch.lock:
            batch.claimed.discard(fp.name)
        raise
    blobs.put(path, fp)
    return _Prepared(path, kind, fp, extracted, mismatch_note(path.name, kind))


def _prepare_pieces(
    store: Store,
    path: Path,
    batch_fp: Fingerprint,
    split: batch_split.Split,
    batch: _Batch,
    ocr_page: extract_step.OcrFunction | None,
    cancel: threading.Event,
    options: Options,
) -> _SplitPrepared:
    """Each piece fingerprinted, read and stored; a failure in any rejects the whole batch."""
    blobs = store.vault.blobs
    name = _display_name(path)
    stem = name.rsplit(".", 1)[0] if "." in name.strip(".") else name
    out: list[_Prepared | _PieceDuplicate] = []
    claimed: list[str] = []
    try:
        for number, piece in enumerate(split.pieces, start=1):
            if cancel.is_set():
                raise OcrCancelled("cancelled")
            note = SplitNote(
                number,
                len(split.pieces),
                piece.pages,
                split.plan.pages,
                split.plan.dropped,
                batch_fp.sha256,
            )
            fp = blobs.fingerprint(io.BytesIO(piece.pdf))
            if not batch.claim(fp.name):
                out.append(_PieceDuplicate(fp.name, note))
                continue
            claimed.append(fp.name)
            extracted = _extract(piece.pdf, FileType.PDF, ocr_page)
            blobs.put_stream(io.BytesIO(piece.pdf), fp)
            pages = page_range(piece.pages)
            out.append(
                _Prepared(
                    path,
                    FileType.PDF,
                    fp,
                    extracted,
                    name=f"{stem} ({pages}).pdf",
                    source=f"{options.source}: {pages} of {name} ({split.plan.pages} pages), "
                    f"batch SHA-256 {batch_fp.sha256}",
                    split=note,
                )
            )
    except BaseException:
        with batch.lock:
            batch.claimed.difference_update(claimed)
        raise
    return _SplitPrepared(path, out)


def _extract(
    path: Path | bytes, kind: FileType, ocr_page: extract_step.OcrFunction | None
) -> extract_step.Extracted:
    try:
        return extract_step.extract(path, kind, ocr_page)  # a piece: PDF bytes in memory
    except extract_step.PasswordProtected:
        return extract_step.Extracted(
            "", None, None, ("password-protected PDF: stored, text not extracted",), "encrypted"
        )
    except (CasebookError, OSError):
        raise  # a file that cannot be opened as its type, or read at all: rejected, named
    except Exception as exc:  # a reader failed on these bytes: keep them
        # Not "damaged": the file may be fine and the fault ours or a library's. The
        # scan is kept (a person would rather have it stored than lost), unread.
        _log.warning("%s while reading a %s for import", type(exc).__name__, kind.label)
        return extract_step.Extracted(
            "",
            None,
            None,
            (
                f"casebook could not read this {kind.label} ({_what_failed(exc)}): it is "
                "stored as it is, without preview or searchable text; export a copy to "
                "open it in another program",
            ),
            "none",
        )


def _what_failed(exc: BaseException) -> str:
    if isinstance(exc, MemoryError):
        return "it needs more memory than this computer can give it"
    if isinstance(exc, RecursionError):
        return "its structure nests too deeply"
    return f"unexpected {type(exc).__name__}"


def _settle(
    store: Store,
    future: Future[_Prepared | _SplitPrepared],
    path: Path,
    target: Target,
    options: Options,
    batch: _Batch,
    deferred: list[tuple[Path, str, SplitNote | None]],
) -> list[ImportResult]:
    """The results of one file: one, or one per piece of a split batch (none yet if deferred)."""
    try:
        prepared = future.result()
    except _Duplicate as dup:
        if dup.name in batch.known:
            return [_link_duplicate(store, path, batch.known[dup.name], target)]
        deferred.append((path, dup.name, None))  # its twin in this batch is not recorded yet
        return []
    except Exception as exc:
        return [_failed(path, exc)]
    if isinstance(prepared, _Prepared):
        return [_recorded(store, prepared, target, options, batch)]
    results: list[ImportResult] = []
    for piece in prepared.pieces:
        if isinstance(piece, _Prepared):
            results.append(_recorded(store, piece, target, options, batch))
        elif piece.name in batch.known:
            results.append(
                _link_duplicate(store, path, batch.known[piece.name], target, piece.split)
            )
        else:
            deferred.append((path, piece.name, piece.split))
    return results


def _failed(path: Path, exc: Exception) -> ImportResult:
    """Why a file could not be prepared, in words (``exc`` raised by ``prepare``)."""

    def rejected(reason: str) -> ImportResult:
        return ImportResult(str(path), ImportStatus.REJECTED, reason=reason)

    if isinstance(exc, OcrCancelled):  # a CasebookError: asked first
        return rejected("not imported: the import was cancelled")
    if isinstance(exc, CasebookError):
        return rejected(exc.message)
    if isinstance(exc, FileNotFoundError):
        return rejected("the file disappeared before it could be read")
    if isinstance(exc, PermissionError):
        return rejected("casebook may not read this file (permission denied)")
    if isinstance(exc, OSError):
        return rejected(f"the file could not be read ({os.strerror(exc.errno or 0)})")
    # one file's fault never costs the batch
    _log.warning("%s while preparing a file for import", type(exc).__name__)
    return rejected(
        f"casebook could not import this file ({_what_failed(exc)}); it was left as it is"
    )


def _recorded(
    store: Store, prepared: _Prepared, target: Target, options: Options, batch: _Batch
) -> ImportResult:
    path = prepared.path
    try:
        doc_id = record(store, prepared, target, options)
    except CasebookError as exc:
        return ImportResult(
            str(path), ImportStatus.REJECTED, reason=exc.message, split=prepared.split
        )
    except Exception as exc:  # a bug recording this file: name it, go on
        _log.warning("%s while recording an imported file", type(exc).__name__)
        return ImportResult(
            str(path),
            ImportStatus.REJECTED,
            reason=f"casebook could not record this file (unexpected {type(exc).__name__}, "
            "a bug in casebook); it was not imported",
            split=prepared.split,
        )
    batch.known[prepared.fp.name] = doc_id
    words = prepared.split.words() if prepared.split is not None else ""
    reasons = [words, prepared.note, *prepared.extracted.notes]
    return ImportResult(
        str(path),
        ImportStatus.IMPORTED,
        doc_id,
        "; ".join(r for r in reasons if r),
        prepared.split,
    )


def record(store: Store, prepared: _Prepared, target: Target, options: Options) -> int:
    """Step 8: the row, its link and the audit entry, all or nothing."""
    name = prepared.name or _display_name(prepared.path)
    source = prepared.source or options.source
    now = audit.utcnow()
    ex = prepared.extracted
    with store.transaction() as session:
        # Core insert: the ORM's unit of work costs more than the row itself here.
        doc_id: int = session.execute(
            insert(Document).returning(Document.id),
            {
                "uid": new_uid(),
                "title": _title(name),
                "kind": "other",
                "original_name": name,
                "media_type": prepared.kind.value,
                "size": prepared.fp.size,
                "page_count": ex.page_count,
                "sha256": prepared.fp.sha256,
                "blob_name": prepared.fp.name,
                "received_on": options.received_on or now.date(),
                "source": source,
                "text": ex.text,
                "text_status": ex.text_status,
                "thumbnail": ex.thumbnail,
                "in_inbox": target.inbox,
                "is_translation": False,
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
            },
        ).scalar_one()
        if not target.inbox:
            session.add(_link(doc_id, target, session))
        details: dict[str, Any] = {
            "original_name": name,
            "sha256": prepared.fp.sha256,
            "size": prepared.fp.size,
            "client_id": target.client_id,
            "matter_id": target.matter_id,
            "source": options.source,
        }
        if prepared.split is not None:  # chain of custody: which pages of which batch
            details["batch_sha256"] = prepared.split.batch_sha256
            details["batch_pages"] = list(prepared.split.pages)
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent("import", "document", str(doc_id), details),
        )
        return doc_id


def _link(doc_id: int, target: Target, session: Any) -> DocumentLink:
    client_id = target.client_id
    if target.matter_id is not None and client_id is None:
        client_id = session.scalar(select(Matter.client_id).where(Matter.id == target.matter_id))
    return DocumentLink(document_id=doc_id, client_id=client_id, matter_id=target.matter_id)


def _link_duplicate(
    store: Store, path: Path, doc_id: int, target: Target, split: SplitNote | None = None
) -> ImportResult:
    """Same content already here: link the existing document where it was wanted."""
    with store.transaction() as session:
        linked = False
        if not target.inbox:
            link = _link(doc_id, target, session)
            exists = session.scalar(
                select(DocumentLink.id).where(
                    DocumentLink.document_id == doc_id,
                    DocumentLink.client_id == link.client_id,
                    DocumentLink.matter_id.is_(None)
                    if link.matter_id is None
                    else DocumentLink.matter_id == link.matter_id,
                )
            )
            if exists is None:
                session.add(link)
                session.flush()
                doc = session.get(Document, doc_id)
                if doc is not None and doc.in_inbox:
                    doc.in_inbox = False
                audit.record(
                    session,
                    store.audit_key,
                    audit.AuditEvent(
                        "link",
                        "document",
                        str(doc_id),
                        {"client_id": link.client_id, "matter_id": link.matter_id},
                    ),
                )
                linked = True
    where = " and linked here" if linked else ""
    piece = f"{split.words()}: " if split is not None else ""
    return ImportResult(
        str(path),
        ImportStatus.DUPLICATE,
        doc_id,
        f"{piece}already in the vault as document {doc_id}{where}",
        split,
    )


def _check_target(store: Store, target: Target) -> None:
    with store.reading() as session:
        if target.client_id is not None:
            client = session.get(Client, target.client_id)
            if client is None or client.deleted_at is not None:
                raise NotFound(f"There is no client #{target.client_id}.")
        if target.matter_id is not None:
            matter = session.get(Matter, target.matter_id)
            if matter is None:
                raise NotFound(f"There is no matter #{target.matter_id}.")
            if target.client_id is not None and matter.client_id != target.client_id:
                raise CasebookError(
                    f"Matter #{target.matter_id} belongs to another client, "
                    f"not #{target.client_id}."
                )


# -- step 1: what to import --------------------------------------------------------------------


def expand(paths: Iterable[Path]) -> tuple[list[Path], list[ImportResult]]:
    """Files to import, and early rejections (missing paths, loops, special files)."""
    files: list[Path] = []
    rejected: list[ImportResult] = []
    seen: set[tuple[int, int]] = set()
    for path in paths:
        _walk(Path(path), files, rejected, seen, top=True)
    return files, rejected


def _walk(
    path: Path,
    files: list[Path],
    rejected: list[ImportResult],
    seen: set[tuple[int, int]],
    *,
    top: bool,
) -> None:
    name = _display_name(path)
    if not top:
        skipped = _skip_inside_folder(path, name)
        if skipped:
            rejected.append(ImportResult(str(path), ImportStatus.SKIPPED, reason=skipped))
            return
    try:
        st = path.stat()  # follows a link named on its own (a top-level drop); a loop raises
    except FileNotFoundError:
        if path.is_symlink():
            rejected.append(
                ImportResult(
                    str(path), ImportStatus.REJECTED, reason="a link to a file that does not exist"
                )
            )
        else:
            rejected.append(
                ImportResult(str(path), ImportStatus.REJECTED, reason="no such file or folder")
            )
        return
    except OSError:
        rejected.append(
            ImportResult(
                str(path),
                ImportStatus.REJECTED,
                reason="a link that leads back to itself (symbolic link loop)",
            )
        )
        return
    identity = (st.st_dev, st.st_ino)
    if identity in seen:
        return
    seen.add(identity)
    if stat.S_ISDIR(st.st_mode):
        try:
            children = sorted(path.iterdir())
        except OSError:
            rejected.append(
                ImportResult(
                    str(path), ImportStatus.REJECTED, reason="casebook may not read this folder"
                )
            )
            return
        for child in children:
            _walk(child, files, rejected, seen, top=False)
    elif stat.S_ISREG(st.st_mode):
        files.append(path)
    else:
        rejected.append(
            ImportResult(
                str(path),
                ImportStatus.REJECTED,
                reason="not a regular file (a device, pipe or socket)",
            )
        )


def _skip_inside_folder(path: Path, name: str) -> str:
    """Why an entry of a dropped folder is left alone ("" to import it).

    Links are never followed inside a folder: one could pull in a file from
    anywhere on the computer (a system file, another client's folder) or loop.
    """
    try:
        st = path.lstat()
    except OSError:
        return ""  # gone or unreadable: the stat that follows names it
    if stat.S_ISLNK(st.st_mode) or _is_junction(path):
        return "a link (shortcut): links inside a folder are not followed; import its target itself"
    folder = stat.S_ISDIR(st.st_mode)
    if name.lower() in JUNK_NAMES:
        return "a file the operating system made by itself"
    if name.startswith("."):
        return "hidden folder: not looked into" if folder else "hidden file"
    return ""


def _is_junction(path: Path) -> bool:
    check = getattr(os.path, "isjunction", None)  # Python 3.12; Windows only in effect
    return bool(check(path)) if check is not None else False


def _display_name(path: Path) -> str:
    """The file's name as text: undecodable bytes become U+FFFD, separators cannot appear."""
    raw = os.fsencode(path.name)
    name = raw.decode("utf-8", "replace")
    name = name.replace("/", "\u2215").replace("\\", "\u2216")
    return unicodedata.normalize("NFC", "".join(c for c in name if c.isprintable())) or "unnamed"


def printable(text: str) -> str:
    """``text`` safe for one line of a terminal: control and format characters escaped.

    A file name may hold a newline (forging a line of output such as "imported
    ... as document 999"), a carriage return or a bidi override; each is shown as
    its escape (``\\n``, ``\\u202e``) instead.
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escape(c) for c in text)


def _escape(c: str) -> str:
    if c in "\n\r\t":
        return repr(c)[1:-1]
    return f"\\u{ord(c):04x}" if ord(c) > 0xFF else f"\\x{ord(c):02x}"


def _title(name: str) -> str:
    stem = name.rsplit(".", 1)[0] if "." in name.strip(".") else name
    return " ".join(stem.replace("_", " ").split()) or name
