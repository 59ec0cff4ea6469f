"""Sync: records withheld as part of a walled file, to send whole once they leave it.

``sync_withheld`` names each record a push kept back because it belonged to
a walled client's file; a later sync sends it whole, parents first, once it
belongs to no walled file (the client unwalled, a document unfiled, a
request moved to another client): casebook.services.sync_outbox.

Plain ``CREATE TABLE`` (revision 0006: batch mode would drop the search triggers).

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_withheld",
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("uid", sa.String(length=40), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "uid", name=op.f("pk_sync_withheld")),
    )


def downgrade() -> None:
    op.drop_table("sync_withheld")
