"""``matter add/update/close/remove/list/show/courts`` and ``hearing add/update/remove/list``.

Contract: shared/CLI.md. The services are the app's (``services.matters``),
so what is added here shows in the client's Matters tab, on the Deadlines
page, in the summary and on the packet cover. Extra beyond CLI.md:
``--opened``/``--closed``/``--notes`` on matters, ``matter close``,
``matter remove`` and ``matter courts``; ``--title`` and ``--done``/
``--not-done`` on hearings, and the kind ``interview``.

The words on the command line are short (``--type removal``, ``--kind
individual``, ``--detained yes``); the vault stores the app's vocabulary
(``removal-defence``, ``individual-hearing``, ``detained``). The maps below
are the only place the two meet, and JSON output uses the command's words,
so what a script reads it can pass back.

``update`` changes only the flags given: it reads the record, replaces those
fields and writes it back in one service call.

``--at`` reads what the app's date and time fields read (``datetime_arg``:
``2027-01-26 09:30``, ``01/26/2027 9:30 AM``), or a bare date for an event
without a time.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from casebook.cli.common import (
    add_command,
    add_group,
    date_arg,
    datetime_arg,
    emit,
    id_arg,
    opened,
)
from casebook.domain.vocabulary import Detention, EventKind, MatterStatus, MatterType

if TYPE_CHECKING:
    from casebook.services.matters import EventInfo, MatterInfo

MATTER_TYPES: dict[str, MatterType] = {
    "removal": MatterType.REMOVAL_DEFENCE,
    "bond": MatterType.BOND,
    "asylum": MatterType.ASYLUM,
    "u-visa": MatterType.U_VISA,
    "t-visa": MatterType.T_VISA,
    "sijs": MatterType.SIJS,
    "records": MatterType.RECORDS,
    "crim-imm-consult": MatterType.CRIM_IMM_CONSULT,
    "other": MatterType.OTHER,
}
DETENTION: dict[str, Detention] = {
    "yes": Detention.DETAINED,
    "no": Detention.NOT_DETAINED,
    "unknown": Detention.UNKNOWN,
}
STATUSES: dict[str, MatterStatus] = {s.value: s for s in MatterStatus}
EVENT_KINDS: dict[str, EventKind] = {
    "master": EventKind.MASTER_HEARING,
    "individual": EventKind.INDIVIDUAL_HEARING,
    "bond": EventKind.BOND_HEARING,
    "filing-deadline": EventKind.FILING_DEADLINE,
    "criminal-court": EventKind.CRIMINAL_COURT,
    "interview": EventKind.INTERVIEW,
    "other": EventKind.OTHER,
}
TYPE_WORD = {v: k for k, v in MATTER_TYPES.items()}
DETENTION_WORD = {v: k for k, v in DETENTION.items()}
KIND_WORD = {v: k for k, v in EVENT_KINDS.items()}
FILING_RULE = (
    "An individual hearing brings its filing deadline by itself: 15 days before the "
    "hearing, moved back to the business day before when that falls on a weekend or a "
    "federal holiday (Immigration Court Practice Manual ch. 3.1(b), (c)); it moves when "
    'the hearing moves. With --json, `hearing add` prints {"id", "filing_due"} '
    "(filing_due null unless it is an individual hearing)."
)


def at_arg(text: str) -> datetime:
    """The day and time as the app reads them (``datetime_arg``: ``2027-01-26 09:30``,
    ``01/26/2027 9:30 AM``); a bare date is an event without a time, such as a deadline."""
    try:
        return datetime_arg(text)
    except argparse.ArgumentTypeError as with_time:
        try:
            return datetime.combine(date_arg(text), time())
        except argparse.ArgumentTypeError:
            raise with_time from None


def register(sub: Any) -> None:
    group = add_group(sub, "matter", "a client's matters (removal defence, asylum, bond, ...)")
    c = add_command(group, "add", _matter_add, "add a matter to a client's file")
    c.add_argument("--client", type=id_arg, required=True, metavar="ID")
    c.add_argument(
        "--type", choices=MATTER_TYPES, required=True, metavar="T", help=_types_help("the kind")
    )
    _matter_fields(c)
    c = add_command(
        group, "update", _matter_update, "change a matter; only the fields given change"
    )
    c.add_argument("id", type=id_arg, metavar="ID", help=_MATTER_ID)
    c.add_argument(
        "--client",
        type=id_arg,
        metavar="ID",
        help="checked only: a matter stays with its client (add a new one for another)",
    )
    c.add_argument("--type", choices=MATTER_TYPES, metavar="T", help=_types_help("the kind"))
    _matter_fields(c)
    c = add_command(group, "close", _matter_close, "mark a matter closed")
    c.add_argument("id", type=id_arg, metavar="ID", help=_MATTER_ID)
    c.add_argument("--on", type=date_arg, metavar="DATE", help="the day it closed (today)")
    c = add_command(
        group, "remove", _matter_remove, "erase a matter and its hearings (its notes stay)"
    )
    c.add_argument("id", type=id_arg, metavar="ID", help=_MATTER_ID)
    c = add_command(group, "list", _matter_list, "list a client's matters")
    c.add_argument("--client", type=id_arg, required=True, metavar="ID")
    c = add_command(group, "show", _matter_show, "show a matter with its hearings and events")
    c.add_argument("id", type=id_arg, metavar="ID", help=_MATTER_ID)
    add_command(
        group,
        "courts",
        _courts,
        "list the New York courts offered for --court (any other may be typed)",
        vault=False,
    )

    group = add_group(
        sub, "hearing", "hearings and other court dates of a matter (filing deadlines too)"
    )
    c = add_command(group, "add", _hearing_add, "add a hearing or another court date to a matter")
    c.epilog = FILING_RULE
    c.add_argument("--matter", type=id_arg, required=True, metavar="ID")
    c.add_argument("--kind", choices=EVENT_KINDS, required=True, metavar="K", help=_kinds_help())
    c.add_argument(
        "--at",
        type=at_arg,
        required=True,
        metavar="'YYYY-MM-DD HH:MM'",
        help="the day and time, e.g. '2027-01-26 09:30' or '01/26/2027 9:30 AM' "
        "(a date alone for a deadline without a time)",
    )
    _hearing_fields(c)
    c = add_command(
        group, "update", _hearing_update, "change a hearing; only the fields given change"
    )
    c.epilog = FILING_RULE
    c.add_argument("id", type=id_arg, metavar="ID", help=_HEARING_ID)
    c.add_argument(
        "--matter", type=id_arg, metavar="ID", help="move it to another matter of the same client"
    )
    c.add_argument("--kind", choices=EVENT_KINDS, metavar="K", help=_kinds_help())
    c.add_argument(
        "--at",
        type=at_arg,
        metavar="'YYYY-MM-DD HH:MM'",
        help="the new day and time (its filing deadline moves with it)",
    )
    _hearing_fields(c)
    done = c.add_mutually_exclusive_group()
    done.add_argument(
        "--done",
        dest="done",
        action="store_const",
        const=True,
        help="it has taken place (or the deadline is met)",
    )
    done.add_argument(
        "--not-done", dest="done", action="store_const", const=False, help="undo --done"
    )
    c = add_command(group, "remove", _hearing_remove, "erase a hearing or court date")
    c.add_argument("id", type=id_arg, metavar="ID", help=_HEARING_ID)
    c = add_command(group, "list", _hearing_list, "list hearings and court dates, soonest first")
    c.add_argument("--client", type=id_arg, metavar="ID", help="only this client's")
    c.add_argument("--from", dest="from_day", type=date_arg, metavar="DATE", help="from DATE on")


_MATTER_ID = "the matter's id, as `matter list` shows it"
_HEARING_ID = "the hearing's id, as `hearing list` shows it"


def _types_help(what: str) -> str:
    return f"{what}: {', '.join(MATTER_TYPES)} (removal is removal defence)"


def _kinds_help() -> str:
    return (
        "master (calendar hearing), individual (hearing), bond (hearing), filing-deadline, "
        "criminal-court, interview or other"
    )


def _matter_fields(c: argparse.ArgumentParser) -> None:
    """The flags ``matter add`` and ``matter update`` share; None means "not given"."""
    c.add_argument(
        "--court",
        metavar="C",
        help="the court, e.g. 'New York - Broadway Immigration Court' (see `matter courts`)",
    )
    c.add_argument("--docket", metavar="N", help="the docket or case number")
    c.add_argument("--judge", metavar="J", help="the judge, e.g. 'IJ Rivera'")
    c.add_argument(
        "--detained",
        choices=DETENTION,
        metavar="yes/no/unknown",
        help="whether the respondent is detained (unknown until someone says)",
    )
    c.add_argument(
        "--status", choices=STATUSES, metavar="S", help="open, pending-decision or closed"
    )
    c.add_argument("--opened", type=date_arg, metavar="DATE", help="the day the matter opened")
    c.add_argument("--closed", type=date_arg, metavar="DATE", help="the day the matter closed")
    c.add_argument("--notes", metavar="TEXT", help="notes on the matter")


def _hearing_fields(c: argparse.ArgumentParser) -> None:
    c.add_argument("--judge", metavar="J", help="the judge hearing it")
    c.add_argument("--location", metavar="L", help="the courtroom or address")
    c.add_argument("--title", metavar="TEXT", help="a title of your own (else the kind)")
    c.add_argument("--notes", metavar="T", help="notes on the hearing")


# -- matters ------------------------------------------------------------------------------------


def matter_json(m: MatterInfo) -> dict[str, Any]:
    d = m.draft
    return {
        "id": str(m.id),
        "client_id": str(m.client_id),
        "type": TYPE_WORD[d.type],
        "court": d.court,
        "docket": d.docket_number,
        "judge": d.judge,
        "detained": DETENTION_WORD[d.detention],
        "status": d.status.value,
        "opened_on": d.opened_on.isoformat() if d.opened_on else None,
        "closed_on": d.closed_on.isoformat() if d.closed_on else None,
        "notes": d.notes,
    }


def _matter_changes(args: argparse.Namespace) -> dict[str, Any]:
    """The MatterDraft fields the flags give (those left out stay as they are)."""
    given = {
        "type": MATTER_TYPES[args.type] if args.type else None,
        "court": args.court,
        "docket_number": args.docket,
        "judge": args.judge,
        "detention": DETENTION[args.detained] if args.detained else None,
        "status": STATUSES[args.status] if args.status else None,
        "opened_on": args.opened,
        "closed_on": args.closed,
        "notes": args.notes,
    }
    return {k: v for k, v in given.items() if v is not None}


def _matter_add(args: argparse.Namespace) -> int:
    from casebook.services.matters import MatterDraft, add_matter

    draft = MatterDraft(**_matter_changes(args))
    with opened(args) as store:
        matter_id = add_matter(store, args.client, draft).value
    emit(args, {"id": str(matter_id)}, lambda: print(f"Added matter #{matter_id}."))
    return 0


def _matter_update(args: argparse.Namespace) -> int:
    from casebook.domain.errors import ValidationError
    from casebook.services.matters import get_matter, update_matter

    changes = _matter_changes(args)
    if not changes:
        return _nothing_to_update("matter update", "--judge J or --status closed")
    with opened(args) as store:
        current = get_matter(store, args.id)
        if args.client is not None and args.client != current.client_id:
            raise ValidationError(
                "client",
                f"Matter #{args.id} belongs to another client; a matter cannot move. "
                "Add a new matter to the other client instead.",
            )
        update_matter(store, args.id, dataclasses.replace(current.draft, **changes))
        info = get_matter(store, args.id)
    data = matter_json(info)
    emit(args, data, lambda: _matter_human(data, []))
    return 0


def _matter_close(args: argparse.Namespace) -> int:
    from casebook.services.matters import close_matter, get_matter

    with opened(args) as store:
        close_matter(store, args.id, args.on or date.today())
        data = matter_json(get_matter(store, args.id))
    emit(args, data, lambda: print(f"Closed matter #{args.id} on {data['closed_on']}."))
    return 0


def _matter_remove(args: argparse.Namespace) -> int:
    from casebook.services.matters import delete_matter

    with opened(args) as store:
        snapshot = delete_matter(store, args.id).value
    n = len(snapshot.events)
    data = {"id": str(args.id), "events_removed": n}
    emit(
        args,
        data,
        lambda: print(
            f"Removed matter #{args.id} and its {n} hearing(s) and court date(s); "
            "its notes stay with the client."
        ),
    )
    return 0


def _matter_list(args: argparse.Namespace) -> int:
    from casebook.services.matters import list_matters

    with opened(args) as store:
        _live_client(store, args.client)
        infos = list_matters(store, args.client)
    data = [matter_json(m) for m in infos]

    def human() -> None:
        if not data:
            print(f"Client #{args.client} has no matters. Add one with `casebook matter add`.")
        for m in data:
            judge = f"  {m['judge']}" if m["judge"] else ""
            print(f"{m['id']:>6}  {m['type']:<16} {m['status']:<16} {m['court']}{judge}")

    emit(args, data, human)
    return 0


def _matter_show(args: argparse.Namespace) -> int:
    from casebook.services.matters import get_matter, list_events

    with opened(args) as store:
        info = get_matter(store, args.id)
        events = [e for e in list_events(store, info.client_id) if e.draft.matter_id == args.id]
    data = matter_json(info) | {"events": [hearing_json(e) for e in events]}
    emit(args, data, lambda: _matter_human(data, events))
    return 0


def _matter_human(m: dict[str, Any], events: list[EventInfo]) -> None:
    print(f"Matter #{m['id']} of client #{m['client_id']}: {m['type']} ({m['status']})")
    for key, label in (
        ("court", "court"),
        ("docket", "docket"),
        ("judge", "judge"),
        ("detained", "detained"),
        ("opened_on", "opened"),
        ("closed_on", "closed"),
        ("notes", "notes"),
    ):
        if m[key]:
            print(f"{label:>12}: {m[key]}")
    for e in events:
        print(f"{'':>12}  {_hearing_line(e)}")


def _courts(args: argparse.Namespace) -> int:
    from casebook.domain.court_events import NY_COURTS

    data = [{"name": c.name, "kind": c.kind.value, "address": c.address} for c in NY_COURTS]
    emit(args, data, lambda: print("\n".join(c["name"] for c in data)))
    return 0


# -- hearings -----------------------------------------------------------------------------------


def hearing_json(e: EventInfo) -> dict[str, Any]:
    """One hearing as `hearing list --json` prints it: CLI.md's keys, the command's words."""
    d = e.draft
    return {
        "id": str(e.id),
        "matter_id": str(d.matter_id) if d.matter_id is not None else None,
        "client_id": str(e.client_id),
        "kind": KIND_WORD[d.kind],
        "at": f"{d.starts_at:%Y-%m-%d %H:%M}",
        "judge": d.judge,
        "location": d.location,
        "filing_due": e.filing_due.isoformat() if e.filing_due else None,
    }


def _hearing_changes(args: argparse.Namespace) -> dict[str, Any]:
    given = {
        "kind": EVENT_KINDS[args.kind] if args.kind else None,
        "starts_at": args.at,
        "matter_id": args.matter,
        "judge": args.judge,
        "location": args.location,
        "title": args.title,
        "notes": args.notes,
        "done": getattr(args, "done", None),
    }
    return {k: v for k, v in given.items() if v is not None}


def _hearing_add(args: argparse.Namespace) -> int:
    from casebook.services.matters import EventDraft, add_event, get_event, get_matter

    draft = EventDraft(**_hearing_changes(args))
    with opened(args) as store:
        client_id = get_matter(store, args.matter).client_id
        info = get_event(store, add_event(store, client_id, draft).value)
    data = {
        "id": str(info.id),
        "filing_due": info.filing_due.isoformat() if info.filing_due else None,
    }

    def human() -> None:
        print(f"Added hearing #{info.id}: {_hearing_line(info)}")

    emit(args, data, human)
    return 0


def _hearing_update(args: argparse.Namespace) -> int:
    from casebook.services.matters import get_event, update_event

    changes = _hearing_changes(args)
    if not changes:
        return _nothing_to_update("hearing update", "--at 'YYYY-MM-DD HH:MM' or --done")
    with opened(args) as store:
        current = get_event(store, args.id)
        update_event(store, args.id, dataclasses.replace(current.draft, **changes))
        info = get_event(store, args.id)
    emit(args, hearing_json(info), lambda: print(f"Hearing #{info.id}: {_hearing_line(info)}"))
    return 0


def _hearing_remove(args: argparse.Namespace) -> int:
    from casebook.services.matters import delete_event

    with opened(args) as store:
        gone = delete_event(store, args.id).value
    emit(
        args,
        hearing_json(gone),
        lambda: print(f"Removed hearing #{args.id}: {_hearing_line(gone)}."),
    )
    return 0


def _hearing_list(args: argparse.Namespace) -> int:
    from casebook.services.matters import list_all_events

    with opened(args) as store:
        if args.client is not None:
            _live_client(store, args.client)
        infos = list_all_events(store, client_id=args.client, from_day=args.from_day)

    def human() -> None:
        if not infos:
            print("No hearings or court dates.")
        for e in infos:
            print(f"{e.id:>6}  client #{e.client_id:<5} {_hearing_line(e)}")

    emit(args, [hearing_json(e) for e in infos], human)
    return 0


def _hearing_line(e: EventInfo) -> str:
    """``Individual hearing Tue 2027-01-26 09:30, Room 12, before IJ Rivera; file by ...``."""
    from casebook.domain.vocabulary import EVENT_LABELS

    d = e.draft
    at = d.starts_at
    when = f"{at:%a %Y-%m-%d}" + (f" {at:%H:%M}" if at.time() != datetime.min.time() else "")
    where = f", {d.location}" if d.location else ""
    judge = f", before {d.judge}" if d.judge else ""
    done = " (done)" if d.done else ""
    line = f"{d.title or EVENT_LABELS[d.kind]} {when}{where}{judge}{done}"
    if e.filing_due:
        line += f"; filings due by {e.filing_due:%a %Y-%m-%d}"
    return line


def _live_client(store: Any, client_id: int) -> None:
    """``NotFound`` for a client that does not exist, instead of an empty list."""
    from casebook.services.clients import show_client

    show_client(store, client_id)


def _nothing_to_update(command: str, example: str) -> int:
    print(
        f"casebook: nothing to update: give a field to change, such as {example} "
        f"(see `casebook {command} --help`)",
        file=sys.stderr,
    )
    return 2
