"""The catalogues agree with the code: every tr() source is in them, translated, and compiled.

lupdate reads the code again into a scratch catalogue; a message the code has
and the committed one lacks (someone added a tr() and forgot lupdate), or an
unfinished entry, fails. The committed .qm must be what lrelease makes of the
committed .ts, so the shipped file is never older than the catalogue.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
SOURCES = [*sorted((ROOT / "casebook" / "ui").glob("*.py")), ROOT / "casebook" / "app.py"]


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(BIN)) or shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.skip(f"pyside6-{name} is not installed")
    return found


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def _scan(tmp_path: Path, *flags: str) -> dict[tuple[str, str], ET.Element]:
    out = tmp_path / "scan.ts"
    subprocess.run(
        [_tool("lupdate"), *map(str, SOURCES), *flags, "-locations", "none", "-ts", str(out)],
        check=True,
        capture_output=True,
    )
    return _messages(out)


def test_every_tr_in_the_code_is_in_the_spanish_catalogue_and_translated(tmp_path):
    wanted = _scan(tmp_path)
    have = _messages(CATALOGUES / "casebook_es.ts")
    missing = sorted(f"{c}: {s!r}" for c, s in wanted.keys() - have.keys())
    assert not missing, "run lupdate (resources/translations/README.md):\n" + "\n".join(missing)
    unfinished = sorted(
        f"{c}: {s!r}"
        for (c, s), message in have.items()
        if (t := message.find("translation")) is not None
        and (t.get("type") in ("unfinished", "obsolete", "vanished"))
    )
    assert not unfinished, "\n".join(unfinished)


def test_every_plural_has_its_english_forms(tmp_path):
    wanted = _scan(tmp_path, "-pluralonly")
    plurals = {key for key, m in wanted.items() if m.get("numerus") == "yes"}
    have = _messages(CATALOGUES / "casebook_en.ts")
    assert sorted(plurals - have.keys()) == []
    for key in plurals:
        forms = [f.text for f in have[key].iter("numerusform")]
        assert len(forms) == 2 and all(forms), key


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_shipped_qm_is_compiled_from_the_catalogue(tmp_path, lang):
    out = tmp_path / f"casebook_{lang}.qm"
    subprocess.run(
        [_tool("lrelease"), "-silent", str(CATALOGUES / f"casebook_{lang}.ts"), "-qm", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (CATALOGUES / f"casebook_{lang}.qm").read_bytes()


def test_no_literal_goes_through_a_helper_lupdate_cannot_see():
    """``_tr("words")`` (a module's own wrapper) is never read by lupdate, so the words
    would stay English: literals go to ``tr()``, ``QCoreApplication.translate`` or
    ``QT_TRANSLATE_NOOP``, and a wrapper only takes what those marked."""
    import re

    helper = re.compile(r"(?<![\w.])_tr\(\s*[\"']")
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in SOURCES
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if helper.search(line)
    ]
    assert not found, "\n".join(found)
