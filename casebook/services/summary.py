"""The client summary: everything casebook knows about one client, as a PDF to print or share.

Requests, arrests and incidents are read through their own services
(``services.requests``, ``services.arrests``, ``services.incidents``), so the
summary shows the same statutory due dates and sealing flags as the app.

"For sharing" redacts chosen fields before anything reaches the PDF: the
A-number is cut to its last three digits, the address, phone, e-mail, date
of birth and NYSID replaced by "[redacted]". A redacted value is also
scrubbed wherever it appears in free text (document titles, narratives,
request wording), in every written form of the A-number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from casebook.domain.deadline_phrases import format_date
from casebook.domain.errors import ValidationError
from casebook.domain.identifiers import a_number_variants
from casebook.domain.sealing import IMMIGRATION_NOTE, LEVEL_LABELS, Conviction
from casebook.domain.vocabulary import (
    DETENTION_LABELS,
    EVENT_LABELS,
    MATTER_LABELS,
    MATTER_STATUS_LABELS,
    EventKind,
    MatterType,
)
from casebook.export.summary import Section, SummaryData, TimelineEvent, write_summary
from casebook.services import arrests, clients, convictions, documents, incidents, matters, requests
from casebook.services.request_words import STAGE_LABELS
from casebook.store import audit
from casebook.store.session import Store

REDACTABLE = ("a-number", "address", "phone", "email", "dob", "nysid")
FOR_SHARING = frozenset({"a-number", "address", "phone"})
REDACTED = "[redacted]"
HEARINGS = frozenset({"master-hearing", "individual-hearing", "bond-hearing", "criminal-court"})


@dataclass(frozen=True)
class SummaryResult:
    path: Path
    redacted: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "redacted": list(self.redacted)}


def parse_redactions(text: str) -> frozenset[str]:
    """``"a-number,address"`` to a set; ``ValidationError`` naming an unknown field."""
    chosen = frozenset(part.strip().lower() for part in text.split(",") if part.strip())
    unknown = sorted(chosen - set(REDACTABLE))
    if unknown:
        raise ValidationError(
            "redact", f"Cannot redact {', '.join(unknown)}; choose from {', '.join(REDACTABLE)}."
        )
    return chosen


def export_summary(
    store: Store,
    client_id: int,
    output: Path,
    *,
    today: date,
    redact: frozenset[str] = frozenset(),
) -> SummaryResult:
    """Write the summary PDF of ``client_id`` to ``output`` (atomically, 0600)."""
    data = summary_data(store, client_id, today=today, redact=redact)
    write_summary(output, data)
    with store.transaction() as session:
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "export",
                "client",
                str(client_id),
                {"summary": output.name, "redacted": sorted(redact)},
            ),
        )
    return SummaryResult(output, tuple(sorted(redact)))


def summary_data(
    store: Store, client_id: int, *, today: date, redact: frozenset[str] = frozenset()
) -> SummaryData:
    """The summary as plain data, with ``redact`` applied everywhere."""
    detail = clients.show_client(store, client_id)
    d = detail.draft
    scrub = _scrubber(d.a_number, d.address, d.phone, d.email, d.nysid, redact)
    a_number = _a_number(d.a_number, redact)
    matter_rows = matters.list_matters(store, client_id)
    event_rows = matters.list_events(store, client_id)
    docs = documents.client_documents(store, client_id)
    reqs = requests.list_requests(store, today=today, client_id=client_id)
    arrest_rows = arrests.list_arrests(store, client_id)
    sealing = convictions.client_sealing(store, client_id, today=today)
    incident_rows = incidents.list_incidents(store, client_id=client_id)

    def hide(field: str, value: str) -> str:
        return REDACTED if field in redact and value else value

    dob = d.dob.isoformat() if d.dob else ""
    profile = (
        ("Name", d.name),
        ("Also known as", "; ".join(d.aliases)),
        ("A-number", a_number),
        ("Date of birth", hide("dob", dob)),
        ("Country of birth", d.country_of_birth),
        ("Languages", ", ".join(d.languages) + (" (interpreter needed)" * d.interpreter_needed)),
        ("NYSID", hide("nysid", d.nysid)),
        ("Phone", hide("phone", d.phone)),
        ("E-mail", hide("email", d.email)),
        ("Address", hide("address", d.address)),
        ("Immigration status", d.immigration_status),
        (
            "Detention",
            " \u2014 ".join(
                x
                for x in (
                    d.detention_status.value.replace("-", " ") if d.detention_status else "",
                    d.detention_facility,
                )
                if x
            ),
        ),
    )
    matter_names = {m.id: _matter_label(m.draft.type) for m in matter_rows}
    sections = (
        Section(
            "Matters",
            ("Matter", "Court", "Docket", "Judge", "Detention", "Status"),
            tuple(
                (
                    matter_names[m.id],
                    m.draft.court,
                    m.draft.docket_number,
                    m.draft.judge,
                    DETENTION_LABELS[m.draft.detention],
                    MATTER_STATUS_LABELS[m.draft.status]
                    + (f" {m.draft.closed_on.isoformat()}" if m.draft.closed_on else ""),
                )
                for m in matter_rows
            ),
            (0.2, 0.22, 0.14, 0.18, 0.12, 0.14),
        ),
        Section(
            "Matter notes",
            ("Matter", "Notes"),
            tuple((matter_names[m.id], m.draft.notes) for m in matter_rows if m.draft.notes),
            (0.25, 0.75),
            empty="No notes on the matters.",
        ),
        Section(
            "Hearings and dates",
            ("When", "What", "Matter", "Judge", "Where", "Filings due"),
            tuple(
                (
                    f"{e.draft.starts_at:%Y-%m-%d %H:%M}",
                    _event_label(e.draft.kind, e.draft.title) + (" (done)" if e.draft.done else ""),
                    matter_names.get(e.draft.matter_id or 0, ""),
                    e.draft.judge,
                    e.draft.location,
                    e.filing_due.isoformat() if e.filing_due else "",
                )
                for e in event_rows
            ),
            (0.15, 0.23, 0.15, 0.15, 0.19, 0.13),
        ),
        Section(
            "Document index",
            ("#", "Title", "Received", "Pages", "SHA-256 (original file)"),
            tuple(
                (
                    str(doc.id),
                    doc.title,
                    (doc.received_on or doc.created_at.date()).isoformat(),
                    str(doc.page_count or ""),
                    doc.sha256,
                )
                for doc in docs
            ),
            (0.05, 0.27, 0.12, 0.06, 0.50),
            empty="No documents.",
            mono=(4,),
        ),
        Section(
            "Record requests",
            ("Request", "Received", "Status", "Next due"),
            tuple(
                (
                    f"{r.name}: {r.records}",
                    format_date(r.dates.received) if r.dates.received else "not yet received",
                    STAGE_LABELS[r.clock.stage],
                    r.what,
                )
                for r in reqs
            ),
            (0.4, 0.14, 0.2, 0.26),
        ),
        Section(
            "Arrests",
            ("Date", "Precinct", "Arrest no.", "Charges", "Disposition", "Sealed"),
            tuple(
                (
                    a.draft.arrested_on.isoformat(),
                    a.draft.precinct,
                    a.draft.arrest_number,
                    a.draft.charges,
                    a.draft.disposition,
                    _law(a.draft.sealed_under.value) if a.draft.sealed_under else "",
                )
                for a in arrest_rows
            ),
            (0.13, 0.1, 0.15, 0.26, 0.22, 0.14),
        ),
        Section(
            "Convictions and when they seal",
            ("Sentenced", "Level", "Offense", "Sealing (CPL 160.57, 160.58, 160.59)"),
            tuple(
                (
                    c.info.conviction.sentenced_on.isoformat(),
                    _level(c.info.conviction),
                    c.info.conviction.offense,
                    " ".join(c.words),
                )
                for c in sealing.convictions
            )
            + ((("", "", "", IMMIGRATION_NOTE),) if sealing.convictions else ()),
            (0.13, 0.15, 0.2, 0.52),
        ),
        Section(
            "NYPD\u2013ICE information-sharing incidents",
            ("Date", "Kind", "Where", "Laws", "Narrative"),
            tuple(
                (
                    i.draft.occurred_on.isoformat(),
                    i.draft.kind.value.replace("-", " "),
                    ", ".join(
                        x
                        for x in (
                            f"Pct {i.draft.precinct}" if i.draft.precinct else "",
                            i.draft.borough.value if i.draft.borough else "",
                            i.draft.place,
                        )
                        if x
                    ),
                    ", ".join(_law(law.value) for law in i.draft.laws),
                    i.draft.narrative,
                )
                for i in incident_rows
            ),
            (0.13, 0.15, 0.18, 0.2, 0.34),
        ),
    )
    timeline = (
        *(
            TimelineEvent(a.draft.arrested_on, "arrest", "Arrest" + _at(a.draft.precinct))
            for a in arrest_rows
        ),
        *(
            TimelineEvent(
                e.draft.starts_at.date(), "hearing", _event_label(e.draft.kind, e.draft.title)
            )
            for e in event_rows
            if e.draft.kind in HEARINGS
        ),
        *(
            TimelineEvent(r.dates.received, "request", f"{r.name} received")
            for r in reqs
            if r.dates.received
        ),
        *(
            TimelineEvent(r.dates.determined, "request", f"{r.name} answered")
            for r in reqs
            if r.dates.determined
        ),
        *(
            TimelineEvent(i.draft.occurred_on, "incident", i.draft.kind.value.replace("-", " "))
            for i in incident_rows
        ),
        *(TimelineEvent(doc.received_on, "document", doc.title) for doc in docs if doc.received_on),
    )
    notice = ""
    if redact:
        words = ", ".join(_REDACTION_WORDS[f] for f in REDACTABLE if f in redact)
        notice = f"Prepared for sharing: {words} redacted."
    subtitle = " \u00b7 ".join(
        x for x in (a_number, f"born {hide('dob', dob)}" if dob else "") if x
    )
    return SummaryData(
        name=scrub(d.name),
        subtitle=scrub(subtitle),
        generated_on=today,
        profile=tuple((k, scrub(v)) for k, v in profile),
        timeline=tuple(TimelineEvent(e.day, e.lane, scrub(e.label)) for e in timeline),
        sections=tuple(_scrub_section(s, scrub) for s in sections),
        notice=notice,
    )


_REDACTION_WORDS = {
    "a-number": "A-number (last 3 digits kept)",
    "address": "address",
    "phone": "phone",
    "email": "e-mail",
    "dob": "date of birth",
    "nysid": "NYSID",
}


def _a_number(digits: str, redact: frozenset[str]) -> str:
    if not digits:
        return ""
    if "a-number" in redact:
        return f"A-XXX-XXX-{digits[-3:]}"
    return f"A-{digits[0:3]}-{digits[3:6]}-{digits[6:9]}"


def _scrubber(
    a_number: str, address: str, phone: str, email: str, nysid: str, redact: frozenset[str]
) -> Callable[[str], str]:
    """Replace redacted values wherever they appear in free text."""
    patterns: list[tuple[re.Pattern[str], str]] = []
    if "a-number" in redact and a_number:
        masked = f"A-XXX-XXX-{a_number[-3:]}"
        d = a_number
        spaced = rf"A?[\s\-.]?{d[0:3]}[\s\-.]?{d[3:6]}[\s\-.]?{d[6:9]}"
        patterns.append((re.compile(spaced, re.IGNORECASE), masked))
        for variant in sorted(a_number_variants(a_number), key=len, reverse=True):
            patterns.append((re.compile(re.escape(variant), re.IGNORECASE), masked))
    for field, value in (("address", address), ("phone", phone), ("email", email)):
        if field in redact and value.strip():
            for piece in _pieces(value):
                patterns.append((re.compile(re.escape(piece), re.IGNORECASE), REDACTED))
    if "phone" in redact and phone:
        digits = re.sub(r"\D", "", phone)
        if len(digits) >= 7:
            loose = r"[\s\-.()]*".join(digits[-7:])
            patterns.append((re.compile(loose), REDACTED))
    if "nysid" in redact and nysid:
        patterns.append((re.compile(re.escape(nysid), re.IGNORECASE), REDACTED))

    def scrub(text: str) -> str:
        for pattern, replacement in patterns:
            text = pattern.sub(replacement, text)
        return text

    return scrub


def _pieces(value: str) -> Iterable[str]:
    """The value and each of its lines (an address is often quoted one line at a time)."""
    lines = [line.strip() for line in value.splitlines() if len(line.strip()) >= 4]
    return sorted({value.strip(), *lines}, key=len, reverse=True)


def _scrub_section(section: Section, scrub: Callable[[str], str]) -> Section:
    rows = tuple(tuple(scrub(v) for v in row) for row in section.rows)
    return Section(
        section.title, section.columns, rows, section.widths, section.empty, section.mono
    )


def _matter_label(kind: str) -> str:
    try:
        return MATTER_LABELS[MatterType(kind)]
    except ValueError:
        return kind


def _event_label(kind: str, title: str) -> str:
    try:
        words = EVENT_LABELS[EventKind(kind)]
    except ValueError:
        words = kind
    return f"{words}: {title}" if title else words


def _law(value: str) -> str:
    return {
        "cpl-160.50": "CPL 160.50",
        "cpl-160.55": "CPL 160.55 (court file open)",
        "cpl-160.57": "CPL 160.57",
        "cpl-160.58": "CPL 160.58",
        "cpl-160.59": "CPL 160.59",
        "admin-code-14-154": "Admin. Code 14-154",
        "admin-code-9-131": "Admin. Code 9-131",
        "eo-41": "EO 41",
    }.get(value, value)


def _level(c: Conviction) -> str:
    label = LEVEL_LABELS[c.level]
    return f"{label} (class {c.felony_class.value})" if c.felony_class else label


def _at(precinct: str) -> str:
    return f" ({precinct} Pct)" if precinct else ""
