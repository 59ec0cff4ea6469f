"""``import``, ``inbox``, ``search``, ``doc`` (export, pages, split, versions) and ``watch``."""

from __future__ import annotations

import argparse
import sys
import threading
from datetime import date
from pathlib import Path
from typing import Any

from casebook.cli.common import add_command, add_group, date_arg, emit, id_arg, opened


def register(sub: Any) -> None:
    c = add_command(sub, "import", _import, "import files and folders (to the inbox by default)")
    c.add_argument(
        "paths", type=Path, nargs="+", metavar="PATH", help="files and folders to import"
    )
    c.add_argument("--client", type=id_arg, metavar="ID")
    c.add_argument("--matter", type=id_arg, metavar="ID")
    c.add_argument("--no-ocr", action="store_true", help="do not read scans with OCR")
    _split_arguments(c)
    group = add_group(sub, "inbox", "documents waiting to be assigned")
    add_command(group, "list", _inbox_list, "list the inbox, with what each document suggests")
    c = add_command(
        group, "accept", _inbox_accept, "apply an inbox document's suggestions (all, or --only)"
    )
    c.add_argument("doc", type=id_arg, metavar="DOC")
    c.add_argument(
        "--only",
        type=_parts,
        metavar="PARTS",
        help="apply only these, comma-separated: client,kind,title,date,hearing,request",
    )
    c = add_command(group, "assign", _inbox_assign, "assign an inbox document to a client")
    c.add_argument("doc", type=id_arg, metavar="DOC")
    c.add_argument("--client", type=id_arg, required=True, metavar="ID")
    c.add_argument("--matter", type=id_arg, metavar="ID")
    c.add_argument("--title", help="a new title for the document")
    c.add_argument(
        "--kind", help="the document's kind, e.g. notice-to-appear, evidence, foil-response"
    )
    c = add_command(sub, "search", _search, "full-text search over everything in the vault")
    c.add_argument("query", metavar="QUERY", help="words to find (accents and case do not matter)")
    c.add_argument("--client", type=id_arg, metavar="ID")
    c.add_argument(
        "--kind",
        action="append",
        default=[],
        metavar="KIND",
        help="only client, document, matter, note, request or incident (repeat for more)",
    )
    c.add_argument("--since", type=date_arg, metavar="DATE", help="only what is dated from DATE on")
    c.add_argument("--until", type=date_arg, metavar="DATE", help="only what is dated up to DATE")
    c.add_argument(
        "--limit", type=id_arg, default=50, metavar="N", help="at most N hits (default 50)"
    )
    c = add_command(sub, "watch", _watch, "import what appears in FOLDER until stopped", json_=True)
    c.add_argument("folder", type=Path, metavar="FOLDER", help="the folder a scanner saves into")
    c.add_argument(
        "--keep-originals",
        action="store_true",
        help="leave the plaintext files in the folder after importing them",
    )
    c.add_argument(
        "--polling",
        action="store_true",
        help="look for new files every few seconds (for network shares)",
    )
    _split_arguments(c)
    c = add_command(
        sub,
        "separator-sheet",
        _separator_sheet,
        "write the sheet that splits a scanned batch (put it between documents in the tray)",
        vault=False,
    )
    c.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    group = add_group(sub, "doc", "a document in the vault (write a decrypted copy)")
    c = add_command(
        group, "export", _doc_export, "write a decrypted copy of a document", json_=False
    )
    c.add_argument("doc", type=id_arg, metavar="DOC")
    c.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    c.add_argument(
        "--version",
        dest="earlier_version",  # not ``version``: that is the top-level --version flag
        type=id_arg,
        metavar="N",
        help="an earlier version (as `casebook doc versions` lists them), not the current one",
    )
    c = add_command(
        group,
        "pages",
        _doc_pages,
        "rotate, delete or reorder a document's pages (the content as it was is kept as an "
        "earlier version)",
    )
    c.add_argument("doc", type=id_arg, metavar="DOC")
    c.add_argument(
        "--rotate",
        type=_rotation,
        action="append",
        default=[],
        metavar="PAGE:DEG",
        help="turn a page clockwise by 90, 180 or 270 degrees, e.g. 2:180 (repeat for more)",
    )
    c.add_argument(
        "--delete",
        type=id_arg,
        action="append",
        default=[],
        metavar="PAGE",
        help="delete a page (repeat for more; at least one page stays)",
    )
    c.add_argument(
        "--order",
        type=_order,
        metavar="PAGES",
        help="the pages that stay, in their new order, comma-separated, e.g. 3,1,2",
    )
    c.add_argument("--no-ocr", action="store_true", help="do not read turned scans with OCR")
    c = add_command(
        group,
        "split",
        _doc_split,
        "split a document in two at a page: that page and the rest become a new document",
    )
    c.add_argument("doc", type=id_arg, metavar="DOC")
    c.add_argument(
        "--at",
        type=id_arg,
        required=True,
        metavar="PAGE",
        help="the first page of the new document",
    )
    c = add_command(group, "versions", _doc_versions, "list a document's earlier versions")
    c.add_argument("doc", type=id_arg, metavar="DOC")
    c = add_command(
        group,
        "restore",
        _doc_restore,
        "make an earlier version current again (the current content is kept as one more version)",
    )
    c.add_argument("doc", type=id_arg, metavar="DOC")
    c.add_argument(
        "--version",
        dest="earlier_version",
        type=id_arg,
        required=True,
        metavar="N",
        help="the earlier version to restore",
    )


