"""``office create|invite|join|members|remove|publish`` and ``conflicts``: the office hub.

Passwords never come from argv (``ps`` shows it to every user): the hub
administrator's database password is read from ``--hub-password-file``, else
``CASEBOOK_HUB_PASSWORD`` or ``PGPASSWORD``, else a hidden prompt; members'
passwords are made at random and travel only inside invites.
"""

from __future__ import annotations

import argparse
import base64
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from casebook.cli.common import add_command, add_group, date_arg, emit, opened, read_secret_file
from casebook.domain.errors import CasebookError

HUB_PASSWORD_ENVS = ("CASEBOOK_HUB_PASSWORD", "PGPASSWORD")


def register(sub: Any) -> None:
    group = add_group(sub, "office", "an office hub: create, invite, join, members, remove")
    c = add_command(
        group, "create", _create, "create an office on a hub, this vault its administrator"
    )
    c.add_argument(
        "--hub",
        required=True,
        metavar="DSN",
        help="the hub's address as libpq takes it "
        "(sslmode=verify-full and sslrootcert=CA.pem; no password in it)",
    )
    c.add_argument("--name", required=True, help="the office's name")
    c.add_argument(
        "--hub-password-file",
        type=Path,
        metavar="F",
        help="the hub administrator's database password (else CASEBOOK_HUB_PASSWORD "
        "or PGPASSWORD, else a hidden prompt); used once, never stored",
    )
    c.add_argument(
        "--member-name",
        default="administrator",
        metavar="N",
        help="your name, as colleagues see it in the office",
    )
    c = add_command(group, "invite", _invite, "invite a colleague's vault into the office")
    c.add_argument("--member", required=True, metavar="age1...", help="the colleague's recipient")
    c.add_argument(
        "--member-key",
        metavar="KEY",
        help="their signing key, as their `identity "
        "show --json` prints it (else the one their hand-offs were signed with)",
    )
    c.add_argument("--name", required=True, metavar="N", help="their name")
    c.add_argument(
        "--role",
        choices=("member", "supervisor"),
        default="member",
        help="what they may do in the office (default: member)",
    )
    c.add_argument("-o", dest="output", required=True, type=Path, metavar="INVITE")
    c = add_command(group, "join", _join, "join an office with an invite made for this vault")
    c.add_argument("invite", type=Path, metavar="INVITE", help="the invite file you were sent")
    add_command(group, "members", _members, "list the office's members")
    c = add_command(group, "remove", _remove, "remove a member (new office key, login disabled)")
    c.add_argument("member", metavar="MEMBER", help="the member's id or name (`office members`)")
    add_command(
        group,
        "publish",
        _publish,
        "publish this vault's clients to the office's conflict check (blind-index tokens only)",
    )

    c = add_command(
        sub, "conflicts", _conflicts, "possible same persons in this vault and across the office"
    )
    c.add_argument("--name", required=True, help="the person's full name")
    c.add_argument(
        "--alias", action="append", default=[], metavar="A", help="another name (repeat for more)"
    )
    c.add_argument("--a-number", default="", metavar="N", help="the A-number (8 or 9 digits)")
    c.add_argument("--dob", type=date_arg, metavar="DATE", help="date of birth")


def hub_password(path: Path | None) -> str:
    if path is not None:
        return read_secret_file(path, "hub password")
    for name in HUB_PASSWORD_ENVS:
        if os.environ.get(name):
            return os.environ[name]
    if not sys.stdin.isatty():
        raise CasebookError(
            "No hub password given: use --hub-password-file F or CASEBOOK_HUB_PASSWORD, "
            "or run in a terminal to type it."
        )
    return getpass.getpass("The hub administrator's database password: ")


def _ctx_json(ctx: Any) -> dict[str, Any]:
    return {
        "office_id": str(ctx.office_id),
        "name": ctx.name,
        "hub": str(ctx.address),
        "member_id": str(ctx.member_id),
        "role": ctx.role,
        "epoch": ctx.epoch,
    }


