"""Render casebook's windows to PNG files, offscreen, for the README and for review.

    python packaging/screenshots.py OUT_DIR [--dark]
    QT_SCALE_FACTOR=2 python packaging/screenshots.py OUT_DIR   # as on a high-DPI screen

Uses a throwaway demo vault of fictional clients; nothing is written outside
OUT_DIR and a temporary folder that is removed at the end. ``--dark`` gives Qt
the palette a dark desktop theme would, to check every page stays readable.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from casebook.app import demo_passphrase, demo_vault
from casebook.domain.vocabulary import IncidentKind, Law, SealedUnder
from casebook.export.text_document import write_text_document
from casebook.services import arrests, incidents
from casebook.services.arrests import ArrestDraft
from casebook.services.clients import list_clients
from casebook.services.demo_documents import add_demo_documents
from casebook.services.importer import Options, Target, import_paths
from casebook.services.incidents import IncidentDraft
from casebook.services.requests import NypdFields, RequestDraft, add_request
from casebook.store.session import Store
from casebook.ui.controller import CasebookApp
from casebook.ui.settings import AppSettings


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get ready in time")
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def shoot_start(app: CasebookApp, out: Path, vault: Path) -> None:
    """The start window's pages, in the states a person sees them."""
    start = app.start_window
    app.show_start()
    save(start, out / "start-window.png")

    start.show_create()
    start.create_page.passphrase.setText("violin orchard")
    start.create_page.repeat.setText("violin orchard")
    wait_until(lambda: start.create_page.feedback.text().strip() != "")
    save(start, out / "create-window.png")

    start.show_unlock(vault)
    page = start.unlock_page
    QTest.keyClicks(page.passphrase, "WRONG")  # capitals without Shift: the Caps Lock hint
    page.unlock()
    wait_until(page.error_label.isVisible)
    save(start, out / "unlock-window.png")


def shoot_main(app: CasebookApp, out: Path) -> None:
    window = app.main_window
    clients = window.clients
    wait_until(lambda: window.isVisible() and clients.model.rowCount() > 0)
    wait_until(lambda: clients.model.is_loaded(0))
    clients.table.selectRow(2)
    wait_until(lambda: clients.detail.stack.currentWidget() is clients.detail.tabs)
    save(window, out / "main-window.png")
    clients.detail.tabs.setCurrentIndex(1)
    save(window, out / "main-window-matters.png")
    clients.detail.tabs.setCurrentIndex(0)

    clients.new_client()
    dialog = clients.dialog
    assert dialog is not None
    dialog.set_text("name", "Ana Quispe")
    dialog.set_text("a_number", "A-123-45")
    dialog.save()
    wait_until(dialog.errors["a_number"].isVisible)
    save(dialog, out / "client-dialog.png")
    dialog.reject()


def fill_inbox(store: Store, folder: Path, today: date) -> None:
    """A few fictional scans and letters waiting in the inbox, as after a morning's intake.

    The notice names a demo client by name and A-number and sets a hearing some
    weeks ahead, so the inbox shows what casebook reads in it.
    """
    from PIL import Image, ImageDraw

    client = next(c for c in list_clients(store, limit=50) if c.a_number)
    hearing = today + timedelta(days=40)
    write_text_document(
        folder / "Notice of Hearing - Varick.pdf",
        "Notice of Hearing in Removal Proceedings",
        [
            f"RE: {client.name}    File: {client.a_number}    Date: {today:%b %d, %Y}",
            "Your case has been scheduled for a master hearing before the Immigration Court at "
            f"201 Varick Street, New York, NY 10014, on {hearing:%B %d, %Y} at 8:30 a.m.",
            "Failure to appear may result in an order of removal being entered in your absence.",
        ],
    )
    write_text_document(
        folder / "FOIL acknowledgement.pdf",
        "NYPD FOIL Unit - Acknowledgement",
        ["Your request has been received and assigned number FOIL-2026-056-01234."],
    )
    for i, colour in enumerate(((242, 238, 228), (232, 236, 242))):
        page = Image.new("RGB", (850, 1100), colour)
        draw = ImageDraw.Draw(page)
        for line in range(14):
            draw.rectangle((80, 120 + line * 60, 770 - (line % 3) * 90, 134 + line * 60), fill=90)
        page.save(folder / f"scan{i + 1:04d}.png")
    import_paths(store, sorted(folder.iterdir()), Target(), options=Options(ocr=False))


