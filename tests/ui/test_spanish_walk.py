"""Every page, client-file tab and dialog of the window, opened in Spanish: no English left.

One test per screen, each failing with the list of visible strings still in
English (``tests.ui.spanish.untranslated``): a new label without ``tr()`` shows
up here. Data (client names, dates, numbers, what the vault holds) is passed
as allowed. Screenshots go to /tmp/shots/es-*.png for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from casebook.ui.client_detail import Tab
from casebook.ui.controller import CasebookApp
from casebook.ui.main_window import REQUESTS_ROW
from casebook.ui.translation import ENGLISH, SPANISH, Translation
from tests.ui.spanish import untranslated

SHOTS = Path("/tmp/shots")


@pytest.fixture
def spanish(english: Translation) -> Iterator[Translation]:
    """Spanish for one test, English again after (asked for before the window is made)."""
    assert english.apply(SPANISH) == SPANISH
    yield english
    english.apply(ENGLISH)


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"es-{name}.png"))


def _client_names(app: CasebookApp) -> list[str]:
    model = app.main_window.clients.model
    names = [c.name for r in range(model.rowCount()) if (c := model.client_at(r)) is not None]
    return [*names, app.main_window.windowTitle()]


def _assert_spanish(root: QWidget, data: Iterable[str], name: str) -> None:
    """Shoot ``root`` and fail with every English string it shows."""
    _shot(root, name)
    problems = untranslated(root, data)
    assert not problems, f"{name}:\n" + "\n".join(problems)


def _open_first_client(qtbot, app: CasebookApp):
    detail = app.main_window.clients.detail
    app.main_window.clients.table.selectRow(0)
    qtbot.waitUntil(lambda: detail.file is not None and detail.file.detail.id == detail.client_id)
    return detail


def _said_by_services(root: QWidget) -> list[str]:
    """Sentences the services still word in English (issue 17: they are to return codes).

    Named here one by one, by the label that shows them, so that each is found and
    moved to the window's catalogue when its service stops wording it.
    """
    composed = ("Clock", "What the law says now", "Immigration note", "Sealing picture")
    return [w.text() for w in root.findChildren(QLabel) if w.accessibleName() in composed]


@pytest.mark.parametrize("tab", list(Tab), ids=[t.name.lower() for t in Tab])
def test_every_tab_of_a_client_file_speaks_spanish(spanish, qtbot, records_app, tab):
    window = records_app.main_window
    window.resize(1200, 760)
    detail = _open_first_client(qtbot, records_app)
    detail.show_tab(tab)
    assert detail.file is not None
    draft = detail.file.detail.draft
    data = [*_client_names(records_app), f"<h2>{draft.name}</h2>"]
    if tab is Tab.PROFILE:
        data += [w.text() for w in detail.findChildren(QLabel) if w.accessibleName()]
    data += _said_by_services(window)
    _assert_spanish(window, data, f"client-{tab.name.lower()}")


def test_the_requests_page_speaks_spanish(spanish, qtbot, records_app):
    window = records_app.main_window
    window.resize(1200, 760)
    names = _client_names(records_app)
    window.sidebar.setCurrentRow(REQUESTS_ROW)
    page = window.requests
    qtbot.waitUntil(lambda: page.current is not None)
    current = page.current
    assert current is not None
    data = [*names, page.heading.text(), page.records.text().split(": ", 1)[1]]
    _assert_spanish(window, [*data, *_said_by_services(window)], "requests")
