"""OCR of scanned pages with Tesseract, run as a separate program, offline.

Why Tesseract as a program (see benchmarks/bench_ocr.py for the numbers):
it reads English and Spanish accents as well as the pip-installable engines on
clean pages and better on scans, offers every language NYC clients' papers
come in (Haitian Creole, Russian, Chinese, Bengali, Arabic), its models are
small files installed with it, and nothing is ever fetched at run time. It is
a system program, so it may be missing: ``ocr_available()`` says so plainly
and the app keeps scans viewable but unsearchable instead of failing.

Plaintext never touches disk: each page is encoded as an uncompressed BMP in
memory and written to ``tesseract stdin stdout``. Tesseract reads standard
input into a buffer and Leptonica (1.74 and later) parses BMP and PNG straight
from that buffer (``pixReadMemBmp``, ``pixReadMemPng``); its JPEG, PNM and TIFF
memory readers are avoided because they fall back to a temporary file where
``fmemopen`` is missing, as on Windows. The text comes back on standard
output. Checked with strace on Linux (Tesseract 5.3, Leptonica 1.82): the only
files it opens are its program, libraries and models, all read-only.

``text_layer`` runs the same way with Tesseract's ``pdf`` output and
``textonly_pdf=1``: the filing packet lays that page (invisible words, each
where the image shows it) over the scan, as OCRmyPDF's sandwich renderer does;
the PDF comes back on standard output too.

Each call is one short-lived process with ``OMP_THREAD_LIMIT=1``: Tesseract's
OpenMP threads make a page 2.4x slower on a busy 2-core machine
(MEASUREMENTS.md), so parallelism comes from one process per core instead
(``recognise_pages``). A process can be killed, which gives a hard per-page
timeout and prompt cancellation that an in-process library could not.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PIL import Image

from casebook.domain.errors import CasebookError

__all__ = [
    "DEFAULT_PAGE_TIMEOUT",
    "ENGINE_CODES",
    "UNAVAILABLE_MESSAGE",
    "OcrCancelled",
    "OcrFailed",
    "OcrStatus",
    "OcrTimeout",
    "OcrUnavailable",
    "engine_languages",
    "find_tesseract",
    "ocr_available",
    "recognise",
    "recognise_pages",
    "text_layer",
    "text_layers",
]

T = TypeVar("T")

UNAVAILABLE_MESSAGE = (
    "OCR is not installed on this computer: scans are stored and can be viewed, "
    "but their words are not searchable. Install Tesseract to enable it."
)

# A letter page at 300 dpi takes ~3 s; a dense or noisy one several times that.
DEFAULT_PAGE_TIMEOUT = 120.0
_POLL_SECONDS = 0.05  # how often a running page checks for cancellation


def engine_slots() -> int:
    """How many Tesseract processes run at once in this process: one per core."""
    return max(1, os.cpu_count() or 1)


# Shared by every import and document: several documents read at once, each on
# all cores, still start no more engines than there are cores.
_ENGINES = threading.BoundedSemaphore(engine_slots())
_PROBE_TIMEOUT = 15.0

# casebook's language names (as typed on a client's record) -> Tesseract codes.
# Names not here (e.g. K'iche', Wolof, Fulani) have no Tesseract model; pages
# in them are read with whatever else was asked for, or English.
ENGINE_CODES: Mapping[str, str] = {
    "english": "eng",
    "spanish": "spa",
    "french": "fra",
    "haitian creole": "hat",
    "haitian": "hat",
    "kreyòl": "hat",
    "russian": "rus",
    "ukrainian": "ukr",
    "chinese": "chi_sim",
    "chinese (simplified)": "chi_sim",
    "chinese (traditional)": "chi_tra",
    "mandarin": "chi_sim",
    "cantonese": "chi_tra",
    "bengali": "ben",
    "bangla": "ben",
    "arabic": "ara",
    "urdu": "urd",
    "punjabi": "pan",
    "hindi": "hin",
    "nepali": "nep",
    "portuguese": "por",
    "italian": "ita",
    "polish": "pol",
    "korean": "kor",
    "japanese": "jpn",
    "vietnamese": "vie",
    "turkish": "tur",
    "persian": "fas",
    "farsi": "fas",
    "dari": "fas",
    "pashto": "pus",
    "uzbek": "uzb",
    "tibetan": "bod",
    "amharic": "amh",
    "tigrinya": "tir",
    "greek": "ell",
    "albanian": "sqi",
    "romanian": "ron",
    "tagalog": "tgl",
    "filipino": "fil",
    "indonesian": "ind",
    "yiddish": "yid",
    "hebrew": "heb",
    "german": "deu",
}

_CODE_NAMES: Mapping[str, str] = {
    "eng": "English",
    "spa": "Spanish",
    "fra": "French",
    "hat": "Haitian Creole",
    "rus": "Russian",
    "chi_sim": "Chinese (simplified)",
    "chi_tra": "Chinese (traditional)",
    "ben": "Bengali",
    "ara": "Arabic",
}


class OcrUnavailable(CasebookError):
    """Tesseract (or the language models asked for) is not installed."""


class OcrTimeout(CasebookError):
    """A page took longer than its time limit; the process was stopped."""


class OcrCancelled(CasebookError):
    """The user cancelled; the running OCR process was stopped."""


class OcrFailed(CasebookError):
    """Tesseract ran but could not read the page (e.g. an image it cannot decode)."""


@dataclass(frozen=True)
class OcrStatus:
    """What the app shows on its OCR settings line, and what ``recognise`` may ask for."""

    available: bool
    engine: str
    version: str
    executable: str | None
    codes: tuple[str, ...]  # installed Tesseract language codes, e.g. ("eng", "spa")
    message: str

    @property
    def languages(self) -> tuple[str, ...]:
        """Installed languages as people name them (codes without a name are shown as codes)."""
        return tuple(_CODE_NAMES.get(code, code) for code in self.codes)


def _bundled_candidates() -> list[Path]:
    """Places a PyInstaller bundle or the usual installers put tesseract."""
    exe = "tesseract.exe" if sys.platform == "win32" else "tesseract"
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "tesseract" / exe)
    if sys.platform == "win32":
        for root in (os.environ.get("PROGRAMFILES"), os.environ.get("LOCALAPPDATA")):
            if root:
                candidates += [
                    Path(root) / "Tesseract-OCR" / exe,
                    Path(root) / "Programs" / "Tesseract-OCR" / exe,
                ]
    elif sys.platform == "darwin":
        # Apps started from Finder do not get Homebrew's or MacPorts' PATH.
        candidates += [
            Path("/opt/homebrew/bin") / exe,
            Path("/usr/local/bin") / exe,
            Path("/opt/local/bin") / exe,
        ]
    return candidates


def find_tesseract() -> str | None:
    """The tesseract program to run: $CASEBOOK_TESSERACT, then PATH, then the usual places."""
    override = os.environ.get("CASEBOOK_TESSERACT")
    if override:
        return override if Path(override).is_file() else None
    found = shutil.which("tesseract")
    if found:
        return found
    for candidate in _bundled_candidates():
        if candidate.is_file():
            return str(candidate)
    return None


def _environment(executable: str) -> dict[str, str]:
    """The child's environment: single-threaded, and a bundled tessdata if one sits beside it.

    casebook's own variables (``CASEBOOK_PASSPHRASE`` above all) are not passed on.
    """
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("CASEBOOK_")}
    env["OMP_THREAD_LIMIT"] = "1"
    tessdata = Path(executable).resolve().parent / "tessdata"
    bundle = getattr(sys, "_MEIPASS", None)
    if "TESSDATA_PREFIX" not in env and bundle and tessdata.is_dir():
        env["TESSDATA_PREFIX"] = str(tessdata)
    if bundle and not Path(executable).resolve().is_relative_to(Path(bundle).resolve()):
        # A frozen app puts its own libraries first on LD_LIBRARY_PATH; a system
        # Tesseract must load the system's (PyInstaller keeps the original aside).
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        if original:
            env["LD_LIBRARY_PATH"] = original
        else:
            env.pop("LD_LIBRARY_PATH", None)
    return env


def _creationflags() -> int:
    """No console window flashing up for each page on Windows."""
    return getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0


def _probe(executable: str) -> OcrStatus:
    def run(*args: str) -> str:
        done = subprocess.run(  # noqa: S603 - fixed arguments, no shell
            [executable, *args],
            capture_output=True,
            timeout=_PROBE_TIMEOUT,
            env=_environment(executable),
            creationflags=_creationflags(),
            check=False,
        )
        # Tesseract 4 printed these on stderr, 5 on stdout.
        return (done.stdout + done.stderr).decode("utf-8", "replace")

    try:
        version_text = run("--version")
        langs_text = run("--list-langs")
    except (OSError, subprocess.SubprocessError):
        return _unavailable(executable)
    first = version_text.strip().splitlines()[0] if version_text.strip() else ""
    if not first.lower().startswith("tesseract"):
        return _unavailable(executable)
    version = first.split()[-1]
    codes = tuple(
        sorted(
            line.strip()
            for line in langs_text.splitlines()[1:]
            if line.strip() and line.strip() != "osd" and " " not in line.strip()
        )
    )
    if not codes:
        return OcrStatus(
            False,
            "tesseract",
            version,
            executable,
            (),
            "OCR is installed but has no language files: scans are stored and can be "
            "viewed, but their words are not searchable. Install Tesseract's English and "
            "Spanish language packs to enable it.",
        )
    names = ", ".join(_CODE_NAMES.get(c, c) for c in codes)
    return OcrStatus(
        True, "tesseract", version, executable, codes, f"OCR: Tesseract {version} ({names})."
    )


def _unavailable(executable: str | None = None) -> OcrStatus:
    return OcrStatus(False, "tesseract", "", executable, (), UNAVAILABLE_MESSAGE)


_status_lock = threading.Lock()
_status: OcrStatus | None = None


def ocr_available(*, refresh: bool = False) -> OcrStatus:
    """Whether OCR works here, which engine and languages, and the message to show if not.

    Cached after the first call (it runs tesseract twice); ``refresh=True``
    looks again, e.g. after the user installed it. Never raises.
    """
    global _status
    with _status_lock:
        if _status is None or refresh:
            executable = find_tesseract()
            _status = _unavailable() if executable is None else _probe(executable)
        return _status


def engine_languages(languages: Sequence[str], installed: Sequence[str]) -> list[str]:
    """Tesseract codes for casebook language names, keeping only installed ones, in order.

    Accepts names ("Spanish", "haitian creole") or codes ("spa"). English is
    added when installed, since forms, stamps and A-numbers on NYC papers are
    mostly English whatever the client's language; if nothing asked for is
    installed, the first installed language is used so the page still gets text.
    """
    wanted: list[str] = []
    for language in (*languages, "eng"):
        key = language.strip().lower()
        code = ENGINE_CODES.get(key, key)
        if code in installed and code not in wanted:
            wanted.append(code)
    if not wanted and installed:
        wanted.append(installed[0])
    return wanted


def _encode(image: Image.Image) -> tuple[bytes, int | None]:
    """The page as an in-memory greyscale BMP, and its resolution if known.

    BMP because encoding it costs ~2 ms a page against ~120 ms for PNG, and
    Leptonica parses it straight from memory. An unknown resolution is written
    as 0 so Tesseract estimates it from the text instead of trusting a default.
    """
    page = image if image.mode in ("L", "1") else image.convert("L")
    resolution = _resolution(image.info.get("dpi"))
    buf = io.BytesIO()
    page.save(buf, "BMP", dpi=(resolution or 0, resolution or 0))
    return buf.getvalue(), resolution


def _resolution(dpi: object) -> int | None:
    """The scan's dpi if it is believable; a file's header may say anything (inf, NaN, 0)."""
    try:
        value = float(dpi[0]) if isinstance(dpi, tuple) and dpi else 0.0
    except (TypeError, ValueError):
        return None
    if not 70 <= value <= 10_000:  # Tesseract's floor; above the ceiling no scanner goes
        return None  # (NaN fails both comparisons)
    return round(value)


class _Exchange(threading.Thread):
    """Feeds the page to the process and collects its output, so the caller can poll and kill."""

    def __init__(self, process: subprocess.Popen[bytes], data: bytes) -> None:
        super().__init__(name="ocr-pipe", daemon=True)
        self._process = process
        self._data = data
        self._output: tuple[bytes, bytes] = (b"", b"")
        self._error: BaseException | None = None

    def run(self) -> None:
        try:
            self._output = self._process.communicate(self._data)
        except BaseException as exc:  # handed to the caller by result()
            self._error = exc

    def stop(self) -> None:
        """Kill the process (its pipes close, so communicate() returns) and wait for it."""
        with contextlib.suppress(OSError):
            self._process.kill()
        self.join(5)

    def result(self) -> tuple[bytes, bytes]:
        if self._error is not None:
            raise OcrFailed("OCR could not read this page.") from self._error
        return self._output


def recognise(
    image: Image.Image,
    languages: Sequence[str],
    *,
    timeout: float = DEFAULT_PAGE_TIMEOUT,
    cancel: threading.Event | None = None,
    psm: int = 3,
) -> str:
    """The text of one page image, read in ``languages`` (casebook names or Tesseract codes).

    Only installed languages are requested (English is added when present).
    Raises ``OcrUnavailable`` if Tesseract is missing, ``OcrTimeout`` after
    ``timeout`` seconds, ``OcrCancelled`` soon after ``cancel`` is set (the
    process is killed either way), and ``OcrFailed`` if Tesseract reports an
    error. ``psm`` is Tesseract's page segmentation mode (3: a whole page).

    A page scanned upside down or sideways reads as confident-looking garbage
    with page mode 3. Tesseract's word confidences tell: when they are low the
    page is read again with orientation detection (mode 1) and the better
    reading kept. Upright pages, the usual case, pay for one reading only.
    """
    deadline = time.monotonic() + timeout
    reading = _read_tsv(_run(image, languages, ("--psm", str(psm), "tsv"), timeout, cancel))
    if psm == 3 and reading.maybe_turned():
        left = deadline - time.monotonic()
        if left > 1:
            turned = _read_tsv(_run(image, languages, ("--psm", "1", "tsv"), left, cancel))
            if turned.confidence > reading.confidence:
                reading = turned
    return reading.text


def text_layer(
    image: Image.Image,
    languages: Sequence[str],
    *,
    timeout: float = DEFAULT_PAGE_TIMEOUT,
    cancel: threading.Event | None = None,
) -> bytes:
    """Tesseract's text-only PDF of one page image: invisible words where the image shows them.

    The same run as ``recognise`` with Tesseract's ``pdf`` output and
    ``textonly_pdf=1`` (the page carries the words, not the image), the way
    OCRmyPDF's sandwich renderer makes the layer it lays over a scan. The page
    measures the image at its resolution, so laid over the scan's rectangle
    each word's box covers the word. It comes back on standard output: no
    file is written (Tesseract only reads its models and ``pdf.ttf``).
    """
    return _run(image, languages, ("-c", "textonly_pdf=1", "pdf"), timeout, cancel)


def _run(
    image: Image.Image,
    languages: Sequence[str],
    options: Sequence[str],
    timeout: float,
    cancel: threading.Event | None,
) -> bytes:
    """One ``tesseract stdin stdout`` process on ``image``; what it printed on stdout.

    No more engines run at once in this process than there are cores
    (``_ENGINES``); ``timeout`` counts from the engine's start, not the wait.
    """
    status = ocr_available()
    if not status.available or status.executable is None:
        raise OcrUnavailable(status.message)
    if cancel is not None and cancel.is_set():
        raise OcrCancelled("OCR was cancelled.")
    codes = engine_languages(languages, status.codes)
    data, dpi = _encode(image)
    while not _ENGINES.acquire(timeout=_POLL_SECONDS):  # the timeout counts from the start
        if cancel is not None and cancel.is_set():
            raise OcrCancelled("OCR was cancelled.")
    try:
        return _run_engine(status, codes, data, dpi, options, timeout, cancel)
    finally:
        _ENGINES.release()


# Mean word confidence (0-100) below which a page may be turned: upright text in
# the test pages reads at 85-96, the same page turned 90 or 180 degrees at ~42.
TURNED_CONFIDENCE = 60.0
_MIN_WORDS = 5  # a page of a few words says too little either way


@dataclass(frozen=True)
class _Reading:
    text: str
    confidence: float
    words: int

    def maybe_turned(self) -> bool:
        return self.words >= _MIN_WORDS and self.confidence < TURNED_CONFIDENCE


def _read_tsv(out: bytes) -> _Reading:
    """Tesseract's TSV output as plain text (lines, blank lines between paragraphs)."""
    lines: list[tuple[tuple[int, int], list[str]]] = []
    key: tuple[int, int, int] | None = None
    total, count = 0.0, 0
    for row in out.decode("utf-8", "replace").splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        block, par, line = int(cells[2]), int(cells[3]), int(cells[4])
        try:
            confidence = float(cells[10])
        except ValueError:
            confidence = -1.0
        if confidence >= 0:
            total, count = total + confidence, count + 1
        if key != (block, par, line):
            key = (block, par, line)
            lines.append(((block, par), []))
        lines[-1][1].append(cells[11].strip())
    parts: list[str] = []
    last: tuple[int, int] | None = None
    for paragraph, words in lines:
        if last is not None:
            parts.append("\n\n" if paragraph != last else "\n")
        parts.append(" ".join(words))
        last = paragraph
    return _Reading("".join(parts).strip(), total / count if count else 0.0, count)


