"""What a re-key must rewrite inside the database: the keyed values it stores.

The vault layer re-encrypts the files (``vault.rekey``); only the store
knows which columns hold values keyed by the data key: the blob names
(keyed hashes of their contents) of documents and their earlier versions,
and the audit chain's HMACs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from casebook.store import audit
from casebook.store.session import LABEL_AUDIT
from casebook.vault.rekey import Subkey


def rewrite_for_new_key(
    conn: Any, renamed: Mapping[str, str], old_subkey: Subkey, new_subkey: Subkey
) -> None:
    """Point documents at their re-encrypted blobs and re-chain the audit trail.

    A document whose blob was missing keeps its old name: it stays reported as
    missing by ``check``, as before the key change.
    """
    pairs = [(new, old) for old, new in renamed.items()]
    conn.executemany("UPDATE documents SET blob_name = ? WHERE blob_name = ?", pairs)
    conn.executemany("UPDATE document_versions SET blob_name = ? WHERE blob_name = ?", pairs)
    audit.rechain(conn, old_subkey(LABEL_AUDIT), new_subkey(LABEL_AUDIT))
