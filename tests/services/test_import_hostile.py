"""No file can cost a batch: hostile and odd files each get one result, and the batch goes on.

The files are made here, by hand or by mutating valid ones (hypothesis), and
imported as a person would: every file ends imported (perhaps with a note
saying what could not be read), duplicate, rejected with a reason, or skipped.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import func, select

from casebook.export.text_document import write_text_document
from casebook.services import documents, extract, limits
from casebook.services.checks import check_store
from casebook.services.importer import ImportResult, ImportStatus, Options, import_paths
from casebook.store.session import Store
from casebook.store.tables import Document
from tests.services import hostile_files as hostile

NO_OCR = Options(ocr=False)
WITH_OCR = Options(ocr=True, workers=2)


class FakeOcr:
    """Stands in for Tesseract: records the size of every page it is asked to read."""

    def __init__(self) -> None:
        self.pages: list[tuple[int, int]] = []
        self.timeouts: list[float] = []

    def __call__(self, image: Image.Image, timeout: float) -> str:
        self.pages.append(image.size)
        self.timeouts.append(timeout)
        return "ORDER OF THE IMMIGRATION JUDGE"


@pytest.fixture
def fake_ocr(monkeypatch: pytest.MonkeyPatch) -> FakeOcr:
    fake = FakeOcr()
    monkeypatch.setattr(extract, "make_ocr", lambda languages, cancel: fake)
    return fake


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _by_name(results: list[ImportResult]) -> dict[str, ImportResult]:
    return {Path(r.path).name: r for r in results}


def _complete_json(results: list[ImportResult], files: list[Path]) -> None:
    """What `casebook import --json` prints: one well-formed entry per file given."""
    printed = json.loads(json.dumps([r.to_json() for r in results]))
    assert sorted(e["path"] for e in printed) == sorted(str(f) for f in files)
    for entry in printed:
        assert entry["status"] in {"imported", "duplicate", "rejected", "skipped"}
        if entry["status"] == "rejected":
            assert entry["reason"]


def test_files_that_used_to_abort_a_batch_are_each_settled(store: Store, tmp_path: Path) -> None:
    good = tmp_path / "good.pdf"
    write_text_document(good, "Notice", ["Hearing on Monday"])
    files = [
        _write(tmp_path, "only-page-unloadable.pdf", hostile.unloadable_page()),
        _write(tmp_path, "pages-contain-themselves.pdf", hostile.self_referencing_pages()),
        _write(tmp_path, "count-lies.pdf", hostile.count_lies()),
        *(
            _write(tmp_path, f"exif-{name}.jpg", hostile.jpeg(exif, (64 + i, 48)))
            for i, (name, exif) in enumerate(hostile.BAD_EXIF.items())
        ),
        good,
    ]
    results = import_paths(store, files, options=NO_OCR)
    _complete_json(results, files)
    got = _by_name(results)
    assert {r.status for r in results} == {ImportStatus.IMPORTED}, got
    for name in ("only-page-unloadable.pdf", "pages-contain-themselves.pdf"):
        assert "no page of this PDF could be read" in got[name].reason
        assert "damaged" not in got[name].reason.split("(")[0]  # not called damage outright
    assert "pages 2, 3, 4, 5 could not be read" in got["count-lies.pdf"].reason
    for name in hostile.BAD_EXIF:
        result = got[f"exif-{name}.jpg"]
        assert "camera data (EXIF) is damaged" in result.reason
        assert result.document_id is not None
        assert documents.thumbnail(store, result.document_id)  # the photo is shown
    assert check_store(store, deep=True).ok


def test_the_scan_is_kept_byte_for_byte_when_no_page_reads(store: Store, tmp_path: Path) -> None:
    data = hostile.self_referencing_pages()
    [result] = import_paths(store, [_write(tmp_path, "scan.pdf", data)], options=NO_OCR)
    assert result.document_id is not None
    assert documents.read_content(store, result.document_id) == data


@pytest.mark.parametrize(
    ("failure", "words"),
    [
        (RecursionError, "its structure nests too deeply"),
        (MemoryError, "it needs more memory than this computer can give it"),
        (OverflowError, "unexpected OverflowError"),
    ],
)
def test_a_reader_crash_keeps_the_file_unread_with_a_note(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: type, words: str
) -> None:
    def crash(path: Path, ocr_page: object) -> None:
        raise failure("deep inside a library")

    monkeypatch.setattr(extract, "_pdf", crash)
    pdf = tmp_path / "notice.pdf"
    write_text_document(pdf, "Notice", ["x"])
    text = _write(tmp_path, "note.txt", b"call the client")
    results = _by_name(import_paths(store, [pdf, text], options=NO_OCR))
    assert results["notice.pdf"].status is ImportStatus.IMPORTED
    assert results["notice.pdf"].reason.startswith(f"casebook could not read this PDF ({words})")
    assert "damaged" not in results["notice.pdf"].reason
    assert results["note.txt"].status is ImportStatus.IMPORTED


def test_a_bug_recording_one_file_is_named_and_the_batch_goes_on(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casebook.services import importer

    real = importer.record

    def flaky(store_: Store, prepared: importer._Prepared, *args: object) -> int:
        if prepared.path.name == "b.txt":
            raise KeyError("a bug")
        return real(store_, prepared, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importer, "record", flaky)
    files = [_write(tmp_path, f"{n}.txt", n.encode() * 20) for n in "abc"]
    got = _by_name(import_paths(store, files, options=Options(ocr=False, workers=1)))
    assert [got[f"{n}.txt"].status.value for n in "abc"] == ["imported", "rejected", "imported"]
    assert "unexpected KeyError, a bug in casebook" in got["b.txt"].reason


# -- valid images of every kind Pillow reads -------------------------------------------------


def _valid_images() -> dict[str, bytes]:
    grey16 = Image.new("I;16", (120, 80), 1000)
    grey16.paste(50000, (0, 0, 60, 80))
    lab = Image.new("LAB", (120, 80), (128, 168, 128))
    return {
        "grey16.png": hostile.image_bytes(grey16, "PNG"),
        "grey16.tif": hostile.image_bytes(grey16, "TIFF"),
        "lab.tif": hostile.image_bytes(lab, "TIFF"),
        "cmyk.jpg": hostile.image_bytes(Image.new("CMYK", (120, 80), (0, 50, 90, 10)), "JPEG"),
        "float.tif": hostile.image_bytes(Image.new("F", (120, 80), 0.25), "TIFF"),
        "scan.bmp": hostile.image_bytes(Image.new("RGB", (120, 80), (10, 20, 30)), "BMP"),
        "photo.webp": hostile.image_bytes(Image.new("RGB", (120, 80), (90, 20, 30)), "WEBP"),
        "fax.gif": hostile.image_bytes(Image.new("P", (120, 80), 3), "GIF"),
    }


def test_valid_images_are_accepted_with_preview_and_ocr(
    store: Store, tmp_path: Path, fake_ocr: FakeOcr
) -> None:
    images = _valid_images()
    files = [_write(tmp_path, name, data) for name, data in images.items()]
    got = _by_name(import_paths(store, files, options=WITH_OCR))
    for name in images:
        result = got[name]
        assert result.status is ImportStatus.IMPORTED, (name, result.reason)
        assert result.document_id is not None
        png = documents.thumbnail(store, result.document_id)
        assert png and Image.open(io.BytesIO(png)).size[0] > 0, name
        assert "IMMIGRATION JUDGE" in documents.document_text(store, result.document_id), name
    assert len(fake_ocr.pages) == len(images)
    # 16-bit grey is stretched, not clipped to white: both halves stay distinct.
    thumb = Image.open(io.BytesIO(documents.thumbnail(store, got["grey16.png"].document_id)))
    left, right = thumb.convert("L").getpixel((5, 5)), thumb.convert("L").getpixel((70, 5))
    assert left > 200 and right < 50  # type: ignore[operator]


def test_new_kinds_are_named_by_their_content(store: Store, tmp_path: Path) -> None:
    files = [_write(tmp_path, name, data) for name, data in _valid_images().items()]
    import_paths(store, files, options=NO_OCR)
    kinds = {d.original_name: d.media_type for d in documents.inbox(store)}
    assert kinds["scan.bmp"] == "image/bmp"
    assert kinds["photo.webp"] == "image/webp"
    assert kinds["fax.gif"] == "image/gif"


# -- caps ------------------------------------------------------------------------------------


def test_a_huge_page_is_read_scaled_to_the_pixel_cap(
    store: Store, tmp_path: Path, fake_ocr: FakeOcr
) -> None:
    path = _write(tmp_path, "poster.pdf", hostile.huge_page(200))
    assert path.stat().st_size < 700
    [result] = import_paths(store, [path], options=WITH_OCR)
    assert result.status is ImportStatus.IMPORTED
    [(width, height)] = fake_ocr.pages
    assert width * height <= limits.MAX_RENDER_PIXELS
    assert width * height > limits.MAX_RENDER_PIXELS * 0.95  # as big as allowed, not tiny
    assert "page 1 is very large: it was read at 32 dpi" in result.reason


def test_ocr_reads_at_most_the_page_cap(
    store: Store, tmp_path: Path, fake_ocr: FakeOcr, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_OCR_PAGES", 3)
    pdf = _write(tmp_path, "blank.pdf", hostile.blank_pages(8))
    tiff = tmp_path / "fax.tif"
    frames = [Image.new("L", (200, 100), 255 - i) for i in range(7)]
    frames[0].save(tiff, "TIFF", save_all=True, append_images=frames[1:])
    got = _by_name(import_paths(store, [pdf, tiff], options=Options(ocr=True, workers=1)))
    assert len(fake_ocr.pages) == 6
    assert "OCR read the first 3 scanned pages only" in got["blank.pdf"].reason
    assert "5 more are stored and viewable" in got["blank.pdf"].reason
    assert "OCR read the first 3 of its 7 pages only" in got["fax.tif"].reason
    doc = {d.original_name: d for d in documents.inbox(store)}
    assert doc["blank.pdf"].page_count == 8 and doc["fax.tif"].page_count == 7


def test_an_animation_is_read_once_not_per_frame(
    store: Store, tmp_path: Path, fake_ocr: FakeOcr
) -> None:
    frames = [Image.new("RGB", (80, 60), (i * 2, 0, 0)) for i in range(129)]
    files = []
    for fmt, name in (("PNG", "anim.png"), ("GIF", "anim.gif")):
        path = tmp_path / name
        frames[0].save(path, fmt, save_all=True, append_images=frames[1:], duration=40)
        files.append(path)
    got = _by_name(import_paths(store, files, options=WITH_OCR))
    assert len(fake_ocr.pages) == 2  # one frame of each
    for name in ("anim.png", "anim.gif"):
        assert "an animation of 129 frames: OCR read only the first" in got[name].reason


def test_ocr_time_is_bounded_per_file(
    store: Store, tmp_path: Path, fake_ocr: FakeOcr, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = iter(range(0, 10_000, 100))  # each look at the clock: 100 s later
    monkeypatch.setattr(extract.time, "monotonic", lambda: float(next(clock)))
    monkeypatch.setattr(limits, "FILE_SECONDS", 250.0)
    pdf = _write(tmp_path, "long.pdf", hostile.blank_pages(10))
    [result] = import_paths(store, [pdf], options=Options(ocr=True, workers=1))
    assert result.status is ImportStatus.IMPORTED
    assert 0 < len(fake_ocr.pages) < 10
    assert all(t <= 250 for t in fake_ocr.timeouts)  # each page's Tesseract limit fits the file's
    assert "reading stopped after 4.16667 minutes" in result.reason


def test_a_long_text_file_is_read_up_to_the_cap_once(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extract, "MAX_TEXT_CHARS", 1000)
    monkeypatch.setattr(extract, "_TEXT_CHUNK", 64)
    path = _write(tmp_path, "log.txt", "é".encode() * 5000)  # 2 bytes a character
    reads: list[int] = []
    real_open = Path.open

    def counting_open(self: Path, *args: object, **kwargs: object) -> object:
        handle = real_open(self, *args, **kwargs)  # type: ignore[call-overload]
        if self == path:
            real_read = handle.read

            def read(size: int = -1) -> bytes:
                reads.append(size)
                return real_read(size)  # type: ignore[no-any-return]

            handle.read = read
        return handle

    monkeypatch.setattr(Path, "open", counting_open)
    [result] = import_paths(store, [path], options=NO_OCR)
    monkeypatch.undo()
    assert result.document_id is not None
    text = documents.document_text(store, result.document_id)
    assert text == "é" * 1000  # the cap, once: not 2000 characters from 2000 bytes
    assert "only the first 1,000 characters are searchable" in result.reason
    assert -1 not in reads  # never read whole


def test_an_image_too_big_to_decode_is_stored_without_preview(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = _write(tmp_path, "big.png", hostile.image_bytes(Image.new("1", (3000, 2000)), "PNG"))
    bomb = _write(tmp_path, "bomb.png", hostile.image_bytes(Image.new("1", (4000, 4000)), "PNG"))
    monkeypatch.setattr(limits, "MAX_DECODE_PIXELS", 5_000_000)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 6_000_000)  # Pillow refuses over 12 MP
    got = _by_name(import_paths(store, [big, bomb], options=NO_OCR))
    assert "too large to open safely (6 megapixels)" in got["big.png"].reason
    assert "too large to open safely" in got["bomb.png"].reason
    for result in got.values():
        assert result.status is ImportStatus.IMPORTED and result.document_id is not None
        assert documents.thumbnail(store, result.document_id) is None


# -- property tests: mutated valid files -----------------------------------------------------


def _seeds() -> list[bytes]:
    frames = [Image.new("RGB", (40, 30), (i * 40, 90, 200)) for i in range(3)]
    tiff = io.BytesIO()
    frames[0].save(tiff, "TIFF", save_all=True, append_images=frames[1:])
    pdf = io.BytesIO()
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(pdf)
    c.drawString(72, 720, "Notice to appear")
    c.showPage()
    c.drawString(72, 720, "Second page")
    c.save()
    return [
        pdf.getvalue(),
        hostile.count_lies(),
        hostile.image_bytes(frames[0], "PNG"),
        hostile.jpeg(hostile.BAD_EXIF["TypeError"]),
        hostile.image_bytes(frames[0], "JPEG", exif=Image.Exif()),
        tiff.getvalue(),
        hostile.image_bytes(frames[0], "GIF", save_all=True, append_images=frames[1:]),
        hostile.image_bytes(frames[0], "WEBP"),
        hostile.image_bytes(frames[0], "BMP"),
    ]


SEEDS = _seeds()


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "zero", "ff"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "zero":
            data[at : at + 4] = b"\x00\x00\x00\x00"
        else:
            data[at : at + 4] = b"\xff\xff\xff\x7f"
    return bytes(data)


# Pillow warns about what it repairs (truncated tags, corrupt EXIF); the command shows
# warnings as warnings, so the test does too rather than turning them into errors.
@pytest.mark.filterwarnings("ignore::UserWarning")
@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(batch=st.lists(mutated(), min_size=1, max_size=4))
def test_mutated_files_never_escape_the_batch(
    store: Store, tmp_path_factory: pytest.TempPathFactory, fake_ocr: FakeOcr, batch: list[bytes]
) -> None:
    folder = tmp_path_factory.mktemp("mutated")
    files = [_write(folder, f"file{i}.bin", data) for i, data in enumerate(batch)]
    with store.reading() as session:
        before = session.scalar(select(func.count(Document.id)))
    results = import_paths(store, files, options=WITH_OCR)  # raises nothing
    _complete_json(results, files)
    imported = sum(r.status is ImportStatus.IMPORTED for r in results)
    with store.reading() as session:
        assert session.scalar(select(func.count(Document.id))) == before + imported
    for r in results:
        if r.status is ImportStatus.REJECTED:
            assert "unexpected" not in r.reason, r.reason  # a library's fault is not called a bug


def test_a_scan_claiming_infinite_dpi_is_still_read(store: Store, tmp_path: Path) -> None:
    from casebook.services import ocr

    image = Image.new("L", (300, 200), 255)
    assert ocr._resolution((float("inf"), float("inf"))) is None
    assert ocr._resolution((float("nan"), 1.0)) is None
    assert ocr._resolution(("300", "300")) == 300
    data, dpi = ocr._encode(image)
    assert data.startswith(b"BM") and dpi is None


def test_two_copies_of_a_damaged_file_are_both_rejected(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    data = bytearray(hostile.image_bytes(Image.new("RGB", (300, 200), (1, 2, 3)), "PNG"))
    data[40] ^= 0xFF
    files = [_write(tmp_path, name, bytes(data)) for name in ("a.png", "copy of a.png")]
    real = extract.extract

    def slow(path: Path, *args: object) -> extract.Extracted:
        time.sleep(0.5)  # the copy is found to be a twin while this one is still being read
        return real(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(extract, "extract", slow)
    results = import_paths(store, files, options=Options(ocr=False, workers=2))
    assert [r.status.value for r in results] == ["rejected", "rejected"]
    # One is read and found damaged; the other is found to be its twin while that read
    # runs (the case that once aborted the batch) or, on a loaded machine, is read on its
    # own. Which worker gets which is up to the scheduler; each line says why.
    reasons = [r.reason for r in results]
    damaged = [why for why in reasons if "could not be decoded" in why]
    assert damaged and all(
        "could not be decoded" in why or "same content as another file" in why for why in reasons
    )