def _run_engine(
    status: OcrStatus,
    codes: Sequence[str],
    data: bytes,
    dpi: int | None,
    options: Sequence[str],
    timeout: float,
    cancel: threading.Event | None,
) -> bytes:
    assert status.executable is not None
    args = [status.executable, "stdin", "stdout", "-l", "+".join(codes)]
    if dpi:
        args += ["--dpi", str(dpi)]
    args += options  # configs (``tsv``, ``pdf``) come last on Tesseract's command line
    try:
        process = subprocess.Popen(  # noqa: S603 - fixed arguments, no shell
            args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_environment(status.executable),
            creationflags=_creationflags(),
        )
    except OSError as exc:
        raise OcrUnavailable(status.message) from exc

    # communicate() runs on a helper thread: retrying communicate(timeout=...) after a
    # TimeoutExpired stops feeding stdin on POSIX, so the poll loop lives out here.
    exchange = _Exchange(process, data)
    exchange.start()
    deadline = time.monotonic() + timeout
    while exchange.is_alive():
        if cancel is not None and cancel.is_set():
            exchange.stop()
            raise OcrCancelled("OCR was cancelled.")
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            exchange.stop()
            raise OcrTimeout(
                f"OCR gave up on a page after {timeout:g} seconds; the document is stored "
                "but that page's words are not searchable."
            )
        exchange.join(min(_POLL_SECONDS, remaining))
    out, err = exchange.result()
    if process.returncode != 0:
        detail = err.decode("utf-8", "replace").strip().splitlines()
        raise OcrFailed(
            "OCR could not read this page"
            + (f" (Tesseract said: {detail[-1][:200]})." if detail else ".")
        )
    return out


