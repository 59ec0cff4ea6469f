"""The filing packet as the court sees it: cover, exhibit list, tabs, numbers, letter pages."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import threading
from datetime import date, datetime
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas

from casebook.export import packet as pk
from casebook.export import packet_pages as pp
from casebook.services import ocr

HEARING = datetime(2026, 12, 14, 9, 30)


def text_pdf(pages: int, size: tuple[float, float] = LETTER, label: str = "Page") -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size)
    for i in range(pages):
        canvas.drawString(72, size[1] - 72, f"{label} {i + 1} top")
        canvas.drawString(72, 20, f"{label} {i + 1} foot")  # content in the bottom margin
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def jpeg(width: int, height: int) -> bytes:
    image = Image.new("L", (width, height), 230)
    ImageDraw.Draw(image).rectangle([4, 4, width - 5, height - 5], outline=0, width=6)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70, dpi=(200, 200))
    return buffer.getvalue()


def source(
    description: str, content: bytes, media: str = "application/pdf", **kw
) -> pk.ExhibitSource:
    return pk.ExhibitSource(description, media, content, f'"{description}"', **kw)


def spec(*exhibits: pk.ExhibitSource, detained: bool = False, brief=None) -> pk.PacketSpec:
    return pk.PacketSpec(
        filer=pp.Filer(
            "Ana Advocate",
            "Legal Aid",
            "199 Water St\nNew York, NY",
            "212-555-0199",
            "ana@example.org",
            "AB12345",
        ),
        caption=pp.Caption(
            respondent="María José Álvarez",
            a_number="A-123-456-789",
            court_city="New York, New York",
            judge="Hon. Jane Smith",
            next_hearing=HEARING,
            hearing_kind="Individual hearing",
            detained=detained,
            title="Respondent's documents in support of application for asylum",
        ),
        exhibits=exhibits,
        service=pp.Service(date(2026, 11, 29), "ecas", signer="Ana Advocate"),
        filed_on=date(2026, 11, 29),
        brief=brief,
    )


@pytest.fixture(scope="module")
def built() -> pk.PacketOutput:
    return pk.build_packet(
        spec(
            source("Notice to Appear", text_pdf(3, label="NTA")),
            source("Birth certificate (A4)", text_pdf(1, A4, label="A4")),
            source("Photograph (landscape)", jpeg(900, 600), "image/jpeg"),
            source(
                "Translation of birth certificate",
                text_pdf(2, label="Translation"),
                translation=pp.Translation(
                    "Pedro Páez", "1 Main St, Bronx, NY", "718-555-0101", "Spanish"
                ),
                original=source("Acta de nacimiento", text_pdf(1, label="Original")),
                dated=date(2001, 5, 4),
                source="Registro Civil, Guatemala",
            ),
        )
    )


def pages_text(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    return [document[i].get_textpage().get_text_range() for i in range(len(document))]


def foot_text(pdf: bytes) -> list[str]:
    """The text in each page's bottom band, where the page number goes."""
    document = pdfium.PdfDocument(pdf)
    result = []
    for i in range(len(document)):
        page = document[i]
        width, _ = page.get_size()
        result.append(page.get_textpage().get_text_bounded(0, 0, width, pp.NUMBER_BAND).strip())
    return result


def test_layout_cover_list_tabs_exhibits_translation_and_service(built: pk.PacketOutput) -> None:
    places = {p.description: p for p in built.placements}
    assert places["Cover page"].first_page == 1
    assert places["Table of contents and proposed exhibit list"].first_page == 2
    # Tab page + pages (+ certificate of translation), consecutively.
    assert [(p.tab, p.first_page, p.last_page) for p in built.placements if p.tab] == [
        ("A", 3, 6),
        ("B", 7, 8),
        ("C", 9, 10),
        ("D", 11, 15),
    ]
    assert places["Certificate of service"].first_page == built.page_count == 16
    assert len(built.parts) == 1 and not built.warnings


def test_cover_page_says_what_the_manual_asks(built: pk.PacketOutput) -> None:
    cover = pages_text(built.parts[0])[0]
    for words in (
        "UNITED STATES DEPARTMENT OF JUSTICE",
        "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW",
        "IMMIGRATION COURT",
        "NEW YORK, NEW YORK",
        "In the Matter of",
        "MARÍA JOSÉ ÁLVAREZ",
        "Respondent",
        "A-123-456-789",
        "In removal proceedings",
        "Hon. Jane Smith",
        "December 14, 2026 at 9:30 a.m.",
        "NON-DETAINED",
        "RESPONDENT'S DOCUMENTS IN SUPPORT OF APPLICATION FOR ASYLUM",
        "Ana Advocate",
        "EOIR ID: AB12345",
    ):
        assert words in cover, words


