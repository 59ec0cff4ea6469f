"""doc pages, doc split, doc versions, doc restore and doc export --version."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pikepdf
import pytest

from casebook.services.ocr import ocr_available
from tests.cli.run_cli import run
from tests.form_scans import draw_form, render

needs_ocr = pytest.mark.skipif(not ocr_available().available, reason="Tesseract is not installed")


def _letter(path: Path, pages: int) -> Path:
    pdf = pikepdf.Pdf.new()
    for n in range(1, pages + 1):
        one = pikepdf.Pdf.open(io.BytesIO(draw_form([f"Letter page {n}", f"marker{n} words"])))
        pdf.pages.append(one.pages[0])
    pdf.save(path)
    return path


def _import(capsys: pytest.CaptureFixture[str], v: str, pf: list[str], path: Path) -> str:
    code, out, _ = run(capsys, "import", v, *pf, str(path), "--no-ocr", "--json")
    assert code == 0
    doc: str = json.loads(out)[0]["document_id"]
    return doc


def test_pages_edit_keeps_the_original_as_a_version_that_exports_and_verifies(
    vault_path: Path, tmp_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    v = str(vault_path)
    original = _letter(tmp_path / "letter.pdf", 3)
    doc = _import(capsys, v, pf, original)

    code, out, err = run(
        capsys, "doc", "pages", v, doc, *pf, "--rotate", "2:90", "--delete", "3", "--json"
    )
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["earlier_version"] == 1 and result["page_count"] == 2
    assert result["reason"] == "rotated page 2 by 90°; deleted page 3"

    code, out, _ = run(capsys, "doc", "versions", v, doc, *pf, "--json")
    [earlier] = json.loads(out)
    assert earlier["sha256"] == hashlib.sha256(original.read_bytes()).hexdigest()
    assert (earlier["number"], earlier["page_count"]) == (1, 3)
    code, out, _ = run(capsys, "doc", "versions", v, doc, *pf)
    assert "rotated page 2 by 90°; deleted page 3" in out and earlier["sha256"] in out

    copy = tmp_path / "out" / "v1.pdf"
    copy.parent.mkdir()
    code, out, _ = run(capsys, "doc", "export", v, doc, "--version", "1", "-o", str(copy), *pf)
    assert code == 0 and copy.read_bytes() == original.read_bytes()
    assert "earlier version 1" in out

    code, out, _ = run(capsys, "search", v, "marker3", *pf, "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "check", v, *pf, "--deep", "--json")
    report = json.loads(out)
    assert code == 0 and (report["blobs_checked"], report["versions_checked"]) == (2, 1)
    code, out, _ = run(capsys, "check", v, *pf, "--deep")
    assert "1 document(s) and 1 earlier version(s) verified" in out

    code, out, _ = run(capsys, "doc", "restore", v, doc, "--version", "1", *pf, "--json")
    assert code == 0 and json.loads(out)["page_count"] == 3
    code, out, _ = run(capsys, "search", v, "marker3", *pf, "--json")
    assert [h["id"] for h in json.loads(out)] == [doc]


def test_order_and_split(
    vault_path: Path, tmp_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    v = str(vault_path)
    doc = _import(capsys, v, pf, _letter(tmp_path / "batch.pdf", 4))
    code, _, err = run(capsys, "doc", "pages", v, doc, *pf, "--order", "4,3,2,1")
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "doc", "split", v, doc, "--at", "3", *pf, "--json")
    result = json.loads(out)
    assert code == 0 and result["new_document_id"] and result["page_count"] == 2
    code, out, _ = run(capsys, "search", v, "marker1", *pf, "--json")
    assert [h["id"] for h in json.loads(out)] == [result["new_document_id"]]
    code, out, _ = run(capsys, "doc", "versions", v, doc, *pf, "--json")
    assert [x["number"] for x in json.loads(out)] == [1, 2]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--delete", "1", "--delete", "2"], "at least one page"),
        (["--rotate", "5:90"], "there is no page 5"),
        ([], "Say what to change"),
    ],
)
def test_impossible_edits_fail_with_one_line_and_change_nothing(
    vault_path: Path,
    tmp_path: Path,
    pf: list[str],
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    v = str(vault_path)
    doc = _import(capsys, v, pf, _letter(tmp_path / "two.pdf", 2))
    code, out, err = run(capsys, "doc", "pages", v, doc, *pf, *extra)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "doc", "versions", v, doc, *pf, "--json")
    assert json.loads(out) == []


def test_a_bad_rotation_is_a_usage_error(
    vault_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "doc", "pages", str(vault_path), "1", *pf, "--rotate", "2:45")
    assert code == 2 and "PAGE:DEG" in err


def test_check_deep_names_a_damaged_earlier_version(
    vault_path: Path, tmp_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    v = str(vault_path)
    doc = _import(capsys, v, pf, _letter(tmp_path / "letter.pdf", 2))
    before = {p for p in (vault_path / "blobs").rglob("*") if p.is_file()}
    run(capsys, "doc", "pages", v, doc, *pf, "--rotate", "1:180")
    [earlier] = before  # the imported content's blob, now earlier version 1
    data = bytearray(earlier.read_bytes())
    data[len(data) // 2] ^= 1
    earlier.write_bytes(bytes(data))
    code, out, _ = run(capsys, "check", v, *pf, "--deep")
    assert code == 1 and f"document {doc} earlier version 1" in out
    code, out, _ = run(capsys, "check", v, *pf, "--deep", "--json")
    problems = json.loads(out)["problems"]
    assert len(problems) == 1 and "earlier version 1" in problems[0]


@needs_ocr
def test_a_page_scanned_upside_down_is_fixed_and_found_from_the_command(
    vault_path: Path, tmp_path: Path, pf: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The evidence, as a person types it: import (OCR), search misses, rotate, search finds,
    and the content as imported still verifies in check --deep."""
    v = str(vault_path)
    upright = render(draw_form(["Notice of hearing", "Immigration Court, Varick Street"]), 200)
    stub = render(draw_form(["Quetzaltenango", "Huehuetenango"]), 200).rotate(180)
    scan = tmp_path / "scan.pdf"
    upright.save(scan, "PDF", resolution=200, save_all=True, append_images=[stub])
    code, out, _ = run(capsys, "import", v, *pf, str(scan), "--json")
    doc = json.loads(out)[0]["document_id"]
    code, out, _ = run(capsys, "search", v, "Quetzaltenango", *pf, "--json")
    assert json.loads(out) == []

    code, out, err = run(capsys, "doc", "pages", v, doc, *pf, "--rotate", "2:180")
    assert (code, err) == (0, "") and "earlier version 1" in out

    code, out, _ = run(capsys, "search", v, "Quetzaltenango", *pf, "--json")
    assert [h["id"] for h in json.loads(out)] == [doc]
    code, out, _ = run(capsys, "doc", "versions", v, doc, *pf, "--json")
    assert json.loads(out)[0]["sha256"] == hashlib.sha256(scan.read_bytes()).hexdigest()
    code, out, _ = run(capsys, "check", v, *pf, "--deep")
    assert code == 0 and "1 document(s) and 1 earlier version(s) verified" in out
