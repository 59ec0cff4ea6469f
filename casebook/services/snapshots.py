"""A stored row as plain values, so undo can put it back exactly as it was.

A snapshot holds every column but the row's id (the uid, the creation time,
the dates and the free text all come back); the id is the database's to give.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect

from casebook.store.tables import Base

Values = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class RecordSnapshot:
    """A request or an incident as stored (every column but its id), its documents,
    and the rows that belong to it alone (``parts``: a request's extensions, each
    every column but its id)."""

    id: int
    client_id: int | None
    values: Values
    document_ids: tuple[int, ...] = ()
    parts: tuple[Values, ...] = ()


def row_values(row: Base) -> Values:
    """Every column of ``row`` except ``id``, as (attribute, value) pairs."""
    mapper = inspect(row).mapper
    return tuple(
        (attr.key, getattr(row, attr.key)) for attr in mapper.column_attrs if attr.key != "id"
    )


def set_values(row: Base, values: Values, *, keep: tuple[str, ...] = ()) -> None:
    """Write ``values`` onto ``row``, leaving the attributes named in ``keep`` as they are."""
    for key, value in values:
        if key not in keep:
            setattr(row, key, value)
