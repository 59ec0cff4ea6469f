"""OCR: rendered pages are read in English and Spanish, and a missing, slow or cancelled
engine ends in a clear message, never a crash.

Tests that need Tesseract skip only when it is not installed; CI installs it
from .ci/ocr-packages.txt, so there they always run.

CER thresholds: Tesseract 5.3 reads these clean 300 dpi pages with a CER of
0.000-0.007 (benchmarks/bench_ocr.py). 2% leaves room for other Tesseract
builds and models, yet fails if accents are dropped: the Spanish page has
about 30 accented letters in ~690 characters (4%). The scanned page gets 4%,
since skew, blur and speckle are what make real scans harder.
"""

from __future__ import annotations

import os
import stat
import sys
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from benchmarks.ocr_pages import (
    cer,
    english_page,
    form_page,
    levenshtein,
    normalise,
    scanned,
    spanish_page,
)
from casebook.domain.errors import CasebookError
from casebook.services import ocr


def _installed(*codes: str) -> bool:
    status = ocr.ocr_available(refresh=True)
    return status.available and all(c in status.codes for c in codes)


needs_tesseract = pytest.mark.skipif(
    not _installed("eng", "spa"),
    reason="Tesseract with English and Spanish is not installed "
    "(CI installs the packages in .ci/ocr-packages.txt)",
)
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="fake engine is a shell script")