def shoot_documents(app: CasebookApp, out: Path) -> None:
    """The inbox, the viewer and the search popup."""
    window = app.main_window
    inbox = window.inbox
    window.sidebar.setCurrentRow(1)
    wait_until(lambda: inbox.model.rowCount() > 0)
    for row in range(inbox.model.rowCount()):
        if str(inbox.model.index(row).data()).startswith("Notice"):
            inbox.select_ids([inbox.model.doc_id(row)])
    wait_until(lambda: not inbox.preview.image.pixmap().isNull())
    wait_until(lambda: inbox.suggestions.list.count() > 2)
    save(window, out / "inbox.png")

    clients = window.clients
    window.sidebar.setCurrentRow(0)
    detail = clients.detail
    for row in range(clients.model.rowCount()):
        clients.table.selectRow(row)
        wait_until(lambda: detail.client_name != "")
        if detail.documents.rowCount() >= 2:
            break
    detail.tabs.setCurrentWidget(detail.documents_tab)
    save(window, out / "documents-tab.png")
    viewer_window = window.open_document(int(inbox.selected_ids()[0]))
    viewer = viewer_window.viewer
    wait_until(lambda: not viewer.image.pixmap().isNull())
    before = viewer.image.pixmap().cacheKey()
    viewer.find_box.setText("Varick Street")
    viewer.find_next()
    wait_until(lambda: viewer.find_status.text().startswith("On page"))
    wait_until(lambda: viewer.image.pixmap().cacheKey() != before)  # the page with the marks
    save(viewer_window, out / "viewer.png")
    viewer_window.close()

    popup = window.search
    popup.popup()
    popup.query.setText("hearing")
    wait_until(lambda: popup.results.count() > 0)
    save(popup, out / "search.png")
    popup.hide()

    dialog = app.open_settings()
    wait_until(lambda: dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled())
    dialog.tabs.setCurrentIndex(3)
    save(dialog, out / "settings-profile.png")
    dialog.reject()


def shoot_packet(app: CasebookApp, out: Path) -> None:
    """The Export filing packet dialog for the client with documents open in the main window,
    with a few exhibits ticked, one marked as a translation."""
    from PySide6.QtCore import Qt

    window = app.main_window
    window.sidebar.setCurrentRow(0)
    dialog = window.open_packet_dialog()
    assert dialog is not None
    wait_until(lambda: dialog.choices is not None)
    for row in range(min(3, dialog.exhibits.count())):
        dialog.exhibits.item(row).setCheckState(Qt.CheckState.Checked)
    if dialog.exhibits.count() > 1:
        dialog.exhibits.setCurrentRow(1)
        dialog.move_current(-1)
        dialog.translation_box.setChecked(True)
        dialog.translator.setText("Jean-Baptiste Pierre")
        dialog.translator_address.setText("12 Court Street, Brooklyn, NY 11201")
        dialog.translator_phone.setText("718-555-0142")
        dialog.language.setText("Haitian Creole")
    wait_until(lambda: dialog.estimate is not None)
    save(dialog, out / "packet-dialog.png")
    dialog.reject()


def fill_records(store: Store, today: date) -> int:
    """Arrests (one sealed) and a season of incidents, through the services; returns the
    id of the client they belong to."""
    first = list_clients(store, limit=3)[2]
    sealed = arrests.add_arrest(
        store,
        first.id,
        ArrestDraft(
            today - timedelta(days=700),
            precinct="75",
            arrest_number="K24612345",
            charges="PL 165.15 theft of services",
            disposition="dismissed",
            sealed_under=SealedUnder.CPL_160_50,
        ),
        today=today,
    )
    arrests.add_arrest(
        store,
        first.id,
        ArrestDraft(today - timedelta(days=160), precinct="44", charges="VTL 511 driving"),
        today=today,
    )
    incidents.add_incident(
        store,
        IncidentDraft(
            today - timedelta(days=45),
            IncidentKind.RECORD_SHARED,
            precinct="75",
            laws=(Law.CPL_160_50, Law.EO_41),
            client_id=first.id,
            arrest_id=sealed,
            narrative="The sealed arrest record appeared in the ICE file produced at the bond "
            "hearing.",
        ),
        today=today,
    )
    kinds = (IncidentKind.ICE_AT_COURT, IncidentKind.DETAINER, IncidentKind.NOTIFICATION)
    precincts = ("114", "44", "75", "120", "23")
    for i in range(14):
        incidents.add_incident(
            store,
            IncidentDraft(
                today - timedelta(days=12 + i * 17),
                kinds[i % 3],
                precinct=precincts[i % 5],
                laws=(Law.ADMIN_CODE_14_154,) if i % 3 == 1 else (Law.EO_41,),
                narrative="Reported by the family.",
            ),
            today=today,
        )
    add_request(
        store,
        RequestDraft(
            records="Arrest report, complaint report and body-worn camera footage of the arrest",
            client_id=first.id,
            number="FOIL-2026-056-04817",
            fields=NypdFields(arrest_number="K24612345", precinct="75", body_camera=True),
            sent_via="OpenRecords",
            sent_on=today - timedelta(days=24),
            received=today - timedelta(days=24),
        ),
        today=today,
    )
    return first.id