def _split_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument(
        "--no-split",
        action="store_true",
        help="keep each scanned batch whole (do not split it at separator sheets and blank pages)",
    )
    c.add_argument(
        "--duplex",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="the scanner scans both sides: only a blank sheet splits, blank backs are left out "
        "(default: the vault's setting)",
    )


def _duplex(args: argparse.Namespace, store: Any) -> bool:
    from casebook.services.preferences import get_preferences

    return get_preferences(store).duplex if args.duplex is None else bool(args.duplex)


def _split_summary(results: list[Any]) -> str:
    """ ", 1 batch split into 3 documents" ("" when nothing was split)."""
    batches = {r.path for r in results if r.split is not None}
    if not batches:
        return ""
    pieces = sum(r.split is not None for r in results)
    return f", {len(batches)} batch{'es' if len(batches) > 1 else ''} split into {pieces} documents"


def _import(args: argparse.Namespace) -> int:
    from casebook.services.importer import ImportStatus, Options, Target, import_paths, printable

    def progress(done: int, total: int, name: str) -> None:
        if not args.json and sys.stderr.isatty():
            shown = printable(name)[:50]
            print(f"\r{done}/{total} {shown:<50}", end="", file=sys.stderr, flush=True)

    with opened(args) as store:
        results = import_paths(
            store,
            args.paths,
            Target(args.client, args.matter),
            options=Options(
                ocr=not args.no_ocr, split=not args.no_split, duplex=_duplex(args, store)
            ),
            progress=progress,
            cancel=threading.Event(),
        )
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)

    def human() -> None:
        for r in results:
            doc = f" as document {r.document_id}" if r.document_id else ""
            why = f": {printable(r.reason)}" if r.reason else ""
            print(f"{r.status.value:>9}  {printable(r.path)}{doc}{why}")
        counts = {s: sum(r.status is s for r in results) for s in ImportStatus}
        skipped = counts[ImportStatus.SKIPPED]
        print(
            f"{counts[ImportStatus.IMPORTED]} imported, {counts[ImportStatus.DUPLICATE]} "
            f"duplicate(s), {counts[ImportStatus.REJECTED]} rejected"
            + (f", {skipped} skipped" if skipped else "")
            + f"{_split_summary(results)}."
        )

    emit(args, [r.to_json() for r in results], human)
    return 1 if any(r.status is ImportStatus.REJECTED for r in results) else 0


def today() -> date:
    """The command's today (a test sets it, as in ``request_commands``)."""
    return date.today()


def _parts(text: str) -> tuple[str, ...]:
    from casebook.services.suggestions import FIELDS

    parts = tuple(p.strip() for p in text.split(",") if p.strip())
    bad = [p for p in parts if p not in FIELDS]
    if bad or not parts:
        raise argparse.ArgumentTypeError(f"choose among {','.join(FIELDS)} (comma-separated)")
    return parts


