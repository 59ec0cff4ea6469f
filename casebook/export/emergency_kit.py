"""The emergency kit: the one-page sheet that carries a vault's recovery key to paper.

The recovery key is shown once, when the vault is made. Printed and locked
away, this sheet is the only way back in if the passphrase is forgotten, so it
says plainly what it is, shows the key big enough to type back without
mistakes, leaves room for a passphrase hint (never the passphrase), and says
where to keep it and what to do if the laptop goes missing. It holds no client
data: only the vault's folder name and the date.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

from casebook.export import fonts, page
from casebook.export.text import paragraph

__all__ = ["TITLE", "write_emergency_kit"]

TITLE = "casebook Emergency Kit"
_KEY_BOX_PADDING = 16
_KEY_MAX_SIZE = 26.0

_WHERE_TO_KEEP = (
    "Print this page and keep it in a locked drawer or safe, away from the laptop and its bag.",
    "Do not keep this PDF: after printing, delete it and empty the trash. Never email it, "
    "photograph it or save it to cloud storage.",
    "Anyone who has this sheet and a copy of the vault can read every file in it. "
    "Guard it as you guard the case files.",
)
_IF_LOST = (
    "Stay calm: the vault is encrypted. Without your passphrase or this key, a finder "
    "learns nothing about your clients.",
    "Tell your supervisor the same day, as your office's data-security policy requires.",
    "On another computer, install casebook and copy in your latest backup of the vault "
    "folder. Open it with your passphrase, or, if you have forgotten it, use this "
    "recovery key to set a new passphrase.",
)


def write_emergency_kit(path: Path, recovery_key: str, vault_name: str, created: date) -> None:
    """Write the printable recovery sheet to ``path`` (atomically, mode 0600).

    ``recovery_key`` is printed exactly as given, groups and dashes included.
    """
    if not recovery_key.strip():
        raise ValueError("an emergency kit needs a recovery key")
    page.write_pdf(
        path,
        _story(recovery_key, vault_name, created),
        title=TITLE,
        subject="Recovery key for a casebook vault",
    )


def _story(recovery_key: str, vault_name: str, created: date) -> list[Flowable]:
    s = page.styles()
    made = f"{created:%B} {created.day}, {created.year}"
    return [
        paragraph(TITLE, s.title),
        paragraph(f"Vault: {vault_name}   ·   Created {made}", s.small),
        Spacer(1, 10),
        paragraph(
            "This sheet lets you back into your casebook vault if you ever forget its "
            "passphrase. Nobody else can do that for you: not your office's IT staff and not "
            "casebook's authors. Without the passphrase or this key, the client files in the "
            "vault are lost for good.",
            s.body,
        ),
        Spacer(1, 8),
        _key_box(recovery_key, s.label),
        Spacer(1, 4),
        paragraph(
            "Type it back in capitals or small letters, with or without the dashes. It uses "
            "the digits 0-9 and the letters A-Z without I, L, O and U, so 0 is always zero "
            "and 1 is always one.",
            s.small,
        ),
        Spacer(1, 8),
        _hint_box(s.label, s.small),
        paragraph("Where to keep it", s.heading),
        _bullets(_WHERE_TO_KEEP, s.body, numbered=False),
        paragraph("If the laptop is lost or stolen", s.heading),
        _bullets(_IF_LOST, s.body, numbered=True),
        Spacer(1, 14),
        paragraph(
            "This sheet holds no client information. It was made by casebook when the "
            "vault was created.",
            s.small,
        ),
    ]


def _key_box(recovery_key: str, label: ParagraphStyle) -> Flowable:
    """The key on one line, in monospace as large as fits, inside a heavy box."""
    inner = page.CONTENT_WIDTH - 2 * _KEY_BOX_PADDING
    fonts.ensure_face(fonts.MONO)
    size = min(_KEY_MAX_SIZE, inner / pdfmetrics.stringWidth(recovery_key, fonts.MONO, 1) * 0.98)
    key_style = ParagraphStyle(
        "recovery-key",
        fontName=fonts.MONO,
        fontSize=size,
        leading=size * 1.3,
        alignment=TA_CENTER,
        textColor=page.INK,
    )
    cell = [
        Paragraph("RECOVERY KEY", label),
        Spacer(1, 6),
        Paragraph(escape(recovery_key), key_style),
    ]
    table = Table([[cell]], colWidths=[page.CONTENT_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                ("BOX", (0, 0), (-1, -1), 1.5, page.INK),
                ("LEFTPADDING", (0, 0), (-1, -1), _KEY_BOX_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), _KEY_BOX_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
            ]
        )
    )
    return table


def _hint_box(label: ParagraphStyle, small: ParagraphStyle) -> Flowable:
    """An empty ruled box for a handwritten passphrase hint."""
    writing_lines = 2
    line_height = 0.42 * inch
    rows: list[list[Any]] = [
        [
            [
                Paragraph("PASSPHRASE HINT (optional, handwritten)", label),
                Paragraph(
                    "A reminder only you would understand. Never write the passphrase itself.",
                    small,
                ),
            ]
        ],
        *([[""]] * writing_lines),
        [""],
    ]
    table = Table(
        rows,
        colWidths=[page.CONTENT_WIDTH],
        rowHeights=[None, *([line_height] * writing_lines), 8],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),  # else Helvetica, not embedded
                ("BOX", (0, 0), (-1, -1), 0.8, page.RULE),
                ("LINEBELOW", (0, 1), (-1, writing_lines), 0.4, page.RULE, None, (2, 2)),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
            ]
        )
    )
    return table


def _bullets(items: tuple[str, ...], style: ParagraphStyle, *, numbered: bool) -> Flowable:
    return ListFlowable(
        [ListItem(paragraph(item, style)) for item in items],
        bulletType="1" if numbered else "bullet",
        bulletFormat="%s." if numbered else None,
        start=None if numbered else "•",
        bulletFontName=fonts.SANS,
        bulletFontSize=style.fontSize,
        leftIndent=16,
        bulletDedent=12,
        spaceBefore=2,
    )
