"""Nothing a client told us can be read from the vault's files without the key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from casebook.domain.clients import ClientDraft
from casebook.services import clients, vaults
from casebook.services.demo import fill_demo
from tests.helpers import PASSPHRASE, TODAY

SECRETS = [
    "Xochitl Quetzalcoatl-Ramírez",
    "Xochitl",
    "Quetzalcoatl",
    "987654321",
    "A-987-654-321",
    "Calle Ficticia 77",
    "Fictitious Detention Center",
    "王秀英",
]


def _encodings(text: str) -> list[bytes]:
    return [text.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


def _all_bytes(folder: Path) -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in folder.rglob("*") if p.is_file()]


def test_client_data_never_appears_in_vault_files(vault_path: Path) -> None:
    store = vaults.open_store(vault_path, PASSPHRASE)
    try:
        clients.add_client(
            store,
            ClientDraft(
                name="Xochitl Quetzalcoatl-Ramírez",
                aliases=("王秀英",),
                dob=date(1991, 4, 4),
                a_number="987654321",
                address="Calle Ficticia 77",
                detention_facility="Fictitious Detention Center",
            ),
            today=TODAY,
        )
        fill_demo(store, clients=30)
        # While open, too: the WAL and shared-memory files are encrypted pages as well.
        open_files = _all_bytes(vault_path)
    finally:
        store.close()
    closed_files = _all_bytes(vault_path)
    assert any(name == "casebook.db" for name, _ in closed_files)
    for name, data in open_files + closed_files:
        for secret in SECRETS:
            for encoded in _encodings(secret):
                assert encoded not in data, f"{secret!r} readable in {name}"
