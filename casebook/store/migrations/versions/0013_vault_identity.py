"""Each vault gets an identity: an age X25519 recipient and an Ed25519 signing key.

``vault_identity`` holds this vault's one key pair set (secrets sealed under a
data-key subkey, see ``vault.identity_keys``); it is filled on first need
(``services.identity``), since a migration runs without the data key's
subkeys at hand. ``known_senders`` remembers colleagues' signing keys as
first seen in their hand-offs (trust on first use).

Plain ``CREATE TABLE`` (revision 0006: batch mode would drop the search triggers).

Revision ID: 0013
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vault_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=128), nullable=False),
        sa.Column("signing_public", sa.LargeBinary(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vault_identity")),
    )
    op.create_table(
        "known_senders",
        sa.Column("recipient", sa.String(length=128), nullable=False),
        sa.Column("signing_public", sa.LargeBinary(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("recipient", name=op.f("pk_known_senders")),
    )


def downgrade() -> None:
    op.drop_table("known_senders")
    op.drop_table("vault_identity")
