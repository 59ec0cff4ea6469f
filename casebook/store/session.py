"""Sessions over an unlocked vault, with storage errors sorted for the user.

SQLite reports a full disk and a damaged page as error codes; they are turned
into ``DiskFull`` and ``DamagedVault`` here, and the transaction is rolled
back, so a failed change leaves the vault exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy.exc
from sqlalchemy.orm import Session, sessionmaker

from casebook.domain.errors import DamagedVault, DiskFull
from casebook.store import migrate
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

    @classmethod
    def open(cls, vault: UnlockedVault) -> Store:
        """Bring the schema up to date (see ``migrate``), then serve sessions."""
        with storage_errors():
            migrate.upgrade(vault)
        return cls(vault)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One all-or-nothing unit of work."""
        with storage_errors(), self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with storage_errors(), self._sessions() as session:
            yield session

    @contextmanager
    def driver_reading(self) -> Iterator[Execute]:
        """Plain read statements straight to the driver, on one pooled connection.

        For search, which runs on every keystroke: SQLAlchemy's own work was a
        tenth of a millisecond a statement, a sixth of a typical search. Errors
        are sorted as in ``reading``, and never carry the parameters (what a
        person typed).
        """
        with storage_errors(), self.vault.engine.connect() as conn:
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

    def close(self) -> None:
        self.vault.close()


@contextmanager
def storage_errors() -> Iterator[None]:
    try:
        yield
    except sqlalchemy.exc.OperationalError as exc:
        message = str(exc.orig).lower() if exc.orig is not None else ""
        if "full" in message:
            raise DiskFull(
                "The disk is full. Free some space and try again; nothing was changed."
            ) from None
        if "locked" in message or "busy" in message:
            from casebook.domain.errors import VaultInUse

            raise VaultInUse("The vault is busy in another casebook process; try again.") from None
        raise
    except sqlalchemy.exc.DatabaseError as exc:
        if isinstance(exc, sqlalchemy.exc.IntegrityError):
            raise
        raise DamagedVault(
            "Part of the vault's database could not be read; run `casebook check` "
            "and restore from a backup if it reports damage."
        ) from None
