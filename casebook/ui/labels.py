"""Words shown for stored values (document kinds, matter types, sizes); display only."""

from __future__ import annotations

from casebook.domain.vocabulary import MATTER_LABELS, DocumentKind, MatterType

DOCUMENT_KIND_LABELS: dict[str, str] = {
    DocumentKind.NOTICE_TO_APPEAR.value: "Notice to appear",
    DocumentKind.HEARING_NOTICE.value: "Hearing notice",
    DocumentKind.COURT_RECORD.value: "Court record",
    DocumentKind.IDENTITY.value: "Identity document",
    DocumentKind.POLICE_RECORD.value: "Police record",
    DocumentKind.FOIL_RESPONSE.value: "FOIL response",
    DocumentKind.EVIDENCE.value: "Evidence",
    DocumentKind.TRANSLATION.value: "Translation",
    DocumentKind.CORRESPONDENCE.value: "Correspondence",
    DocumentKind.OTHER.value: "Other",
}


def kind_label(kind: str) -> str:
    return DOCUMENT_KIND_LABELS.get(kind, kind.replace("-", " ").capitalize())


def matter_label(matter_type: str, docket: str = "") -> str:
    try:
        label = MATTER_LABELS[MatterType(matter_type)]
    except ValueError:
        label = matter_type.replace("-", " ").capitalize()
    return f"{label} ({docket})" if docket else label


def file_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
