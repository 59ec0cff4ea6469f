"""Alembic environment: always run on the connection casebook hands over (never a URL)."""

from alembic import context

from casebook.store.tables import Base, managed_by_migrations

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("casebook migrations run only through casebook.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=managed_by_migrations,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
