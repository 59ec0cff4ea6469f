"""``export summary`` and ``export packet`` (``export letter`` is registered by request_commands).

Contract: shared/CLI.md. Extra flags beyond it, on ``export summary``:
``--for-sharing`` (redacts the A-number to its last 3 digits, the address
and the phone) and ``--redact FIELDS`` (a comma list of a-number, address,
phone, email, dob, nysid; implies sharing), ``--language en|es`` (the summary
written in Spanish for the client; English by default, whatever ``LANG`` says,
as for every file casebook writes). On ``export packet``: ``--title``,
``--brief DOC``, ``--brief-title``, ``--translation DOC=ORIGINAL`` (repeatable:
the translation and the foreign-language original it renders share one tab;
a bare ``--translation DOC``, like a document marked as a translation, is
refused until paired), ``--not-translation DOC``, ``--exhibit-date DOC=DATE``,
``--exhibit-source DOC=TEXT``, ``--translator``, ``--translator-address``,
``--translator-phone``, ``--translated-from``, ``--service-method
ecas/mail/hand``, ``--service-address``, ``--served DATE``, ``--court``.

The ``export`` group is shared: whichever module registers first creates it
and the other adds to it (see ``export_group``).
"""

from __future__ import annotations

import argparse
import sys
import threading
from datetime import date
from pathlib import Path
from typing import Any

from casebook.cli.common import add_command, add_group, date_arg, emit, id_arg, opened

PACKET_OUTPUT_HELP = (
    "where the evidence goes: a folder gets the ECAS name Lastname_A123456789_Evidence.pdf; "
    "a file name is used as given. A brief (--brief) is a separate filing (ECAS: never "
    "combined with evidence), written beside it with _Evidence replaced by _Brief (else "
    "_Brief added): Lastname_A123456789_Brief.pdf. Over 25 MB either is split into "
    "..._Part1.pdf, ..._Part2.pdf"
)


def export_group(sub: Any) -> Any:
    """The subcommands of ``export``, created here unless another module made them first."""
    parser = sub.choices.get("export")
    if parser is not None:
        for action in parser._actions:  # argparse keeps subparsers among its actions
            if isinstance(action, argparse._SubParsersAction):
                return action
    return add_group(sub, "export", "PDF exports: letters, client summaries, filing packets")


def register(sub: Any) -> None:
    group = export_group(sub)
    c = add_command(group, "summary", _summary, "client summary PDF")
    c.add_argument("--client", type=id_arg, required=True, metavar="ID")
    c.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    c.add_argument(
        "--for-sharing",
        action="store_true",
        help="redact the A-number (last 3 digits kept), address and phone",
    )
    c.add_argument(
        "--redact",
        metavar="FIELDS",
        help="comma list of a-number,address,phone,email,dob,nysid to redact",
    )
    c.add_argument(
        "--language",
        choices=("en", "es"),
        default="en",
        help="the summary's language: en (default) or es, Spanish for the client to read",
    )
    c = add_command(group, "packet", _packet, "immigration-court filing packet")
    c.add_argument("--client", type=id_arg, required=True, metavar="ID")
    c.add_argument("--matter", type=id_arg, metavar="ID")
    c.add_argument(
        "--exhibit",
        type=id_arg,
        action="append",
        required=True,
        metavar="DOC",
        help="a document to file as the next exhibit (repeat, in order)",
    )
    c.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.pdf", help=PACKET_OUTPUT_HELP
    )
    c.add_argument(
        "--describe",
        type=_pair(str),
        action="append",
        default=[],
        metavar="DOC=TEXT",
        help="the exhibit's description in the table of contents and on its tab "
        "(default: the document's title)",
    )
    c.add_argument(
        "--exhibit-date",
        type=_pair(_optional_date),
        action="append",
        default=[],
        metavar="DOC=DATE",
        help="the exhibit's date in the table of contents (default: the document's date; "
        "DOC= for none)",
    )
    c.add_argument(
        "--exhibit-source",
        type=_pair(str),
        action="append",
        default=[],
        metavar="DOC=TEXT",
        help="who issued the exhibit, for the table of contents (e.g. 'NYPD')",
    )
    c.add_argument("--title", default="", help="the filing's title on the cover page")
    c.add_argument("--brief", type=id_arg, metavar="DOC", help="a brief, filed as its own file")
    c.add_argument("--brief-title", default="", help="the title on the brief's cover page")
    c.add_argument(
        "--translation",
        type=_translation_arg,
        action="append",
        default=[],
        metavar="DOC=ORIGINAL",
        help="an exhibit that is an English translation, and the foreign-language original "
        "it renders: one tab holds the translation, the certificate of translation and the "
        "original (8 CFR 1003.33); a translation with no original is refused (repeat)",
    )
    c.add_argument(
        "--not-translation",
        type=id_arg,
        action="append",
        default=[],
        metavar="DOC",
        help="file a document marked as a translation in the vault as an ordinary exhibit",
    )
    c.add_argument(
        "--translator", default="", metavar="NAME", help="who translated, for the certificate"
    )
    c.add_argument(
        "--translator-address", default="", metavar="TEXT", help="the translator's address"
    )
    c.add_argument(
        "--translator-phone", default="", metavar="TEXT", help="the translator's phone number"
    )
    c.add_argument(
        "--translated-from", default="", metavar="LANGUAGE", help="the language translated from"
    )
    c.add_argument(
        "--service-method",
        choices=("ecas", "mail", "hand"),
        default="ecas",
        help="how DHS is served, for the certificate of service (default ecas)",
    )
    c.add_argument(
        "--service-address",
        default="",
        metavar="TEXT",
        help="where DHS was served (needed for mail or hand)",
    )
    c.add_argument("--served", type=date_arg, metavar="DATE", help="date of service (today)")
    c.add_argument("--court", default="", metavar="CITY", help="e.g. 'New York, New York'")


