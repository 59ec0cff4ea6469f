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

from casebook.domain.errors import ValidationError
from casebook.domain.identifiers import a_number_variants
from casebook.domain.sealing import IMMIGRATION_NOTE, LEVEL_LABELS, Blocker, Conviction
from casebook.domain.vocabulary import (
    DETENTION_LABELS,
    EVENT_LABELS,
    MATTER_LABELS,
    MATTER_STATUS_LABELS,
    DetentionStatus,
    EventKind,
    MatterType,
)
from casebook.export.summary import (
    LABELS,
    WEEKDAYS,
    Section,
    SummaryData,
    TimelineEvent,
    write_summary,
)
from casebook.services import arrests, clients, convictions, documents, incidents, matters, requests
from casebook.services.aggregate import KIND_LABELS
from casebook.services.convictions import ConvictionSealing
from casebook.services.request_words import STAGE_LABELS
from casebook.store import audit
from casebook.store.session import Store

REDACTABLE = ("a-number", "address", "phone", "email", "dob", "nysid")
FOR_SHARING = frozenset({"a-number", "address", "phone"})
REDACTED = "[redacted]"
HEARINGS = frozenset({"master-hearing", "individual-hearing", "bond-hearing", "criminal-court"})

Words = Callable[[str], str]
"""The summary's language: a sentence or label by its English, in that language."""


def english(text: str) -> str:
    return text


