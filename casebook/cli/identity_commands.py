"""``identity show``: this vault's age recipient and the fingerprint to compare by phone."""

from __future__ import annotations

import argparse
from typing import Any

from casebook.cli.common import add_command, add_group, emit, opened


def register(sub: Any) -> None:
    group = add_group(sub, "identity", "this vault's public key, for colleagues' hand-offs")
    add_command(group, "show", _show, "print this vault's age recipient and its fingerprint")


def _show(args: argparse.Namespace) -> int:
    from casebook.services.identity import vault_identity

    with opened(args) as store:
        me = vault_identity(store)
    emit(
        args,
        me.to_json(),
        lambda: print(
            f"Recipient:   {me.recipient}\nFingerprint: {me.fingerprint}\n"
            f"Signing key: {me.to_json()['signing_key']} (an office administrator's invite "
            "needs it)\n"
            "Give colleagues the recipient; read the fingerprint to each other by phone "
            "to be sure it is yours."
        ),
    )
    return 0
