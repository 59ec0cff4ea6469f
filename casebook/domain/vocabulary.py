"""The fixed vocabularies of the data model, with the words shown to people.

Stored values are the enum values (stable strings, also used by the command
line); labels are for display only and may change.
"""

from __future__ import annotations

from enum import StrEnum


class MatterType(StrEnum):
    REMOVAL_DEFENCE = "removal-defence"
    BOND = "bond"
    ASYLUM = "asylum"
    U_VISA = "u-visa"
    T_VISA = "t-visa"
    SIJS = "sijs"
    RECORDS = "records"
    CRIM_IMM_CONSULT = "crim-imm-consult"
    OTHER = "other"


MATTER_LABELS: dict[MatterType, str] = {
    MatterType.REMOVAL_DEFENCE: "Removal defence",
    MatterType.BOND: "Bond",
    MatterType.ASYLUM: "Asylum",
    MatterType.U_VISA: "U visa",
    MatterType.T_VISA: "T visa",
    MatterType.SIJS: "Special Immigrant Juvenile Status",
    MatterType.RECORDS: "Records",
    MatterType.CRIM_IMM_CONSULT: "Criminal-immigration consult",
    MatterType.OTHER: "Other",
}


class MatterStatus(StrEnum):
    OPEN = "open"
    PENDING_DECISION = "pending-decision"
    CLOSED = "closed"


MATTER_STATUS_LABELS: dict[MatterStatus, str] = {
    MatterStatus.OPEN: "Open",
    MatterStatus.PENDING_DECISION: "Pending decision",
    MatterStatus.CLOSED: "Closed",
}


class Detention(StrEnum):
    """Whether the respondent of a matter is detained.

    A matter's own answer, separate from the client's ``DetentionStatus``
    (which also knows bond and alternatives to detention): filing deadlines
    and the packet cover's "DETAINED" caption depend on it. ``UNKNOWN`` is
    the default, so nothing is printed as "non-detained" that nobody said.
    """

    DETAINED = "detained"
    NOT_DETAINED = "not-detained"
    UNKNOWN = "unknown"


DETENTION_LABELS: dict[Detention, str] = {
    Detention.DETAINED: "Detained",
    Detention.NOT_DETAINED: "Not detained",
    Detention.UNKNOWN: "Unknown",
}


class EventKind(StrEnum):
    """Dated events of a matter: hearings and deadlines."""

    MASTER_HEARING = "master-hearing"
    INDIVIDUAL_HEARING = "individual-hearing"
    BOND_HEARING = "bond-hearing"
    CRIMINAL_COURT = "criminal-court"
    FILING_DEADLINE = "filing-deadline"
    INTERVIEW = "interview"
    OTHER = "other"


EVENT_LABELS: dict[EventKind, str] = {
    EventKind.MASTER_HEARING: "Master calendar hearing",
    EventKind.INDIVIDUAL_HEARING: "Individual hearing",
    EventKind.BOND_HEARING: "Bond hearing",
    EventKind.FILING_DEADLINE: "Filing deadline",
    EventKind.CRIMINAL_COURT: "Criminal-court date",
    EventKind.INTERVIEW: "Interview",
    EventKind.OTHER: "Other",
}


class DetentionStatus(StrEnum):
    NOT_DETAINED = "not-detained"
    DETAINED = "detained"
    RELEASED_ON_BOND = "released-on-bond"
    ATD = "alternatives-to-detention"


class SealedUnder(StrEnum):
    """The law an arrest's records are sealed under.

    CPL 160.50 (terminated in the accused's favour), 160.55 (a non-criminal
    offense; the court's own file stays open), 160.57 (Clean Slate, by itself
    after the waiting period), 160.58 (conditionally, after judicial
    diversion) and 160.59 (on application).
    """

    CPL_160_50 = "cpl-160.50"
    CPL_160_55 = "cpl-160.55"
    CPL_160_57 = "cpl-160.57"
    CPL_160_58 = "cpl-160.58"
    CPL_160_59 = "cpl-160.59"


class Agency(StrEnum):
    NYPD = "NYPD"
    DCJS = "DCJS"
    DOC = "DOC"
    ICE = "ICE"
    OTHER = "OTHER"


class RequestKind(StrEnum):
    FOIL = "FOIL"
    FOIA = "FOIA"
    UNSEALING = "unsealing"


class Outcome(StrEnum):
    GRANTED = "granted"
    PARTIAL = "partial"
    DENIED = "denied"


class IncidentKind(StrEnum):
    DETAINER = "detainer"
    NOTIFICATION = "notification"
    RECORD_SHARED = "record-shared"
    ICE_AT_PRECINCT = "ice-at-precinct"
    ICE_AT_COURT = "ice-at-court"
    JOINT_OPERATION = "joint-operation"
    OTHER = "other"


class Law(StrEnum):
    """Laws an information-sharing incident may implicate."""

    ADMIN_CODE_14_154 = "admin-code-14-154"
    ADMIN_CODE_9_131 = "admin-code-9-131"
    EO_41 = "eo-41"
    CPL_160_50 = "cpl-160.50"
    CPL_160_55 = "cpl-160.55"
    CPL_160_57 = "cpl-160.57"
    CPL_160_58 = "cpl-160.58"
    CPL_160_59 = "cpl-160.59"


class Borough(StrEnum):
    MANHATTAN = "Manhattan"
    BRONX = "Bronx"
    BROOKLYN = "Brooklyn"
    QUEENS = "Queens"
    STATEN_ISLAND = "Staten Island"


class DocumentKind(StrEnum):
    NOTICE_TO_APPEAR = "notice-to-appear"
    HEARING_NOTICE = "hearing-notice"
    COURT_RECORD = "court-record"
    IDENTITY = "identity-document"
    POLICE_RECORD = "police-record"
    FOIL_RESPONSE = "foil-response"
    EVIDENCE = "evidence"
    TRANSLATION = "translation"
    CORRESPONDENCE = "correspondence"
    OTHER = "other"
