"""Anonymised counts of incidents for the City Council, DOI and coalitions.

Only four facts of each incident are read: its month, kind, borough and
precinct, and the laws it names. Names, identifiers, exact dates, places,
narratives, clients and documents are never selected, so they cannot reach
the report. The counts are then protected (``protect``):

1. Primary suppression: every count below the threshold N, zero included,
   is shown as "fewer than N". Zero is hidden too, so "fewer than N" never
   tells that something happened.
2. Complementary suppression: in a table with a hidden count, the smallest
   count of N or more is withheld as well. The hidden cells' sum can be
   worked out from the total, but with one withheld cell of unknown size
   (N or more) among them, each "fewer than N" cell could still be anything
   from 0 to N-1: none can be recovered by subtraction.
3. A table with no count of N or more cannot be protected that way; it is
   withheld whole when subtraction could narrow a cell (when the total
   exceeds (cells - 1) * (N - 1)), else shown as all "fewer than N".
4. Precincts are pooled, not suppressed: only precincts with N or more
   incidents are named, and the rest are counted together; when that pool
   holds 1 to N-1, the smallest named precinct joins it. A precinct with few
   incidents therefore never appears by name.
5. Below N incidents in all, only "fewer than N" is shown.

Months run over whole calendar years (January of the first incident's year
to December of the last, or the period asked for), so the first and last
rows do not reveal when the first or last incident happened.
N defaults to 5 and can never be set below 3.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casebook.domain.errors import CasebookError, ValidationError
from casebook.domain.vocabulary import Borough, IncidentKind, Law
from casebook.export.aggregate_report import (
    AggregateReport,
    Cell,
    CountTable,
    write_csv,
    write_report_pdf,
)
from casebook.store import audit
from casebook.store import sync_records as records
from casebook.store.session import Store
from casebook.store.tables import Incident, SyncField, SyncId

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3
MAX_THRESHOLD = 1000
TITLE = "NYPD-ICE information-sharing incidents"

KIND_LABELS = {
    IncidentKind.DETAINER: "Detainer request or honoured",
    IncidentKind.NOTIFICATION: "Notification to ICE",
    IncidentKind.RECORD_SHARED: "Record shared",
    IncidentKind.ICE_AT_PRECINCT: "ICE at a precinct",
    IncidentKind.ICE_AT_COURT: "ICE at a courthouse",
    IncidentKind.JOINT_OPERATION: "Joint operation",
    IncidentKind.OTHER: "Other",
}
LAW_LABELS = {
    Law.ADMIN_CODE_14_154: "NYC Admin. Code 14-154",
    Law.ADMIN_CODE_9_131: "NYC Admin. Code 9-131",
    Law.EO_41: "Executive Order 41",
    Law.CPL_160_50: "CPL 160.50",
    Law.CPL_160_55: "CPL 160.55",
    Law.CPL_160_57: "CPL 160.57 (Clean Slate)",
    Law.CPL_160_58: "CPL 160.58",
    Law.CPL_160_59: "CPL 160.59",
}
NOT_RECORDED = "Not recorded"
NO_LAW = "None named"


def check_threshold(threshold: int) -> int:
    """The threshold, or ``ValidationError`` below 3 (smaller counts identify people)."""
    if threshold < MIN_THRESHOLD:
        raise ValidationError(
            "threshold",
            f"The threshold cannot be below {MIN_THRESHOLD}: smaller counts can identify people.",
        )
    if threshold > MAX_THRESHOLD:
        raise ValidationError("threshold", f"The threshold can be at most {MAX_THRESHOLD}.")
    return threshold


def protect(counts: Sequence[tuple[str, int]], threshold: int) -> tuple[tuple[Cell, ...], bool]:
    """Primary and complementary suppression of one table (module docstring, rules 1-3).

    Returns the cells and whether the whole table must be withheld.
    """
    check_threshold(threshold)
    small = [i for i, (_, n) in enumerate(counts) if n < threshold]
    large = [i for i, (_, n) in enumerate(counts) if n >= threshold]
    withheld: set[int] = set()
    if small and large:
        withheld.add(min(large, key=lambda i: (counts[i][1], i)))
    elif small and not large:
        total = sum(n for _, n in counts)
        if total > (len(counts) - 1) * (threshold - 1):
            return tuple(Cell(label, None, "withheld") for label, _ in counts), True
    cells = []
    for i, (label, n) in enumerate(counts):
        if i in withheld:
            cells.append(Cell(label, None, "withheld"))
        elif n < threshold:
            cells.append(Cell(label, None, "suppressed"))
        else:
            cells.append(Cell(label, n, "shown"))
    return tuple(cells), False


def pool_precincts(counts: Counter[str], total: int, threshold: int) -> tuple[Cell, ...]:
    """Precincts with ``threshold`` or more incidents by name, the rest pooled (rule 4)."""
    named = sorted(
        ((p, n) for p, n in counts.items() if p and n >= threshold),
        key=lambda item: (-item[1], int(item[0])),
    )
    pool = total - sum(n for _, n in named)
    while named and 0 < pool < threshold:
        _, n = named.pop()  # the smallest named precinct joins the pool
        pool += n
    cells = [Cell(f"Precinct {p}", n) for p, n in named]
    if pool:
        label = "Other precincts, or none" if named else "All precincts"
        cells.append(Cell(label, pool) if pool >= threshold else Cell(label, None, "suppressed"))
    return tuple(cells)


@dataclass(frozen=True)
class _Row:
    month: tuple[int, int]
    kind: str
    borough: str
    precinct: str
    laws: tuple[str, ...]


def build_report(
    store: Store,
    *,
    today: date,
    threshold: int = DEFAULT_THRESHOLD,
    since: date | None = None,
    until: date | None = None,
    office: bool = False,
) -> AggregateReport:
    """Read the incident log (months, kinds, places, laws only) and protect every count.

    Without ``office``: the incidents this vault recorded itself (a vault in an office
    also holds its colleagues', synced; they are not this advocate's to report). With
    it: every incident the office shares, as synced to this laptop; a walled client's
    are left out, so the report is the same whichever member's laptop makes it.
    """
    from casebook.services.office_membership import office_context  # psycopg: only if asked
    from casebook.services.sync_walls import walled_ids

    check_threshold(threshold)
    ctx = office_context(store)
    if office and ctx is None:
        raise CasebookError(
            "This vault is in no office: the office's report needs a vault that joined one "
            "(Settings > Office); without --office the report counts this vault's incidents."
        )
    query = select(
        Incident.id,
        Incident.client_id,
        Incident.occurred_on,
        Incident.kind,
        Incident.borough,
        Incident.precinct,
        Incident.laws,
    )
    if since is not None:
        query = query.where(Incident.occurred_on >= since)
    if until is not None:
        query = query.where(Incident.occurred_on <= until)
    with store.reading() as session:
        found = list(session.execute(query))
        if office:
            walled = walled_ids(session)
            found = [r for r in found if r.client_id is None or r.client_id not in walled]
            state = records.state(session)
            synced = state.synced_at if state is not None else None
        elif ctx is not None:
            theirs = _recorded_elsewhere(session, str(ctx.member_id))
            found = [r for r in found if r.id not in theirs]
        rows = [
            _Row((r.occurred_on.year, r.occurred_on.month), r.kind, r.borough, r.precinct,
                 tuple(r.laws.split()))
            for r in found
        ]  # fmt: skip
    report = report_from_rows(rows, today=today, threshold=threshold, since=since, until=until)
    if office and ctx is not None:
        when = f"{synced:%B} {synced.day}, {synced.year}" if synced else "never (no sync yet)"
        scope = (
            f"Counts every incident the members of {ctx.name} share through the office's hub, "
            f"as synced to this laptop (last sync: {when}); incidents of clients an advocate "
            "keeps private to their own vault are not counted."
        )
        report = replace(report, method=(scope, *report.method))
    return report


def _recorded_elsewhere(session: Session, me: str) -> frozenset[int]:
    """Incidents a colleague recorded: the first stamp of the record (its creation, synced
    to this vault) is another member's. Incidents never synced have no stamp: this vault's."""
    first = (
        select(SyncField.uid, func.min(SyncField.hlc).label("hlc"))
        .where(SyncField.table_name == "incidents")
        .group_by(SyncField.uid)
        .subquery()
    )
    creators = (
        select(SyncId.row_id, SyncField.author)
        .join(first, SyncField.uid == first.c.uid)
        .where(
            SyncField.table_name == "incidents",
            SyncField.hlc == first.c.hlc,
            SyncId.table_name == "incidents",
            SyncId.uid == SyncField.uid,
        )
    )
    return frozenset(row_id for row_id, author in session.execute(creators) if author != me)


def report_from_rows(
    rows: Sequence[_Row],
    *,
    today: date,
    threshold: int,
    since: date | None = None,
    until: date | None = None,
) -> AggregateReport:
    total = len(rows)
    first_year = since.year if since else min((r.month[0] for r in rows), default=today.year)
    last_year = until.year if until else max((r.month[0] for r in rows), default=today.year)
    start = (since.year, since.month) if since else (first_year, 1)
    end = (until.year, until.month) if until else (last_year, 12)
    period = f"{_month_name(start)} to {_month_name(end)}"
    method = _method(threshold)
    prepared = f"{today:%B} {today.year}"
    if total < threshold:
        return AggregateReport(
            TITLE,
            period,
            prepared,
            threshold,
            Cell("all incidents", None, "suppressed"),
            (),
            method,
        )
    months = Counter(r.month for r in rows)
    month_keys = _months(start, end)
    kinds = Counter(r.kind for r in rows)
    boroughs = Counter(r.borough or NOT_RECORDED for r in rows)
    laws = Counter(law for r in rows for law in r.laws)
    no_law = sum(1 for r in rows if not r.laws)
    tables = [
        _table(
            "month",
            "Incidents per month",
            [(_month_name(m), months[m]) for m in month_keys],
            threshold,
            chart=True,
        ),
        _table(
            "kind",
            "By kind",
            [(KIND_LABELS[k], kinds[k.value]) for k in IncidentKind],
            threshold,
            chart=True,
        ),
        _table(
            "borough",
            "By borough",
            [(b.value, boroughs[b.value]) for b in Borough]
            + ([(NOT_RECORDED, boroughs[NOT_RECORDED])] if boroughs[NOT_RECORDED] else []),
            threshold,
            chart=True,
        ),
        CountTable(
            "precinct",
            "By precinct",
            pool_precincts(Counter(r.precinct for r in rows), total, threshold),
            note=f"Precincts with fewer than {threshold} incidents are counted together, "
            "never named.",
        ),
        _table(
            "law",
            "By law implicated",
            [(LAW_LABELS[law], laws[law.value]) for law in Law] + [(NO_LAW, no_law)],
            threshold,
            note="An incident is counted once for each law it may implicate, so this table "
            "can add up to more than the total.",
        ),
    ]
    return AggregateReport(
        TITLE, period, prepared, threshold, Cell("all incidents", total), tuple(tables), method
    )


def write_aggregate(
    store: Store,
    pdf: Path,
    *,
    today: date,
    csv_path: Path | None = None,
    threshold: int = DEFAULT_THRESHOLD,
    since: date | None = None,
    until: date | None = None,
    office: bool = False,
) -> AggregateReport:
    """Build the report and write the PDF (and the CSV); audited as an export."""
    report = build_report(
        store, today=today, threshold=threshold, since=since, until=until, office=office
    )
    write_report_pdf(pdf, report)
    if csv_path is not None:
        write_csv(csv_path, report)
    with store.transaction() as session:
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "export",
                "report",
                "aggregate",
                {
                    "to": pdf.name,
                    "csv": csv_path.name if csv_path else None,
                    "threshold": threshold,
                    "office": office,
                },
            ),
        )
    return report


def _table(
    key: str,
    title: str,
    counts: list[tuple[str, int]],
    threshold: int,
    *,
    chart: bool = False,
    note: str = "",
) -> CountTable:
    cells, withheld = protect(counts, threshold)
    if withheld:
        note = (
            f"Every count in this table is below {threshold}; the table is withheld so that "
            "none can be worked out from the total."
        )
    return CountTable(key, title, cells, note=note, chart=chart and not withheld, withheld=withheld)


def _months(start: tuple[int, int], end: tuple[int, int]) -> list[tuple[int, int]]:
    result = []
    year, month = start
    while (year, month) <= end:
        result.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result


def _month_name(month: tuple[int, int]) -> str:
    return f"{date(month[0], month[1], 1):%b} {month[0]}"


def _method(threshold: int) -> tuple[str, ...]:
    n = threshold
    return (
        "No names, identifiers, exact dates, places or narratives are included: only the "
        "month, kind, borough, precinct and laws of each incident are counted.",
        f"Counts below {n}, zero included, are shown as \u201cfewer than {n}\u201d.",
        f"In each table with such a count, the smallest count of {n} or more is also withheld, "
        "so that hidden counts cannot be worked out by subtracting from the total.",
        f"Precincts with fewer than {n} incidents are pooled and never named.",
        "Months cover whole calendar years, so the first and last incidents are not dated.",
    )
