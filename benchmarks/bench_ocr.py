"""Compare OCR engines on pages rendered here: CER per language and seconds per page.

    .venv/bin/python benchmarks/bench_ocr.py [--engines tesseract,rapidocr] [--repeat 1]

Pages (benchmarks/ocr_pages): letter size at 300 dpi, English, Spanish with
accents, a form with an A-number and dates, "scanned" (skewed, blurred,
speckled, JPEG) copies of the first two, and French, Haitian Creole, Russian
and Chinese paragraphs. CER = edit distance / reference length, whitespace
normalised.

Engines:

* tesseract: casebook.services.ocr (the tesseract program, OMP_THREAD_LIMIT=1,
  page piped in as PNG). Its baseline is the bare command line on the same
  page saved as a PNG file (``tesseract page.png stdout``), so the wrapper's
  overhead shows as a ratio.
* rapidocr: the RapidOCR wheel (PP-OCR models inside the wheel, onnxruntime),
  only if installed (``pip install rapidocr onnxruntime``); run with the
  wheel's own model files, so nothing is downloaded. Its bundled recogniser
  covers Latin scripts and Chinese only.

Throughput: the Latin pages through one worker, then two (one process per
core), as seconds per page of wall time.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image

from benchmarks.ocr_pages import Page, all_pages, cer
from casebook.services import ocr

LATIN = ("english", "spanish", "form", "english-scanned", "spanish-scanned", "french", "haitian")


# --- rapidocr, in this process or in worker processes ---------------------------------

_rapid_engine: object | None = None


def _rapid(threads: int) -> object:
    global _rapid_engine
    if _rapid_engine is None:
        import rapidocr
        from rapidocr import RapidOCR

        models = Path(rapidocr.__file__).parent / "models"
        _rapid_engine = RapidOCR(
            params={
                "Det.model_path": str(models / "PP-OCRv6_det_small.onnx"),
                "Rec.model_path": str(models / "PP-OCRv6_rec_small.onnx"),
                "Cls.model_path": str(models / "ch_ppocr_mobile_v2.0_cls_mobile.onnx"),
                "Global.log_level": "error",
                "EngineConfig.onnxruntime.intra_op_num_threads": threads,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1 if threads > 0 else -1,
            }
        )
    return _rapid_engine


def rapid_recognise(image: Image.Image, threads: int = -1) -> str:
    import numpy as np

    result = _rapid(threads)(np.array(image.convert("RGB")))  # type: ignore[operator]
    return "\n".join(result.txts or ())


def _rapid_worker(png: bytes) -> str:
    import io

    return rapid_recognise(Image.open(io.BytesIO(png)), threads=1)


def rapid_available() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"rapidocr {version('rapidocr')}, onnxruntime {version('onnxruntime')}"
    except PackageNotFoundError:
        return None


# --- measuring --------------------------------------------------------------------------


def timed(fn: Callable[[], str], repeat: int) -> tuple[str, float]:
    times, text = [], ""
    for _ in range(repeat):
        start = time.perf_counter()
        text = fn()
        times.append(time.perf_counter() - start)
    return text, statistics.median(times)


def interleaved(
    fn: Callable[[], str], baseline: Callable[[], str], repeat: int
) -> tuple[str, float, float]:
    """Median seconds of ``fn`` and of ``baseline``, run turn about so load hits both alike."""
    ours, theirs, text = [], [], ""
    for _ in range(repeat):
        start = time.perf_counter()
        text = fn()
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        baseline()
        theirs.append(time.perf_counter() - start)
    return text, statistics.median(ours), statistics.median(theirs)


def bare_tesseract(page: Page, folder: Path) -> Callable[[], str]:
    """The baseline: the tesseract command on a PNG file, as a user would type it."""
    path = folder / f"{page.name}.png"
    page.image.save(path, dpi=(300, 300))
    codes = ocr.engine_languages(page.languages, ocr.ocr_available().codes)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def run() -> str:
        args = ["tesseract", str(path), "stdout", "-l", "+".join(codes)]
        return subprocess.run(args, capture_output=True, env=env, check=True).stdout.decode()

    return run


def per_page(engine: str, pages: Sequence[Page], repeat: int, folder: Path) -> None:
    print(f"\n{engine}: CER and seconds per page (one worker)")
    print(f"  {'page':16} {'languages':22} {'CER':>7} {'s/page':>8}  baseline")
    for page in pages:
        if engine == "tesseract":
            text, seconds, raw = interleaved(
                lambda p=page: ocr.recognise(p.image, p.languages),
                bare_tesseract(page, folder),
                repeat,
            )
            note = f"bare CLI {raw:5.2f} s, ratio {seconds / raw:4.2f}x"
        else:
            text, seconds = timed(lambda p=page: rapid_recognise(p.image), repeat)
            note = "all threads (onnxruntime default)"
        langs = "+".join(ocr.engine_languages(page.languages, ocr.ocr_available().codes))
        if engine != "tesseract":
            langs = "bundled PP-OCRv6 multi"
        print(
            f"  {page.name:16} {langs:22} {cer(page.reference, text):7.3f} {seconds:8.2f}  {note}"
        )


def throughput(engine: str, pages: Sequence[Page]) -> None:
    n = len(pages)
    if engine == "tesseract":
        runs = []
        for workers in (1, 2):
            start = time.perf_counter()
            ocr.recognise_pages([p.image for p in pages], ("English", "Spanish"), workers=workers)
            runs.append(time.perf_counter() - start)
        one, two = runs
        detail = "eng+spa, OMP_THREAD_LIMIT=1 per process"
    else:
        import io

        start = time.perf_counter()
        for p in pages:
            rapid_recognise(p.image)
        one = time.perf_counter() - start
        blobs = []
        for p in pages:
            buf = io.BytesIO()
            p.image.save(buf, "PNG")
            blobs.append(buf.getvalue())
        start = time.perf_counter()
        with multiprocessing.get_context("spawn").Pool(2) as pool:
            pool.map(_rapid_worker, blobs)
        two = time.perf_counter() - start
        detail = "1 worker = all threads; 2 workers = 2 processes x 1 thread, incl. model load"
    print(
        f"  throughput over {n} Latin pages: 1 worker {one / n:5.2f} s/page, "
        f"2 workers {two / n:5.2f} s/page (speed-up {one / two:4.2f}x; {detail})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="tesseract,rapidocr")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    start = time.perf_counter()
    pages = all_pages()
    print(f"rendered {len(pages)} pages (letter, 300 dpi) in {time.perf_counter() - start:.1f} s")
    latin = [p for p in pages if p.name in LATIN]

    with tempfile.TemporaryDirectory() as tmp:
        for engine in args.engines.split(","):
            if engine == "tesseract":
                status = ocr.ocr_available()
                print(f"\n== {status.message}")
                if not status.available:
                    continue
                per_page("tesseract", pages, args.repeat, Path(tmp))
                throughput("tesseract", latin)
            elif engine == "rapidocr":
                version = rapid_available()
                if version is None:
                    print("\n== rapidocr: not installed (pip install rapidocr onnxruntime)")
                    continue
                print(f"\n== {version}")
                start = time.perf_counter()
                _rapid(-1)
                print(f"  model load {time.perf_counter() - start:.2f} s")
                per_page("rapidocr", pages, args.repeat, Path(tmp))
                throughput("rapidocr", latin)


if __name__ == "__main__":
    main()
