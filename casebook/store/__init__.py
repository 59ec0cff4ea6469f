"""SQLAlchemy tables, queries and the shipped Alembic migrations."""
