"""The import command with hostile names and a SIGTERM: one line per file, the lock let go."""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casebook.export.text_document import write_text_document
from tests.cli.run_cli import run
from tests.helpers import PASSPHRASE
from tests.services import hostile_files as hostile

ROOT = Path(__file__).resolve().parents[2]


def test_a_newline_in_a_name_cannot_forge_a_line(
    vault_path: Path, tmp_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    forged = folder / "x.pdf\n imported  fake.pdf as document 999"
    write_text_document(forged, "Notice", ["hearing"])
    (folder / ".hidden-notes.txt").write_text("not for import")
    os.symlink("/etc/hostname", folder / "system-file")
    code, out, _ = run(capsys, "import", str(vault_path), *pf, str(folder), "--no-ocr")
    assert code == 0
    lines = out.splitlines()
    assert not any("document 999" in line and "\\n" not in line for line in lines)
    assert any(line.startswith(" imported") and "x.pdf\\n imported" in line for line in lines)
    assert any(line.startswith("  skipped") and "hidden file" in line for line in lines)
    assert any(
        line.startswith("  skipped") and "system-file: a link (shortcut)" in line for line in lines
    )
    assert lines[-1] == "1 imported, 0 duplicate(s), 0 rejected, 2 skipped."


def _lock_free(vault: Path) -> bool:
    fd = os.open(vault / "lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX signal")
@pytest.mark.parametrize("render", [False, True], ids=["text-layer", "render-and-ocr"])
def test_sigterm_during_a_long_import_lets_go_of_the_vault_within_two_seconds(
    vault_path: Path, tmp_path: Path, render: bool
) -> None:
    if render and shutil.which("tesseract") is None:
        pytest.skip("rendering for OCR needs Tesseract installed")
    files = []
    for i in range(40):  # each a few seconds of PDFium work (or a 40 MP render and OCR)
        path = tmp_path / f"long{i}.pdf"
        data = hostile.huge_page(200) if render else hostile.blank_pages(1500)
        path.write_bytes(data + b"%% copy %d\n" % i)
        files.append(str(path))
    env = dict(os.environ, CASEBOOK_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
    ocr = [] if render else ["--no-ocr"]
    process = subprocess.Popen(  # our own interpreter and module
        [sys.executable, "-m", "casebook", "import", str(vault_path), *ocr, *files],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while _lock_free(vault_path):  # wait until it has unlocked the vault and is working
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(1.5)
        process.send_signal(signal.SIGTERM)
        sent = time.monotonic()
        while not _lock_free(vault_path):
            assert time.monotonic() - sent < 2.0, "the vault is still locked 2 s after SIGTERM"
            time.sleep(0.02)
        _, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode in (143, -signal.SIGTERM)
    assert b"Traceback" not in err


@pytest.mark.parametrize("debug", [False, True], ids=["plain", "debug"])
def test_library_warnings_stay_off_stderr_unless_debugging(
    vault_path: Path, tmp_path: Path, debug: bool
) -> None:
    photo = tmp_path / "damaged-exif.jpg"
    photo.write_bytes(hostile.jpeg(hostile.BAD_EXIF["struct.error"]))
    env = dict(os.environ, CASEBOOK_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
    flags = ["--debug"] if debug else []
    done = subprocess.run(  # our own interpreter and module
        [sys.executable, "-m", "casebook", *flags, "import", str(vault_path), str(photo)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "its camera data (EXIF) is damaged" in done.stdout
    if debug:
        assert "casebook: debug: casebook.services.extract: error failed" in done.stderr
    else:
        assert done.stderr == ""


def test_a_debug_line_names_where_an_exception_happened_never_its_message() -> None:
    import logging

    from casebook.cli import _DataFreeFormatter

    try:
        raise ValueError("Maria Lopez, A 123 456 789")
    except ValueError:
        record = logging.LogRecord("casebook", logging.ERROR, __file__, 1, "it failed", (), None)
        record.exc_info = sys.exc_info()
    line = _DataFreeFormatter("%(message)s").format(record)
    assert "it failed" in line and "ValueError" in line and "test_import_robustness.py" in line
    assert "Maria" not in line and "A 123" not in line