def test_detained_case_says_detained() -> None:
    out = pk.build_packet(spec(source("One", text_pdf(1)), detained=True))
    cover = pages_text(out.parts[0])[0]
    assert "DETAINED" in cover and "NON-DETAINED" not in cover


def test_exhibit_list_gives_each_tab_its_page_range(built: pk.PacketOutput) -> None:
    listing = " ".join(pages_text(built.parts[0])[1].split())
    assert "PROPOSED EXHIBIT LIST" in listing
    for row in (
        "A Notice to Appear 3\u20136",
        "B Birth certificate (A4) 7\u20138",
        "C Photograph (landscape) 9\u201310",
        "D Translation of birth certificate May 4, 2001 Registro Civil, Guatemala 11\u201315",
        "English translation 12\u201313",
        "Certificate of translation 14",
        "Original (Spanish) 15",
        "Certificate of service 16",
    ):
        assert row in listing, row


def test_every_page_is_numbered_in_the_bottom_band_in_order(built: pk.PacketOutput) -> None:
    assert foot_text(built.parts[0]) == [str(n) for n in range(1, built.page_count + 1)]


def test_numbers_never_cover_content_scaled_above_the_band(built: pk.PacketOutput) -> None:
    # The exhibit's own text at y=20pt (inside the band before scaling) moved up out of it.
    texts = pages_text(built.parts[0])
    assert "NTA 1 foot" in texts[3]
    assert "NTA 1 foot" not in foot_text(built.parts[0])[3]


def test_every_page_is_letter_size_in_its_own_orientation(built: pk.PacketOutput) -> None:
    reader = PdfReader(io.BytesIO(built.parts[0]))
    sizes = [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages
    ]
    assert all(sorted(s) == [612, 792] for s in sizes)
    assert all("/Rotate" not in p or p["/Rotate"] == 0 for p in reader.pages)
    assert sizes[9] == (792, 612)  # the landscape photograph stays landscape
    assert sizes[7] == (612, 792)  # the A4 page, scaled onto letter


def test_a4_page_is_scaled_whole_onto_letter(built: pk.PacketOutput) -> None:
    text = pages_text(built.parts[0])[7]
    assert "A4 1 top" in text and "A4 1 foot" in text


def test_tab_pages_and_certificates(built: pk.PacketOutput) -> None:
    texts = pages_text(built.parts[0])
    assert "TAB A" in texts[2] and "Notice to Appear" in texts[2]
    assert "TAB D" in texts[10]
    assert "Translation 2 top" in texts[12] and "Original 1 top" in texts[14]
    cert = " ".join(texts[13].split())
    assert "CERTIFICATE OF TRANSLATION" in cert
    assert "Pedro Páez" in cert and "competent to translate from Spanish into English" in cert
    assert "true and accurate to the best of my abilities" in cert
    assert "718-555-0101" in cert and "1 Main St, Bronx, NY" in cert
    service = " ".join(texts[15].split())
    assert "CERTIFICATE OF SERVICE" in service
    assert "DHS/ICE Office of the Principal Legal Advisor" in service
    assert "November 29, 2026" in service and "ECAS" in service
    assert "Signature" in service


def test_bookmarks_metadata_and_never_encrypted(built: pk.PacketOutput) -> None:
    reader = PdfReader(io.BytesIO(built.parts[0]))
    assert not reader.is_encrypted
    marks = {m.title: reader.get_destination_page_number(m) for m in reader.outline}
    assert marks["Cover page"] == 0
    assert marks["Tab A: Notice to Appear"] == 2
    assert marks["Tab D: Translation of birth certificate"] == 10
    assert marks["Certificate of service"] == 15
    meta = reader.metadata
    assert meta is not None and meta.title.startswith("Respondent's documents")
    assert not meta.author
    assert reader.page_labels[:3] == ["1", "2", "3"]


def test_split_at_size_limit_keeps_numbering_across_parts() -> None:
    exhibits = [source(f"Scan {i}", jpeg(1200, 1600), "image/jpeg") for i in range(6)]
    whole = pk.build_packet(spec(*exhibits))
    limit = len(whole.parts[0]) // 2
    out = pk.build_packet(spec(*exhibits), size_limit=limit)
    assert len(out.parts) >= 2
    assert all(len(p) <= limit for p in out.parts)
    assert "split" in out.warnings[0]
    numbers: list[str] = []
    for part, first in zip(out.parts, out.part_first_pages, strict=True):
        feet = foot_text(part)
        assert feet[0] == str(first)
        numbers += feet
        assert PdfReader(io.BytesIO(part)).outline  # each part has its own bookmarks
    assert numbers == [str(n) for n in range(1, out.page_count + 1)]


