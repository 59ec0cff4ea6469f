"""Convictions (for when a record seals: CPL 160.57, 160.58, 160.59) and pending arrests.

``convictions`` belongs to a client and, where known, to the arrest it came
from; its releases from incarceration are a small JSON list in the row, so a
conviction travels, is undone and is handed off as one record. ``arrests``
gains ``pending``: an open New York charge, which blocks Clean Slate sealing.
``arrests.sealed_under`` is a free string column already; it now also takes
``cpl-160.57``, ``cpl-160.58`` and ``cpl-160.59``.

Plain ``CREATE TABLE`` and ``ALTER TABLE ... ADD COLUMN``, not batch mode
(revision 0006 explains: batch mode would drop the search triggers).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "arrests", sa.Column("pending", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.create_table(
        "convictions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("arrest_id", sa.Integer(), nullable=True),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("felony_class", sa.String(length=1), nullable=True),
        sa.Column("offense", sa.Text(), nullable=False),
        sa.Column("sentenced_on", sa.Date(), nullable=False),
        sa.Column("releases", sa.Text(), nullable=False),
        sa.Column("supervision_until", sa.Date(), nullable=True),
        sa.Column("drug_felony", sa.Boolean(), nullable=False),
        sa.Column("registrable", sa.Boolean(), nullable=False),
        sa.Column("other_exclusion", sa.Boolean(), nullable=False),
        sa.Column("conditionally_sealed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["arrest_id"],
            ["arrests.id"],
            name=op.f("fk_convictions_arrest_id_arrests"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_convictions_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_convictions")),
        sa.UniqueConstraint("uid", name=op.f("uq_convictions_uid")),
    )
    op.create_index(op.f("ix_convictions_client_id"), "convictions", ["client_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_convictions_client_id"), table_name="convictions")
    op.drop_table("convictions")
    op.drop_column("arrests", "pending")