def shoot_records(app: CasebookApp, out: Path, client_id: int) -> None:
    """Record requests, a request form with a problem, a letter, deadlines, incidents and the
    report dialog, and one client's Timeline and Arrests tabs."""
    window = app.main_window
    window.sidebar.setCurrentRow(2)
    requests = window.requests
    wait_until(lambda: requests.model.rowCount() > 0)
    row = next(
        (r for r, info in enumerate(requests.model.rows) if info.clock.constructive_denial), 0
    )
    requests.table.selectRow(row)
    wait_until(lambda: requests.current is not None and requests.timeline.topLevelItemCount() > 0)
    save(window, out / "requests.png")

    dialog = requests.new_request()
    dialog.number.setText("FOIL-2026-072-00123")
    dialog.check_number()
    dialog.records.setPlainText("Body-worn camera footage of the stop")
    dialog.precinct.setText("75")
    dialog.incident_type.setText("stop")
    dialog.body_camera.setChecked(True)
    dialog.adjustSize()
    save(dialog, out / "request-form.png")
    dialog.reject()

    letter = requests.show_letter(
        "appeal" if requests.current.clock.constructive_denial else "request"
    )
    assert letter is not None
    wait_until(lambda: letter.text.toPlainText() != "" or letter.error.isVisible())
    save(letter, out / "letter.png")
    letter.reject()

    window.sidebar.setCurrentRow(4)
    deadlines = window.deadlines
    wait_until(lambda: deadlines.list.topLevelItemCount() > 0 and bool(deadlines.calendar.by_day))
    save(window, out / "deadlines.png")

    window.sidebar.setCurrentRow(3)
    incidents_page = window.incidents
    wait_until(lambda: incidents_page.table.rowCount() > 0)
    incidents_page.table.selectRow(0)
    save(window, out / "incidents.png")
    report = incidents_page.open_report()
    report.pdf.setText("/home/advocate/Documents/incidents-2026.pdf")
    save(report, out / "aggregate-dialog.png")
    report.reject()

    window.open_client(client_id)
    detail = window.clients.detail
    wait_until(lambda: detail.file is not None and detail.file.detail.id == client_id)
    detail.tabs.setCurrentWidget(detail.timeline_tab)
    detail.timeline.show_marks(detail.timeline.marks, detail.timeline.today)  # fit the width
    save(window, out / "timeline.png")
    detail.tabs.setCurrentWidget(detail.arrests_tab)
    save(window, out / "arrests.png")

    backup = app.open_backup()
    save(backup, out / "backup-dialog.png")
    backup.reject()


def shoot_check(app: CasebookApp, out: Path, store: Store) -> None:
    """File > Check the vault…, deep, with one content file no document names."""
    fp = store.vault.blobs.put_bytes(b"left by an import killed before its commit")
    path = store.vault.blobs._path(fp.name)
    hour_ago = time.time() - 3600
    os.utime(path, (hour_ago, hour_ago))
    dialog = app.open_check()
    dialog.deep.setChecked(True)
    dialog.run_check()
    wait_until(lambda: dialog.report is not None, timeout=120)
    save(dialog, out / "check-dialog.png")
    dialog.reject()


def dark_palette() -> QPalette:
    """What a dark desktop theme hands Qt (colours as in KDE's Breeze Dark, roughly)."""
    role = QPalette.ColorRole
    palette = QPalette()
    for r, colour in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#262626"),
        (role.ToolTipBase, "#333333"),
        (role.ToolTipText, "#e6e6e6"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"),
        (role.BrightText, "#ff5555"),
        (role.Highlight, "#3d6fb4"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#8ab4f8"),
        (role.PlaceholderText, "#9a9a9a"),
        (role.Light, "#505050"),
        (role.Midlight, "#404040"),
        (role.Mid, "#444444"),
        (role.Dark, "#1a1a1a"),
        (role.Shadow, "#000000"),
    ):
        palette.setColor(r, QColor(colour))
    return palette


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--clients", type=int, default=400)
    parser.add_argument("--documents", type=int, default=60)
    parser.add_argument("--dark", action="store_true", help="as under a dark desktop theme")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    if args.dark:
        QApplication.setStyle("Fusion")
        QApplication.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        home = Path("/home/advocate")
        for name in ("Immigration unit 2024", "Bronx office", "Clients"):
            settings.remember_vault(home / "Documents" / f"{name}.casebook")
        app = CasebookApp(settings, install_excepthook=False)
        passphrase = demo_passphrase()
        try:
            with demo_vault(clients=args.clients, passphrase=passphrase) as (store, _summary):
                folder = store.vault.folder
                add_demo_documents(store, args.documents, ocr=False)
                intake = Path(tmp) / "intake"
                intake.mkdir()
                fill_inbox(store, intake, date.today())
                client_id = fill_records(store, date.today())
                shoot_start(app, args.out, folder)
                app.open_demo(store, folder, passphrase)
                shoot_main(app, args.out)
                shoot_documents(app, args.out)
                shoot_packet(app, args.out)
                shoot_records(app, args.out, client_id)
                shoot_check(app, args.out, store)
                app.lock()
                save(app.start_window, args.out / "locked-window.png")
                app.shutdown()
        finally:
            app.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