def _inbox_list(args: argparse.Namespace) -> int:
    from casebook.cli.suggestion_json import suggestions_json
    from casebook.services.documents import inbox
    from casebook.services.suggestions import suggest_many

    with opened(args) as store:
        docs = inbox(store)
        found = suggest_many(store, [d.id for d in docs], today=today())

    def human() -> None:
        if not docs:
            print("The inbox is empty.")
        for d in docs:
            print(f"{d.id:>6}  {d.title:<40}  {d.media_type:<18}  {d.page_count or '-':>4} p.")
            s = found.get(d.id)
            for r in s.reasons if s else ():
                print(f"{'':>8}{r.field}: {printable_reason(r.text)}")

    emit(
        args,
        [d.to_json() | {"suggestions": suggestions_json(found.get(d.id))} for d in docs],
        human,
    )
    return 0


def printable_reason(text: str) -> str:
    from casebook.services.importer import printable

    return printable(text)


def _inbox_accept(args: argparse.Namespace) -> int:
    from casebook.cli.suggestion_json import accepted_json
    from casebook.services.suggestion_accept import accept

    with opened(args) as store:
        applied = accept(store, args.doc, only=args.only, today=today()).value

    def human() -> None:
        parts = applied.parts()
        done = f"applied {', '.join(parts)}" if parts else "nothing to apply"
        print(f"Document {args.doc}: {done}.")
        if applied.hearing is not None:
            print(f"  {applied.hearing.text()}")
        if applied.request is not None:
            print(f"  {applied.request.text()}")
        for why in applied.skipped:
            print(f"  Not applied: {why}.")

    emit(args, accepted_json(applied), human)
    return 0


def _inbox_assign(args: argparse.Namespace) -> int:
    from casebook.services.documents import assign, show_document

    with opened(args) as store:
        assign(
            store,
            [args.doc],
            client_id=args.client,
            matter_id=args.matter,
            title=args.title,
            kind=args.kind,
        )
        doc = show_document(store, args.doc)
    emit(
        args,
        doc.to_json(),
        lambda: print(f"Document {args.doc} assigned to client #{args.client}."),
    )
    return 0


def _search(args: argparse.Namespace) -> int:
    from casebook.services.search import Filters, find

    filters = Filters(
        client_id=args.client, kinds=tuple(args.kind), since=args.since, until=args.until
    )
    with opened(args) as store:
        results = find(store, args.query, filters, limit=args.limit)
    hits = results.hits

    def human() -> None:
        if not hits:
            print("Nothing found.")
        for h in hits:
            whose = (
                ""
                if h.kind == "client"
                else f" \N{EM DASH} {h.client_name}"
                if h.client_name
                else " \N{EM DASH} Inbox (unassigned)"
                if h.kind == "document"
                else ""
            )
            print(f"{h.kind:>9} #{h.id:<6} {h.title}{whose}\n{'':>18}{h.snippet}")

    # Every match is ranked (FTS5; a one-shot command does not wait for an in-memory index).
    emit(args, [h.to_json() for h in hits], human)
    return 0


def _doc_export(args: argparse.Namespace) -> int:
    from casebook.services.documents import export_copy
    from casebook.services.page_edits import export_version

    with opened(args) as store:
        if args.earlier_version is None:
            export_copy(store, args.doc, args.output)
        else:
            export_version(store, args.doc, args.earlier_version, args.output)
    number = args.earlier_version
    which = "" if number is None else f" of earlier version {number}"
    print(
        f"Wrote a decrypted copy{which} to {args.output}. casebook does not protect this copy: "
        "delete it when you no longer need it."
    )
    return 0


def _rotation(text: str) -> tuple[int, int]:
    page, _, degrees = text.partition(":")
    if not page.isdigit() or int(page) == 0 or degrees not in ("90", "180", "270", "-90"):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not PAGE:DEG (DEG 90, 180 or 270 clockwise; -90 to turn left)"
        )
    return int(page), int(degrees) % 360


def _order(text: str) -> tuple[int, ...]:
    pages = [p.strip() for p in text.split(",")]
    if not pages or not all(p.isdigit() and int(p) > 0 for p in pages):
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of page numbers, e.g. 3,1,2")
    return tuple(int(p) for p in pages)


def _edit_options(store: Any, ocr: bool) -> Any:
    from dataclasses import replace

    from casebook.services.preferences import get_preferences

    return replace(get_preferences(store).import_options(), ocr=ocr)


