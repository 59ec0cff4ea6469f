"""The filing packet's cover page: which matter it speaks of, and only what that matter records.

A cover names the immigration court, the judge, the next hearing and whether
the respondent is detained (ICPM 3.3(c), Appendix F). All of it comes from one
matter before an immigration judge (removal, asylum or bond): never from a
criminal court case of the same client, whose date is no immigration hearing.
What is not recorded is left blank to fill in by hand, and the notes say why,
so the dialog and the command can tell the person.
"""

from __future__ import annotations

from datetime import date, datetime, time

from casebook.domain.court_events import caption_city
from casebook.domain.errors import NotFound, ValidationError
from casebook.domain.vocabulary import (
    EVENT_LABELS,
    Detention,
    DetentionStatus,
    EventKind,
    MatterStatus,
    MatterType,
)
from casebook.export import packet_pages as pp
from casebook.services import matters
from casebook.services.clients import ClientDetail
from casebook.services.matters import MatterInfo
from casebook.store.session import Store

__all__ = [
    "DEFAULT_COURT",
    "HEARINGS",
    "IMMIGRATION_KINDS",
    "caption",
    "court_matter",
    "detention_of",
]

# The events a cover's "next hearing" may be: hearings before an immigration judge.
HEARINGS = {
    k.value: EVENT_LABELS[k]
    for k in (EventKind.MASTER_HEARING, EventKind.INDIVIDUAL_HEARING, EventKind.BOND_HEARING)
}
DEFAULT_COURT = "New York, New York"
# Matters before an immigration judge: the only ones a cover may take a court, judge,
# detention or hearing from.
IMMIGRATION_KINDS = (MatterType.REMOVAL_DEFENCE, MatterType.ASYLUM, MatterType.BOND)
_TITLES = {
    MatterType.ASYLUM: "APPLICATION FOR ASYLUM, WITHHOLDING OF REMOVAL AND PROTECTION "
    "UNDER THE CONVENTION AGAINST TORTURE",
    MatterType.BOND: "REQUEST FOR CUSTODY (BOND) REDETERMINATION",
}


def court_matter(store: Store, client_id: int, matter_id: int | None) -> MatterInfo | None:
    """The immigration-court matter the cover speaks of: the one chosen, else the first open
    removal, asylum or bond matter, else none (the cover then names no court case)."""
    options = matters.list_matters(store, client_id)
    if matter_id is not None:
        for m in options:
            if m.id == matter_id:
                if m.draft.type not in IMMIGRATION_KINDS:
                    raise ValidationError(
                        "matter",
                        f"Matter #{m.id} is not before an immigration judge (it is a "
                        f"{m.draft.type.value} matter): the cover takes its court, judge and "
                        "hearing only from a removal, asylum or bond matter. Choose one of "
                        "those, or none.",
                    )
                return m
        raise NotFound(f"Client #{client_id} has no matter #{matter_id}.")
    court_cases = [
        m
        for m in options
        if m.draft.type in IMMIGRATION_KINDS and m.draft.status is not MatterStatus.CLOSED
    ]
    return court_cases[0] if court_cases else None


def caption(
    detail: ClientDetail, matter: MatterInfo | None, *, title: str, court: str, today: date
) -> tuple[pp.Caption, tuple[str, ...]]:
    """The cover's caption from the chosen immigration matter alone, and what it leaves out.

    No matter: no court case, judge or hearing is printed (a criminal court date
    is not an immigration hearing), and the notes say why.
    """
    d = detail.draft
    notes: list[str] = []
    start = datetime.combine(today, time())
    hearings = [
        e
        for e in detail.events
        if matter is not None
        and e.matter_id == matter.id
        and e.kind in HEARINGS
        and not e.done
        and e.starts_at >= start
    ]
    hearing = min(hearings, key=lambda e: (e.starts_at, e.id)) if hearings else None
    if matter is None:
        notes.append(
            "No open removal, asylum or bond matter is chosen, so the cover names no "
            "immigration judge and no hearing (hearings of other matters, such as a criminal "
            "court date, are never printed as the immigration hearing); fill them in by hand "
            "or add the immigration matter."
        )
    elif hearing is None:
        notes.append(
            "The matter has no upcoming master, individual or bond hearing recorded, so the "
            "cover's \u201cNext hearing\u201d line is left blank to fill in by hand."
        )
    detention, detention_note = detention_of(matter, d.detention_status)
    if detention_note:
        notes.append(detention_note)
    kind = matter.draft.type if matter is not None else MatterType.REMOVAL_DEFENCE
    title = title.strip() or (
        "RESPONDENT'S DOCUMENTS IN SUPPORT OF "
        + _TITLES.get(kind, "THE RESPONDENT'S APPLICATIONS FOR RELIEF")
    )
    court = court or caption_city(matter.draft.court if matter is not None else "") or DEFAULT_COURT
    caption = pp.Caption(
        respondent=d.name,
        a_number=detail.a_number_display,
        court_city=court,
        judge=matter.draft.judge if matter is not None else "",
        next_hearing=hearing.starts_at if hearing else None,
        hearing_kind=HEARINGS[hearing.kind] if hearing else "",
        detained=detention is Detention.DETAINED,
        title=title,
        detention_known=detention is not Detention.UNKNOWN,
        hearing_judge=hearing.judge if hearing else "",
    )
    return caption, tuple(notes)


def detention_of(
    matter: MatterInfo | None, client_status: DetentionStatus | None
) -> tuple[Detention, str]:
    """What the cover may print in its corner, and a warning when it prints nothing or less.

    NON-DETAINED only when the matter says so: the matter's "unknown" (or no
    matter) prints neither word, whatever an older client record says. DETAINED
    when the matter or the client's record says so, since a detained person's
    filing must say it (ICPM 3.3(c), Appendix F); a conflict is warned about.
    """
    said = matter.draft.detention if matter is not None else Detention.UNKNOWN
    client_detained = client_status is DetentionStatus.DETAINED
    if said is Detention.DETAINED:
        return Detention.DETAINED, ""
    if said is Detention.NOT_DETAINED:
        if client_detained:
            return Detention.DETAINED, (
                "The matter says not detained but the client's record says detained; the "
                "cover says DETAINED. Correct whichever is wrong and export again."
            )
        return Detention.NOT_DETAINED, ""
    if client_detained:
        return Detention.DETAINED, (
            "The matter does not record detention; the cover says DETAINED from the client's "
            "record. Set Detention on the matter to confirm."
        )
    return Detention.UNKNOWN, (
        "Detention is not recorded on the matter, so the cover says neither DETAINED nor "
        "NON-DETAINED; set Detention on the matter and export again."
    )
