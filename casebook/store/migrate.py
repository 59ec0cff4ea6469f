"""Bring a vault's schema to this release's head, safely.

Before any pending migration runs, the (encrypted) database file is copied
beside itself; the migrations then run in one transaction (SQLite DDL is
transactional), so a failure or a kill leaves the old schema intact and the
copy is only a second line of defence.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from casebook.domain.errors import CasebookError
from casebook.vault.database import raw_connection
from casebook.vault.files import FILE_MODE, fsync_dir, translate_os_error
from casebook.vault.vault import UnlockedVault

MIGRATIONS = Path(__file__).with_name("migrations")
BACKUP_SUFFIX = ".before-upgrade"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(vault: UnlockedVault, target: str = "head") -> bool:
    """Run pending migrations; True if any ran. ``target`` is for tests of old revisions."""
    script = ScriptDirectory.from_config(alembic_config())
    with vault.engine.connect() as conn:
        current = current_revision(conn)
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return False
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise CasebookError(
            "This vault was last opened by a newer casebook; update casebook to open it."
        )
    if current is not None:
        _backup_database(vault)
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
