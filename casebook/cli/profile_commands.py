"""``profile show/set`` and ``request recipients``: who signs letters and covers, and where
letters go.

The same services as the app's Settings dialog (``services.profile``) and its
letters (``services.request_letters``), so a profile set here signs what the
app exports and the other way round. ``unsigned_warning`` is what ``export
letter`` and ``export packet`` call: a page made without a profile is still
written, but the person is told, instead of finding an unsigned filing later.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import TYPE_CHECKING, Any

from casebook.cli.common import add_command, add_group, emit, existing_group, opened

if TYPE_CHECKING:
    from casebook.services.profile import AdvocateProfile
    from casebook.store.session import Store

# flag -> AdvocateProfile field, in the order the Settings dialog shows them
PROFILE_FLAGS = {
    "name": "your name as it is signed on filings and letters",
    "organisation": "the organisation on the letterhead",
    "address": "the postal address; lines separated by ';' (or newlines)",
    "phone": "the phone number on the letterhead",
    "email": "the e-mail address on the letterhead",
    "eoir_id": "your EOIR ID, as on your EOIR-28 (6 to 10 letters and digits)",
}
# `request recipients` flag -> the letter type whose address block it sets
RECIPIENT_FLAGS = {"records_officer": "request", "appeals_officer": "appeal"}


def register(sub: Any) -> None:
    """``profile`` as a new group; ``recipients`` into ``request`` (registered before this)."""
    group = add_group(sub, "profile", "the advocate profile that signs letters and covers")
    add_command(group, "show", _show, "show the advocate profile")
    c = add_command(
        group,
        "set",
        _set,
        "set the advocate profile; only the fields given change (give '' to clear one)",
    )
    for field, help_ in PROFILE_FLAGS.items():
        c.add_argument(f"--{field.replace('_', '-')}", dest=field, metavar="TEXT", help=help_)

    c = add_command(
        existing_group(sub, "request"),
        "recipients",
        _recipients,
        "show or set where FOIL request and appeal letters are addressed",
    )
    c.add_argument(
        "--agency",
        choices=("NYPD",),
        default="NYPD",
        help="whose addresses (only NYPD letters use stored addresses so far; default NYPD)",
    )
    c.add_argument(
        "--records-officer",
        metavar="ADDRESS",
        help="the address block of request letters, lines separated by ';' "
        "(give '' to go back to the default)",
    )
    c.add_argument(
        "--appeals-officer",
        metavar="ADDRESS",
        help="the address block of appeal letters, lines separated by ';' "
        "(give '' to go back to the default)",
    )


def unsigned_warning(store: Store, what: str) -> str | None:
    """The line to print on stderr when ``what`` goes out without a name to sign it."""
    from casebook.services.profile import get_profile

    if get_profile(store).name:
        return None
    return f"no advocate profile: {what}. Set one with `casebook profile set VAULT --name ...`."


def warn(message: str | None) -> None:
    """Print a warning on stderr (the output was still written)."""
    if message:
        print(f"casebook: warning: {message}", file=sys.stderr)


# -- profile ------------------------------------------------------------------------------------


def _show(args: argparse.Namespace) -> int:
    from casebook.services.profile import get_profile

    with opened(args) as store:
        profile = get_profile(store)
    emit(args, dataclasses.asdict(profile), lambda: _profile_human(profile))
    return 0


def _set(args: argparse.Namespace) -> int:
    from casebook.services.profile import get_profile, set_profile

    given = {f: getattr(args, f) for f in PROFILE_FLAGS if getattr(args, f) is not None}
    if not given:
        print(
            "casebook: nothing to set: give --name, --organisation, --address, --phone, "
            "--email or --eoir-id (see `casebook profile set --help`)",
            file=sys.stderr,
        )
        return 2
    if "address" in given:
        given["address"] = "\n".join(_lines(given["address"]))
    with opened(args) as store:
        current = get_profile(store)
        stored = set_profile(store, dataclasses.replace(current, **given))
    emit(args, dataclasses.asdict(stored), lambda: _profile_human(stored))
    return 0


def _profile_human(profile: AdvocateProfile) -> None:
    if not any(dataclasses.astuple(profile)):
        print("No advocate profile yet: letters and covers are unsigned.")
        print("Set one with `casebook profile set VAULT --name ... --organisation ...`.")
        return
    for field in PROFILE_FLAGS:
        value = getattr(profile, field) or "-"
        label = "EOIR ID" if field == "eoir_id" else field.replace("_", " ")
        lines = value.splitlines() or ["-"]
        print(f"{label:>13}: {lines[0]}")
        for line in lines[1:]:
            print(f"{'':>15}{line}")


# -- recipients ---------------------------------------------------------------------------------


def _recipients(args: argparse.Namespace) -> int:
    from casebook.services.request_letters import (
        DEFAULT_RECIPIENTS,
        get_recipients,
        set_recipients,
    )

    given = {
        kind: _lines(getattr(args, flag))
        for flag, kind in RECIPIENT_FLAGS.items()
        if getattr(args, flag) is not None
    }
    with opened(args) as store:
        current = get_recipients(store)
        if given:
            # Only what differs from the defaults is stored, so a corrected default
            # in a later version still reaches the blocks nobody changed.
            kept = {k: v for k, v in current.items() if v != DEFAULT_RECIPIENTS[k]}
            set_recipients(store, kept | given)
            current = get_recipients(store)
    data = {
        "agency": args.agency,
        **{flag: list(current[kind]) for flag, kind in RECIPIENT_FLAGS.items()},
        "defaults": [
            flag
            for flag, kind in RECIPIENT_FLAGS.items()
            if current[kind] == DEFAULT_RECIPIENTS[kind]
        ],
    }

    def human() -> None:
        for flag, kind in RECIPIENT_FLAGS.items():
            default = " (the default; check it before mailing)" if flag in data["defaults"] else ""
            print(f"{args.agency} {kind} letters go to{default}:")
            for line in current[kind]:
                print(f"    {line}")

    emit(args, data, human)
    return 0


def _lines(text: str) -> tuple[str, ...]:
    """An address typed on one line: ';' or a newline ends each line of the block."""
    return tuple(x.strip() for x in text.replace(";", "\n").splitlines() if x.strip())