CLIENT_DETENTION_LABELS = {
    DetentionStatus.NOT_DETAINED: "Not detained",
    DetentionStatus.DETAINED: "Detained",
    DetentionStatus.RELEASED_ON_BOND: "Released on bond",
    DetentionStatus.ATD: "Alternatives to detention",
}
BLOCKER_LABELS = {
    Blocker.PENDING_CHARGE: "a charge is pending",
    Blocker.UNDER_SUPERVISION: "still under probation or parole",
    Blocker.EXCLUDED_OFFENSE: "the offense is excluded",
    Blocker.TOO_MANY_CONVICTIONS: "more convictions than the law allows",
}


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
    words: Words = english,
) -> SummaryResult:
    """Write the summary PDF of ``client_id`` to ``output`` (atomically, 0600), worded by
    ``words`` (English by default; the window and the command give Spanish for a client)."""
    data = summary_data(store, client_id, today=today, redact=redact, words=words)
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
    store: Store,
    client_id: int,
    *,
    today: date,
    redact: frozenset[str] = frozenset(),
    words: Words = english,
) -> SummaryData:
    """The summary as plain data, with ``redact`` applied everywhere, in ``words``' language."""
    w = words
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
    languages = ", ".join(d.languages)
    if d.interpreter_needed:
        languages = w("{languages} (interpreter needed)").format(languages=languages)
    detention = (
        w(CLIENT_DETENTION_LABELS.get(d.detention_status, d.detention_status.value))
        if d.detention_status
        else ""
    )
    profile = (
        (w("Name"), d.name),
        (w("Also known as"), "; ".join(d.aliases)),
        (w("A-number"), a_number),
        (w("Date of birth"), hide("dob", dob)),
        (w("Country of birth"), d.country_of_birth),
        (w("Languages"), languages),
        (w("NYSID"), hide("nysid", d.nysid)),
        (w("Phone"), hide("phone", d.phone)),
        (w("E-mail"), hide("email", d.email)),
        (w("Address"), hide("address", d.address)),
        (w("Immigration status"), d.immigration_status),
        (w("Detention"), " \u2014 ".join(x for x in (detention, d.detention_facility) if x)),
    )
    matter_names = {m.id: w(_matter_label(m.draft.type)) for m in matter_rows}
    sections = (
        Section(
            w("Matters"),
            _columns(w, "Matter", "Court", "Docket", "Judge", "Detention", "Status"),
            tuple(
                (
                    matter_names[m.id],
                    m.draft.court,
                    m.draft.docket_number,
                    m.draft.judge,
                    w(DETENTION_LABELS[m.draft.detention]),
                    w(MATTER_STATUS_LABELS[m.draft.status])
                    + (f" {m.draft.closed_on.isoformat()}" if m.draft.closed_on else ""),
                )
                for m in matter_rows
            ),
            (0.2, 0.22, 0.14, 0.18, 0.12, 0.14),
        ),
        Section(
            w("Matter notes"),
            _columns(w, "Matter", "Notes"),
            tuple((matter_names[m.id], m.draft.notes) for m in matter_rows if m.draft.notes),
            (0.25, 0.75),
            empty=w("No notes on the matters."),
        ),
        Section(
            w("Hearings and dates"),
            _columns(w, "When", "What", "Matter", "Judge", "Where", "Filings due"),
            tuple(
                (
                    f"{e.draft.starts_at:%Y-%m-%d %H:%M}",
                    _done(w, _event_label(w, e.draft.kind, e.draft.title), e.draft.done),
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
            w("Document index"),
            _columns(w, "#", "Title", "Received", "Pages", "SHA-256 (original file)"),
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
            empty=w("No documents."),
            mono=(4,),
        ),
        Section(
            w("Record requests"),
            _columns(w, "Request", "Received", "Status", "Next due"),
            tuple(
                (
                    f"{r.name}: {r.records}",
                    _day(w, r.dates.received) if r.dates.received else w("not yet received"),
                    w(STAGE_LABELS[r.clock.stage]),
                    r.what if w is english else _next_due(w, r),
                )
                for r in reqs
            ),
            (0.4, 0.14, 0.2, 0.26),
        ),
        Section(
            w("Arrests"),
            _columns(w, "Date", "Precinct", "Arrest no.", "Charges", "Disposition", "Sealed"),
            tuple(
                (
                    a.draft.arrested_on.isoformat(),
                    a.draft.precinct,
                    a.draft.arrest_number,
                    a.draft.charges,
                    a.draft.disposition,
                    _law(w, a.draft.sealed_under.value) if a.draft.sealed_under else "",
                )
                for a in arrest_rows
            ),
            (0.13, 0.1, 0.15, 0.26, 0.22, 0.14),
        ),
        Section(
            w("Convictions and when they seal"),
            _columns(w, "Sentenced", "Level", "Offense", "Sealing (CPL 160.57, 160.58, 160.59)"),
            tuple(
                (
                    c.info.conviction.sentenced_on.isoformat(),
                    _level(w, c.info.conviction),
                    c.info.conviction.offense,
                    " ".join(c.words) if w is english else _sealing_words(w, c),
                )
                for c in sealing.convictions
            )
            + ((("", "", "", w(IMMIGRATION_NOTE)),) if sealing.convictions else ()),
            (0.13, 0.15, 0.2, 0.52),
        ),
        Section(
            w("NYPD\u2013ICE information-sharing incidents"),
            _columns(w, "Date", "Kind", "Where", "Laws", "Narrative"),
            tuple(
                (
                    i.draft.occurred_on.isoformat(),
                    w(KIND_LABELS[i.draft.kind]),
                    ", ".join(
                        x
                        for x in (
                            w("Pct {precinct}").format(precinct=i.draft.precinct)
                            if i.draft.precinct
                            else "",
                            i.draft.borough.value if i.draft.borough else "",
                            i.draft.place,
                        )
                        if x
                    ),
                    ", ".join(_law(w, law.value) for law in i.draft.laws),
                    i.draft.narrative,
                )
                for i in incident_rows
            ),
            (0.13, 0.15, 0.18, 0.2, 0.34),
        ),
    )
    timeline = (
        *(
            TimelineEvent(a.draft.arrested_on, "arrest", _arrest(w, a.draft.precinct))
            for a in arrest_rows
        ),
        *(
            TimelineEvent(
                e.draft.starts_at.date(), "hearing", _event_label(w, e.draft.kind, e.draft.title)
            )
            for e in event_rows
            if e.draft.kind in HEARINGS
        ),
        *(
            TimelineEvent(r.dates.received, "request", w("{name} received").format(name=r.name))
            for r in reqs
            if r.dates.received
        ),
        *(
            TimelineEvent(r.dates.determined, "request", w("{name} answered").format(name=r.name))
            for r in reqs
            if r.dates.determined
        ),
        *(
            TimelineEvent(i.draft.occurred_on, "incident", w(KIND_LABELS[i.draft.kind]))
            for i in incident_rows
        ),
        *(TimelineEvent(doc.received_on, "document", doc.title) for doc in docs if doc.received_on),
    )
    notice = ""
    if redact:
        fields = ", ".join(w(_REDACTION_WORDS[f]) for f in REDACTABLE if f in redact)
        notice = w("Prepared for sharing: {fields} redacted.").format(fields=fields)
    born = w("born {date}").format(date=hide("dob", dob)) if dob else ""
    subtitle = " \u00b7 ".join(x for x in (a_number, born) if x)
    return SummaryData(
        name=scrub(d.name),
        subtitle=scrub(subtitle),
        generated_on=today,
        profile=tuple((k, scrub(v)) for k, v in profile),
        timeline=tuple(TimelineEvent(e.day, e.lane, scrub(e.label)) for e in timeline),
        sections=tuple(_scrub_section(s, scrub) for s in sections),
        notice=notice,
        labels={label: w(label) for label in LABELS},
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


def _columns(w: Words, *names: str) -> tuple[str, ...]:
    return tuple(w(n) for n in names)


def _done(w: Words, label: str, done: bool) -> str:
    return w("{what} (done)").format(what=label) if done else label


def _day(w: Words, day: date) -> str:
    """``Wed 2026-12-30`` with the weekday in the summary's language; the date stays ISO."""
    return f"{w(WEEKDAYS[day.weekday()])} {day.isoformat()}"


def _event_label(w: Words, kind: str, title: str) -> str:
    try:
        label = w(EVENT_LABELS[EventKind(kind)])
    except ValueError:
        label = kind
    return f"{label}: {title}" if title else label


def _next_due(w: Words, r: requests.RequestInfo) -> str:
    """The next step in another language: who owes it and by when. (The whole sentence,
    with its reasons, is worded in English only, by ``services.request_words``.)"""
    step = r.next_step
    if step is None:
        return w("Nothing due")
    text = (
        w("You may act by {day}") if step.by_advocate else w("The agency owes an answer by {day}")
    )
    return text.format(day=_day(w, step.day))


def _sealing_words(w: Words, c: ConvictionSealing) -> str:
    """When the conviction seals, from its picture (the English words are the service's)."""
    p = c.picture
    said: list[str] = []
    if p.conditional is not None and p.conditional.unsealed_by is None:
        said.append(
            w("Conditionally sealed on {day} (CPL 160.58).").format(
                day=_day(w, p.conditional.sealed_on)
            )
        )
    cs = p.clean_slate
    if cs.applies and cs.expected_on is not None:
        said.append(
            w("Expected to seal on {day} (CPL 160.57), if no new conviction.").format(
                day=_day(w, cs.expected_on)
            )
        )
    elif cs.applies and cs.blocked_by:
        reasons = ", ".join(w(BLOCKER_LABELS[b]) for b in cs.blocked_by)
        said.append(w("Does not seal by itself for now (CPL 160.57): {why}.").format(why=reasons))
    elif not cs.applies:
        said.append(w("Does not seal by itself (CPL 160.57)."))
    app = p.on_application
    if app.applies and app.earliest_application is not None and not app.blocked_by:
        said.append(
            w("A motion to seal may be made from {day} (CPL 160.59).").format(
                day=_day(w, app.earliest_application)
            )
        )
    return " ".join(said)


def _arrest(w: Words, precinct: str) -> str:
    return w("Arrest ({precinct} Pct)").format(precinct=precinct) if precinct else w("Arrest")


def _law(w: Words, value: str) -> str:
    if value == "cpl-160.55":
        return w("CPL 160.55 (court file open)")
    return {
        "cpl-160.50": "CPL 160.50",
        "cpl-160.57": "CPL 160.57",
        "cpl-160.58": "CPL 160.58",
        "cpl-160.59": "CPL 160.59",
        "admin-code-14-154": "Admin. Code 14-154",
        "admin-code-9-131": "Admin. Code 9-131",
        "eo-41": "EO 41",
    }.get(value, value)


def _level(w: Words, c: Conviction) -> str:
    label = w(LEVEL_LABELS[c.level])
    if c.felony_class:
        return w("{level} (class {cls})").format(level=label, cls=c.felony_class.value)
    return label
