"""Import one scanned PDF with OCR on, against two bare Tesseracts reading the same pages.

Issue 14's figure: a document's pages go to every core. The scan is N letter
pages at 300 dpi (English, Spanish and the form page of benchmarks/ocr_pages,
"scanned": skewed, speckled, JPEG), no text layer. The baseline is the
floor casebook cannot beat: the same 300 dpi grayscale pages, already
rendered to PNG files, read by ``tesseract page.png stdout`` with
OMP_THREAD_LIMIT=1, two processes at a time (one per core here), wall time.
casebook's figure is the whole ``import_paths`` of the PDF (hash, encrypt,
render, OCR, index). Goal: <= 1.1x.

Run: .venv/bin/python benchmarks/bench_ocr_import.py [--pages 10]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pypdfium2 as pdfium
from ocr_pages import english_page, form_page, scanned, spanish_page
from sqlalchemy.orm import configure_mappers

import casebook.vault.kdf as kdf
import casebook.vault.vault as vault_module
from casebook.services import vaults
from casebook.services.importer import ImportStatus, Options, import_paths

PASSPHRASE = "benchmark orchard violin 42"


def make_scan(path: Path, pages: int) -> None:
    sources = [english_page().image, spanish_page().image, form_page().image]
    images = [
        scanned(sources[i % 3].convert("L"), seed=i, angle=0.8).convert("L") for i in range(pages)
    ]
    images[0].save(path, "PDF", resolution=300, save_all=True, append_images=images[1:], quality=85)


def baseline(pdf_path: Path, folder: Path, engines: int) -> float:
    pdf = pdfium.PdfDocument(str(pdf_path))
    files = []
    for index in range(len(pdf)):
        png = folder / f"page{index}.png"
        pdf[index].render(scale=300 / 72, grayscale=True).to_pil().save(png)
        files.append(png)
    pdf.close()
    exe = shutil.which("tesseract")
    assert exe is not None
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def read(png: Path) -> None:
        subprocess.run(
            [exe, str(png), "stdout", "-l", "eng+spa", "--psm", "3"],
            env=env,
            capture_output=True,
            check=True,
        )

    start = time.perf_counter()
    with ThreadPoolExecutor(engines) as pool:
        list(pool.map(read, files))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10)
    args = parser.parse_args()
    vault_module.calibrate = kdf.floor_params  # the KDF is not what is measured here
    engines = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        scan = root / "scan.pdf"
        make_scan(scan, args.pages)
        (root / "pages").mkdir()
        base = baseline(scan, root / "pages", engines)
        vaults.create(root / "V.casebook", PASSPHRASE)
        store = vaults.open_store(root / "V.casebook", PASSPHRASE)
        configure_mappers()  # once a process, long done in the app before an import
        try:
            start = time.perf_counter()
            results = import_paths(
                store, [scan], options=Options(ocr=True, languages=("English", "Spanish"))
            )
            ours = time.perf_counter() - start
        finally:
            store.close()
        assert results[0].status is ImportStatus.IMPORTED, results[0]
    load = os.getloadavg()[0]
    print(f"{args.pages}-page scan; {engines} cores; load average {load:.2f}")
    print(f"{engines} bare tesseracts on rendered pages  {base:7.2f} s")
    print(f"casebook import with OCR                {ours:7.2f} s")
    print(f"casebook / baseline                     {ours / base:7.2f}x  (goal <= 1.1x)")


if __name__ == "__main__":
    main()
