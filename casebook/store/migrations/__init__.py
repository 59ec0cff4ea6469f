"""Alembic migrations, shipped inside the package so every release can upgrade old vaults."""
