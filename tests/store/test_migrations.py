"""Schema changes ship as migrations; an old vault opens and upgrades without loss."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from casebook.domain.clients import ClientDraft
from casebook.services import vaults
from casebook.store import migrate
from casebook.store.session import Store
from casebook.store.tables import Base, managed_by_migrations
from casebook.vault.vault import open_vault
from tests.helpers import PASSPHRASE, TODAY


def test_head_constant_is_the_newest_shipped_revision() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == migrate.HEAD


def test_migrations_build_exactly_the_declared_schema(store: Store) -> None:
    with store.vault.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": managed_by_migrations})
        assert compare_metadata(context, Base.metadata) == []
        assert migrate.current_revision(conn) == migrate.HEAD


def test_vault_made_at_first_revision_upgrades_with_its_data(tmp_path: Path) -> None:
    folder = tmp_path / "old.casebook"
    from casebook.vault.vault import create_vault

    _, vault = create_vault(folder, PASSPHRASE)
    with vault:
        migrate.upgrade(vault, target="0001")
        with vault.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO clients (uid, name, name_key, sort_name, country_of_birth, "
                    "languages, interpreter_needed, a_number, nysid, phone, email, address, "
                    "immigration_status, detention_facility, created_at, updated_at) "
                    "VALUES ('u1', 'Olena Kovalenko', 'kovalenko olena', 'olena kovalenko', "
                    "'Ukraine', 'Ukrainian', 1, '201234567', '', '', '', '', '', '', "
                    "'2025-01-01 00:00:00', '2025-01-01 00:00:00')"
                )
            )
            assert migrate.current_revision(conn) == "0001"
            tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
            assert "documents" not in tables

    store = vaults.open_store(folder, PASSPHRASE)
    try:
        from casebook.services.clients import list_clients, show_client

        [client] = list_clients(store)
        assert client.name == "Olena Kovalenko"
        assert show_client(store, client.id).draft.languages == ("Ukrainian",)
        with store.vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
    finally:
        store.close()
    backup = folder / ("casebook.db" + migrate.BACKUP_SUFFIX)
    assert backup.exists()
    with open_vault(folder, PASSPHRASE) as vault:  # the copy is encrypted under the same key
        from casebook.vault.database import connect_raw

        conn = connect_raw(backup, vault.database_key(), read_only=True)
        try:
            assert conn.execute("SELECT name FROM clients").fetchall() == [("Olena Kovalenko",)]
        finally:
            conn.close()


def test_failed_migration_leaves_old_schema(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "old.casebook"
    from casebook.vault.vault import create_vault

    _, vault = create_vault(folder, PASSPHRASE)
    with vault:
        migrate.upgrade(vault, target="0001")

    import alembic.op

    real_create_table = alembic.op.create_table
    calls = {"n": 0}

    def failing_create_table(name, *columns, **kw):
        calls["n"] += 1
        if calls["n"] == 3:  # part-way through revision 0002
            raise RuntimeError("simulated crash during upgrade")
        return real_create_table(name, *columns, **kw)

    monkeypatch.setattr(alembic.op, "create_table", failing_create_table)
    try:
        vaults.open_store(folder, PASSPHRASE).close()
    except RuntimeError:
        pass
    else:
        raise AssertionError("the simulated failure did not happen")
    monkeypatch.undo()
    with open_vault(folder, PASSPHRASE) as vault, vault.engine.connect() as conn:
        assert migrate.current_revision(conn) == "0001"
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
        assert "documents" not in tables and "arrests" not in tables


def test_upgrade_to_0004_takes_a_trashed_clients_records_out_of_search(tmp_path: Path) -> None:
    from casebook.services import clients, matters
    from casebook.services.search import search
    from casebook.vault.vault import create_vault

    folder = tmp_path / "old.casebook"
    _, vault = create_vault(folder, PASSPHRASE)
    with vault:
        migrate.upgrade(vault, target="0003")
    store = Store(open_vault(folder, PASSPHRASE))
    try:
        trashed = clients.add_client(store, ClientDraft(name="Nadia Rahman"), today=TODAY)
        kept = clients.add_client(store, ClientDraft(name="Omar Rahman"), today=TODAY)
        hidden = matters.add_note(store, trashed, "cardamom market stall")
        shown = matters.add_note(store, kept, "cardamom harvest")
        clients.trash_client(store, trashed)
        with store.vault.engine.connect() as conn:  # revision 0003 still indexes it
            assert migrate.current_revision(conn) == "0003"
            indexed = {r[0] for r in conn.execute(text("SELECT ref FROM search WHERE kind='note'"))}
            assert indexed == {hidden, shown}
    finally:
        store.close()
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        assert [h.id for h in search(store, "cardamom")] == [shown]
        clients.restore_client(store, trashed)
        assert {h.id for h in search(store, "cardamom")} == {hidden, shown}
    finally:
        store.close()


def test_upgrade_to_0005_rebuilds_the_index_with_longer_prefixes_and_the_same_hits(
    tmp_path: Path,
) -> None:
    from casebook.services import clients, matters
    from casebook.services.search import search
    from casebook.vault.vault import create_vault

    folder = tmp_path / "old.casebook"
    _, vault = create_vault(folder, PASSPHRASE)
    with vault:
        migrate.upgrade(vault, target="0004")
    store = Store(open_vault(folder, PASSPHRASE))
    try:
        kept = clients.add_client(store, ClientDraft(name="Wilner Desrosiers"), today=TODAY)
        gone = clients.add_client(store, ClientDraft(name="Marie Desrosiers"), today=TODAY)
        note = matters.add_note(store, kept, "Desrosiers family: immigration hearing moved")
        matters.add_note(store, gone, "Desrosiers, immigration bond paid")
        clients.trash_client(store, gone)
        with store.driver_reading() as execute:  # this release's search needs revision 0009
            rowids = execute("SELECT rowid FROM search WHERE search MATCH '\"desros\"*'", {})
        before = {({1: "client", 4: "note"}[r % 8], r // 8) for (r,) in rowids}
    finally:
        store.close()
    assert before == {("client", kept), ("note", note)}
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        with store.vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
            sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'search'")).scalar()
        assert "prefix = '2 3 4 5 6'" in sql
        assert {(h.kind, h.id) for h in search(store, "desros")} == before
        assert [h.id for h in search(store, "immigr")] == [note]
        clients.restore_client(store, gone)  # the triggers still reach the new table
        assert len(search(store, "immigr")) == 2
    finally:
        store.close()


def test_upgrade_to_0006_turns_detained_into_detention_and_keeps_search_working(
    tmp_path: Path,
) -> None:
    """A vault of the previous release: true becomes detained, false (the default) unknown."""
    from datetime import date, datetime

    from casebook.domain.vocabulary import Detention, EventKind, MatterType
    from casebook.services import clients, matters
    from casebook.services.search import search
    from casebook.vault.vault import create_vault

    folder = tmp_path / "old.casebook"
    _, vault = create_vault(folder, PASSPHRASE)
    with vault:
        migrate.upgrade(vault, target="0005")
    store = Store(open_vault(folder, PASSPHRASE))
    try:
        cid = clients.add_client(store, ClientDraft(name="Wilner Desrosiers"), today=TODAY)
        with store.vault.engine.begin() as conn:  # the 0005 schema, as that release wrote it
            for uid, detained, judge in (("m1", 1, "Okonkwo"), ("m2", 0, "Brennan")):
                conn.execute(
                    text(
                        "INSERT INTO matters (uid, client_id, type, court, docket_number, judge, "
                        "status, detained, opened_on, created_at, updated_at) VALUES (:uid, :cid, "
                        "'asylum', 'New York - Varick', 'D-1', :judge, 'open', :detained, "
                        "'2025-03-01', '2025-03-01 00:00:00', '2025-03-01 00:00:00')"
                    ),
                    {"uid": uid, "cid": cid, "judge": judge, "detained": detained},
                )
            conn.execute(
                text(
                    "INSERT INTO events (uid, client_id, matter_id, kind, title, starts_at, "
                    "location, done, notes) SELECT 'e1', :cid, id, 'individual-hearing', '', "
                    "'2026-12-01 09:00:00', '201 Varick Street', 0, 'bring witness' "
                    "FROM matters WHERE uid = 'm1'"
                ),
                {"cid": cid},
            )
            assert migrate.current_revision(conn) == "0005"
    finally:
        store.close()

    store = vaults.open_store(folder, PASSPHRASE)
    try:
        with store.vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
            columns = {r[1] for r in conn.execute(text("PRAGMA table_info(matters)"))}
            triggers = {
                r[0]
                for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            }
        assert "detained" not in columns and {"detention", "notes"} <= columns
        assert {"search_matters_ai", "search_matters_au", "search_matters_ad"} <= triggers
        first, second = matters.list_matters(store, cid)
        assert (first.draft.detention, second.draft.detention) == (
            Detention.DETAINED,
            Detention.UNKNOWN,
        )
        assert first.draft.detained and not second.draft.detained
        assert (first.draft.judge, first.draft.docket_number, first.draft.notes) == (
            "Okonkwo",
            "D-1",
            "",
        )
        assert first.draft.opened_on == date(2025, 3, 1)
        [event] = matters.list_events(store, cid)
        assert event.draft.matter_id == first.id and event.draft.judge == ""
        assert event.draft.notes == "bring witness"
        assert event.filing_due == date(2026, 11, 16)
        # The search index kept the old rows, and its triggers still follow edits.
        assert {h.id for h in search(store, "okonkwo") if h.kind == "matter"} == {first.id}
        matters.update_matter(
            store,
            second.id,
            matters.MatterDraft(MatterType.ASYLUM, judge="Castellanos", notes="new notes"),
        )
        assert {h.id for h in search(store, "castellanos") if h.kind == "matter"} == {second.id}
        assert search(store, "brennan") == []
        new = matters.add_event(
            store,
            cid,
            matters.EventDraft(EventKind.BOND_HEARING, datetime(2027, 1, 5, 9), judge="Hon. X"),
        ).value
        assert matters.get_event(store, new).draft.judge == "Hon. X"
    finally:
        store.close()


def test_upgrade_to_0007_keeps_the_stored_extension_as_the_first_of_many(tmp_path: Path) -> None:
    """The old form put an extension's new date in promised_on and its letter in extended_on;
    the command's old --extended DATE kept only the new date."""
    from datetime import date

    from casebook.services import requests as rq
    from casebook.vault.vault import create_vault

    folder = tmp_path / "old.casebook"
    _, vault = create_vault(folder, PASSPHRASE)
    with vault:
        migrate.upgrade(vault, target="0006")
        with vault.engine.begin() as conn:
            for uid, promised, extended in (
                ("r1", "2027-01-29", "2026-11-27"),  # the form: new date and letter
                ("r2", None, "2026-11-20"),  # the command: the new date alone
                ("r3", "2026-11-01", None),  # no extension: the promise stays
            ):
                conn.execute(
                    text(
                        "INSERT INTO record_requests (uid, agency, kind, portal_number, records, "
                        "fields_json, sent_via, received_on, acknowledged_on, promised_on, "
                        "extended_on, created_at, updated_at) VALUES (:uid, 'NYPD', 'FOIL', '', "
                        "'Arrest report', '{}', '', '2026-10-01', '2026-10-06', :promised, "
                        ":extended, '2026-11-27 10:00:00', '2026-11-27 10:00:00')"
                    ),
                    {"uid": uid, "promised": promised, "extended": extended},
                )
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        with store.vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
            columns = {r[1] for r in conn.execute(text("PRAGMA table_info(record_requests)"))}
            uids = [r[0] for r in conn.execute(text("SELECT uid FROM request_extensions"))]
        assert "extended_on" not in columns and uids == ["r1-x1", "r2-x1"]
        by_records = {i.id: i for i in rq.list_requests(store, today=TODAY)}
        first, second, third = (by_records[k] for k in sorted(by_records))
        assert first.dates.promised is None
        assert [(x.until, x.written_on) for x in first.extensions] == [
            (date(2027, 1, 29), date(2026, 11, 27))
        ]
        assert [(x.until, x.written_on) for x in second.extensions] == [(date(2026, 11, 20), None)]
        assert third.dates.promised == date(2026, 11, 1) and third.extensions == ()
        assert first.clock.determination_due == date(2027, 1, 29)
    finally:
        store.close()


