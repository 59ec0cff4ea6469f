"""Small per-vault settings kept in the vault's ``settings`` table, as JSON, encrypted.

Each setting is one key holding one JSON object. Readers tolerate a missing
key or a value written by another version (unknown keys ignored, wrong types
replaced by defaults), so two features can share a key without a migration.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import Setting


def read_json(store: Store, key: str) -> dict[str, Any]:
    """The object stored under ``key``, or ``{}`` if there is none or it is not an object."""
    with store.reading() as session:
        raw = session.scalar(select(Setting.value).where(Setting.key == key))
    if raw is None:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def write_json(store: Store, key: str, value: dict[str, Any]) -> None:
    """Store ``value`` under ``key`` in one audited transaction (the audit names the key only)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    with store.transaction() as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=text))
        else:
            row.value = text
        audit.record(session, store.audit_key, audit.AuditEvent("update", "setting", key, {}))


def text_field(data: dict[str, Any], name: str, limit: int = 2_000) -> str:
    value = data.get(name)
    return " ".join(value.split())[:limit] if isinstance(value, str) else ""
