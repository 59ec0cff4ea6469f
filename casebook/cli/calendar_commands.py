"""``export calendar``: hearings and deadlines as an iCalendar file (services.calendar).

Contract (shared/CLI.md): ``casebook export calendar VAULT -o FILE.ics
[--from DATE] [--full-names]``. ``--json`` prints what was written:
``{"path", "from", "full_names", "events", "new", "changed", "unchanged",
"cancelled"}``. With ``--full-names`` a note on stderr says where calendar
files end up, as the window's dialog does before it lets a person choose
names. The clock is ``now()``, which tests replace.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from casebook.cli.common import add_command, date_arg, emit, opened
from casebook.cli.export_commands import export_group


def now() -> datetime:
    """The instant of the export (DTSTAMP, and today for --from's default)."""
    return datetime.now(UTC)


def register(sub: Any) -> None:
    c = add_command(
        export_group(sub),
        "calendar",
        _calendar,
        "hearings, filing deadlines and FOIL dates as an iCalendar (.ics) file; "
        "re-exporting updates the same events",
    )
    c.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.ics")
    c.add_argument(
        "--from",
        dest="since",
        type=date_arg,
        metavar="DATE",
        help="the first day to include (default: today)",
    )
    c.add_argument(
        "--full-names",
        action="store_true",
        help="name clients in full (default: initials only; calendars sync to cloud servers)",
    )


def _calendar(args: argparse.Namespace) -> int:
    from casebook.services.calendar import FULL_NAMES_WARNING, export_calendar

    if args.full_names:
        print(f"casebook: warning: {FULL_NAMES_WARNING}", file=sys.stderr)
    with opened(args) as store:
        result = export_calendar(
            store, args.output, now=now(), since=args.since, full_names=args.full_names
        )

    def human() -> None:
        print(
            f"Wrote {result.path}: {result.events} events from {result.since.isoformat()} "
            f"({result.new} new, {result.changed} changed, {result.unchanged} unchanged), "
            f"{result.cancelled} cancelled"
            + ("; clients named in full" if result.full_names else "; clients by initials")
        )

    emit(args, result.to_json(), human)
    return 0