def text_layers(
    pages: Iterable[Image.Image],
    languages: Sequence[str],
    *,
    workers: int | None = None,
    timeout: float = DEFAULT_PAGE_TIMEOUT,
    cancel: threading.Event | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[bytes]:
    """``text_layer`` of each page, in order, one process per core (as ``recognise_pages``)."""
    return _in_parallel(text_layer, pages, languages, workers, timeout, cancel, progress)


def recognise_pages(
    pages: Iterable[Image.Image],
    languages: Sequence[str],
    *,
    workers: int | None = None,
    timeout: float = DEFAULT_PAGE_TIMEOUT,
    cancel: threading.Event | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[str]:
    """The text of each page, in order, with one tesseract process per core at a time.

    Threads are enough here: each only waits on its process. Pages are taken
    from ``pages`` lazily, so a long scan is not all decoded at once.
    ``progress`` is called with the number of pages done. Cancelling stops the
    running processes and starts no more; the first error stops the batch.
    """
    return _in_parallel(recognise, pages, languages, workers, timeout, cancel, progress)


def _in_parallel(
    job_of: Callable[..., T],
    pages: Iterable[Image.Image],
    languages: Sequence[str],
    workers: int | None,
    timeout: float,
    cancel: threading.Event | None,
    progress: Callable[[int], None] | None,
) -> list[T]:
    count = max(1, workers or os.cpu_count() or 1)
    stop = threading.Event()  # ours: set on the caller's cancel or on the first error
    source = iter(pages)
    finished: dict[int, T] = {}
    running: dict[Future[T], int] = {}
    failure: BaseException | None = None
    with ThreadPoolExecutor(max_workers=count, thread_name_prefix="ocr") as pool:
        submitted = 0
        exhausted = False
        while True:
            if cancel is not None and cancel.is_set() and not stop.is_set():
                stop.set()
                failure = failure or OcrCancelled("OCR was cancelled.")
            while not exhausted and not stop.is_set() and len(running) < count:
                page = next(source, None)
                if page is None:
                    exhausted = True
                    break
                job = pool.submit(job_of, page, languages, timeout=timeout, cancel=stop)
                running[job] = submitted
                submitted += 1
            if not running:
                break
            done, _ = wait(running, timeout=_POLL_SECONDS, return_when=FIRST_COMPLETED)
            for job in done:
                number = running.pop(job)
                error = job.exception()
                if error is not None:
                    failure = failure or error  # the first cause, not the pages it stopped
                    stop.set()
                    continue
                finished[number] = job.result()
                if progress is not None:
                    progress(len(finished))
    if failure is not None:
        raise failure
    return [finished[i] for i in range(submitted)]
