"""``export summary`` and ``export packet`` per CLI.md: JSON, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from casebook.cli import build_parser
from tests.cli.run_cli import run
from tests.helpers import PASSPHRASE


@pytest.fixture
def cli(vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    p = tmp_path / "pass.txt"
    p.write_text(PASSPHRASE)

    def call(*argv: str) -> tuple[int, str, str]:
        head = 1 if argv[0] == "import" else 2  # the words before VAULT
        vault = (str(vault_path), "--passphrase-file", str(p))
        return run(capsys, *argv[:head], *vault, *argv[head:])

    return call


@pytest.fixture
def client_with_documents(cli, tmp_path: Path) -> tuple[str, list[str]]:
    code, out, err = cli(
        "client", "add", "--name", "Jean Baptiste", "--a-number", "A123456789", "--json"
    )
    assert code == 0, err
    client = json.loads(out)["id"]
    paths = []
    for name in ("nta", "letter", "lettre", "brief"):
        path = tmp_path / f"{name}.pdf"
        canvas = Canvas(str(path))
        canvas.drawString(72, 700, name)
        canvas.save()
        paths.append(str(path))
    code, out, err = cli("import", *paths, "--client", client, "--no-ocr", "--json")
    assert code == 0, err
    by_name = {Path(r["path"]).stem: r["document_id"] for r in json.loads(out)}
    return client, [by_name[n] for n in ("nta", "letter", "lettre", "brief")]


def test_export_group_holds_summary_packet_and_letter() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    export = sub.choices["export"]
    commands = next(a for a in export._actions if a.dest == "export_command")
    assert {"summary", "packet", "letter"} <= set(commands.choices)


def test_summary_json_and_file(cli, client_with_documents, tmp_path: Path) -> None:
    client, _ = client_with_documents
    out = tmp_path / "summary.pdf"
    code, stdout, err = cli("export", "summary", "--client", client, "-o", str(out), "--json")
    assert (code, err) == (0, "")
    assert json.loads(stdout) == {"path": str(out), "redacted": []}
    assert len(PdfReader(out).pages) >= 1


def test_summary_for_sharing(cli, client_with_documents, tmp_path: Path) -> None:
    client, _ = client_with_documents
    out = tmp_path / "shared.pdf"
    code, stdout, _ = cli(
        "export", "summary", "--client", client, "-o", str(out), "--for-sharing", "--json"
    )
    assert code == 0
    assert json.loads(stdout)["redacted"] == ["a-number", "address", "phone"]
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "123-456-789" not in text and "A-XXX-XXX-789" in text


def test_summary_unknown_redaction_is_one_line_exit_1(cli, client_with_documents, tmp_path):
    client, _ = client_with_documents
    code, out, err = cli(
        "export", "summary", "--client", client, "-o", str(tmp_path / "x.pdf"), "--redact", "ssn"
    )
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "ssn" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_packet_json(cli, client_with_documents, tmp_path: Path) -> None:
    client, docs = client_with_documents
    out = tmp_path / "packet.pdf"
    code, stdout, err = cli(
        "export", "packet", "--client", client, "--exhibit", docs[0], "--exhibit", docs[1],
        "--translation", f"{docs[1]}={docs[2]}", "--translator", "Pierre",
        "--translated-from", "French", "--describe", f"{docs[0]}=Notice to Appear",
        "--exhibit-date", f"{docs[0]}=2025-03-01", "--exhibit-source", f"{docs[0]}=DHS",
        "-o", str(out), "--json",
    )  # fmt: skip
    assert code == 0
    assert "casebook: warning: no advocate profile" in err  # still written
    data = json.loads(stdout)
    assert data["files"] == [{"path": str(out), "bytes": out.stat().st_size, "kind": "evidence"}]
    # cover, list; A: tab + 1; B: tab, translation, certificate, original; service
    assert data["pages"] == len(PdfReader(out).pages) == 1 + 1 + 2 + 4 + 1
    tabs = [c for c in data["contents"] if c["tab"]]
    assert [(c["tab"], c["first_page"], c["last_page"]) for c in tabs] == [("A", 3, 4), ("B", 5, 8)]
    assert (tabs[0]["description"], tabs[0]["date"], tabs[0]["source"]) == (
        "Notice to Appear",
        "2025-03-01",
        "DHS",
    )
    assert [(p["what"], p["first_page"], p["last_page"]) for p in tabs[1]["parts"]] == [
        ("English translation", 6, 6),
        ("Certificate of translation", 7, 7),
        ("Original (French)", 8, 8),
    ]
    # no immigration matter: no hearing and no detention printed, and the command says why
    assert any("no immigration judge and no hearing" in w for w in data["warnings"])
    assert any("neither DETAINED nor NON-DETAINED" in w for w in data["warnings"])
    assert err.count("casebook: warning:") == len(data["warnings"]) + 1


def test_packet_refuses_a_translation_with_no_original(cli, client_with_documents, tmp_path):
    client, docs = client_with_documents
    out = tmp_path / "x.pdf"
    code, stdout, err = cli(
        "export", "packet", "--client", client, "--exhibit", docs[1],
        "--translation", docs[1], "-o", str(out), "--json",
    )  # fmt: skip
    assert code == 1 and stdout == "" and err.count("\n") == 1
    assert f"#{docs[1]}" in err and "no foreign-language original" in err and "1003.33" in err
    assert not out.exists()


def test_packet_brief_is_its_own_file_with_ecas_names(cli, client_with_documents, tmp_path):
    client, docs = client_with_documents
    folder = tmp_path / "filing"
    folder.mkdir()
    code, stdout, err = cli(
        "export", "packet", "--client", client, "--exhibit", docs[0], "--brief", docs[3],
        "-o", str(folder), "--json",
    )  # fmt: skip
    assert code == 0, err
    files = json.loads(stdout)["files"]
    assert [(Path(f["path"]).name, f["kind"]) for f in files] == [
        ("Baptiste_A123456789_Brief.pdf", "brief"),
        ("Baptiste_A123456789_Evidence.pdf", "evidence"),
    ]
    brief = PdfReader(folder / "Baptiste_A123456789_Brief.pdf")
    assert len(brief.pages) == 3  # cover, the brief, certificate of service
    assert "BRIEF" in brief.pages[0].extract_text()
    evidence = PdfReader(folder / "Baptiste_A123456789_Evidence.pdf")
    assert "brief" not in evidence.pages[1].extract_text()  # not in the evidence's contents


def test_packet_help_says_where_files_go() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    export = sub.choices["export"]
    commands = next(a for a in export._actions if a.dest == "export_command")
    text = " ".join(commands.choices["packet"].format_help().split())
    assert "Lastname_A123456789_Evidence.pdf" in text and "_Brief" in text
    assert "--describe DOC=TEXT" in text and "--translation DOC=ORIGINAL" in text


def test_packet_missing_exhibit_is_usage_error(cli, client_with_documents, tmp_path) -> None:
    client, _ = client_with_documents
    code, _, err = cli("export", "packet", "--client", client, "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "--exhibit" in err


def test_packet_of_unknown_document_exit_1_nothing_written(cli, client_with_documents, tmp_path):
    client, _ = client_with_documents
    out = tmp_path / "x.pdf"
    code, stdout, err = cli(
        "export", "packet", "--client", client, "--exhibit", "99", "-o", str(out), "--json"
    )
    assert code == 1 and stdout == ""
    assert err.startswith("casebook: ") and "#99" in err and err.count("\n") == 1
    assert not out.exists()


def test_packet_describe_of_a_document_not_filed_is_refused(cli, client_with_documents, tmp_path):
    client, docs = client_with_documents
    out = tmp_path / "x.pdf"
    code, _stdout, err = cli(
        "export", "packet", "--client", client, "--exhibit", docs[0],
        "--describe", f"{docs[1]}=Letter", "-o", str(out),
    )  # fmt: skip
    assert code == 1 and err.count("\n") == 1 and f"#{docs[1]}" in err and "description" in err
    assert not out.exists()
