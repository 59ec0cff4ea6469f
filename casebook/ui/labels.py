"""Words shown for stored values (document kinds, matter types, sizes); display only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from casebook.domain.vocabulary import MATTER_LABELS, DocumentKind, MatterType
from casebook.ui.translation import QT_TRANSLATE_NOOP

DOCUMENT_KIND_LABELS: dict[str, str] = {
    DocumentKind.NOTICE_TO_APPEAR.value: QT_TRANSLATE_NOOP("Labels", "Notice to appear"),
    DocumentKind.HEARING_NOTICE.value: QT_TRANSLATE_NOOP("Labels", "Hearing notice"),
    DocumentKind.COURT_RECORD.value: QT_TRANSLATE_NOOP("Labels", "Court record"),
    DocumentKind.IDENTITY.value: QT_TRANSLATE_NOOP("Labels", "Identity document"),
    DocumentKind.POLICE_RECORD.value: QT_TRANSLATE_NOOP("Labels", "Police record"),
    DocumentKind.FOIL_RESPONSE.value: QT_TRANSLATE_NOOP("Labels", "FOIL response"),
    DocumentKind.EVIDENCE.value: QT_TRANSLATE_NOOP("Labels", "Evidence"),
    DocumentKind.TRANSLATION.value: QT_TRANSLATE_NOOP("Labels", "Translation"),
    DocumentKind.CORRESPONDENCE.value: QT_TRANSLATE_NOOP("Labels", "Correspondence"),
    DocumentKind.OTHER.value: QT_TRANSLATE_NOOP("Labels", "Other"),
}


def kind_label(kind: str) -> str:
    label = DOCUMENT_KIND_LABELS.get(kind)
    if label is None:
        return kind.replace("-", " ").capitalize()
    return QCoreApplication.translate("Labels", label)


def matter_label(matter_type: str, docket: str = "") -> str:
    try:
        label = MATTER_LABELS[MatterType(matter_type)]
    except ValueError:
        label = matter_type.replace("-", " ").capitalize()
    return f"{label} ({docket})" if docket else label


def file_size(size: int) -> str:
    """``812 bytes``, ``14 KB``, ``2.3 MB`` (``bytes`` in the window's language)."""
    if size < 1024:
        return QCoreApplication.translate("Labels", "{size} bytes").format(size=size)
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
