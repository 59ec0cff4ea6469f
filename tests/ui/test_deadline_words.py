"""The window words a deadline from its code, and in English says what the command says.

``deadline_phrases.say`` (the command, the JSON) and ``ui.deadline_words``
(the window) each word every code; in English they must agree sentence for
sentence, so a person reads the same line in the window and in a terminal.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casebook.domain import deadline_phrases as phrases
from casebook.domain.deadline_phrases import Phrase
from casebook.services import deadlines, vaults
from casebook.services.deadlines import Deadline
from casebook.ui.deadline_words import what
from casebook.ui.translation import ENGLISH, SPANISH
from tests.helpers import PASSPHRASE, TODAY

pytestmark = pytest.mark.dates


def _line(phrase: Phrase, today: date) -> Deadline:
    return Deadline(
        phrase.day,
        "filing",
        "",
        None,
        "",
        "event",
        1,
        False,
        "",
        phrases.say(phrase, today),
        phrase,
    )


# Every code, three days behind, today, tomorrow and four weeks ahead (only the
# differences of days from TODAY matter); an entered filing always has its title.
CASES = [
    Phrase(code, TODAY + timedelta(days=offset), title, kind, time)
    for code in sorted(phrases.CODES)
    for offset in (-3, 0, 1, 28)
    for title, kind, time in (("", "individual-hearing", "09:30"), ("Brief", "other", ""))
    if title or code != phrases.FILE_TITLED
]


@pytest.mark.parametrize("phrase", CASES, ids=lambda p: f"{p.code}{p.day}{p.title}")
def test_the_window_says_in_english_what_the_command_says(english, phrase):
    line = _line(phrase, TODAY)
    assert what(line, TODAY) == line.what


def test_a_line_without_a_code_keeps_its_words(english):
    line = Deadline(TODAY, "foil", "", None, "", "request", 1, False, "", "NYPD owes …")
    assert what(line, TODAY) == "NYPD owes …"


def test_in_spanish_the_window_words_the_code_and_the_json_stays_english(english):
    phrase = Phrase(phrases.FILE_EVIDENCE, TODAY + timedelta(days=28))
    line = _line(phrase, TODAY)
    english.apply(SPANISH)
    try:
        said = what(line, TODAY)
    finally:
        english.apply(ENGLISH)
    assert said.startswith("Presentar las pruebas para la audiencia individual antes del ")
    assert said.endswith("— 28 días")
    assert line.to_json()["what"].startswith("File evidence for the individual hearing by ")


def test_every_line_of_the_demo_vault_agrees(english, demo_vault_path):
    store = vaults.open_store(demo_vault_path, PASSPHRASE)
    try:
        items = deadlines.upcoming(store, today=TODAY, within_days=365)
    finally:
        store.close()
    coded = [d for d in items if d.phrase is not None]
    assert coded  # hearings and filings of the demo clients
    for d in items:
        assert what(d, TODAY) == d.what