def _pair(value_type: Any) -> Any:
    """``DOC=VALUE`` as (document id, value)."""

    def parse(text: str) -> tuple[int, Any]:
        doc, sep, value = text.partition("=")
        if not sep:
            raise argparse.ArgumentTypeError(f"{text!r}: give DOC=VALUE, e.g. 12=Birth certificate")
        return id_arg(doc.strip()), value_type(value.strip())

    return parse


def _optional_date(text: str) -> date | None:
    return date_arg(text) if text else None


def _translation_arg(text: str) -> tuple[int, int | None]:
    """``DOC=ORIGINAL`` (a pair), or a bare ``DOC`` (refused later, with the reason)."""
    doc, sep, original = text.partition("=")
    return id_arg(doc.strip()), id_arg(original.strip()) if sep else None


def _summary(args: argparse.Namespace) -> int:
    from casebook.services.summary import FOR_SHARING, export_summary, parse_redactions

    redact = parse_redactions(args.redact) if args.redact else frozenset()
    if args.for_sharing and not redact:
        redact = FOR_SHARING
    from casebook.ui.summary_words import summary_words

    words = summary_words(args.language)  # before the vault opens: a missing catalogue says so
    with opened(args) as store:
        result = export_summary(
            store, args.client, args.output, today=date.today(), redact=redact, words=words
        )
    emit(
        args,
        result.to_json(),
        lambda: print(
            f"Wrote {result.path}"
            + (f" (redacted: {', '.join(result.redacted)})" if result.redacted else "")
        ),
    )
    return 0


def _packet(args: argparse.Namespace) -> int:
    from casebook.cli.profile_commands import unsigned_warning
    from casebook.export.packet_pages import Translation
    from casebook.services.packet import PacketRequest, export_packet

    request = PacketRequest(
        client_id=args.client,
        exhibit_ids=tuple(args.exhibit),
        matter_id=args.matter,
        title=args.title,
        brief_id=args.brief,
        brief_title=args.brief_title,
        translations=tuple(doc for doc, _ in args.translation),
        originals=tuple((doc, o) for doc, o in args.translation if o is not None),
        not_translations=tuple(args.not_translation),
        descriptions=tuple(args.describe),
        dates=tuple(args.exhibit_date),
        sources=tuple(args.exhibit_source),
        translator=Translation(
            args.translator, args.translator_address, args.translator_phone, args.translated_from
        ),
        service_method=args.service_method,
        service_address=args.service_address,
        served_on=args.served,
        court=args.court,
    )
    show = not args.json and sys.stderr.isatty()

    def progress(done: int, total: int, what: str) -> None:
        if show:
            print(f"\r{what[:60]:<60}", end="", file=sys.stderr, flush=True)

    with opened(args) as store:
        result = export_packet(
            store,
            request,
            args.output,
            today=date.today(),
            progress=progress,
            cancel=threading.Event(),
        )
        unsigned = unsigned_warning(store, "the cover and the certificate of service are unsigned")
    if show:
        print(file=sys.stderr)
    for warning in (*result.warnings, *([unsigned] if unsigned else [])):
        print(f"casebook: warning: {warning}", file=sys.stderr)

    def human() -> None:
        kinds = result.kinds or ("evidence",) * len(result.paths)
        for path, size, kind in zip(result.paths, result.sizes, kinds, strict=True):
            print(f"Wrote {path} ({kind}, {size / 1e6:.1f} MB)")
        print(f"Evidence, {result.page_count} pages:")
        for p in result.placements:
            tab = f"Tab {p.tab}" if p.tab else ""
            print(f"  {tab:<7} {p.description[:60]:<60} {_pages(p.first_page, p.last_page):>9}")
            for what, first, last in p.parts:
                print(f"          {what[:58]:<58} {_pages(first, last):>9}")

    emit(args, result.to_json(), human)
    return 0


def _pages(first: int, last: int) -> str:
    return f"{first}" if first == last else f"{first}-{last}"
