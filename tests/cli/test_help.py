"""Item 9 of issue 11: every option of every command says what it is for, and a usage error
is one line (exit 2) that points at ``--help``."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from casebook.cli import build_parser, main


def _commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ("casebook",)
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _commands(child, (*path, name))


# Options kept only to be refused with a reason (a secret on the command line), not offered.
REFUSED = {("casebook restore", "--recovery-key")}


def _undocumented() -> list[str]:
    missing = []
    for path, parser in _commands(build_parser()):
        if not parser.description:
            missing.append(" ".join(path) + " (the command itself)")
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                named = {a.dest for a in action._choices_actions if a.help}
                missing += [f"{' '.join(path)} {n}" for n in action.choices if n not in named]
                continue
            if any((" ".join(path), o) in REFUSED for o in action.option_strings):
                continue
            if not action.help or action.help == argparse.SUPPRESS:
                what = "/".join(action.option_strings) or action.metavar or action.dest
                missing.append(f"{' '.join(path)} {what}")
    return missing


def test_every_option_of_every_command_has_help_text() -> None:
    assert _undocumented() == []


def test_the_walk_sees_every_group_and_its_options() -> None:
    """The check above is only as good as the walk: it must reach nested subcommands."""
    paths = {" ".join(p) for p, _ in _commands(build_parser())}
    assert {"casebook client add", "casebook export packet", "casebook request recipients"} <= paths
    assert {"casebook profile set", "casebook recover"} <= paths


@pytest.mark.parametrize(
    "argv",
    [
        ["client", "add", "/tmp/nowhere"],  # --name missing
        ["client"],  # no subcommand
        ["frobnicate"],
        ["client", "list", "/tmp/nowhere", "--no-such-flag"],
        ["request", "recipients", "/tmp/nowhere", "--agency", "XYZ"],
    ],
)
def test_usage_error_is_one_line_and_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    out, err = capsys.readouterr()
    assert exc.value.code == 2 and out == ""
    assert err.startswith("casebook: ") and err.count("\n") == 1
    assert "--help" in err


def test_help_shows_the_option_texts(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["recover", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert exc.value.code == 0
    assert "--recovery-key-file" in out and "never taken from the command line" in out


def test_matter_add_help_names_each_option_and_what_it_takes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["matter", "add", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert exc.value.code == 0
    for option in ("--client", "--type", "--court", "--docket", "--judge", "--detained"):
        assert option in out
    assert "--status" in out and "--opened" in out and "--passphrase-file" in out
    assert "removal, bond, asylum" in out  # the kinds it takes, not just "T"
    assert "YYYY-MM-DD, MM/DD/YYYY, MM/DD/YY or YYYYMMDD" in out  # how to write --opened


def test_every_date_option_says_how_to_write_the_date() -> None:
    from casebook.cli.common import date_arg

    vague = [
        f"{' '.join(path)} {'/'.join(action.option_strings) or action.dest}"
        for path, parser in _commands(build_parser())
        for action in parser._actions
        if action.type is date_arg and "YYYY-MM-DD" not in (action.help or "")
    ]
    assert vague == []
