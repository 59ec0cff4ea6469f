"""``request``, ``incident``, ``arrest``, ``report aggregate`` and ``export letter``.

Contract: shared/CLI.md. Extra flags beyond it: the NYPD form fields and
``--sent``/``--sent-via``/``--document`` on ``request add``; ``--extended-on``,
``--reason``, ``--article78``, ``--number`` and ``--document`` on ``request
update``; ``--fee-limit`` on ``export letter``;
``--arrest`` on ``incident add``; ``arrest list``; ``--since``/``--until``
on ``report aggregate``; ``--text`` on ``export letter``.

``--promised DATE`` and ``--extended DATE`` are dates the agency set for
itself and may lie in the future; every other date is of something that
happened and may not. Each ``--extended`` adds one extension (with
``--extended-on``, the date of the agency's letter, and ``--reason``); all
are kept, and the second and later are flagged (COOG FOIL-AO-19644).

An appeal letter past the 30 days to appeal says nothing of being in time;
``export letter`` warns on stderr (and in ``warnings`` with ``--json``).

``export letter`` writes only the PDF asked for (DESIGN.md: exports write
only the file the user asked for). ``--text`` also prints the letter as plain
text on stdout, to paste into an e-mail or the OpenRecords form and edit;
with ``--json`` the text is in the ``text`` field.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from casebook.cli.common import add_command, add_group, date_arg, emit, id_arg, opened
from casebook.domain.vocabulary import Law, SealedUnder

OUTCOMES = ("granted", "partial", "denied")
AGENCIES = ("NYPD", "DCJS", "DOC", "ICE", "OTHER")
KINDS = ("FOIL", "FOIA", "unsealing")
INCIDENT_KINDS = (
    "detainer",
    "notification",
    "record-shared",
    "ice-at-precinct",
    "ice-at-court",
    "joint-operation",
    "other",
)
LAWS = tuple(law.value for law in Law)  # admin-code-14-154 ... cpl-160.59 (CLI.md)
BOROUGHS = ("Manhattan", "Bronx", "Brooklyn", "Queens", "Staten Island")
_REQUEST_ID = "the request's id, as `request list` shows it"
_UPDATE_DATES = {
    "received": "the day the agency received it",
    "acknowledged": "the day the agency acknowledged it",
    "promised": "the date the agency gave for its answer when it acknowledged the request "
    "(may lie in the future)",
    "extended": "adds an extension: the new date the agency set (may lie in the future; "
    "each extension is kept)",
    "determined": "the day of the determination (give --outcome too)",
    "appealed": "the day the appeal was filed",
}


def register(sub: Any) -> None:
    group = add_group(sub, "request", "record requests (FOIL, FOIA, unsealing) and their clocks")
    c = add_command(group, "add", _request_add, "add a record request")
    c.add_argument("--client", type=id_arg, metavar="ID")
    c.add_argument("--agency", choices=AGENCIES, default="NYPD", help="the agency asked (NYPD)")
    c.add_argument("--kind", choices=KINDS, default="FOIL", help="the kind of request (FOIL)")
    c.add_argument(
        "--received",
        type=date_arg,
        required=True,
        metavar="DATE",
        help="the day the agency received it (its clock starts here)",
    )
    c.add_argument("--records", required=True, metavar="TEXT", help="the records asked for")
    c.add_argument("--number", default="", metavar="N", help="e.g. FOIL-2025-056-01234")
    c.add_argument("--sent", type=date_arg, metavar="DATE", help="the day it was sent")
    c.add_argument("--sent-via", default="", metavar="HOW", help="OpenRecords, email, mail, ...")
    c.add_argument("--arrest-number", default="", metavar="N", help="the NYPD arrest number")
    c.add_argument(
        "--complaint-number", default="", metavar="N", help="the complaint report number"
    )
    c.add_argument("--nysid", default="", metavar="N", help="the subject's NYSID number")
    c.add_argument("--precinct", default="", metavar="N", help="the precinct (a number)")
    c.add_argument("--incident-date", type=date_arg, metavar="DATE", help="the day of the incident")
    c.add_argument(
        "--incident-time",
        default="",
        metavar="HH:MM",
        help="the time of the incident, as written on the paper (e.g. 23:40)",
    )
    c.add_argument(
        "--incident-type", default="", metavar="TEXT", help="e.g. arrest, stop, vehicle collision"
    )
    c.add_argument("--body-camera", action="store_true", help="ask for body-worn camera footage")
    c.add_argument("--document", type=id_arg, action="append", default=[], metavar="DOC")

    c = add_command(group, "update", _request_update, "record what happened to a request")
    c.add_argument("id", type=id_arg, metavar="ID", help=_REQUEST_ID)
    for name, help_ in _UPDATE_DATES.items():
        c.add_argument(f"--{name}", type=date_arg, metavar="DATE", help=help_)
    c.add_argument(
        "--extended-on",
        type=date_arg,
        metavar="DATE",
        help="with --extended: the date of the agency's extension letter",
    )
    c.add_argument("--reason", metavar="TEXT", help="with --extended: the reason the agency gave")
    c.add_argument("--outcome", choices=OUTCOMES, help="what the determination gave")
    c.add_argument(
        "--appeal-decided", type=date_arg, metavar="DATE", help="the day the appeal was decided"
    )
    c.add_argument("--appeal-outcome", choices=OUTCOMES, help="what the appeal decision gave")
    c.add_argument("--article78", type=date_arg, metavar="DATE", help="Article 78 petition filed")
    c.add_argument("--number", metavar="N", help="the agency's request number")
    c.add_argument("--document", type=id_arg, action="append", default=[], metavar="DOC")

    c = add_command(group, "show", _request_show, "show a request with its statutory due dates")
    c.add_argument("id", type=id_arg, metavar="ID", help=_REQUEST_ID)
    c = add_command(group, "list", _request_list, "list requests")
    c.add_argument(
        "--due",
        action="store_true",
        help="only what is overdue or due within --within days (the lines the full list marks)",
    )
    c.add_argument(
        "--within",
        type=_days_arg,
        default=7,
        metavar="DAYS",
        help="what counts as due soon, in days from today (default 7)",
    )
    c.add_argument("--client", type=id_arg, metavar="ID")

    group = add_group(sub, "incident", "the NYPD-ICE information-sharing incident log")
    c = add_command(group, "add", _incident_add, "log an incident")
    c.add_argument(
        "--date", type=date_arg, required=True, metavar="DATE", help="the day it happened"
    )
    c.add_argument(
        "--kind", choices=INCIDENT_KINDS, required=True, help="what happened: %(choices)s"
    )
    c.add_argument("--precinct", default="", metavar="N", help="the precinct (a number)")
    c.add_argument("--borough", choices=BOROUGHS, metavar="B", help="one of %(choices)s")
    c.add_argument("--place", default="", metavar="TEXT", help="where, e.g. a courthouse")
    c.add_argument(
        "--law",
        choices=LAWS,
        action="append",
        default=[],
        metavar="L",
        help="a law it may have broken, one of %(choices)s (repeat for more)",
    )
    c.add_argument("--client", type=id_arg, metavar="ID")
    c.add_argument("--arrest", type=id_arg, metavar="ID", help="the client's arrest involved")
    c.add_argument("--document", type=id_arg, action="append", default=[], metavar="DOC")
    c.add_argument("--narrative", default="", metavar="TEXT", help="what happened, in words")
    c = add_command(group, "list", _incident_list, "list incidents")
    c.add_argument("--client", type=id_arg, metavar="ID")

    group = add_group(sub, "arrest", "a client's arrests and their sealing")
    c = add_command(group, "add", _arrest_add, "record an arrest")
    c.add_argument("--client", type=id_arg, required=True, metavar="ID")
    c.add_argument(
        "--date", type=date_arg, required=True, metavar="DATE", help="the day of the arrest"
    )
    c.add_argument("--precinct", default="", metavar="N", help="the precinct (a number)")
    c.add_argument("--arrest-number", default="", metavar="N", help="the NYPD arrest number")
    c.add_argument("--charges", default="", metavar="TEXT", help="the charges, in words")
    c.add_argument("--disposition", default="", metavar="TEXT", help="how the case ended, in words")
    c.add_argument(
        "--sealed",
        choices=tuple(s.value for s in SealedUnder),
        help="sealed under this law: %(choices)s (CPL 160.55 leaves the court's own file open)",
    )
    c.add_argument(
        "--pending",
        action="store_true",
        help="the charge is still open (a pending New York charge blocks Clean Slate sealing)",
    )
    c = add_command(group, "list", _arrest_list, "list a client's arrests")
    c.add_argument("--client", type=id_arg, required=True, metavar="ID")

    group = add_group(sub, "report", "anonymised reports for advocacy")
    c = add_command(group, "aggregate", _report_aggregate, "anonymised counts of incidents")
    c.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    c.add_argument("--csv", type=Path, metavar="OUT.csv", help="also write the counts as CSV")
    c.add_argument(
        "--threshold",
        type=int,
        default=5,
        metavar="N",
        help="hide every count below N (and what would reveal it), so no small group "
        "can be singled out; 3 to 1000 (default 5)",
    )
    c.add_argument("--since", type=date_arg, metavar="DATE", help="only incidents from DATE on")
    c.add_argument("--until", type=date_arg, metavar="DATE", help="only incidents up to DATE")
    c.add_argument(
        "--office",
        action="store_true",
        help="every incident the office shares (as synced here), not only this vault's own",
    )

    group = _existing_group(sub, "export") or add_group(
        sub, "export", "PDF exports: letters, client summaries, filing packets"
    )
    c = add_command(group, "letter", _export_letter, "FOIL request or appeal letter")
    c.add_argument("--request", type=id_arg, required=True, metavar="ID", help=_REQUEST_ID)
    c.add_argument(
        "--type", choices=("request", "appeal"), required=True, help="which letter to write"
    )
    c.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    c.add_argument("--text", action="store_true", help="also print the letter as plain text")
    c.add_argument(
        "--fee-limit",
        type=_days_arg,
        default=25,
        metavar="DOLLARS",
        help="request letter: ask to be told before copying fees exceed this (default 25)",
    )
    c.add_argument(
        "--reasons",
        default="",
        metavar="TEXT",
        help="appeal of a written denial: why the denial should be reversed",
    )


def _existing_group(sub: Any, name: str) -> Any:
    """The subcommands of group ``name`` if another module registered it already.

    ``export`` is shared with ``export summary`` and ``export packet``; argparse
    refuses a second parser of the same name.
    """
    parser = sub.choices.get(name)
    if parser is None:
        return None
    for action in parser._actions:  # argparse keeps subparsers among its actions
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


# -- requests -----------------------------------------------------------------------------------


_EVENT_LABELS = (
    ("sent", "Sent"),
    ("received", "Received by the agency"),
    ("acknowledged", "Acknowledged"),
    ("promised", "Answer promised for"),
    ("determined", "Decided"),
    ("appealed", "Appeal received"),
    ("appeal_decided", "Appeal decided"),
    ("article78_filed", "Article 78 petition filed"),
)
_DUE_LABELS = (
    ("acknowledgement_due", "Acknowledgement due"),
    ("determination_due", "Determination due"),
    ("appeal_by", "Last day to appeal"),
    ("appeal_determination_due", "Appeal decision due"),
    ("article78_by", "Last day for Article 78"),
)


def _days_arg(text: str) -> int:
    """A number of days, 0 or more (argparse turns the ValueError into a usage error)."""
    days = int(text)
    if days < 0:
        raise ValueError(text)
    return days


def today() -> date:
    """The day the statutory clocks are read for; tests replace it (no test uses the real date)."""
    return date.today()


def _day(text: str) -> str:
    from casebook.domain.deadline_phrases import format_date

    return format_date(date.fromisoformat(text))


def _request_human(info: Any) -> None:
    """``request show``: every date in words and one form, the stage, then the next step."""
    from casebook.services.request_words import outcome_label, stage_text

    data = info.to_json()
    who = f" for {info.client_name}" if info.client_name else ""
    print(f"Request {info.id}: {info.name}{who}")
    width = 26
    for key, label in _EVENT_LABELS:
        if data[key]:
            outcome = data["outcome"] if key == "determined" else None
            outcome = data["appeal_outcome"] if key == "appeal_decided" else outcome
            extra = f" ({outcome_label(outcome).lower()})" if outcome else ""
            print(f"{label:>{width}}: {_day(data[key])}{extra}")
    for number, x in enumerate(data["extensions"], start=1):
        letter = f", letter of {_day(x['written_on'])}" if x["written_on"] else ""
        reason = f": {x['reason']}" if x["reason"] else ""
        repeated = (
            " (repeated: no provision permits repeated delays, COOG FOIL-AO-19644)"
            if x["repeated"]
            else ""
        )
        print(f"{f'Extension {number}':>{width}}: to {_day(x['until'])}{letter}{reason}{repeated}")
    for key, label in _DUE_LABELS:
        if data[key]:
            print(f"{label:>{width}}: {_day(data[key])}")
    if data["own_date_missed"]:
        print(f"{'Own date missed':>{width}}: {_day(data['own_date_missed'])} (arguably a denial)")
    if data["twenty_days"] and data["twenty_days"] != data["determination_due"]:
        print(f"{'20 business days end':>{width}}: {_day(data['twenty_days'])}")
    print(f"{'Stage':>{width}}: {stage_text(info.clock)}")
    print(f"{'Next':>{width}}: {info.what}")
    print(f"{'':>{width + 2}}{info.clock.message}")
    for doc in info.documents:
        print(f"{'Document':>{width}}: #{doc.id} {doc.title}")
    if info.sealed_record_flag:
        print(f"{'SEALED RECORD':>{width}}: {info.sealed_record_flag.message}")


def _request_add(args: argparse.Namespace) -> int:
    from casebook.domain.vocabulary import Agency, RequestKind
    from casebook.services.requests import (
        NypdFields,
        RequestDraft,
        add_request,
        link_document,
        show_request,
    )

    draft = RequestDraft(
        records=args.records,
        agency=Agency(args.agency),
        kind=RequestKind(args.kind),
        received=args.received,
        client_id=args.client,
        number=args.number,
        sent_via=args.sent_via,
        sent_on=args.sent,
        fields=NypdFields(
            arrest_number=args.arrest_number,
            complaint_number=args.complaint_number,
            nysid=args.nysid,
            precinct=args.precinct,
            incident_date=args.incident_date,
            incident_time=args.incident_time,
            incident_type=args.incident_type,
            body_camera=args.body_camera,
        ),
    )
    day = today()
    with opened(args) as store:
        _check_documents(store, args.document)
        request_id = add_request(store, draft, today=day)
        for doc in args.document:
            link_document(store, request_id, doc)
        info = show_request(store, request_id, today=day)
    emit(args, info.to_json(), lambda: _request_human(info))
    return 0


def _request_update(args: argparse.Namespace) -> int:
    from casebook.services.requests import (
        RequestChanges,
        link_document,
        show_request,
        update_request,
    )

    changes = RequestChanges(
        received=args.received,
        acknowledged=args.acknowledged,
        promised=args.promised,
        extended=args.extended,
        extended_on=args.extended_on,
        reason=args.reason,
        determined=args.determined,
        outcome=args.outcome,
        appealed=args.appealed,
        appeal_decided=args.appeal_decided,
        appeal_outcome=args.appeal_outcome,
        article78=args.article78,
        number=args.number,
    )
    if changes.is_empty() and not args.document:
        print(
            "casebook: nothing to update: give a date such as --acknowledged DATE, "
            "or --document DOC.",
            file=sys.stderr,
        )
        return 2
    day = today()
    with opened(args) as store:
        _check_documents(store, args.document)
        if not changes.is_empty():
            update_request(store, args.id, changes, today=day)
        for doc in args.document:
            link_document(store, args.id, doc)
        info = show_request(store, args.id, today=day)
    emit(args, info.to_json(), lambda: _request_human(info))
    return 0


def _request_show(args: argparse.Namespace) -> int:
    from casebook.services.requests import show_request

    with opened(args) as store:
        info = show_request(store, args.id, today=today())
    emit(args, info.to_json(), lambda: _request_human(info))
    return 0


def _request_list(args: argparse.Namespace) -> int:
    """``request list``: one line a request, marked ``overdue`` or ``due soon`` as ``--due`` picks.

    Both use ``RequestInfo.is_reminder`` (``domain.deadline_phrases``): ``--due``
    lists exactly the marked lines of the full list, with the same words.
    """
    from casebook.domain.deadline_phrases import summary
    from casebook.services.requests import list_requests

    day = today()
    with opened(args) as store:
        infos = list_requests(
            store, today=day, due_only=args.due, due_within=args.within, client_id=args.client
        )

    def mark(info: Any) -> str:
        if info.overdue:
            return "overdue"
        return "due soon" if info.is_reminder(day, args.within) else ""

    def human() -> None:
        if not infos and not args.due:
            print("No requests.")
        for i in infos:
            client = i.client_name or "(no client)"
            print(f"{i.id:>6}  {mark(i):<8}  {i.name:<28} {client:<24} {i.what}")
        if args.due:
            overdue = sum(1 for i in infos if i.overdue)
            print(summary(overdue, len(infos) - overdue, args.within))

    emit(args, [i.to_json() for i in infos], human)
    return 0


def _check_documents(store: Any, doc_ids: list[int]) -> None:
    """Refuse unknown documents before anything is saved (CLI.md: nothing changed on failure)."""
    from casebook.services.documents import show_document

    for doc in doc_ids:
        show_document(store, doc)


# -- incidents and arrests ----------------------------------------------------------------------


def _incident_add(args: argparse.Namespace) -> int:
    from casebook.domain.vocabulary import Borough, IncidentKind, Law
    from casebook.services.incidents import IncidentDraft, add_incident, show_incident

    draft = IncidentDraft(
        occurred_on=args.date,
        kind=IncidentKind(args.kind),
        precinct=args.precinct,
        borough=Borough(args.borough) if args.borough else None,
        place=args.place,
        laws=tuple(Law(x) for x in args.law),
        client_id=args.client,
        arrest_id=args.arrest,
        narrative=args.narrative,
        document_ids=tuple(args.document),
    )
    with opened(args) as store:
        incident_id = add_incident(store, draft, today=date.today())
        data = show_incident(store, incident_id).to_json()

    def human() -> None:
        print(f"Logged incident #{incident_id}.")
        if data["sealed_record_flag"]:
            print(f"SEALED RECORD: {data['sealed_record_flag']['message']}")

    emit(args, data, human)
    return 0


def _incident_list(args: argparse.Namespace) -> int:
    from casebook.services.incidents import list_incidents

    with opened(args) as store:
        infos = list_incidents(store, client_id=args.client)

    def human() -> None:
        if not infos:
            print("No incidents.")
        for i in infos:
            d = i.draft
            where = f"pct {d.precinct}" if d.precinct else (d.borough.value if d.borough else "-")
            laws = ", ".join(x.value for x in d.laws)
            flag = "  SEALED RECORD" if i.sealed_record_flag else ""
            print(f"{i.id:>6}  {d.occurred_on}  {d.kind.value:<16} {where:<14} {laws}{flag}")

    emit(args, [i.to_json() for i in infos], human)
    return 0


def _arrest_add(args: argparse.Namespace) -> int:
    from casebook.services.arrests import ArrestDraft, add_arrest, show_arrest

    draft = ArrestDraft(
        arrested_on=args.date,
        precinct=args.precinct,
        arrest_number=args.arrest_number,
        charges=args.charges,
        disposition=args.disposition,
        sealed_under=SealedUnder(args.sealed) if args.sealed else None,
        pending=args.pending,
    )
    with opened(args) as store:
        arrest_id = add_arrest(store, args.client, draft, today=today())
        data = show_arrest(store, arrest_id).to_json()
    emit(args, data, lambda: print(f"Added arrest #{arrest_id}."))
    return 0


def _arrest_list(args: argparse.Namespace) -> int:
    from casebook.services.arrests import list_arrests

    with opened(args) as store:
        infos = list_arrests(store, args.client)

    def human() -> None:
        if not infos:
            print("No arrests.")
        for a in infos:
            d = a.draft
            sealed = f"sealed ({d.sealed_under.value})" if d.sealed_under else ""
            print(
                f"{a.id:>6}  {d.arrested_on}  {d.arrest_number:<14} {d.charges[:30]:<30} {sealed}"
            )

    emit(args, [a.to_json() for a in infos], human)
    return 0


# -- report and letter --------------------------------------------------------------------------


def _report_aggregate(args: argparse.Namespace) -> int:
    from casebook.services.aggregate import check_threshold, write_aggregate

    check_threshold(args.threshold)  # before asking for the passphrase
    with opened(args) as store:
        report = write_aggregate(
            store,
            args.output,
            today=date.today(),
            csv_path=args.csv,
            threshold=args.threshold,
            since=args.since,
            until=args.until,
            office=args.office,
        )
    data = {
        "pdf": str(args.output),
        "csv": str(args.csv) if args.csv else None,
        "threshold": report.threshold,
        "total": report.total.display(report.threshold),
    }

    def human() -> None:
        also = f" and {args.csv}" if args.csv else ""
        whose = " across the office" if args.office else ""
        print(f"Wrote {args.output}{also}: {data['total']} incidents{whose}, anonymised.")

    emit(args, data, human)
    return 0


def _export_letter(args: argparse.Namespace) -> int:
    from casebook.cli.profile_commands import unsigned_warning, warn
    from casebook.services.request_letters import LetterOptions, write_letter

    options = LetterOptions(fee_limit=args.fee_limit, reasons=args.reasons)
    with opened(args) as store:
        written = write_letter(
            store, args.request, args.type, args.output, today=today(), options=options
        )
        warn(unsigned_warning(store, "this letter is unsigned"))
    for warning in written.warnings:
        warn(warning)
    data = {
        "pdf": str(args.output),
        "type": args.type,
        "text": written.text,
        "warnings": list(written.warnings),
    }

    def human() -> None:
        if args.text:
            print(written.text, end="")
        else:
            print(f"Wrote the {args.type} letter to {args.output}.")

    emit(args, data, human)
    return 0
