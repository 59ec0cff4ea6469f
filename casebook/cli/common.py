"""What every subcommand shares: the parser, argument types, passphrases and output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from casebook.domain.errors import CasebookError, ValidationError
from casebook.domain.typed_dates import DATE_HELP, parse_date, parse_datetime

if TYPE_CHECKING:
    from casebook.store.session import Store

PASSPHRASE_ENV = "CASEBOOK_PASSPHRASE"  # noqa: S105 (a variable name, not a secret)
Handler = Callable[[argparse.Namespace], int]


# Help for options many commands share, so each means the same everywhere; an option
# registered without ``help=`` gets its text from here (tests/cli/test_help.py checks
# that no option is left without one).
COMMON_HELP = {
    "vault": "the vault folder (e.g. ~/Clients.casebook)",
    "passphrase_file": f"read the passphrase from file F (else ${PASSPHRASE_ENV}, else a prompt)",
    "client": "the client's id, as `casebook client list` shows it",
    "matter": "the matter's id, as `casebook matter list` shows it",
    "document": "a document's id, as `casebook search` shows it (repeat for more)",
    "doc": "the document's id, as `casebook search` or `casebook inbox list` shows it",
    "output": "the file to write",
}


class Parser(argparse.ArgumentParser):
    """Usage errors exit 2 with one line naming the problem (CLI.md)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviations: `--recovery-key KEY` must not be read as `--recovery-key-file`
        # (and echo the key in the error), and scripts keep working when options are added.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        unknown = "unrecognized arguments: "
        if message.startswith(unknown):
            # argparse repeats every stray word; one may be a key or a client's name
            words = message.removeprefix(unknown).split()
            options = [w.split("=")[0] for w in words if w.startswith("-")]
            hidden = " (values not shown)" if " ".join(options) != " ".join(words) else ""
            message = f"{unknown}{' '.join(options) or 'extra values'}{hidden}"
        self.exit(2, f"casebook: {message} (see `{self.prog} --help`)\n")

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        action = super().add_argument(*args, **kwargs)
        if action.help is None:
            action.help = COMMON_HELP.get(action.dest)
        if action.type is date_arg and action.help and "YYYY" not in action.help:
            action.help += f" ({CLI_DATE_FORMS})"  # every date option says how to write it
        return action


def add_command(
    parent: Any, name: str, handler: Handler, help_: str, *, vault: bool = True, json_: bool = True
) -> argparse.ArgumentParser:
    """A subcommand of ``parent`` running ``handler``, with VAULT, --passphrase-file and --json."""
    c: argparse.ArgumentParser = parent.add_parser(name, help=help_, description=help_)
    if vault:
        c.add_argument("vault", type=Path, metavar="VAULT")
        c.add_argument("--passphrase-file", type=Path, metavar="F")
    if json_:
        c.add_argument(
            "--json", action="store_true", help="print the result as one JSON document on stdout"
        )
    c.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,  # leaves `casebook --debug CMD` alone
        help="show where an internal error happened (no data)",
    )
    c.set_defaults(handler=handler)
    return c


def add_group(sub: Any, name: str, help_: str) -> Any:
    """A command group such as ``client``; a missing subcommand is a one-line usage error."""
    group = sub.add_parser(name, help=help_, description=help_)
    return group.add_subparsers(
        dest=f"{name}_command",
        required=True,
        parser_class=Parser,
        metavar="COMMAND",
        help="one of the commands below",
    )


def existing_group(sub: Any, name: str) -> Any:
    """The subcommands of group ``name`` that another module registered, to add to them."""
    parser = sub.choices.get(name)
    if parser is not None:
        for action in parser._actions:  # argparse keeps subparsers among its actions
            if isinstance(action, argparse._SubParsersAction):
                return action
    raise LookupError(f"no command group {name!r} registered yet")


# -- argument types ---------------------------------------------------------------------------


CLI_DATE_FORMS = "YYYY-MM-DD, MM/DD/YYYY, MM/DD/YY or YYYYMMDD"
CLI_DATE_HELP = "Write the date as YYYY-MM-DD (also read: 11/20/2026, 11/20/26, 20261120)."
# Today for reading two-digit years (``11/20/26``); tests may replace it.
arg_today: Callable[[], date] = date.today


def date_arg(text: str) -> date:
    """YYYY-MM-DD, and the forms the app reads (11/20/2026, 11/20/26, 20261120)."""
    try:
        return parse_date(text, arg_today())
    except ValidationError as exc:
        message = exc.message.replace(DATE_HELP, CLI_DATE_HELP)
        raise argparse.ArgumentTypeError(f"{text!r}: {message}") from None


def datetime_arg(text: str) -> datetime:
    """A date and a time: "YYYY-MM-DD HH:MM", also "01/26/2027 9:30 AM" (typed_dates)."""
    try:
        return parse_datetime(text, arg_today())
    except ValidationError as exc:
        message = exc.message.replace(DATE_HELP, CLI_DATE_HELP)
        raise argparse.ArgumentTypeError(f"{text!r}: {message}") from None


def count_arg(text: str) -> int:
    if not text.isdigit() or int(text) > 1_000_000:
        raise argparse.ArgumentTypeError(f"{text!r} is not a count from 0 to 1000000")
    return int(text)


def id_arg(text: str) -> int:
    if not text.isdigit() or int(text) == 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a record id (a number)")
    return int(text)


# -- passphrases ------------------------------------------------------------------------------


def recovery_key_from(path: Path | None) -> str:
    """From the file, else a hidden prompt: never argv, which ``ps`` shows to every user."""
    if path is not None:
        return read_secret_file(path, "recovery key")
    if not sys.stdin.isatty():
        raise CasebookError(
            "No recovery key given: use --recovery-key-file K, or run in a terminal to type it."
        )
    key = getpass.getpass("Recovery key (from the emergency kit): ").strip()
    if not key:
        raise CasebookError("No recovery key typed; nothing was changed.")
    return key


def read_secret_file(path: Path, what: str) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise CasebookError(f"Could not read the {what} file {path}.") from None
    secret = text.rstrip("\r\n")
    if not secret:
        raise CasebookError(f"The {what} file {path} is empty.")
    return secret


def passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """From --passphrase-file, else CASEBOOK_PASSPHRASE, else a hidden prompt."""
    if args.passphrase_file is not None:
        return read_secret_file(args.passphrase_file, "passphrase")
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


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Store]:
    from casebook.services import vaults

    store = vaults.open_store(args.vault, passphrase(args))
    if store.vault.read_only:
        from casebook.vault.faults import READ_ONLY_NOTICE

        print(f"casebook: {READ_ONLY_NOTICE}", file=sys.stderr)
    try:
        yield store
    finally:
        store.close()


def emit(args: argparse.Namespace, data: Any, human: Callable[[], None]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        human()
