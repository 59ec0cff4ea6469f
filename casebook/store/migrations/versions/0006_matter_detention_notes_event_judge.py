"""Matters say whether the respondent is detained in three words, and have notes; events a judge.

``matters.detained`` (a boolean) becomes ``matters.detention``: ``detained``,
``not-detained`` or ``unknown``. The old column defaulted to false and no
screen ever set it, so false meant "nobody said", not "not detained": true
becomes ``detained``, false becomes ``unknown``. Printing "NON-DETAINED" on a
filing for a detained person is the error this avoids.

The columns are added and the old one dropped with plain ``ALTER TABLE``
(SQLite 3.35 and later drop columns in place), not Alembic's batch mode:
batch mode copies the table to a new one and drops the old, and SQLite drops
a table's triggers with it, so the search index triggers of revisions 0003
and 0004 on ``matters`` would be lost. The triggers do not read the columns
changed here, so they stay as they are.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "matters",
        sa.Column("detention", sa.String(length=32), nullable=False, server_default="unknown"),
    )
    op.add_column("matters", sa.Column("notes", sa.Text(), nullable=False, server_default=""))
    op.execute("UPDATE matters SET detention = 'detained' WHERE detained")
    op.drop_column("matters", "detained")
    op.add_column("events", sa.Column("judge", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("events", "judge")
    op.add_column(
        "matters", sa.Column("detained", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.execute("UPDATE matters SET detained = 1 WHERE detention = 'detained'")
    op.drop_column("matters", "notes")
    op.drop_column("matters", "detention")
