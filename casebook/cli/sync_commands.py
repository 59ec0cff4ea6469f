"""``sync``, ``sync-conflicts`` and ``client wall|unwall``: the office hub's sync.

The time of a sync and of a wall is read here, at the composition root, and
handed to the services (which never read a clock of their own).
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from casebook.cli.common import add_command, emit, existing_group, id_arg, opened


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def register(sub: Any) -> None:
    c = add_command(sub, "sync", _sync, "push and pull changes with the office hub")
    c.add_argument(
        "--status",
        action="store_true",
        help="only say when this vault last synced and what waits (no connection made)",
    )
    c = add_command(
        sub, "sync-conflicts", _conflicts, "fields edited on two laptops since they last met"
    )
    c.add_argument(
        "--resolve", type=id_arg, metavar="ID", help="resolve this conflict (with --keep)"
    )
    c.add_argument(
        "--keep",
        choices=("local", "remote"),
        help="the value to keep: this vault's (local) or the colleague's (remote)",
    )
    group = existing_group(sub, "client")
    c = add_command(
        group, "wall", _wall, "keep a client's file in this vault only (not synced to the office)"
    )
    c.add_argument("id", type=id_arg, metavar="ID", help="the client's id")
    c = add_command(group, "unwall", _unwall, "share a walled client's file with the office again")
    c.add_argument("id", type=id_arg, metavar="ID", help="the client's id")


def _sync(args: argparse.Namespace) -> int:
    from casebook.services.office_membership import require_office
    from casebook.services.sync import sync
    from casebook.services.sync_status import sync_status

    with opened(args) as store:
        ctx = require_office(store)
        if args.status:
            status = sync_status(store)
            when = (
                status.synced_at.isoformat(sep=" ", timespec="seconds")
                if status.synced_at
                else None
            )
            emit(
                args,
                {"synced_at": when, "pending": status.pending, "conflicts": status.conflicts},
                lambda: print(
                    f"Last synced: {when or 'never'}; {status.pending} changes waiting; "
                    f"{status.conflicts} open conflicts."
                ),
            )
            return 0
        result = sync(store, ctx, _now())

    def human() -> None:
        print(
            f"Synced: {result.pushed} sent, {result.pulled} received, "
            f"{result.conflicts} new conflicts"
            + (f", {result.withheld} walled records kept here" if result.withheld else "")
            + "."
        )
        for r in result.refused:
            print(f"Refused change {r.change_id}: {r.reason}.")
        if result.conflicts:
            print("See them with `casebook sync-conflicts`.")

    emit(args, result.to_json(), human)
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from casebook.domain.errors import CasebookError
    from casebook.services.sync_conflicts import list_conflicts, resolve_conflict

    if (args.resolve is None) != (args.keep is None):
        raise CasebookError("Give both --resolve ID and --keep local/remote.")
    with opened(args) as store:
        if args.resolve is not None:
            resolve_conflict(store, args.resolve, args.keep, _now())
            emit(
                args,
                {"resolved": str(args.resolve), "kept": args.keep},
                lambda: print(f"Resolved conflict #{args.resolve}: kept the {args.keep} value."),
            )
            return 0
        found = list_conflicts(store)

    def human() -> None:
        if not found:
            print("No sync conflicts.")
        for c in found:
            where = f"{c.table} #{c.row_id}" if c.row_id is not None else f"{c.table} (deleted)"
            print(f"#{c.id}  {where}  {c.field}: here {c.local_value!r}, theirs {c.remote_value!r}")

    emit(args, [c.to_json() for c in found], human)
    return 0


def _wall(args: argparse.Namespace) -> int:
    from casebook.services.sync_walls import wall_client

    with opened(args) as store:
        wall_client(store, args.id, _now())
    emit(
        args,
        {"id": str(args.id), "walled": True},
        lambda: print(
            f"Client #{args.id} is walled: its file stays in this vault (copies colleagues "
            "already synced stay with them); only its conflict-check tokens reach the office."
        ),
    )
    return 0


def _unwall(args: argparse.Namespace) -> int:
    from casebook.services.sync_walls import unwall_client

    with opened(args) as store:
        unwall_client(store, args.id, _now())
    emit(
        args,
        {"id": str(args.id), "walled": False},
        lambda: print(f"Client #{args.id} is shared with the office again from the next sync."),
    )
    return 0
