"""Import 200 text PDFs and 200 photos (OCR off): casebook vs a minimal single-threaded script.

``--scanned N`` instead imports N 10-page scanned PDFs (300 dpi JPEG pages, no
text layer), issue 14's case: the baseline reads each page's (empty) text and
renders page 1 as the thumbnail, as the same minimal script does.

The baseline does only the necessary steps, with the same libraries, one file
after another: SHA-256 and the keyed name, AES-256-GCM in 64 KiB chunks,
write + fsync + rename, text from the PDF (pypdfium2), a 200 px thumbnail, one
INSERT and commit per file into SQLCipher. casebook's pipeline overlaps that
work across cores; the target is a ratio <= 1.0.
Run: .venv/bin/python benchmarks/bench_import.py [--files N]
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import pypdfium2 as pdfium
import sqlcipher3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PIL import Image
from sqlalchemy.orm import configure_mappers

import casebook.vault.kdf as kdf
import casebook.vault.vault as vault_module
from casebook.export.text_document import write_text_document
from casebook.services import vaults
from casebook.services.importer import ImportStatus, Options, import_paths

PASSPHRASE = "benchmark orchard violin 42"
CHUNK = 64 * 1024


def make_inputs(folder: Path, count: int) -> list[Path]:
    rng = random.Random(1)
    words = [
        "court",
        "hearing",
        "respondent",
        "asylum",
        "notice",
        "precinct",
        "arrest",
        "record",
        "request",
        "audiencia",
        "corte",
        "inmigración",
        "solicitud",
        "documento",
        "fecha",
    ]
    files = []
    for i in range(count):
        pdf = folder / f"letter{i:04d}.pdf"
        paragraphs = [" ".join(rng.choice(words) for _ in range(120)) for _ in range(8)]
        write_text_document(pdf, f"Document {i}", paragraphs)
        files.append(pdf)
        photo = folder / f"photo{i:04d}.jpg"
        noise = Image.effect_noise((1600, 1200), 40).convert("RGB")
        noise.save(photo, "JPEG", quality=85)
        files.append(photo)
    return files


def make_scans(folder: Path, count: int, pages: int = 10) -> list[Path]:
    """Scanned letters: each page a 2550x3300 grayscale JPEG of noise-flecked text lines."""
    from PIL import ImageDraw

    rng = random.Random(2)
    page_images = []
    for p in range(pages):
        img = Image.new("L", (2550, 3300), 255)
        draw = ImageDraw.Draw(img)
        for line in range(60):
            y = 150 + line * 50
            x = 150
            while x < 2300:
                w = rng.randint(40, 180)
                draw.rectangle((x, y, x + w, y + 22), fill=rng.randint(0, 60))
                x += w + 25
        draw.text((150, 60), f"page {p + 1}", fill=0)
        page_images.append(img)
    files = []
    for i in range(count):
        path = folder / f"scan{i:04d}.pdf"
        first = page_images[0].copy()
        ImageDraw.Draw(first).text((1200, 60), f"letter {i}", fill=0)  # each file differs
        rest = page_images[1:]
        first.save(path, "PDF", resolution=300, save_all=True, append_images=rest, quality=80)
        files.append(path)
    return files


def baseline(files: list[Path], out: Path, key: bytes) -> None:
    blobs = out / "blobs"
    blobs.mkdir(parents=True)
    db = sqlcipher3.connect(str(out / "base.db"), isolation_level=None)
    db.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("CREATE TABLE d (name TEXT, sha TEXT, size INT, pages INT, text TEXT, thumb BLOB)")
    aes = AESGCM(key)
    for path in files:
        data = path.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        name = hmac.new(key, data, "sha256").hexdigest()
        tmp = blobs / (name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        prefix = os.urandom(7)
        for index, start in enumerate(range(0, max(len(data), 1), CHUNK)):
            last = start + CHUNK >= len(data)
            nonce = prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")
            os.write(fd, aes.encrypt(nonce, data[start : start + CHUNK], name.encode()))
        os.fsync(fd)
        os.close(fd)
        os.replace(tmp, blobs / name)
        text, pages = "", None
        thumb = io.BytesIO()
        if path.suffix == ".pdf":
            pdf = pdfium.PdfDocument(str(path))
            pages = len(pdf)
            text = "\n".join(pdf[i].get_textpage().get_text_bounded() for i in range(pages))
            page = pdf[0]
            w, h = page.get_size()
            page.render(scale=200 / max(w, h)).to_pil().save(thumb, "PNG")
            pdf.close()
        else:
            with Image.open(path) as img:
                img.draft("RGB", (200, 200))
                img.thumbnail((200, 200))
                img.save(thumb, "PNG")
        db.execute("BEGIN")
        db.execute(
            "INSERT INTO d VALUES (?, ?, ?, ?, ?, ?)",
            (name, sha, len(data), pages, text, thumb.getvalue()),
        )
        db.execute("COMMIT")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=200, help="PDFs and as many photos")
    parser.add_argument("--scanned", type=int, default=0, help="import N 10-page scans instead")
    args = parser.parse_args()
    vault_module.calibrate = kdf.floor_params  # the KDF is not what is measured here
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        inputs = root / "in"
        inputs.mkdir()
        if args.scanned:
            files = make_scans(inputs, args.scanned)
        else:
            files = make_inputs(inputs, args.files)
        size = sum(p.stat().st_size for p in files)
        print(f"{len(files)} files, {size / 1e6:.0f} MB; {os.cpu_count()} cores")

        start = time.perf_counter()
        baseline(files, root / "base", os.urandom(32))
        base = time.perf_counter() - start

        vaults.create(root / "V.casebook", PASSPHRASE)
        store = vaults.open_store(root / "V.casebook", PASSPHRASE)
        # SQLAlchemy configures every mapper on first use (~0.3 s, once a process);
        # in the app the client list has done that long before an import.
        configure_mappers()
        try:
            start = time.perf_counter()
            results = import_paths(store, files, options=Options(ocr=False))
            ours = time.perf_counter() - start
        finally:
            store.close()
        assert all(r.status is ImportStatus.IMPORTED for r in results)
        print(f"minimal single-threaded script  {base:7.2f} s  ({len(files) / base:6.1f} files/s)")
        print(f"casebook import pipeline        {ours:7.2f} s  ({len(files) / ours:6.1f} files/s)")
        print(f"casebook / baseline             {ours / base:7.2f}x  (target <= 1.0)")


if __name__ == "__main__":
    main()