def test_part_names_follow_ecas(tmp_path: Path) -> None:
    path = tmp_path / "Alvarez_Exhibits.pdf"
    assert pk.part_paths(path, 1) == (path,)
    assert [p.name for p in pk.part_paths(path, 2)] == [
        "Alvarez_Exhibits_Part1.pdf",
        "Alvarez_Exhibits_Part2.pdf",
    ]


def test_damaged_exhibit_is_named_and_stops() -> None:
    broken = text_pdf(2)[:400]
    with pytest.raises(pk.ExhibitUnreadable, match='"Police report"'):
        pk.build_packet(spec(source("Good", text_pdf(1)), source("Police report", broken)))


def test_cut_off_scan_is_named_and_stops() -> None:
    scan = jpeg(850, 1100)
    for cut in (len(scan) - 2, len(scan) // 2):  # no end-of-image marker / half the data
        with pytest.raises(pk.ExhibitUnreadable, match='"Scan"'):
            pk.build_packet(spec(source("Scan", scan[:cut], "image/jpeg")))


def test_a_scans_jpeg_goes_in_byte_for_byte() -> None:
    scans = [jpeg(850, 1100), jpeg(1100, 850)]
    out = pk.build_packet(
        spec(*(source(f"Scan {i}", s, "image/jpeg") for i, s in enumerate(scans)))
    )
    with pikepdf.open(io.BytesIO(out.parts[0])) as pdf:
        placed = [
            image.read_raw_bytes()
            for page in pdf.pages
            for image in page.get_images(recursive=False).values()
            if image.get("/Filter") == pikepdf.Name.DCTDecode
        ]
    assert placed == scans


def test_password_protected_exhibit_is_named_and_stops() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(1))))
    writer.encrypt("secret", algorithm="AES-256")
    locked = io.BytesIO()
    writer.write(locked)
    with pytest.raises(pk.ExhibitUnreadable, match="password-protected"):
        pk.build_packet(spec(source("Bank letter", locked.getvalue())))


def test_owner_restricted_pdf_opens_and_comes_out_unencrypted() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(1))))
    writer.encrypt("", owner_password="owner", algorithm="AES-128")
    restricted = io.BytesIO()
    writer.write(restricted)
    out = pk.build_packet(spec(source("Restricted", restricted.getvalue())))
    assert not PdfReader(io.BytesIO(out.parts[0])).is_encrypted


def test_brief_is_a_filing_of_its_own_and_over_25_pages_is_warned_about() -> None:
    out = pk.build_packet(spec(source("One", text_pdf(1)), brief=source("Brief", text_pdf(27))))
    assert any("27 pages" in w and "4.19" in w for w in out.warnings)
    assert "Brief" not in [p.description for p in out.placements]  # ECAS: never combined
    assert out.brief is not None
    assert [(p.description, p.first_page, p.last_page) for p in out.brief.placements] == [
        ("Cover page", 1, 1),
        ("Brief", 2, 28),
        ("Certificate of service", 29, 29),
    ]
    texts = pages_text(out.brief.parts[0])
    assert "RESPONDENT'S BRIEF IN SUPPORT OF APPLICATION FOR ASYLUM" in texts[0]
    assert "CERTIFICATE OF SERVICE" in texts[-1]
    assert foot_text(out.brief.parts[0]) == [str(n) for n in range(1, 30)]


def test_brief_file_goes_beside_the_evidence(tmp_path: Path) -> None:
    out = pk.build_packet(spec(source("One", text_pdf(1)), brief=source("Brief", text_pdf(2))))
    paths = pk.write_packet(tmp_path / "Alvarez_A123456789_Evidence.pdf", out)
    assert [p.name for p in paths] == [
        "Alvarez_A123456789_Brief.pdf",
        "Alvarez_A123456789_Evidence.pdf",
    ]
    assert pk.brief_path(tmp_path / "packet.pdf").name == "packet_Brief.pdf"


def test_a_certificate_of_translation_without_an_original_is_refused() -> None:
    lone = source("Translation", text_pdf(1), translation=pp.Translation("Pedro"))
    with pytest.raises(pk.LoneCertificate, match="no foreign-language original"):
        pk.build_packet(spec(lone))


def test_cancel_stops_the_build() -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(pk.PacketCancelled):
        pk.build_packet(spec(source("One", text_pdf(1))), cancel=cancel)


