"""The client summary in Spanish: every word it prints is in the catalogue, and translated.

The services word the summary through a function from its English; the window
and ``export summary --language es`` give the catalogue's. A word the service
asks for that ``ui/summary_words.py`` does not mark would stay English in a
Spanish summary: this fails on it, naming it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from casebook.domain.sealing import Conviction, FelonyClass, Level, Release
from casebook.services import convictions
from casebook.services.summary import export_summary, summary_data
from casebook.store.session import Store
from casebook.ui.summary_words import SOURCES, summary_words
from casebook.ui.translation import QT_TRANSLATE_NOOP
from tests.helpers import TODAY
from tests.services.test_summary import client_id  # noqa: F401 (the fixture: a full client)

pytestmark = pytest.mark.dates

# Said the same in both languages: citations, codes and the A-number's label letters.
SAME_IN_SPANISH = {"NYSID"}


@pytest.fixture
def with_convictions(store: Store, client_id: int) -> int:  # noqa: F811
    convictions.add_conviction(
        store,
        client_id,
        Conviction(Level.MISDEMEANOR, date(2024, 2, 29), offense="PL 155.25"),
        today=TODAY,
    )
    convictions.add_conviction(
        store,
        client_id,
        Conviction(
            Level.FELONY,
            date(2019, 5, 1),
            FelonyClass.D,
            offense="PL 140.20",
            releases=(Release(date(2021, 3, 1)),),
        ),
        today=TODAY,
    )
    return client_id


def test_every_word_the_summary_asks_for_is_in_the_catalogue(
    store: Store, with_convictions: int
) -> None:
    asked: list[str] = []

    def recording(english: str) -> str:
        asked.append(english)
        return english

    summary_data(store, with_convictions, today=TODAY, words=recording)
    summary_data(
        store, with_convictions, today=TODAY, redact=frozenset({"a-number"}), words=recording
    )
    missing = sorted(set(asked) - set(SOURCES))
    assert not missing, "mark these in casebook/ui/summary_words.py:\n" + "\n".join(missing)


def test_every_word_is_translated() -> None:
    say = summary_words("es")
    untranslated = [s for s in SOURCES if say(s) == s and s not in SAME_IN_SPANISH]
    assert untranslated == []


def _text(path: Path) -> str:
    document = pdfium.PdfDocument(path)
    text = " ".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    return " ".join(text.split())  # table cells wrap their words onto lines


def test_the_spanish_summary_reads_in_spanish(
    store: Store, with_convictions: int, tmp_path: Path, qapp: object
) -> None:
    out = tmp_path / "resumen.pdf"
    export_summary(store, with_convictions, out, today=TODAY, words=summary_words("es"))
    text = _text(out)
    for words in (
        "Resumen del cliente preparado el",
        "Perfil",
        "Cronología",
        "Defensa contra la deportación",
        "Audiencia de calendario maestro",
        "Solicitudes de registros",
        "Condenas y cuándo se sellan",
        "Se espera que se selle el",
        "El sellado estatal no elimina las consecuencias migratorias",
        "Solicitud de retención",
        "王秀英",  # names and numbers as entered
        "A-123-456-789",
    ):
        assert words in text, words
    for english in ("Profile", "Timeline", "Matters", "Record requests", "Expected to seal"):
        assert english not in text, english
    english_out = tmp_path / "summary.pdf"
    export_summary(store, with_convictions, english_out, today=TODAY)
    assert "Profile" in _text(english_out)  # English stays the default
    # The Spanish summary installed no translator: the window's own words did not change.
    from PySide6.QtCore import QCoreApplication

    assert (
        QCoreApplication.translate("SummaryWords", QT_TRANSLATE_NOOP("SummaryWords", "Profile"))
        == "Profile"
    )
