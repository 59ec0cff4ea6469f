"""What was written to calendar files, so a re-export updates events instead of adding them.

One row per exported iCalendar event: its UID, a hash of what it said, the
SEQUENCE it was given, its start, and whether it was written cancelled
(``tables.CalendarExport`` has the why of each column).

Plain ``CREATE TABLE``, not batch mode (revision 0006 explains: batch mode
would drop the search triggers).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_exports",
        sa.Column("event_uid", sa.String(length=128), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("starts", sa.String(length=32), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("event_uid", name=op.f("pk_calendar_exports")),
    )


def downgrade() -> None:
    op.drop_table("calendar_exports")