def test_upgrade_to_0008_adds_convictions_and_leaves_arrests_unpending(tmp_path: Path) -> None:
    """A vault at 0006 with an arrest: after the upgrade it is not pending, and convictions
    can be recorded against it; the search triggers are all still there."""
    from datetime import date

    from casebook.domain.sealing import Conviction, Level
    from casebook.services import clients, convictions
    from casebook.services.arrests import list_arrests
    from casebook.vault.vault import create_vault

    folder = tmp_path / "old.casebook"
    _, vault = create_vault(folder, PASSPHRASE)
    with vault:
        migrate.upgrade(vault, target="0006")
    store = Store(open_vault(folder, PASSPHRASE))
    try:
        cid = clients.add_client(store, ClientDraft(name="Wilner Desrosiers"), today=TODAY)
        with store.vault.engine.begin() as conn:  # the 0006 schema: no ``pending`` column
            conn.execute(
                text(
                    "INSERT INTO arrests (uid, client_id, arrested_on, precinct, arrest_number, "
                    "charges, disposition, sealed_under, created_at, updated_at) VALUES ('a1', "
                    ":cid, '2021-04-05', '44', 'B21600001', '', '', NULL, "
                    "'2021-04-05 00:00:00', '2021-04-05 00:00:00')"
                ),
                {"cid": cid},
            )
            triggers_before = {
                r[0]
                for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            }
    finally:
        store.close()

    with open_vault(folder, PASSPHRASE) as vault:
        migrate.upgrade(vault, target="0008")
        with vault.engine.connect() as conn:
            triggers = {
                r[0]
                for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            }
    assert triggers == triggers_before  # 0008 leaves the search triggers as they were
    store = vaults.open_store(folder, PASSPHRASE)
    try:
        with store.vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
        [arrest] = list_arrests(store, cid)
        assert arrest.draft.pending is False
        misd = Conviction(Level.MISDEMEANOR, date(2021, 9, 1))
        convictions.add_conviction(store, cid, misd, today=TODAY, arrest_id=arrest.id)
        assert convictions.list_convictions(store, cid)[0].arrest_id == arrest.id
    finally:
        store.close()


