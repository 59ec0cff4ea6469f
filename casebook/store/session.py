"""Sessions over an unlocked vault, with storage errors sorted for the user.

SQLite reports a full disk and a damaged page as result codes; they are
named here by ``vault.faults`` (never by the message's words), and the
transaction is rolled back, so a failed change leaves the vault as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import sqlalchemy.exc
from sqlalchemy import event, text
from sqlalchemy.orm import Session, sessionmaker

from casebook.store import migrate
from casebook.vault.faults import storage_fault
from casebook.vault.vault import UnlockedVault

LABEL_AUDIT = b"casebook/audit/v1"

# A plain statement with named parameters, answered with its rows.
Execute = Callable[[str, Mapping[str, Any]], Sequence[Sequence[Any]]]


class Store:
    """The records of one unlocked vault. Create with ``Store.open``."""

    def __init__(self, vault: UnlockedVault) -> None:
        self.vault = vault
        self.audit_key = vault.subkey(LABEL_AUDIT)
        self._sessions = sessionmaker(vault.engine, expire_on_commit=False)
        self._on_close: list[Callable[[], None]] = []
        # When edits are made, for the office sync's last-writer-wins (tests set their own).
        self.clock: Callable[[], datetime] = _utc_now
        self._has_journal = False
        event.listen(self._sessions, "before_commit", self._date_journal)

    def _date_journal(self, session: Session) -> None:
        """Give the changes this transaction journalled (casebook.store.sync_capture) the
        time they were made; rows written by no session are dated when they sync."""
        if not self._has_journal:
            found = session.execute(
                text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_journal'")
            ).first()
            if found is None:
                return
            self._has_journal = True
        if session.execute(text(_UNDATED)).first() is None:
            return
        ms = clock_ms(self.clock())
        session.execute(
            text("UPDATE sync_journal SET edited_ms = :ms WHERE edited_ms IS NULL"), {"ms": ms}
        )

    @classmethod
    def open(cls, vault: UnlockedVault) -> Store:
        """Bring the schema up to date (see ``migrate``), then serve sessions."""
        with storage_errors(vault, "opening the vault"):
            migrate.upgrade(vault)
        return cls(vault)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One all-or-nothing unit of work."""
        with storage_errors(self.vault), self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with storage_errors(self.vault), self._sessions() as session:
            yield session

    @contextmanager
    def driver_reading(self) -> Iterator[Execute]:
        """Plain read statements straight to the driver, on one pooled connection.

        For search, which runs on every keystroke: SQLAlchemy's own work was a
        tenth of a millisecond a statement, a sixth of a typical search. Errors
        are sorted as in ``reading``, and never carry the parameters (what a
        person typed).
        """
        with storage_errors(self.vault), self.vault.engine.connect() as conn:
            driver = conn.connection.driver_connection
            dbapi = conn.dialect.dbapi
            assert driver is not None and dbapi is not None

            def execute(sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
                try:
                    rows: Sequence[Sequence[Any]] = driver.execute(sql, params).fetchall()
                except dbapi.Error as exc:
                    raise sqlalchemy.exc.DBAPIError.instance(
                        sql, None, exc, dbapi.Error, hide_parameters=True
                    ) from None
                return rows

            yield execute

    def on_close(self, drop: Callable[[], None]) -> None:
        """Call ``drop`` when the store closes: for what is derived from the records in
        memory (the search index) and must go when the vault locks."""
        self._on_close.append(drop)

    def close(self) -> None:
        for drop in self._on_close:
            drop()
        self._on_close.clear()
        self.vault.close()


_UNDATED = "SELECT 1 FROM sync_journal WHERE edited_ms IS NULL LIMIT 1"


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def clock_ms(when: datetime) -> int:
    """Milliseconds since the Unix epoch of a naive UTC time (as the store keeps times)."""
    return int(when.replace(tzinfo=UTC).timestamp() * 1000)


@contextmanager
def storage_errors(vault: UnlockedVault, doing: str = "") -> Iterator[None]:
    """Name a storage failure for what it is (``vault.faults``); a bug stays a bug."""
    try:
        yield
    except sqlalchemy.exc.IntegrityError:
        raise
    except sqlalchemy.exc.DBAPIError as exc:
        fault = storage_fault(exc, doing, vault.folder, read_only=vault.read_only)
        if fault is None:
            raise
        raise fault from None


def warm_up() -> None:
    """Load the SQL dialect and configure the ORM mappers ahead of the first unlock.

    Both happen once per process on first use (about 150 ms here, more on a
    slow laptop); the app calls this on a background thread while the person
    types the passphrase, so the unlock itself pays only for the vault.
    """
    import sqlalchemy.dialects.sqlite  # noqa: F401  (what create_engine("sqlite://") loads)
    from sqlalchemy.orm import configure_mappers

    from casebook.store import tables  # noqa: F401  (the mappers to configure)

    configure_mappers()
