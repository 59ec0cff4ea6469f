"""``conviction add``, ``conviction update`` and ``conviction list``: when a record seals.

Each prints, per conviction, the Clean Slate date (CPL 160.57) and the first
day to apply under CPL 160.59, with what blocks them (CLI.md). The rules are
``casebook.domain.sealing``; today comes from ``today()``, which tests replace.
"""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date
from typing import Any

from casebook.cli.common import add_command, add_group, date_arg, emit, id_arg, opened

LEVELS = ("felony", "misdemeanor", "vtl-1192-1", "violation")
CLASSES = ("A", "B", "C", "D", "E")


def today() -> date:
    """The day supervision and the sealing picture are read for; tests replace it."""
    return date.today()


def register(sub: Any) -> None:
    group = add_group(sub, "conviction", "a client's convictions and when their records seal")
    c = add_command(group, "add", _add, "record a conviction and see when it seals")
    c.add_argument("--client", type=id_arg, required=True, metavar="ID")
    _flags(c, adding=True)
    c = add_command(
        group,
        "update",
        _update,
        "change a conviction (flags not given stay; releases given replace those recorded)",
    )
    c.add_argument("id", type=id_arg, metavar="ID", help="the conviction's id")
    _flags(c, adding=False)
    c = add_command(group, "list", _list, "a client's convictions, with when each seals")
    c.add_argument("--client", type=id_arg, required=True, metavar="ID")


def _flags(c: argparse.ArgumentParser, *, adding: bool) -> None:
    flag: Any = "store_true" if adding else argparse.BooleanOptionalAction
    default = False if adding else None
    c.add_argument(
        "--level", choices=LEVELS, required=adding, help="the offense's level: %(choices)s"
    )
    c.add_argument(
        "--sentenced", type=date_arg, required=adding, metavar="DATE", help="the day of sentence"
    )
    c.add_argument("--class", dest="felony_class", choices=CLASSES, help="a felony's class")
    c.add_argument("--offense", metavar="TEXT", help="the offense, e.g. PL 220.03")
    for name, what in (
        ("released", "a release from incarceration (repeat for more)"),
        (
            "released-after-violation",
            "a release after re-incarceration for a parole violation, supervision not "
            "revoked: it does not restart the count",
        ),
        (
            "released-after-revocation",
            "a release after parole or post-release supervision was revoked",
        ),
    ):
        c.add_argument(f"--{name}", type=date_arg, action="append", metavar="DATE", help=what)
    c.add_argument(
        "--supervision-until",
        type=date_arg,
        metavar="DATE",
        help="the last day of probation or parole",
    )
    c.add_argument("--drug-felony", action=flag, default=default, help="a felony of PL article 220")
    c.add_argument(
        "--registrable",
        action=flag,
        default=default,
        help="a sex offense that requires registration (never sealed)",
    )
    c.add_argument(
        "--other-exclusion",
        action=flag,
        default=default,
        help="an offense CPL 160.59(1)(a) excludes (a violent felony, PL 70.02; a felony of "
        "PL art. 125; PL art. 130 or 263): no sealing on application",
    )
    c.add_argument(
        "--conditionally-sealed",
        type=date_arg,
        metavar="DATE",
        help="the day a court conditionally sealed it after judicial diversion (CPL 160.58)",
    )
    c.add_argument("--arrest", type=id_arg, metavar="ID", help="the arrest it came from")


def _releases(args: argparse.Namespace) -> tuple[Any, ...] | None:
    from casebook.domain.sealing import Release

    given = (args.released, args.released_after_violation, args.released_after_revocation)
    if all(g is None for g in given):
        return None
    plain, violation, revoked = (g or [] for g in given)
    return (
        *(Release(d) for d in plain),
        *(Release(d, after_violation=True) for d in violation),
        *(Release(d, after_violation=True, revoked=True) for d in revoked),
    )


def _draft(args: argparse.Namespace, base: Any) -> Any:
    """``base`` (a ``Conviction``) with what the flags say."""
    from casebook.domain.sealing import FelonyClass, Level

    changes: dict[str, Any] = {}
    if args.level is not None:
        changes["level"] = Level(args.level)
    if args.sentenced is not None:
        changes["sentenced_on"] = args.sentenced
    if args.felony_class is not None:
        changes["felony_class"] = FelonyClass(args.felony_class)
    elif args.level is not None and args.level != "felony":
        changes["felony_class"] = None  # no longer a felony: no class, no drug felony
        changes["drug_felony"] = False
    if args.offense is not None:
        changes["offense"] = args.offense
    releases = _releases(args)
    if releases is not None:
        changes["releases"] = releases
    for key, value in (
        ("supervision_until", args.supervision_until),
        ("conditionally_sealed_on", args.conditionally_sealed),
        ("drug_felony", args.drug_felony),
        ("registrable", args.registrable),
        ("other_exclusion", args.other_exclusion),
    ):
        if value is not None:
            changes[key] = value
    return dataclasses.replace(base, **changes)


def _human(sealing: Any) -> None:
    print(f"Conviction #{sealing.info.id}:")
    for line in sealing.words:
        print(f"  {line}")


def _add(args: argparse.Namespace) -> int:
    from casebook.domain.sealing import Conviction, Level
    from casebook.services.convictions import add_conviction, client_sealing

    day = today()
    draft = _draft(args, Conviction(Level(args.level), args.sentenced))
    with opened(args) as store:
        conviction_id = add_conviction(
            store, args.client, draft, today=day, arrest_id=args.arrest
        ).value
        sealing = client_sealing(store, args.client, today=day).for_id(conviction_id)
    emit(args, sealing.to_json(), lambda: _human(sealing))
    return 0


def _update(args: argparse.Namespace) -> int:
    from casebook.services.convictions import client_sealing, show_conviction, update_conviction

    day = today()
    with opened(args) as store:
        before = show_conviction(store, args.id)
        arrest_id = args.arrest if args.arrest is not None else before.arrest_id
        draft = _draft(args, before.conviction)
        update_conviction(store, args.id, draft, today=day, arrest_id=arrest_id)
        sealing = client_sealing(store, before.client_id, today=day).for_id(args.id)
    emit(args, sealing.to_json(), lambda: _human(sealing))
    return 0


def _list(args: argparse.Namespace) -> int:
    from casebook.services.convictions import client_sealing

    with opened(args) as store:
        sealing = client_sealing(store, args.client, today=today())

    def human() -> None:
        if not sealing.convictions:
            print("No convictions.")
        for c in sealing.convictions:
            _human(c)

    emit(args, [c.to_json() for c in sealing.convictions], human)
    return 0
