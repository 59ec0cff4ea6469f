"""``export summary --language es``: the summary in Spanish for the client, English by default.

Run as a separate process, as ``casebook`` is: the Spanish words come from Qt's
translator, which an in-process run would leave installed in the test session.
``LANG`` does not choose a file's language; only the flag does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium

from tests.cli.run_cli import run

ROOT = Path(__file__).resolve().parents[2]


def _export(vault: Path, pf: list[str], out: Path, *flags: str, lang: str = "C") -> str:
    env = {**os.environ, "LANG": lang, "PYTHONPATH": str(ROOT)}
    env.pop("LC_ALL", None)
    done = subprocess.run(
        [sys.executable, "-m", "casebook", "export", "summary", str(vault), *pf,
         "--client", "1", "-o", str(out), *flags, "--json"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["path"] == str(out)
    document = pdfium.PdfDocument(out)
    text = " ".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    return " ".join(text.split())


def test_the_summary_in_spanish_and_english(capsys, vault_path: Path, pf, tmp_path: Path) -> None:
    def cli(*argv: str) -> dict:
        code, out, err = run(capsys, *argv, "--json")
        assert code == 0, err
        return json.loads(out)

    cli("client", "add", str(vault_path), *pf, "--name", "Ana Ajcalón", "--a-number", "A098765432")
    matter = cli("matter", "add", str(vault_path), *pf, "--client", "1", "--type", "removal")
    cli("hearing", "add", str(vault_path), *pf, "--matter", matter["id"], "--kind", "individual",
        "--at", "2099-01-26 09:30")  # fmt: skip

    spanish = _export(vault_path, pf, tmp_path / "resumen.pdf", "--language", "es")
    for words in ("Resumen del cliente", "Perfil", "Defensa contra la deportación",
                  "Audiencia individual", "Número A", "A-098-765-432", "Ana Ajcalón"):  # fmt: skip
        assert words in spanish, words
    assert "Profile" not in spanish and "Removal defence" not in spanish

    english = _export(vault_path, pf, tmp_path / "summary.pdf", lang="es_US.UTF-8")
    assert "Profile" in english and "Individual hearing" in english  # LANG chooses no file's
    assert "Perfil" not in english
