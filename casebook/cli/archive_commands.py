"""``backup``, ``restore``, ``handoff export/import`` and ``selftest``."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from casebook.cli.common import (
    PASSPHRASE_ENV,
    add_command,
    add_group,
    count_arg,
    emit,
    id_arg,
    opened,
    passphrase,
    read_secret_file,
    recovery_key_from,
)
from casebook.domain.backup_retention import DEFAULT_KEEP_DAILY, DEFAULT_KEEP_WEEKLY
from casebook.domain.errors import CasebookError


# The clock backups are named and dated by (naive UTC, as the store keeps times);
# tests may replace it.
def backup_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def register(sub: Any) -> None:
    c = add_command(sub, "backup", _backup, "write a verified, encrypted one-file backup")
    where = c.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", type=Path, metavar="FILE", help="the backup file to write")
    where.add_argument(
        "--to-folder",
        type=Path,
        metavar="DIR",
        help="write a dated backup into DIR, then keep only the newest daily and weekly ones",
    )
    c.add_argument(
        "--keep-daily",
        type=count_arg,
        metavar="N",
        help=f"with --to-folder: keep the newest backup of each of the last N days "
        f"(default {DEFAULT_KEEP_DAILY})",
    )
    c.add_argument(
        "--keep-weekly",
        type=count_arg,
        metavar="M",
        help=f"with --to-folder: and of M more ISO weeks before them (default "
        f"{DEFAULT_KEEP_WEEKLY})",
    )

    c = sub.add_parser(
        "restore",
        help="restore a backup into a new vault folder",
        description="Restore a backup into a new folder (never over an existing vault). "
        f"The passphrase comes from --passphrase-file, {PASSPHRASE_ENV} or a prompt; "
        "or give --recovery-key-file K or --with-recovery-key instead.",
    )
    c.add_argument("file", type=Path, metavar="FILE", help="the backup file")
    c.add_argument(
        "vault", type=Path, metavar="VAULT", help="a new folder to restore into (must not exist)"
    )
    c.add_argument("--passphrase-file", type=Path, metavar="F")
    key = c.add_mutually_exclusive_group()
    key.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="K",
        help="open with the recovery key read from file K, not the passphrase",
    )
    key.add_argument(
        "--with-recovery-key",
        action="store_true",
        help="open with the recovery key instead of the passphrase, typed at a hidden prompt",
    )
    # Refused: a key on the command line is visible to every user in `ps` and stays in
    # the shell's history. Accepted as an option only so the refusal can say why
    # without argparse echoing the key back in an "unrecognized argument" error.
    key.add_argument("--recovery-key", metavar="KEY", help=argparse.SUPPRESS)
    c.add_argument("--json", action="store_true", help="print one JSON document")
    c.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show where an internal error happened (no data)",
    )
    c.set_defaults(handler=_restore)

    group = add_group(sub, "handoff", "one client's file, encrypted, for a colleague's vault")
    c = add_command(group, "export", _export, "export one client's whole file as a bundle")
    c.add_argument("--client", type=id_arg, required=True, metavar="ID")
    c.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    to = c.add_mutually_exclusive_group(required=True)
    to.add_argument(
        "--to",
        action="append",
        metavar="age1...",
        help="a colleague's recipient (`casebook identity show` on their vault); repeat for "
        "more (a supervisor too): any of them opens the bundle",
    )
    to.add_argument(
        "--bundle-passphrase-file",
        type=Path,
        metavar="F",
        help="or: read a one-time passphrase for the bundle from file F (tell it separately)",
    )
    c = add_command(group, "import", _import, "merge a colleague's bundle into this vault")
    c.add_argument("file", type=Path, metavar="FILE", help="the bundle a colleague sent")
    c.add_argument(
        "--bundle-passphrase-file",
        type=Path,
        metavar="F",
        help="read the bundle's one-time passphrase from file F (not needed for a bundle "
        "sent to this vault's recipient)",
    )

    add_command(
        sub,
        "selftest",
        _selftest,
        "create a throwaway vault, import, search, export, check, delete; exit 0 if all works",
        vault=False,
    )


def _backup(args: argparse.Namespace) -> int:
    from casebook.services.backups import backup_vault

    if args.to_folder is not None:
        return _backup_to_folder(args)
    if args.keep_daily is not None or args.keep_weekly is not None:
        raise CasebookError("--keep-daily and --keep-weekly go with --to-folder DIR.")
    with opened(args) as store:
        result = backup_vault(store, args.output)
    emit(
        args,
        result.to_json(),
        lambda: print(
            f"Backed up the vault to {result.path} ({_size(result.size)}, "
            f"{result.blobs} document(s)); read back and verified. Keep it apart from the laptop."
        ),
    )
    return 0


def _backup_to_folder(args: argparse.Namespace) -> int:
    from casebook.services.backup_folder import backup_to_folder

    keep_daily = DEFAULT_KEEP_DAILY if args.keep_daily is None else args.keep_daily
    keep_weekly = DEFAULT_KEEP_WEEKLY if args.keep_weekly is None else args.keep_weekly
    with opened(args) as store:
        result = backup_to_folder(
            store,
            args.to_folder,
            now=backup_now(),
            keep_daily=keep_daily,
            keep_weekly=keep_weekly,
        )

    def human() -> None:
        print(
            f"Backed up the vault to {result.written} ({_size(result.size)}); read back and "
            f"verified. {len(result.kept)} backup(s) of this vault kept in the folder, "
            f"{len(result.removed)} older one(s) removed."
        )
        for path in result.removed:
            print(f"  removed {path.name}")

    emit(args, result.to_json(), human)
    return 0


def _restore(args: argparse.Namespace) -> int:
    from casebook.services.backups import restore

    if args.recovery_key is not None:
        raise CasebookError(
            "The recovery key is never taken on the command line, where other users of this "
            "computer can see it: use --recovery-key-file K, or --with-recovery-key to type "
            "it. Nothing was restored."
        )
    if args.recovery_key_file is not None or args.with_recovery_key:
        key = recovery_key_from(args.recovery_key_file)
        result = restore(args.file, args.vault, recovery_key=key)
    else:
        result = restore(args.file, args.vault, passphrase=passphrase(args))
    emit(
        args,
        result.to_json(),
        lambda: print(
            f"Restored {result.blobs} document(s) into {result.folder}; everything verified. "
            "It opens with the passphrase the vault had when it was backed up."
        ),
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    from casebook.services.handoff import export_client

    secret = None
    if args.bundle_passphrase_file is not None:
        secret = read_secret_file(args.bundle_passphrase_file, "bundle passphrase")
    with opened(args) as store:
        result = export_client(
            store, args.client, args.output, secret, recipients=tuple(args.to or ())
        )
    counts = result.counts

    def human() -> None:
        print(
            f"Exported client #{result.client_id} to {result.path}: {counts['matters']} "
            f"matter(s), {counts['documents']} document(s), {counts['audit']} audit entries; "
            f"signed by this vault (fingerprint {result.fingerprint})."
        )
        if result.to:
            print(f"Only {len(result.to)} colleague(s) can open it: " + ", ".join(result.to))
        else:
            print("Give the bundle passphrase to your colleague separately (not with the file).")
        if result.versions_left:
            print(
                f"{result.versions_left} earlier version(s) of edited documents stay in "
                "this vault only."
            )

    emit(args, result.to_json(), human)
    return 0


def _import(args: argparse.Namespace) -> int:
    from casebook.services.handoff import import_bundle

    secret = None
    if args.bundle_passphrase_file is not None:
        secret = read_secret_file(args.bundle_passphrase_file, "bundle passphrase")
    with opened(args) as store:
        result = import_bundle(store, args.file, secret)

    def human() -> None:
        sender = result.sender
        if sender is None:
            print(f"Note: {result.to_json()['note']}")
        else:
            named = f" ({sender.name})" if sender.name else ""
            print(
                f"Signed by {sender.recipient}{named}, fingerprint {sender.fingerprint}"
                + ("" if sender.known else ": new to this vault; compare it by phone")
                + "."
            )
        print(f"Imported the hand-off into client #{result.client_id}:")
        for kind, count in result.merged.items():
            if count.new or count.updated or count.present:
                print(
                    f"  {kind}: {count.new} new, {count.updated} updated, "
                    f"{count.present} already here"
                )
        if result.matched_by_content:
            print(
                f"  {result.matched_by_content} document(s) were already here; linked, not copied"
            )
        if result.possible_duplicates:
            listed = ", ".join(f"#{i}" for i in result.possible_duplicates)
            print(f"  This client may be the same person as {listed}; check them.")

    emit(args, result.to_json(), human)
    return 0


def _selftest(args: argparse.Namespace) -> int:
    from casebook.services.selftest import run_selftest

    report = run_selftest()

    def human() -> None:
        for name, seconds in report.steps:
            print(f"ok  {name} ({seconds:.1f} s)")
        for note in report.notes:
            print(f"note: {note}", file=sys.stderr)
        print("selftest passed")

    emit(args, report.to_json(), human)
    return 0


def _size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"
