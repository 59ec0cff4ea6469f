"""Sync with the office hub: global ids, per-field stamps, the journal, conflicts, walls.

- ``walled_clients``: the ``walled`` flag of a client private to this vault's
  advocate; its records (and its children's) never leave the vault, only its
  blind-index entries (a table of its own: a local choice, never synced).
- ``sync_ids``: a global uid per synced row (the row's own ``uid`` where the
  table has one), so vaults map each other's records.
- ``sync_journal``: local changes not yet taken for the hub, written by
  triggers on every synced table (``casebook.store.sync_capture``), silent
  until the vault first syncs and while changes from the hub are applied.
- ``sync_fields``: the HLC stamp and author of each field's current value;
  ``sync_shared``: records that have been on the hub; ``sync_outbox``: sealed
  changes not yet acknowledged; ``sync_state``: the pull cursor and last HLC;
  ``sync_conflicts``: concurrent edits of one field, both values kept.

Plain ``CREATE TABLE`` and ``ADD COLUMN`` (revision 0006: batch mode would
drop the search triggers).

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

from casebook.store.sync_capture import SYNCED, create_triggers, drop_triggers

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "walled_clients",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("walled_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_walled_clients_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_walled_clients")),
    )
    op.create_table(
        "sync_ids",
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_ids")),
        sa.UniqueConstraint("table_name", "uid", name=op.f("uq_sync_ids_table_name_uid")),
    )
    op.create_table(
        "sync_journal",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("uid", sa.String(length=40), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("edited_ms", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_journal")),
    )
    op.create_index(op.f("ix_sync_journal_edited_ms"), "sync_journal", ["edited_ms"])
    op.create_table(
        "sync_fields",
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("uid", sa.String(length=40), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("author", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "uid", "field", name=op.f("pk_sync_fields")),
    )
    op.create_table(
        "sync_shared",
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("uid", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "uid", name=op.f("pk_sync_shared")),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("plaintext", sa.LargeBinary(), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("record_key", sa.LargeBinary(), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("blob_name", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("change_id", name=op.f("uq_sync_outbox_change_id")),
    )
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("journal", sa.Boolean(), nullable=False),
        sa.Column("applying", sa.Boolean(), nullable=False),
        sa.Column("cursor", sa.String(length=64), nullable=False),
        sa.Column("last_hlc", sa.BigInteger(), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("uid", sa.String(length=40), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("local_value", sa.Text(), nullable=False),
        sa.Column("local_hlc", sa.BigInteger(), nullable=False),
        sa.Column("local_author", sa.String(length=36), nullable=False),
        sa.Column("remote_value", sa.Text(), nullable=False),
        sa.Column("remote_hlc", sa.BigInteger(), nullable=False),
        sa.Column("remote_author", sa.String(length=36), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index(op.f("ix_sync_conflicts_uid"), "sync_conflicts", ["uid"])
    create_triggers(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    for table in SYNCED:
        drop_triggers(bind, table)
    for table in (
        "sync_conflicts",
        "sync_state",
        "sync_outbox",
        "sync_shared",
        "sync_fields",
        "sync_journal",
        "sync_ids",
    ):
        op.drop_table(table)
    op.drop_table("walled_clients")