def test_upgrade_to_0009_indexes_documents_apart_and_logs_their_changes(tmp_path: Path) -> None:
    """A vault of the previous release: its records and documents are found as before, the
    documents now from their own index, and a change to a document is logged (its id)."""
    from casebook.services import clients
    from casebook.services.search import Filters, find, search
    from casebook.vault.vault import create_vault

    folder = tmp_path / "old.casebook"
    _, vault = create_vault(folder, PASSPHRASE)
    with vault:
        migrate.upgrade(vault, target="0006")
    store = Store(open_vault(folder, PASSPHRASE))
    try:
        cid = clients.add_client(store, ClientDraft(name="Wilner Desrosiers"), today=TODAY)
        with store.vault.engine.begin() as conn:  # the 0006 schema, as that release wrote it
            conn.execute(
                text(
                    "INSERT INTO documents (uid, title, kind, original_name, media_type, size, "
                    "page_count, sha256, blob_name, source, text, text_status, in_inbox, "
                    "is_translation, created_at, updated_at) VALUES ('d1', 'Notice', 'other', "
                    "'nta.pdf', 'application/pdf', 1, 1, :sha, :blob, 'test', "
                    "'Desrosiers, respondent A-200-630-028', '', 1, 0, "
                    "'2025-03-01 00:00:00', '2025-03-01 00:00:00')"
                ),
                {"sha": "0" * 64, "blob": "1" * 64},
            )
    finally:
        store.close()

    store = vaults.open_store(folder, PASSPHRASE)
    try:
        hits = {(h.kind, h.id) for h in search(store, "desrosiers")}
        assert hits == {("client", cid), ("document", 1)}
        assert [(h.kind, h.id) for h in search(store, "A200630028")] == [("document", 1)]
        assert [h.kind for h in find(store, "desros", Filters(kinds=("document",))).hits] == [
            "document"
        ]
        with store.vault.engine.begin() as conn:
            conn.execute(text("UPDATE documents SET title = 'Hearing notice' WHERE id = 1"))
            logged = conn.execute(text("SELECT document_id FROM search_document_changes"))
            assert [r[0] for r in logged] == [1]
            records = conn.execute(text("SELECT count(*) FROM search WHERE rowid % 8 = 2"))
            assert records.scalar() == 0
        assert [h.title for h in search(store, "hearing")] == ["Hearing notice"]
    finally:
        store.close()


