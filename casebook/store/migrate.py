"""Bring a vault's schema to this release's head, safely.

Before any pending migration runs, the (encrypted) database file is copied
beside itself; the migrations then run in one transaction (SQLite DDL is
transactional), so a failure or a kill leaves the old schema intact and the
copy is only a second line of defence.

Alembic is imported only when a migration actually runs: opening an
up-to-date vault reads one row and compares it with ``HEAD`` (a test keeps
``HEAD`` equal to the newest shipped revision).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from casebook.domain.errors import CasebookError
from casebook.vault.database import raw_connection
from casebook.vault.files import FILE_MODE, fsync_dir, translate_os_error
from casebook.vault.vault import UnlockedVault

if TYPE_CHECKING:
    from alembic.config import Config

HEAD = "0016"
MIGRATIONS = Path(__file__).with_name("migrations")
BACKUP_SUFFIX = ".before-upgrade"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def shipped_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    return [rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()]


def current_revision(connection: Connection) -> str | None:
    has_table = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if has_table is None:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(vault: UnlockedVault, target: str = HEAD) -> bool:
    """Run pending migrations; True if any ran. ``target`` is for tests of old revisions."""
    with vault.engine.connect() as conn:
        current = current_revision(conn)
    if current == target:
        return False
    if current is not None and current not in shipped_revisions():
        raise CasebookError(
            "This vault was last opened by a newer casebook; update casebook to open it."
        )
    if current is not None:
        _backup_database(vault)
    from alembic import command

    with vault.engine.begin() as conn:
        command.upgrade(alembic_config(conn), target)
    return True


def _backup_database(vault: UnlockedVault) -> None:
    """Copy the encrypted database (after folding the WAL into it) before changing the schema."""
    with raw_connection(vault.db_path, vault.database_key()) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    source = vault.db_path
    target = source.with_name(source.name + BACKUP_SUFFIX)
    try:
        shutil.copyfile(source, target)
        target.chmod(FILE_MODE)
        with target.open("rb+") as f:
            os.fsync(f.fileno())
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise translate_os_error(exc, "backing up the database before an upgrade") from None
    fsync_dir(source.parent)
