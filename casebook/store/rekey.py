"""What a re-key must rewrite inside the database: the keyed values it stores.

The vault layer re-encrypts the files (``vault.rekey``); only the store
knows which columns hold values keyed by the data key: the blob names
(keyed hashes of their contents) of documents and their earlier versions,
the audit chain's HMACs and the vault identity's sealed secrets
(``vault.identity_keys``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from casebook.store import audit
from casebook.store.session import LABEL_AUDIT
from casebook.vault import identity_keys
from casebook.vault.rekey import Subkey


def rewrite_for_new_key(
    conn: Any, renamed: Mapping[str, str], old_subkey: Subkey, new_subkey: Subkey
) -> None:
    """Point documents at their re-encrypted blobs, re-chain the audit trail, reseal the
    identity (the same keys: colleagues' copies of the recipient stay right).

    A document whose blob was missing keeps its old name: it stays reported as
    missing by ``check``, as before the key change.
    """
    pairs = [(new, old) for old, new in renamed.items()]
    conn.executemany("UPDATE documents SET blob_name = ? WHERE blob_name = ?", pairs)
    conn.executemany("UPDATE document_versions SET blob_name = ? WHERE blob_name = ?", pairs)
    audit.rechain(conn, old_subkey(LABEL_AUDIT), new_subkey(LABEL_AUDIT))
    has_identity = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'vault_identity'"
    ).fetchone()
    if not has_identity:  # a vault not yet at revision 0013: nothing sealed yet
        return
    label = identity_keys.LABEL_IDENTITY_SEAL
    old, new = old_subkey(label), new_subkey(label)
    rows = conn.execute("SELECT id, recipient, signing_public, sealed FROM vault_identity")
    for row_id, recipient, public, sealed in rows.fetchall():
        resealed = identity_keys.reseal(sealed, recipient, public, old, new)
        conn.execute("UPDATE vault_identity SET sealed = ? WHERE id = ?", (resealed, row_id))
