"""``separator-sheet``, and ``import``/``watch`` splitting scanned batches (``--no-split``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casebook.services import vaults
from casebook.services.preferences import Preferences, set_preferences
from tests import batch_scans as scans
from tests.cli.run_cli import run
from tests.helpers import PASSPHRASE


def _batch(tmp_path: Path) -> Path:
    """NTA, separator (turned 90 degrees), notice, blank page, letter: 200 dpi, skewed."""
    pages = [
        scans.scan(scans.form(scans.NTA, 200), angle=0.7, seed=1),
        scans.scan(scans.separator(200), angle=-1.5, turn=1, seed=2),
        scans.scan(scans.form(scans.HEARING, 200), angle=0.4, seed=3),
        scans.scan(scans.blank(200), angle=0.8, seed=4),
        scans.scan(scans.form(scans.FOIL, 200), angle=-0.6, seed=5),
    ]
    return scans.batch_pdf(pages, tmp_path / "scan-0042.pdf", 200)


def test_separator_sheet_writes_the_pdf_that_is_found_in_a_scan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from casebook.services.batch_split import classes_of
    from casebook.services.filetypes import FileType

    code, out, err = run(capsys, "separator-sheet", "-o", str(tmp_path / "sheet"), "--json")
    assert (code, err) == (0, "")
    written = Path(json.loads(out)["written"])
    assert written == tmp_path / "sheet.pdf" and (written.stat().st_mode & 0o777) == 0o600
    # the sheet written, printed and scanned between two letters reads as a separator
    sheet = scans.render(written.read_bytes(), 300)
    pages = [scans.form(scans.FOIL), scans.scan(sheet, angle=1.0), scans.form(scans.FOIL)]
    merged = scans.batch_pdf(pages, tmp_path / "merged.pdf", 300)
    assert [c.value for c in classes_of(merged, FileType.PDF)] == [
        "content",
        "separator",
        "content",
    ]
    code, _, err = run(capsys, "separator-sheet", "-o", str(tmp_path / "no" / "such.pdf"))
    assert code == 1 and err.startswith("casebook: There is no folder")


def test_import_splits_a_batch_and_says_so(
    vault_path: Path, tmp_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    v, batch = str(vault_path), _batch(tmp_path)
    code, out, err = run(capsys, "import", v, *pf, "--no-ocr", "--json", str(batch))
    assert (code, err) == (0, "")
    lines = json.loads(out)
    assert [(r["status"], r["split"]["pages"]) for r in lines] == [
        ("imported", [1]),
        ("imported", [3]),
        ("imported", [5]),
    ]
    assert lines[0]["split"]["dropped"] == [
        {"page": 2, "as": "separator"},
        {"page": 4, "as": "blank"},
    ]
    assert {r["split"]["of"] for r in lines} == {3}
    code, out, _ = run(capsys, "inbox", "list", v, *pf, "--json")
    assert [(d["title"], d["page_count"]) for d in json.loads(out)] == [
        ("scan-0042 (page 1)", 1),
        ("scan-0042 (page 3)", 1),
        ("scan-0042 (page 5)", 1),
    ]
    code, out, _ = run(capsys, "import", v, *pf, "--no-ocr", str(batch))
    assert out.splitlines()[-1] == (
        "0 imported, 3 duplicate(s), 0 rejected, 1 batch split into 3 documents."
    )
    assert "document 2 of 3 split from this batch of 5 pages: page 3; left out: page 2 a " in out


def test_no_split_keeps_the_batch_whole(
    vault_path: Path, tmp_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    v, batch = str(vault_path), _batch(tmp_path)
    code, out, _ = run(capsys, "import", v, *pf, "--no-ocr", "--no-split", "--json", str(batch))
    [line] = json.loads(out)
    assert code == 0 and "split" not in line
    code, out, _ = run(capsys, "inbox", "list", v, *pf, "--json")
    assert [d["page_count"] for d in json.loads(out)] == [5]


def test_duplex_follows_the_vaults_setting_unless_told(
    vault_path: Path, tmp_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    pages = [scans.scan(scans.form(scans.NTA, 200)), scans.scan(scans.blank(200))]
    pages += [scans.scan(scans.form(scans.FOIL, 200)), scans.scan(scans.blank(200))]
    batch = scans.batch_tiff(pages, tmp_path / "duplex.tif", 200)
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        set_preferences(store, Preferences(duplex=True))
    finally:
        store.close()
    v = str(vault_path)
    code, out, _ = run(capsys, "import", v, *pf, "--no-ocr", "--json", str(batch))
    [whole] = json.loads(out)  # blank backs only: one document, kept as scanned
    assert "split" not in whole
    code, out, _ = run(capsys, "import", v, *pf, "--no-ocr", "--no-duplex", "--json", str(batch))
    assert code == 0 and [r["split"]["pages"] for r in json.loads(out)] == [[1], [3]]


def test_watch_takes_no_split_and_duplex(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "watch", "--help")
    assert code == 0 and "--no-split" in out and "--duplex" in out