def _print_edit(args: argparse.Namespace, result: Any) -> None:
    def human() -> None:
        print(
            f"Document {result.document_id}: {result.reason}; now {result.page_count} page(s). "
            f"The content as it was is kept as earlier version {result.version}."
        )
        if result.new_document_id:
            print(f"The pages split off are document {result.new_document_id}.")

    emit(args, result.to_json(), human)


def _doc_pages(args: argparse.Namespace) -> int:
    from casebook.domain.errors import CasebookError
    from casebook.services.page_edits import PageChanges, edit_pages

    if not (args.rotate or args.delete or args.order):
        raise CasebookError("Say what to change: --rotate PAGE:DEG, --delete PAGE or --order.")
    changes = PageChanges(
        rotate=tuple(args.rotate),
        delete=tuple(args.delete),
        order=args.order,
    )
    with opened(args) as store:
        result = edit_pages(
            store, args.doc, changes, options=_edit_options(store, not args.no_ocr)
        ).value
    _print_edit(args, result)
    return 0


def _doc_split(args: argparse.Namespace) -> int:
    from casebook.services.page_edits import split

    with opened(args) as store:
        result = split(store, args.doc, args.at, options=_edit_options(store, True)).value
    _print_edit(args, result)
    return 0


def _doc_restore(args: argparse.Namespace) -> int:
    from casebook.services.page_edits import restore_version

    with opened(args) as store:
        result = restore_version(
            store, args.doc, args.earlier_version, options=_edit_options(store, True)
        ).value
    _print_edit(args, result)
    return 0


def _doc_versions(args: argparse.Namespace) -> int:
    from casebook.services.importer import printable
    from casebook.services.page_edits import versions

    with opened(args) as store:
        found = versions(store, args.doc)

    def human() -> None:
        if not found:
            print(f"Document {args.doc} has no earlier versions: its pages were never edited.")
        for v in found:
            when = v.replaced_at.isoformat(sep=" ", timespec="minutes")
            print(
                f"{v.number:>3}  replaced {when} UTC  {v.page_count or '-':>4} p.  "
                f"{printable(v.reason)}\n     SHA-256 {v.sha256}  {printable(v.original_name)}"
            )

    emit(args, [v.to_json() for v in found], human)
    return 0


def _watch(args: argparse.Namespace) -> int:
    import dataclasses
    import json

    from casebook.services.importer import printable
    from casebook.services.scanner_folder import (
        SCANNER_OPTIONS,
        ScannerResult,
        watch_until_stopped,
    )
    from casebook.watch import WatchStatus

    if not args.folder.is_dir():
        from casebook.domain.errors import CasebookError

        raise CasebookError(f"{args.folder} is not a folder.")

    def on_result(r: ScannerResult) -> None:
        for one in r.results:  # a split batch: a line for each document it became
            if args.json:
                print(
                    json.dumps(
                        one.to_json() | {"original_removed": r.original_removed},
                        ensure_ascii=False,
                    ),
                    flush=True,
                )
                continue
            extra = (
                "; original removed" if r.original_removed else (f"; {r.note}" if r.note else "")
            )
            doc = f" as document {one.document_id}" if one.split and one.document_id else ""
            why = f": {printable(one.reason)}" if one.reason else ""
            line = f"{one.status.value:>9}  {printable(one.path)}{doc}{why}{extra}"
            print(line, flush=True)

    def on_status(s: WatchStatus) -> None:
        print(f"casebook: {printable(s.message)}", file=sys.stderr, flush=True)

    stop = threading.Event()
    with opened(args) as store:
        options = dataclasses.replace(
            SCANNER_OPTIONS, split=not args.no_split, duplex=_duplex(args, store)
        )
        try:
            watch_until_stopped(
                store,
                args.folder,
                stop,
                keep_originals=args.keep_originals,
                on_result=on_result,
                on_status=on_status,
                polling=True if args.polling else None,
                options=options,
            )
        except KeyboardInterrupt:
            stop.set()
    print("casebook: stopped watching.", file=sys.stderr)
    return 0


def _separator_sheet(args: argparse.Namespace) -> int:
    from casebook.services.separator_sheets import save_separator_sheet

    written = save_separator_sheet(args.output)
    emit(
        args,
        {"written": str(written)},
        lambda: print(f"Separator sheet written to {written}: print it on one side of the paper."),
    )
    return 0
