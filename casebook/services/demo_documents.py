"""Fictional documents for the demo vault: text PDFs and scanned-looking photos.

They are written to a private temporary folder and imported through the real
pipeline (so the demo exercises type detection, OCR and search exactly as a
user's files do), then the temporary files are removed.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from sqlalchemy import select

from casebook.export.fonts import font_dir
from casebook.export.text_document import write_text_document
from casebook.services.importer import Options, Target, import_paths
from casebook.store.session import Store
from casebook.store.tables import Client

_NOTICES = (
    (
        "Notice of Hearing in Removal Proceedings",
        [
            "Your case has been scheduled for a master hearing before the Immigration Court at "
            "26 Federal Plaza, 12th Floor, New York, NY 10278.",
            "Failure to appear may result in an order of removal being entered in your absence.",
            "Aviso de audiencia: su caso ha sido programado ante la Corte de Inmigración.",
        ],
    ),
    (
        "Letter of Support",
        [
            "I have known the respondent for six years through our church in Queens. "
            "She volunteers at the food pantry every Saturday and cares for her two children."
        ],
    ),
    (
        "Constancia de Empleo",
        [
            "Por medio de la presente hacemos constar que la persona trabaja en nuestra panadería "
            "desde el año 2019, con un horario de lunes a viernes."
        ],
    ),
    (
        "Certificate of Disposition",
        [
            "The criminal court case was dismissed and sealed pursuant to CPL 160.50.",
            "No further action is pending in this matter.",
        ],
    ),
)
_SCAN_LINES = (
    "NYPD PROPERTY CLERK INVOICE",
    "Precinct 115  Queens",
    "Received from: the arrested person",
    "Items: one wallet, one phone",
    "Date of arrest: 2025-03-14",
    "Audiencia de fianza",
)


def add_demo_documents(store: Store, count: int, *, seed: int = 7, ocr: bool = True) -> int:
    """Import ``count`` fictional documents linked to existing clients; returns how many."""
    rng = random.Random(seed)  # noqa: S311 - fictional data, repeatable on purpose
    with store.reading() as session:
        client_ids = list(session.scalars(select(Client.id).where(Client.deleted_at.is_(None))))
    if not client_ids:
        return 0
    folder = Path(tempfile.mkdtemp(prefix="casebook-demo-docs-"))
    try:
        by_client: dict[int, list[Path]] = {}
        for i in range(count):
            client = rng.choice(client_ids)
            if i % 2 == 0:
                title, paragraphs = rng.choice(_NOTICES)
                path = folder / f"{title.lower().replace(' ', '-')}-{i}.pdf"
                day = date(2026, 1, 5) + timedelta(days=rng.randint(0, 300))
                write_text_document(path, title, [*paragraphs, f"Dated {day:%B %d, %Y}. Ref {i}."])
            else:
                path = folder / f"scan-{i:04d}.jpg"
                _scan(path, rng, i)
            by_client.setdefault(client, []).append(path)
        imported = 0
        for client, paths in by_client.items():
            results = import_paths(
                store, paths, Target(client_id=client), options=Options(ocr=ocr, source="demo")
            )
            imported += sum(r.document_id is not None for r in results)
        return imported
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _scan(path: Path, rng: random.Random, index: int) -> None:
    """A photo of a paper form: off-white, slightly rotated and blurred, as phones take them."""
    page = Image.new("L", (1275, 1650), color=238)  # letter at 150 dpi
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(font_dir() / "NotoSans-Regular.ttf"), 34)
    y = 120
    for line in (*_SCAN_LINES, f"Invoice number {100000 + index}"):
        draw.text((110, y), line, fill=30, font=font)
        y += 70
    page = page.rotate(rng.uniform(-1.5, 1.5), expand=False, fillcolor=238)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    page.save(path, "JPEG", quality=80)