def scan_with_words() -> tuple[bytes, tuple[int, int, int, int]]:
    """A 150 dpi letter scan with one line of words, and the pixel box of its ink."""
    image = Image.new("L", (1275, 1650), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(fonts_dir() / "NotoSans-Regular.ttf"), 44)
    draw.text((300, 1100), "COMPLAINT REPORT 2024", fill=0, font=font)
    box = image.point(lambda v: 255 - v).getbbox()
    assert box is not None
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, dpi=(150, 150))
    return buffer.getvalue(), box


def fonts_dir() -> Path:
    from casebook.export import fonts

    return Path(fonts.__file__).resolve().parents[2] / "resources" / "fonts"


# The engine as casebook finds it (its probe runs it), not just a file on PATH: under
# libfaketime (CI's second, dates-ahead run) child processes with timeouts fail, so
# OCR reads as unavailable there and these tests, which reason about no date, skip.
needs_tesseract = pytest.mark.skipif(
    "FAKETIME" in os.environ or not ocr.ocr_available().available or not shutil.which("pdftotext"),
    reason="needs a working Tesseract and poppler's pdftotext",
)


@needs_tesseract
def test_scan_text_layer_puts_each_word_where_the_scan_shows_it(tmp_path: Path) -> None:

    scan, ink = scan_with_words()
    with Image.open(io.BytesIO(scan)) as image:
        layer = ocr.text_layer(image, ["eng"])
    out = pk.build_packet(spec(source("Scan", scan, "image/jpeg", text_layers=(layer,))))
    pdf = tmp_path / "packet.pdf"
    pdf.write_bytes(out.parts[0])
    tab_and_scan = 4  # cover, list, tab, the scan
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(tab_and_scan), "-l", str(tab_and_scan), pdf, "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = {
        m["word"]: tuple(float(m[k]) for k in ("x0", "y0", "x1", "y1"))
        for m in re.finditer(
            r'xMin="(?P<x0>[\d.]+)" yMin="(?P<y0>[\d.]+)" xMax="(?P<x1>[\d.]+)" '
            r'yMax="(?P<y1>[\d.]+)">(?P<word>[^<]+)<',
            html,
        )
    }
    assert {"COMPLAINT", "REPORT", "2024"} <= set(words)
    # Where the scan's ink is on the packet page, found by rendering it (top-left origin,
    # points, as pdftotext gives): every word's box lies on that line, in order.
    page = pdfium.PdfDocument(out.parts[0])[tab_and_scan - 1]
    rendered = page.render(scale=1.0, grayscale=True).to_pil()
    height = rendered.height
    band = rendered.crop((0, 0, rendered.width, height - int(pp.NUMBER_BAND) - 2))
    drawn = band.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert drawn is not None
    x0, y0, x1, y1 = drawn
    for word in ("COMPLAINT", "REPORT", "2024"):
        wx0, wy0, wx1, wy1 = words[word]
        overlap_y = min(wy1, y1) - max(wy0, y0)
        assert overlap_y >= 0.6 * (y1 - y0), (word, words[word], drawn)  # same line
        assert x0 - 3 <= wx0 < wx1 <= x1 + 3, (word, words[word], drawn)  # within the ink
    assert words["COMPLAINT"][2] < words["REPORT"][0] < words["REPORT"][2] < words["2024"][0]
    assert ink  # the scan really had ink where it was drawn


def test_a_scan_without_a_text_layer_goes_in_unsearchable() -> None:
    out = pk.build_packet(spec(source("Scan", jpeg(850, 1100), "image/jpeg")))
    assert pages_text(out.parts[0])[3].strip() == "4"  # only the page number


def test_multilingual_names_have_every_glyph() -> None:
    names = "Jean-Baptiste Pierre-Louis / Мария Иванова / 王秀英 / মোহাম্মদ রহমান / محمد الأحمد"
    out = pk.build_packet(
        pk.PacketSpec(
            pp.Filer("Ana"),
            pp.Caption(names, "", "New York", "", None, "", False, "Documents"),
            (source("Carta de apoyo — Ñuñoa", text_pdf(1)),),
            pp.Service(date(2026, 11, 29)),
            date(2026, 11, 29),
        )
    )
    cover = pages_text(out.parts[0])[0]
    assert "\ufffd" not in cover
    for word in ("PIERRE-LOUIS", "МАРИЯ", "王秀英"):
        assert word in cover


def test_filled_form_fields_are_drawn_into_the_page() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER)
    canvas.acroForm.textfield(name="name", value="Marie-Claire Joseph", x=72, y=500, width=260)
    canvas.showPage()
    canvas.save()
    out = pk.build_packet(spec(source("Form", buffer.getvalue())))
    reader = PdfReader(io.BytesIO(out.parts[0]))
    assert all("/Annots" not in page for page in reader.pages)
    assert "Marie-Claire Joseph" in pages_text(out.parts[0])[3]
