"""Each extension of an agency's time on a FOIL request is kept: ``request_extensions``.

Until now a request kept one ``extended_on`` day and one ``promised_on`` date,
so a second extension overwrote the first and "there is no provision that
permits repeated delays" (COOG FOIL-AO-19644) could not be shown. Each
extension becomes a row: its new date (``until``), the date of the agency's
letter (``written_on``) and the reason it gave.

What was stored moves over: a request with ``extended_on`` becomes one
extension. The app's old form put the extension's new date in
``promised_on``, so when that date is on or after ``extended_on`` it is the
extension's date and the letter was of ``extended_on`` (and ``promised_on``
is cleared: it held the extension, not the acknowledgement's date);
otherwise ``extended_on`` itself was the new date (the command's old
``--extended DATE``). The extension's uid is the request's with ``-x1``, so
a hand-off bundle made before this revision (``services.handoff``) brings
the same extension and not a second one.

Plain ``CREATE TABLE`` and ``ALTER TABLE ... DROP COLUMN`` (SQLite 3.35 and
later), not batch mode, which would drop the search triggers on
``record_requests`` (see 0006); those triggers do not read ``extended_on``.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "request_extensions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=40), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["record_requests.id"],
            name=op.f("fk_request_extensions_request_id_record_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_extensions")),
        sa.UniqueConstraint("uid", name=op.f("uq_request_extensions_uid")),
    )
    op.create_index(op.f("ix_request_extensions_request_id"), "request_extensions", ["request_id"])
    op.execute(
        "INSERT INTO request_extensions "
        "(uid, request_id, until, written_on, reason, created_at, updated_at) "
        "SELECT uid || '-x1', id, "
        "CASE WHEN promised_on >= extended_on THEN promised_on ELSE extended_on END, "
        "CASE WHEN promised_on >= extended_on THEN extended_on ELSE NULL END, "
        "'', updated_at, updated_at FROM record_requests WHERE extended_on IS NOT NULL"
    )
    op.execute(
        "UPDATE record_requests SET promised_on = NULL "
        "WHERE extended_on IS NOT NULL AND promised_on >= extended_on"
    )
    op.drop_column("record_requests", "extended_on")


def downgrade() -> None:
    op.add_column("record_requests", sa.Column("extended_on", sa.Date(), nullable=True))
    # The last extension goes back where the old form kept it.
    op.execute(
        "UPDATE record_requests SET "
        "extended_on = (SELECT coalesce(x.written_on, x.until) FROM request_extensions x "
        "WHERE x.request_id = record_requests.id ORDER BY x.id DESC LIMIT 1), "
        "promised_on = coalesce((SELECT x.until FROM request_extensions x "
        "WHERE x.request_id = record_requests.id ORDER BY x.id DESC LIMIT 1), promised_on)"
    )
    op.drop_index(op.f("ix_request_extensions_request_id"), table_name="request_extensions")
    op.drop_table("request_extensions")
