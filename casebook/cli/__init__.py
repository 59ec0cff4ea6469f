"""The ``casebook`` command: the desktop app's launcher and its headless twin.

Contract: ../shared/CLI.md. Failures print one line on stderr and exit 1
(2 for usage); nothing here prints a traceback, client data or a secret.
Qt is imported only when the desktop app is asked for.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, NoReturn

from casebook import __version__
from casebook.domain.errors import CasebookError

if TYPE_CHECKING:
    import argparse

    from casebook.cli.common import Handler

# ``casebook`` alone (or with these) opens the desktop app: no parser is built and
# no command module imported, so the start window paints sooner (issue 14).
_APP_FLAGS = frozenset({"--demo", "--debug"})


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(os, "umask"):
        os.umask(0o077)  # whatever casebook writes, exports included, is the user's alone
    words = list(sys.argv[1:] if argv is None else argv)
    if set(words) <= _APP_FLAGS:
        return _guarded(lambda: _open_app(demo="--demo" in words), debug="--debug" in words)
    args = build_parser().parse_args(words)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is not None:
        _route_diagnostics(debug=args.debug)

    def act() -> int:
        if args.version:
            print(f"casebook {__version__}")
            return 0
        if handler is None:
            return _open_app(demo=args.demo)
        return handler(args)

    return _guarded(act, debug=args.debug)


def _open_app(*, demo: bool) -> int:
    from casebook.app import run

    return run(demo=demo)


def _guarded(act: Callable[[], int], *, debug: bool) -> int:
    """Run ``act``; a failure becomes one line on stderr, never a traceback or data."""
    try:
        return act()
    except CasebookError as exc:
        _fail(exc.message)
    except KeyboardInterrupt:
        print("casebook: interrupted; nothing was left half-done.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # a bug: say so without leaking data
        if debug:
            for frame in traceback.extract_tb(exc.__traceback__):
                print(f"  {frame.filename}:{frame.lineno} in {frame.name}", file=sys.stderr)
        _fail(
            f"internal error ({type(exc).__name__}); this is a bug in casebook. "
            "Run again with --debug to see where it happened."
        )


_ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


class _DataFreeFormatter(logging.Formatter):
    """Where an exception happened, never its message: that may quote a file's contents."""

    def formatException(self, ei: _ExcInfo) -> str:
        kind, _, tb = ei
        frames = traceback.extract_tb(tb)
        lines = [f"  {frame.filename}:{frame.lineno} in {frame.name}" for frame in frames]
        return "\n".join([*lines, f"  {kind.__name__ if kind else 'no exception'}"])


def _route_diagnostics(*, debug: bool) -> None:
    """Keep library chatter (Pillow's EXIF warnings, casebook's own diagnostics) off stderr.

    A command's stderr is its one-line verdict; the per-file reasons are in its
    output already. With ``--debug`` the diagnostics show, without data.
    Logging someone else configured (a test runner, a host program) is theirs.
    """
    root = logging.getLogger()
    if root.handlers:
        return
    logging.captureWarnings(True)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_DataFreeFormatter("casebook: debug: %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.WARNING if debug else logging.CRITICAL)


def _fail(message: str) -> NoReturn:
    print(f"casebook: {message}", file=sys.stderr)
    sys.exit(1)


def build_parser() -> argparse.ArgumentParser:
    from casebook.cli import (
        archive_commands,
        calendar_commands,
        client_commands,
        conviction_commands,
        deadline_commands,
        document_commands,
        export_commands,
        identity_commands,
        matter_commands,
        office_commands,
        profile_commands,
        request_commands,
        sync_commands,
        vault_commands,
    )
    from casebook.cli.common import Parser

    p = Parser(prog="casebook", description="Offline, encrypted case files.")
    p.add_argument("--version", action="store_true", help="print the version")
    p.add_argument(
        "--demo", action="store_true", help="open a throwaway vault of fictional clients"
    )
    p.add_argument(
        "--debug", action="store_true", help="show where an internal error happened (no data)"
    )
    sub = p.add_subparsers(
        dest="command", parser_class=Parser, metavar="COMMAND", help="one of the commands below"
    )
    vault_commands.register(sub)
    client_commands.register(sub)
    matter_commands.register(sub)
    deadline_commands.register(sub)
    document_commands.register(sub)
    request_commands.register(sub)
    conviction_commands.register(sub)
    profile_commands.register(sub)  # after request: adds `request recipients`
    export_commands.register(sub)
    calendar_commands.register(sub)  # after export: adds `export calendar`
    archive_commands.register(sub)
    identity_commands.register(sub)
    office_commands.register(sub)
    sync_commands.register(sub)  # after client: adds `client wall|unwall`
    return p
