"""``client add``, ``client list`` and ``client show``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from casebook.cli.common import add_command, add_group, date_arg, emit, id_arg, opened


def register(sub: Any) -> None:
    group = add_group(sub, "client", "add, list and show clients")
    c = add_command(group, "add", _add, "add a client")
    c.add_argument("--name", required=True, help="the full name, as on the papers")
    c.add_argument(
        "--alias", action="append", default=[], metavar="A", help="another name (repeat for more)"
    )
    c.add_argument("--dob", type=date_arg, metavar="DATE", help="date of birth")
    c.add_argument("--a-number", default="", metavar="N", help="the A-number (8 or 9 digits)")
    c.add_argument("--nysid", default="", metavar="N", help="the NYSID number")
    c.add_argument("--country", default="", metavar="C", help="country of birth")
    c.add_argument(
        "--language",
        action="append",
        default=[],
        metavar="L",
        help="a language the client speaks (repeat for more)",
    )
    c.add_argument(
        "--allow-duplicate",
        action="store_true",
        help="add even if the client looks like one already in the vault",
    )
    c = add_command(group, "list", _list, "list clients")
    c.add_argument("--trash", action="store_true", help="list clients in the trash")
    c = add_command(group, "show", _show, "show one client")
    c.add_argument(
        "id", type=id_arg, metavar="ID", help="the client's id, as `client list` shows it"
    )


def _add(args: argparse.Namespace) -> int:
    from casebook.domain.clients import ClientDraft
    from casebook.services.office_conflicts import add_client_checked

    draft = ClientDraft(
        name=args.name,
        aliases=tuple(args.alias),
        dob=args.dob,
        a_number=args.a_number,
        nysid=args.nysid,
        country_of_birth=args.country,
        languages=tuple(args.language),
    )
    with opened(args) as store:
        added = add_client_checked(
            store, draft, today=date.today(), allow_duplicate=args.allow_duplicate
        )
    client_id = added.client_id
    if added.note:
        print(f"casebook: {added.note}", file=sys.stderr)
    emit(args, {"id": str(client_id)}, lambda: print(f"Added client #{client_id}."))
    return 0


def _list(args: argparse.Namespace) -> int:
    from casebook.services.clients import list_clients

    with opened(args) as store:
        clients = list_clients(store, trash=args.trash)

    def human() -> None:
        if not clients:
            print("No clients." if not args.trash else "The trash is empty.")
        for c in clients:
            dob = c.dob.isoformat() if c.dob else "-"
            print(f"{c.id:>6}  {c.name:<40}  {dob:<10}  {c.a_number}")

    emit(args, [c.to_json() for c in clients], human)
    return 0


def _show(args: argparse.Namespace) -> int:
    from casebook.cli.conviction_commands import today
    from casebook.services.clients import show_client
    from casebook.services.convictions import client_sealing
    from casebook.services.documents import client_documents

    with opened(args) as store:
        detail = show_client(store, args.id)
        documents = client_documents(store, args.id)
        sealing = client_sealing(store, args.id, today=today())
    data = detail.to_json() | {
        "documents": [d.to_json() for d in documents],
        "sealing": sealing.to_json(),
    }

    def human() -> None:
        for key in (
            "id",
            "name",
            "aliases",
            "dob",
            "a_number",
            "nysid",
            "country_of_birth",
            "languages",
            "immigration_status",
            "detention_status",
        ):
            value = data[key]
            if value:
                shown = ", ".join(value) if isinstance(value, list) else value
                print(f"{key.replace('_', ' '):>20}: {shown}")
        for m in detail.matters:
            print(f"{'matter':>20}: #{m.id} {m.type} {m.court} ({m.status})")
        for e in detail.events:
            print(f"{'event':>20}: {e.starts_at:%Y-%m-%d %H:%M} {e.kind}")
        for d in documents:
            print(f"{'document':>20}: #{d.id} {d.title} ({d.page_count or '-'} pages)")
        for c in sealing.convictions:
            for line in c.words:
                print(f"{'conviction #' + str(c.info.id):>20}: {line}")

    emit(args, data, human)
    return 0
