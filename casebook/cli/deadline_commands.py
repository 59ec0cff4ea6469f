"""``deadlines``: everything due, overdue first, as the app's Deadlines page lists it.

One source (``services.deadlines.upcoming``), so the page, the command and
the counts agree: hearings, the filing deadline each individual hearing
brings, deadlines entered as events, and the next step of each open record
request. ``what`` is the service's own wording for the item.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from casebook.cli.common import add_command, count_arg, emit, opened

if TYPE_CHECKING:
    from casebook.services.deadlines import Deadline


def register(sub: Any) -> None:
    from casebook.services.deadlines import UPCOMING_DAYS

    c = add_command(
        sub,
        "deadlines",
        _deadlines,
        "everything due: hearings, filing deadlines and record-request dates, overdue first",
    )
    c.add_argument(
        "--within",
        type=count_arg,
        default=UPCOMING_DAYS,
        metavar="DAYS",
        help=f"what falls due in the next DAYS days, besides what is overdue "
        f"(default {UPCOMING_DAYS})",
    )


def deadline_json(d: Deadline, matter_of: dict[int, int | None]) -> dict[str, Any]:
    """CLI.md's shape; an event's matter comes from ``matter_of`` (event id -> matter id)."""
    matter_id = matter_of.get(d.ref_id) if d.ref_kind == "event" else None
    return {
        "date": d.day.isoformat(),
        "what": _what(d),
        "client_id": str(d.client_id) if d.client_id is not None else None,
        "matter_id": str(matter_id) if matter_id is not None else None,
        "request_id": str(d.ref_id) if d.ref_kind == "request" else None,
        "overdue": d.overdue,
    }


def _what(d: Deadline) -> str:
    """The service's sentence for the line ("File the appeal by Wed 2026-12-30 — 28 days"),
    or its title where the service gives none."""
    return str(getattr(d, "what", "") or d.title)


def _who(d: Deadline) -> str:
    return f"  ({d.client_name})" if d.client_name else ""


def _deadlines(args: argparse.Namespace) -> int:
    from casebook.services.deadlines import upcoming
    from casebook.services.matters import list_all_events

    today = date.today()
    with opened(args) as store:
        items = upcoming(store, today=today, within_days=args.within)
        matter_of = {e.id: e.draft.matter_id for e in list_all_events(store)}
    data = [deadline_json(d, matter_of) for d in items]

    def human() -> None:
        from casebook.cli.language import spanish, wants_spanish

        if wants_spanish():
            with spanish() as ok:
                if ok:
                    _human_spanish(items, today, args.within)
                    return
        overdue = sum(d.overdue for d in items)
        print(
            f"{overdue} overdue, {len(items) - overdue} due in the next {args.within} days "
            f"(today is {today:%a %Y-%m-%d})."
        )
        for d in items:
            flag = "OVERDUE  " if d.overdue else ""
            if getattr(d, "what", ""):  # the sentence says by when and how many days remain
                print(f"  {flag}{_what(d)}{_who(d)}")
                continue
            days = (d.day - today).days
            left = f"{-days} days ago" if days < 0 else "today" if days == 0 else f"{days} days"
            print(f"  {flag}{d.day:%a %Y-%m-%d} ({left})  {d.title}{_who(d)}")

    emit(args, data, human)
    return 0


def _human_spanish(items: list[Deadline], today: date, within: int) -> None:
    """The same list in Spanish (LANG=es_*): the window's words for each coded line.

    A line the services still word in English (a FOIL step) is printed as they say it.
    """
    from casebook.ui import deadline_words as words

    overdue = sum(d.overdue for d in items)
    print(f"{words.summary(overdue, len(items) - overdue, within)} {words.today_is(today)}")
    for d in items:
        flag = f"{words.overdue_flag()}  " if d.overdue else ""
        print(f"  {flag}{words.what(d, today) or d.title}{_who(d)}")