@pytest.fixture(autouse=True)
def _fresh_status(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test looks for the engine afresh, and leaves no cached answer behind."""
    monkeypatch.setattr(ocr, "_status", None)


def _fake_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """A stand-in `tesseract` that answers the probes, then runs ``body`` on a page.

    ``say WORD...`` in ``body`` prints the words as Tesseract's TSV output does,
    each with confidence 95, on one line.
    """
    script = tmp_path / "tesseract"
    script.write_text(
        "#!/bin/sh\n"
        "say() { printf 'level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\t"
        'left\\ttop\\twidth\\theight\\tconf\\ttext\\n\'; n=0; for w in "$@"; do '
        "n=$((n+1)); printf '5\\t1\\t1\\t1\\t1\\t%d\\t0\\t0\\t9\\t9\\t95\\t%s\\n' $n \"$w\"; "
        "done; }\n"
        'case "$1" in\n'
        "  --version) echo 'tesseract 5.9.9'; exit 0;;\n"
        "  --list-langs) printf 'List of available languages (2):\\neng\\nspa\\n'; exit 0;;\n"
        "esac\n" + body + "\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("CASEBOOK_TESSERACT", str(script))


def _small_page() -> Image.Image:
    return english_page().image.crop((0, 300, 2550, 640))


# --- reading pages ------------------------------------------------------------------------


@needs_tesseract
@pytest.mark.slow
def test_english_page_is_read_with_a_low_error_rate() -> None:
    page = english_page()
    text = ocr.recognise(page.image, ["English"])
    words = normalise(text)  # line breaks fall where the layout puts them
    assert cer(page.reference, text) < 0.02
    assert "A-123-456-789" in words
    assert "Immigration and Nationality Act" in words


@needs_tesseract
@pytest.mark.slow
def test_spanish_page_keeps_its_accents() -> None:
    page = spanish_page()
    text = ocr.recognise(page.image, ["Spanish"])
    assert cer(page.reference, text) < 0.02
    for word in (
        "inmigración",
        "Audiencia",
        "celebrará",
        "miércoles",
        "¿Necesita",
        "A-123-456-789",
    ):
        assert word in text


@needs_tesseract
@pytest.mark.slow
def test_scanned_form_keeps_the_a_number_and_dates() -> None:
    page = form_page()
    text = ocr.recognise(scanned(page.image), ["Spanish", "English"])
    assert cer(page.reference, text) < 0.04
    for field in ("A-123-456-789", "03/14/2027", "07/22/1991", "GARCÍA LÓPEZ"):
        assert field in normalise(text)


@needs_tesseract
def test_pages_come_back_in_order_with_progress() -> None:
    top = english_page().image
    pages = [top.crop((0, 300, 2550, 640)), top.crop((0, 640, 2550, 860))]  # title, paragraph 2
    seen: list[int] = []
    texts = ocr.recognise_pages(pages, ["English"], workers=2, progress=seen.append)
    assert "NOTICE TO APPEAR" in texts[0]
    assert "fail to appear" in normalise(texts[1])
    assert seen == [1, 2]


def test_ci_has_the_engine() -> None:
    """In CI the engine tests must run, not skip: .ci/ocr-packages.txt is installed there."""
    if not os.environ.get("CI"):
        pytest.skip("only CI promises Tesseract; elsewhere the engine tests may skip")
    assert _installed("eng", "spa"), "CI must install the Debian packages in .ci/ocr-packages.txt"


def test_status_names_the_installed_languages() -> None:
    status = ocr.ocr_available()
    if status.available:
        assert status.engine == "tesseract" and status.version
        assert "English" in status.languages
        assert "osd" not in status.codes
    else:
        assert status.message == ocr.UNAVAILABLE_MESSAGE


# --- language names -----------------------------------------------------------------------


def test_language_names_map_to_installed_codes_only() -> None:
    installed = ("eng", "spa", "hat")
    assert ocr.engine_languages(["Spanish"], installed) == ["spa", "eng"]
    assert ocr.engine_languages(["Haitian Creole", "French"], installed) == ["hat", "eng"]
    assert ocr.engine_languages(["Bengali"], installed) == ["eng"]  # not installed
    assert ocr.engine_languages(["K'iche'", "Spanish"], installed) == ["spa", "eng"]  # no model
    assert ocr.engine_languages(["spa"], installed) == ["spa", "eng"]  # codes pass through
    assert ocr.engine_languages(["Bengali"], ("rus",)) == ["rus"]  # something, not nothing


# --- no engine ----------------------------------------------------------------------------


def test_missing_engine_gives_the_plain_message_and_no_crash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ocr, "find_tesseract", lambda: None)
    status = ocr.ocr_available(refresh=True)
    assert not status.available
    assert status.message == ocr.UNAVAILABLE_MESSAGE
    assert "Install Tesseract" in status.message
    with pytest.raises(ocr.OcrUnavailable) as caught:
        ocr.recognise(Image.new("L", (100, 100), 255), ["English"])
    assert isinstance(caught.value, CasebookError)
    assert str(caught.value) == ocr.UNAVAILABLE_MESSAGE


def test_engine_path_that_does_not_exist_is_unavailable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEBOOK_TESSERACT", str(tmp_path / "no-such-tesseract"))
    assert not ocr.ocr_available(refresh=True).available


def test_no_executable_on_path_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CASEBOOK_TESSERACT", raising=False)
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    monkeypatch.setattr(ocr, "_bundled_candidates", list)
    status = ocr.ocr_available(refresh=True)
    assert not status.available and status.executable is None


@posix_only
def test_engine_without_language_files_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "tesseract"
    script.write_text(
        "#!/bin/sh\n"
        "[ \"$1\" = --version ] && echo 'tesseract 5.3.0'\n"
        "[ \"$1\" = --list-langs ] && printf 'List of available languages (1):\\nosd\\n'\n"
        "exit 0\n"
    )
    script.chmod(0o700)
    monkeypatch.setenv("CASEBOOK_TESSERACT", str(script))
    status = ocr.ocr_available(refresh=True)
    assert not status.available
    assert "no language files" in status.message


# --- timeout, cancellation, failure -------------------------------------------------------


@posix_only
def test_timeout_kills_a_hung_engine_with_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_engine(tmp_path, monkeypatch, "cat >/dev/null; exec sleep 60")
    start = time.monotonic()
    with pytest.raises(ocr.OcrTimeout, match=r"after 0\.5 seconds"):
        ocr.recognise(Image.new("L", (200, 200), 255), ["English"], timeout=0.5)
    assert time.monotonic() - start < 3


@posix_only
def test_engine_error_is_reported_plainly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_engine(tmp_path, monkeypatch, "cat >/dev/null; echo 'Error in pixReadMem' >&2; exit 1")
    with pytest.raises(ocr.OcrFailed, match="could not read this page"):
        ocr.recognise(Image.new("L", (200, 200), 255), ["English"])


@needs_tesseract
def test_timeout_on_a_real_page() -> None:
    with pytest.raises(ocr.OcrTimeout):
        ocr.recognise(english_page().image, ["English"], timeout=0.2)


@needs_tesseract
def test_cancel_stops_a_running_page_promptly() -> None:
    cancel = threading.Event()
    outcome: list[BaseException] = []
    image = english_page().image

    def run() -> None:
        try:
            ocr.recognise(image, ["English", "Spanish"], cancel=cancel)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    time.sleep(0.4)  # tesseract is now reading the page (a page takes ~2 s)
    cancelled_at = time.monotonic()
    cancel.set()
    worker.join(5)
    assert not worker.is_alive()
    assert time.monotonic() - cancelled_at < 1.0
    assert len(outcome) == 1 and isinstance(outcome[0], ocr.OcrCancelled)


@needs_tesseract
def test_cancel_between_pages_starts_no_more() -> None:
    cancel = threading.Event()
    started: list[int] = []
    page = _small_page()

    def pages():  # a lazy document: counts how many pages were taken
        for i in range(20):
            started.append(i)
            yield page

    def on_progress(done: int) -> None:
        cancel.set()

    with pytest.raises(ocr.OcrCancelled):
        ocr.recognise_pages(pages(), ["English"], workers=1, cancel=cancel, progress=on_progress)
    assert len(started) <= 2


def test_already_cancelled_does_not_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        ocr,
        "ocr_available",
        lambda refresh=False: ocr.OcrStatus(True, "tesseract", "5", "/nonexistent", ("eng",), ""),
    )
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ocr.OcrCancelled):
        ocr.recognise(Image.new("L", (10, 10)), ["English"], cancel=cancel)


# --- the measuring stick ------------------------------------------------------------------


def test_edit_distance_and_cer() -> None:
    assert levenshtein("kitten", "sitting") == 3
    assert levenshtein("", "abc") == 3
    assert cer("inmigración", "inmigracion") == pytest.approx(1 / 11)
    assert cer("a  b\nc", "a b c") == 0.0


def test_no_image_file_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The page goes to the engine through a pipe: the fake engine sees it on stdin."""
    if sys.platform == "win32":
        pytest.skip("fake engine is a shell script")
    received = tmp_path / "received"
    _fake_engine(tmp_path, monkeypatch, f'wc -c > "{received}"; say "$1" "$2"')
    out = ocr.recognise(Image.new("L", (300, 300), 255), ["English"])
    assert out == "stdin stdout"
    assert int(received.read_text().split()[0]) > 300 * 300  # the whole BMP came by pipe


def test_engine_runs_single_threaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if sys.platform == "win32":
        pytest.skip("fake engine is a shell script")
    _fake_engine(tmp_path, monkeypatch, 'cat >/dev/null; say "threads=$OMP_THREAD_LIMIT"')
    assert ocr.recognise(Image.new("L", (50, 50), 255), ["English"]) == "threads=1"


def test_tesseract_never_inherits_the_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """A child process can be inspected (``/proc/PID/environ``) and outlives nothing of ours."""
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", "plum-orchard-violin-42")
    monkeypatch.setenv("PATH", "/usr/bin")
    env = ocr._environment("/usr/bin/tesseract")
    assert "CASEBOOK_PASSPHRASE" not in env and env["PATH"] == "/usr/bin"
    assert env["OMP_THREAD_LIMIT"] == "1"


# --- pages turned in the scanner --------------------------------------------------------


@needs_tesseract
@pytest.mark.slow
@pytest.mark.parametrize("angle", [90, 180, 270])
def test_a_page_scanned_turned_is_read_upright(angle: int) -> None:
    page = english_page()
    text = ocr.recognise(page.image.rotate(angle, expand=True), ["English"])
    assert "A-123-456-789" in normalise(text)
    assert cer(page.reference, text) < 0.05


def test_low_confidence_words_mark_a_page_as_maybe_turned() -> None:
    header = "\t".join(
        [
            "level",
            "page_num",
            "block_num",
            "par_num",
            "line_num",
            "word_num",
            "left",
            "top",
            "width",
            "height",
            "conf",
            "text",
        ]
    )

    def row(block: int, par: int, line: int, conf: float, word: str) -> str:
        return f"5\t1\t{block}\t{par}\t{line}\t1\t0\t0\t9\t9\t{conf}\t{word}"

    rows = [
        header,
        row(1, 1, 1, 96, "NOTICE"),
        row(1, 1, 1, 95, "TO"),
        row(1, 1, 2, 93, "APPEAR"),
        row(2, 1, 1, 90, "Respondent:"),
        row(2, 1, 1, 91, "Maria"),
    ]
    upright = "\n".join(rows).encode()
    reading = ocr._read_tsv(upright)
    assert reading.text == "NOTICE TO\nAPPEAR\n\nRespondent: Maria"
    assert not reading.maybe_turned()
    garbage = "\n".join([header, *(row(1, 1, 1, 40, w) for w in ("eZeld", "|eJ", "}e", "BD", "a"))])
    assert ocr._read_tsv(garbage.encode()).maybe_turned()
