"""The ``casebook`` command: the desktop app's launcher and its headless twin.

Contract: ../shared/CLI.md. Failures print one line on stderr and exit 1
(2 for usage); nothing here prints a traceback, client data or a secret.
Qt is imported only when the desktop app is asked for.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from casebook import __version__
from casebook.domain.errors import CasebookError

PASSPHRASE_ENV = "CASEBOOK_PASSPHRASE"  # noqa: S105 (a variable name, not a secret)


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"casebook: {message}\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    try:
        if args.version:
            print(f"casebook {__version__}")
            return 0
        if handler is None:
            return _run_app(demo=args.demo)
        return handler(args)
    except CasebookError as exc:
        _fail(exc.message)
    except UsageError as exc:
        print(f"casebook: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("casebook: interrupted; nothing was left half-done.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # a bug: say so without leaking data
        if args.debug:
            frames = traceback.extract_tb(exc.__traceback__)
            for frame in frames:
                print(f"  {frame.filename}:{frame.lineno} in {frame.name}", file=sys.stderr)
        _fail(
            f"internal error ({type(exc).__name__}); this is a bug in casebook. "
            "Run again with --debug to see where it happened."
        )
    return 1


def _fail(message: str) -> NoReturn:
    print(f"casebook: {message}", file=sys.stderr)
    sys.exit(1)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="casebook", description="Offline, encrypted case files.")
    p.add_argument("--version", action="store_true", help="print the version")
    p.add_argument(
        "--demo", action="store_true", help="open a throwaway vault of fictional clients"
    )
    p.add_argument("--debug", action="store_true", help="show where an internal error happened")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    def command(
        name: str,
        handler: Callable[[argparse.Namespace], int],
        help_: str,
        parent: Any = sub,
        vault: bool = True,
        json_: bool = True,
    ) -> argparse.ArgumentParser:
        c: argparse.ArgumentParser = parent.add_parser(name, help=help_, description=help_)
        if vault:
            c.add_argument("vault", type=Path, metavar="VAULT")
            c.add_argument("--passphrase-file", type=Path, metavar="F")
        if json_:
            c.add_argument("--json", action="store_true", help="print one JSON document")
        c.add_argument("--debug", action="store_true", default=argparse.SUPPRESS)
        c.set_defaults(handler=handler)
        return c

    command("init", _init, "create a vault and print its recovery key once")
    c = command("passwd", _passwd, "change the passphrase", json_=False)
    c.add_argument("--new-passphrase-file", type=Path, required=True, metavar="F")
    c = command("recover", _recover, "set a new passphrase with the recovery key", json_=False)
    c.add_argument("--recovery-key", required=True, metavar="KEY")
    c.add_argument("--new-passphrase-file", type=Path, required=True, metavar="F")
    c = command("check", _check, "verify the header, database and audit trail")
    c.add_argument("--deep", action="store_true", help="also decrypt and verify every document")
    c = command("demo", _demo, "fill a vault with fictional clients")
    c.add_argument("--clients", type=_count, default=50, metavar="N")

    client = sub.add_parser("client", help="add, list and show clients")
    client_sub = client.add_subparsers(dest="client_command", required=True, parser_class=_Parser)
    c = command("add", _client_add, "add a client", parent=client_sub)
    c.add_argument("--name", required=True)
    c.add_argument("--alias", action="append", default=[], metavar="A")
    c.add_argument("--dob", type=_date, metavar="DATE")
    c.add_argument("--a-number", default="", metavar="N")
    c.add_argument("--nysid", default="", metavar="N")
    c.add_argument("--country", default="", metavar="C")
    c.add_argument("--language", action="append", default=[], metavar="L")
    c.add_argument(
        "--allow-duplicate",
        action="store_true",
        help="add even if the client looks like one already in the vault",
    )
    c = command("list", _client_list, "list clients", parent=client_sub)
    c.add_argument("--trash", action="store_true", help="list clients in the trash")
    c = command("show", _client_show, "show one client", parent=client_sub)
    c.add_argument("id", type=_record_id, metavar="ID")
    return p


# -- argument types ---------------------------------------------------------------------------


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write YYYY-MM-DD") from None


def _count(text: str) -> int:
    if not text.isdigit() or int(text) > 1_000_000:
        raise argparse.ArgumentTypeError(f"{text!r} is not a count from 0 to 1000000")
    return int(text)


def _record_id(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a record id (a number)")
    return int(text)


# -- passphrases ------------------------------------------------------------------------------


def _read_secret_file(path: Path, what: str) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise CasebookError(f"Could not read the {what} file {path}.") from None
    secret = text.rstrip("\r\n")
    if not secret:
        raise CasebookError(f"The {what} file {path} is empty.")
    return secret


def _passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    if args.passphrase_file is not None:
        return _read_secret_file(args.passphrase_file, "passphrase")
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise CasebookError(
            f"No passphrase given: use --passphrase-file or {PASSPHRASE_ENV}, or run in a terminal."
        )
    secret = getpass.getpass("Vault passphrase: ")
    if confirm and getpass.getpass("Repeat the passphrase: ") != secret:
        raise CasebookError("The two passphrases differ; nothing was created.")
    return secret


def _emit(args: argparse.Namespace, data: Any, human: Callable[[], None]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        human()


# -- commands ---------------------------------------------------------------------------------


def _init(args: argparse.Namespace) -> int:
    from casebook.services import vaults

    recovery_key = vaults.create(args.vault, _passphrase(args, confirm=True))

    def human() -> None:
        print(f"Created the vault {args.vault}.")
        print(
            "Recovery key (shown only now; print it or write it down, keep it apart from "
            "the laptop):"
        )
        print(f"    {recovery_key}")

    _emit(args, {"recovery_key": recovery_key}, human)
    return 0


def _passwd(args: argparse.Namespace) -> int:
    from casebook.services import vaults

    new = _read_secret_file(args.new_passphrase_file, "new passphrase")
    vaults.change_passphrase(args.vault, _passphrase(args), new)
    print("Passphrase changed. The recovery key is unchanged.")
    return 0


def _recover(args: argparse.Namespace) -> int:
    from casebook.services import vaults

    new = _read_secret_file(args.new_passphrase_file, "new passphrase")
    vaults.recover(args.vault, args.recovery_key, new)
    print("New passphrase set. The recovery key stays the same; keep it safe.")
    return 0


def _open(args: argparse.Namespace) -> Any:
    from casebook.services import vaults

    return vaults.open_store(args.vault, _passphrase(args))


def _check(args: argparse.Namespace) -> int:
    from casebook.services.checks import check_store

    store = _open(args)
    try:
        report = check_store(store, deep=args.deep)
    finally:
        store.close()

    def human() -> None:
        for line in report.repaired:
            print(f"repaired: {line}")
        for line in report.problems:
            print(f"PROBLEM: {line}")
        if report.ok:
            deep = f"; {report.blobs_checked} document(s) verified" if args.deep else ""
            print(f"The vault is intact{deep}.")

    _emit(args, report.to_json(), human)
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

    store = _open(args)
    try:
        summary = fill_demo(store, clients=args.clients)
    finally:
        store.close()
    _emit(
        args,
        summary.to_json(),
        lambda: print(
            f"Added {summary.clients} fictional clients, {summary.matters} matters, "
            f"{summary.hearings} hearings and {summary.requests} record requests."
        ),
    )
    return 0


def _client_add(args: argparse.Namespace) -> int:
    from casebook.domain.clients import ClientDraft
    from casebook.services.clients import add_client

    draft = ClientDraft(
        name=args.name,
        aliases=tuple(args.alias),
        dob=args.dob,
        a_number=args.a_number,
        nysid=args.nysid,
        country_of_birth=args.country,
        languages=tuple(args.language),
    )
    store = _open(args)
    try:
        client_id = add_client(
            store, draft, today=date.today(), allow_duplicate=args.allow_duplicate
        )
    finally:
        store.close()
    _emit(args, {"id": str(client_id)}, lambda: print(f"Added client #{client_id}."))
    return 0


def _client_list(args: argparse.Namespace) -> int:
    from casebook.services.clients import list_clients

    store = _open(args)
    try:
        clients = list_clients(store, trash=args.trash)
    finally:
        store.close()

    def human() -> None:
        if not clients:
            print("No clients." if not args.trash else "The trash is empty.")
        for c in clients:
            dob = c.dob.isoformat() if c.dob else "-"
            print(f"{c.id:>6}  {c.name:<40}  {dob:<10}  {c.a_number}")

    _emit(args, [c.to_json() for c in clients], human)
    return 0


def _client_show(args: argparse.Namespace) -> int:
    from casebook.services.clients import show_client

    store = _open(args)
    try:
        detail = show_client(store, args.id)
    finally:
        store.close()

    def human() -> None:
        data = detail.to_json()
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

    _emit(args, detail.to_json(), human)
    return 0


def _run_app(*, demo: bool) -> int:
    from casebook.app import run

    return run(demo=demo)


if __name__ == "__main__":
    sys.exit(main())
