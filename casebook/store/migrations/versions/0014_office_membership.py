"""The vault's office membership: which office, its hub, this member's login, its keys.

``office_membership`` is one row (a vault belongs to one office at most):
the hub's address parts (the CA certificate also as a file beside the vault,
for libpq's ``sslrootcert``; it is public), this member's id and role, the
founder's signing key the invite pinned, and this member's database password
sealed under a data-key subkey (``services.office_membership``).
``office_keys`` holds the office key of each epoch this vault can read,
sealed the same way.

Plain ``CREATE TABLE`` (revision 0006: batch mode would drop the search triggers).

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("host", sa.Text(), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("dbname", sa.Text(), nullable=False),
        sa.Column("login", sa.Text(), nullable=False),
        sa.Column("ca_pem", sa.Text(), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("founder_key", sa.LargeBinary(), nullable=False),
        sa.Column("sealed_password", sa.LargeBinary(), nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_membership")),
    )
    op.create_table(
        "office_keys",
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("epoch", name=op.f("pk_office_keys")),
    )


def downgrade() -> None:
    op.drop_table("office_keys")
    op.drop_table("office_membership")