def _create(args: argparse.Namespace) -> int:
    from casebook.services.office_membership import create_office

    secret = hub_password(args.hub_password_file)
    with opened(args) as store:
        ctx = create_office(store, args.hub, secret, args.name, member_name=args.member_name)
    emit(
        args,
        _ctx_json(ctx),
        lambda: print(
            f"Created the office {ctx.name!r} on {ctx.address.host}; "
            "this vault is its administrator."
        ),
    )
    return 0


def _invite(args: argparse.Namespace) -> int:
    from casebook.services.office_membership import invite_member

    key = None
    if args.member_key:
        try:
            key = base64.b64decode(args.member_key, validate=True)
        except ValueError:
            raise CasebookError(
                "--member-key is not a signing key (base64, as `identity show --json` prints it)."
            ) from None
    with opened(args) as store:
        info, data = invite_member(store, args.member, args.name, role=args.role, signing_key=key)
    tmp = args.output.with_name(args.output.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(args.output)
    except OSError:
        raise CasebookError(f"Could not write the invite to {args.output}.") from None
    emit(
        args,
        {**info.to_json(), "invite": str(args.output)},
        lambda: print(
            f"Invited {info.name} ({info.fingerprint}) as {info.role}; give them {args.output} "
            "(only their vault can open it)."
        ),
    )
    return 0


def _join(args: argparse.Namespace) -> int:
    from casebook.services.office_conflicts import publish_quietly
    from casebook.services.office_membership import join_office

    try:
        data = args.invite.read_bytes()
    except OSError:
        raise CasebookError(f"Could not read the invite {args.invite}.") from None
    with opened(args) as store:
        ctx = join_office(store, data)
        published = publish_quietly(store)
    emit(
        args,
        {**_ctx_json(ctx), "published": published},
        lambda: print(
            f"Joined the office {ctx.name!r} as {ctx.role}."
            + (
                ""
                if published
                else " Its conflict check will include your clients at the next sync."
            )
        ),
    )
    return 0


def _members(args: argparse.Namespace) -> int:
    from casebook.services.office_membership import list_members

    with opened(args) as store:
        found = list_members(store)

    def human() -> None:
        for m in found:
            gone = f"  removed (epoch {m.removed})" if m.removed else ""
            print(f"{m.member_id}  {m.name:<24} {m.role:<10} {m.fingerprint}{gone}")

    emit(args, [m.to_json() for m in found], human)
    return 0


def _remove(args: argparse.Namespace) -> int:
    from casebook.services.office_membership import remove_member

    with opened(args) as store:
        info = remove_member(store, args.member)
    emit(
        args,
        info.to_json(),
        lambda: print(
            f"Removed {info.name or info.member_id}: the office is at epoch {info.removed}, "
            "whose key they do not have; their login is disabled."
        ),
    )
    return 0


def _publish(args: argparse.Namespace) -> int:
    from casebook.services.office_conflicts import publish

    with opened(args) as store:
        new = publish(store)
    emit(args, {"new_entries": new}, lambda: print(f"Published; {new} new index entries."))
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from datetime import date

    from casebook.domain.clients import ClientDraft
    from casebook.services.office_conflicts import check_conflicts

    draft = ClientDraft(
        name=args.name, aliases=tuple(args.alias), dob=args.dob, a_number=args.a_number
    ).validated(date.today())
    with opened(args) as store:
        report = check_conflicts(store, draft)
    if report.note:
        print(f"casebook: {report.note}", file=sys.stderr)

    def human() -> None:
        if not report.conflicts:
            print("No possible conflicts found.")
        for c in report.conflicts:
            if c.where == "vault":
                print(f"In this vault: client #{c.client_id} ({c.why})")
            else:
                print(f"In the office: held by {c.member} ({c.why})")

    emit(args, [c.to_json() for c in report.conflicts], human)
    return 0