def test_upgrade_to_0010_keeps_documents_and_lets_their_pages_be_edited(tmp_path: Path) -> None:
    """A vault of the previous release: its documents have no earlier versions yet, keep
    their SHA-256, and a page edit then keeps the imported content as version 1; the
    search triggers survive (plain CREATE TABLE, not batch mode)."""
    import hashlib
    import io

    import pikepdf

    from casebook.services.checks import check_store
    from casebook.services.page_edits import PageChanges, edit_pages, versions
    from casebook.services.search import search
    from casebook.vault.vault import create_vault

    folder = tmp_path / "old.casebook"
    _, vault = create_vault(folder, PASSPHRASE)
    with vault:
        migrate.upgrade(vault, target="0009")
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.add_blank_page()
    buffer = io.BytesIO()
    pdf.save(buffer)
    content = buffer.getvalue()
    store = Store(open_vault(folder, PASSPHRASE))
    try:
        fp = store.vault.blobs.put_bytes(content)
        with store.vault.engine.begin() as conn:  # the 0009 schema, as that release wrote it
            conn.execute(
                text(
                    "INSERT INTO documents (uid, title, kind, original_name, media_type, size, "
                    "page_count, sha256, blob_name, source, text, text_status, in_inbox, "
                    "is_translation, created_at, updated_at) VALUES ('d1', 'Gonzaga letter', "
                    "'other', 'letter.pdf', 'application/pdf', :size, 2, :sha, :blob, 'test', "
                    "'', '', 1, 0, '2025-03-01 00:00:00', '2025-03-01 00:00:00')"
                ),
                {"sha": fp.sha256, "blob": fp.name, "size": fp.size},
            )
    finally:
        store.close()

    store = vaults.open_store(folder, PASSPHRASE)
    try:
        assert versions(store, 1) == []
        edit_pages(store, 1, PageChanges(rotate=((2, 90),)))
        [earlier] = versions(store, 1)
        assert earlier.sha256 == hashlib.sha256(content).hexdigest() == fp.sha256
        assert [h.title for h in search(store, "gonzaga")] == ["Gonzaga letter"]
        assert check_store(store, deep=True).ok
        with store.vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
    finally:
        store.close()
