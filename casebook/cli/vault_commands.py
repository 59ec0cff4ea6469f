"""``init``, ``passwd``, ``recovery-key``, ``recover``, ``check`` and ``demo``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casebook.cli.common import (
    add_command,
    count_arg,
    emit,
    opened,
    passphrase,
    read_secret_file,
    recovery_key_from,
)
from casebook.domain.errors import CasebookError


def register(sub: Any) -> None:
    add_command(sub, "init", _init, "create a vault and print its recovery key once")
    c = add_command(sub, "passwd", _passwd, "change the passphrase")
    c.add_argument(
        "--new-passphrase-file",
        type=Path,
        required=True,
        metavar="F",
        help="read the new passphrase from file F (the same strength rules as `init`)",
    )
    c.add_argument(
        "--rekey",
        action="store_true",
        help="also a new data key and a new recovery key (printed once): old copies and "
        "backups no longer open what is written from now on; re-encrypts every document, "
        "and if interrupted, run it again with the old passphrase to finish",
    )
    c = add_command(
        sub,
        "recovery-key",
        _recovery_key_new,
        "issue a new recovery key (the old one stops working); prints it once",
    )
    c.add_argument(
        "--new",
        action="store_true",
        required=True,
        help="replace the recovery key with a new one (required: says what is meant)",
    )
    c.add_argument(
        "-o",
        dest="kit",
        type=Path,
        metavar="KIT.pdf",
        help="also save the printable emergency kit with the new key to KIT.pdf",
    )
    c = add_command(
        sub,
        "recover",
        _recover,
        "set a new passphrase with the recovery key (from the emergency kit)",
        vault=False,  # no passphrase to give: it is the one forgotten
        json_=False,
    )
    c.add_argument("vault", type=Path, metavar="VAULT")
    c.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="K",
        help="read the recovery key from file K; without it, a hidden prompt asks for it "
        "(it is never taken from the command line, where other users could see it)",
    )
    c.add_argument(
        "--new-passphrase-file",
        type=Path,
        required=True,
        metavar="F",
        help="read the new passphrase from file F (the same strength rules as `init`)",
    )
    c = add_command(sub, "check", _check, "verify the header, database and audit trail")
    c.add_argument("--deep", action="store_true", help="also decrypt and verify every document")
    c.add_argument(
        "--repair",
        action="store_true",
        help="also delete the content files in quarantine (ones no document names; "
        "check moves them there and keeps them until you ask)",
    )
    c = add_command(sub, "demo", _demo, "fill a vault with fictional clients and documents")
    c.add_argument(
        "--clients", type=count_arg, default=50, metavar="N", help="how many clients (default 50)"
    )
    c.add_argument(
        "--documents",
        type=count_arg,
        default=0,
        metavar="M",
        help="how many fictional documents to add (default 0)",
    )


def _init(args: argparse.Namespace) -> int:
    from casebook.services import vaults

    recovery_key = vaults.create(args.vault, passphrase(args, confirm=True))

    def human() -> None:
        print(f"Created the vault {args.vault}.")
        print(
            "Recovery key (shown only now; print it or write it down, and keep it apart "
            "from the laptop):"
        )
        print(f"    {recovery_key}")

    emit(args, {"recovery_key": recovery_key}, human)
    return 0


def _passwd(args: argparse.Namespace) -> int:
    from casebook.services import vaults
    from casebook.services.passphrases import require_strong

    new = read_secret_file(args.new_passphrase_file, "new passphrase")
    require_strong(new)  # before the old passphrase is asked for
    if not args.rekey:
        vaults.change_passphrase(args.vault, passphrase(args), new)
        emit(
            args,
            {"recovery_key": None},
            lambda: print("Passphrase changed. The recovery key is unchanged."),
        )
        return 0
    recovery_key = vaults.rekey(args.vault, passphrase(args), new, progress=_progress_line())
    if sys.stderr.isatty():
        print(file=sys.stderr)

    def human() -> None:
        print("Passphrase and data key changed: old copies and backups no longer open it.")
        _print_recovery_key(recovery_key)

    emit(args, {"recovery_key": recovery_key}, human)
    return 0


def _recovery_key_new(args: argparse.Namespace) -> int:
    from datetime import date

    from casebook.services import vaults
    from casebook.services.kit import save_emergency_kit

    kit = args.kit
    if kit is not None and not kit.parent.is_dir():  # before anything changes
        raise CasebookError(f"There is no folder {kit.parent}; choose another place for the kit.")
    recovery_key = vaults.new_recovery_key(args.vault, passphrase(args))
    if kit is not None:
        save_emergency_kit(kit, recovery_key, args.vault, date.today())

    def human() -> None:
        print("New recovery key issued; the old one no longer opens the vault.")
        _print_recovery_key(recovery_key)
        if kit is not None:
            print(f"Emergency kit saved to {kit}: print it, then delete the file.")

    emit(args, {"recovery_key": recovery_key}, human)
    return 0


def _print_recovery_key(recovery_key: str) -> None:
    print(
        "Recovery key (shown only now; print it or write it down, and keep it apart "
        "from the laptop):"
    )
    print(f"    {recovery_key}")


def _progress_line() -> Callable[[int, int], None]:
    """A percentage on stderr while documents are re-encrypted (only in a terminal)."""
    shown = [-1]

    def show(done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        if sys.stderr.isatty() and percent != shown[0]:
            shown[0] = percent
            print(f"\rRe-encrypting the vault: {percent}%", end="", file=sys.stderr, flush=True)

    return show


def _recover(args: argparse.Namespace) -> int:
    from casebook.services import vaults
    from casebook.services.passphrases import require_strong

    new = read_secret_file(args.new_passphrase_file, "new passphrase")
    require_strong(new)  # before the recovery key is asked for
    vaults.recover(args.vault, recovery_key_from(args.recovery_key_file), new)
    print("New passphrase set. The recovery key stays the same; keep it safe.")
    return 0


def _check(args: argparse.Namespace) -> int:
    from casebook.services.checks import check_store

    with opened(args) as store:
        report = check_store(store, deep=args.deep, repair=args.repair)

    def human() -> None:
        for line in report.repaired:
            print(f"repaired: {line}")
        for line in report.problems:
            print(f"PROBLEM: {line}")
        if report.quarantined:
            print(
                f"{report.quarantined} content file(s) no document names wait in the vault's "
                "quarantine folder; `casebook check --repair` deletes them."
            )
        if report.ok:
            docs = report.blobs_checked - report.versions_checked
            earlier = (
                f" and {report.versions_checked} earlier version(s)"
                if report.versions_checked
                else ""
            )
            deep = f"; {docs} document(s){earlier} verified" if args.deep else ""
            print(f"The vault is intact{deep}.")

    emit(args, report.to_json(), human)
    if not report.ok:
        print(
            f"casebook: the vault has {len(report.problems)} problem(s); "
            "restore the damaged parts from a backup.",
            file=sys.stderr,
        )
        return 1
    return 0


def _demo(args: argparse.Namespace) -> int:
    from casebook.services.demo import fill_demo
    from casebook.services.demo_documents import add_demo_documents

    with opened(args) as store:
        summary = fill_demo(store, clients=args.clients)
        documents = add_demo_documents(store, args.documents) if args.documents else 0
    emit(
        args,
        summary.to_json() | {"documents": documents},
        lambda: print(
            f"Added {summary.clients} fictional clients, {summary.matters} matters, "
            f"{summary.hearings} hearings, {summary.requests} record requests and "
            f"{documents} documents."
        ),
    )
    return 0
