"""A 300-page filing packet from 40 exhibits (scans and text PDFs) vs ``qpdf --empty --pages``.

casebook does more than qpdf here: it opens and checks every exhibit, draws
the cover, exhibit list, 40 tab pages and the certificate of service, scales
every page onto letter paper, stamps 300 page numbers, adds bookmarks and
splits the result at ECAS's 25 MB. qpdf only concatenates the same files
(the JPEG scans given to it as one-page PDFs made beforehand, untimed). Each
side runs in its own process; peak memory is that process's ru_maxrss.
Targets: time <= 3x qpdf's, peak memory <= 400 MB.
Run: .venv/bin/python benchmarks/bench_packet.py [--runs N] [--baseline TREE]
(``--baseline``: another casebook source tree, e.g. ``git archive main`` unpacked,
measured in the same rounds, for before/after ratios from one run.)
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab import rl_config
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

rl_config.useA85 = 0  # like scanners and word processors: Flate and DCT, no ASCII85

ROOT = Path(__file__).resolve().parent.parent
SCAN_SIZE = (1700, 2200)  # letter at 200 dpi, greyscale


def scan_jpeg(seed: int) -> bytes:
    rng = random.Random(seed)
    noise = Image.effect_noise(SCAN_SIZE, 18).point(lambda v: 200 + v // 5)
    draw = ImageDraw.Draw(noise)
    for line in range(60):
        y = 150 + line * 32
        draw.rectangle([150, y, 150 + rng.randint(600, 1400), y + 14], fill=40)
    out = io.BytesIO()
    noise.save(out, "JPEG", quality=75, dpi=(200, 200))
    return out.getvalue()


def text_pdf(path: Path, pages: int, seed: int) -> None:
    rng = random.Random(seed)
    canvas = Canvas(str(path), pagesize=LETTER)
    for page in range(pages):
        text = canvas.beginText(72, 720)
        text.setFont("Helvetica", 10)
        for _ in range(50):
            text.textLine(" ".join(rng.choice(WORDS) for _ in range(14)))
        canvas.drawText(text)
        canvas.drawString(72, 40, f"page {page + 1}")
        canvas.showPage()
    canvas.save()


def scanned_pdf(path: Path, pages: int, seed: int) -> None:
    """A scanner's PDF: one JPEG (DCTDecode, passed through as is) per page."""
    canvas = Canvas(str(path), pagesize=LETTER)
    for page in range(pages):
        jpeg = path.with_name(f"{path.stem}-{page}.jpg")
        jpeg.write_bytes(scan_jpeg(seed * 100 + page))
        canvas.drawImage(str(jpeg), 0, 0, *LETTER)
        canvas.showPage()
        jpeg.unlink()
    canvas.save()


WORDS = [
    "the",
    "respondent",
    "court",
    "hearing",
    "record",
    "arrest",
    "precinct",
    "detainer",
    "notice",
    "appear",
]


def make_exhibits(folder: Path) -> list[tuple[Path, str]]:
    """40 exhibits, 256 pages: 10 JPEG scans, 15 scanned PDFs (8 pp), 15 text PDFs (8-9 pp)."""
    exhibits: list[tuple[Path, str]] = []
    for i in range(40):
        if i % 4 == 0:
            path = folder / f"ex{i:02d}.jpg"
            path.write_bytes(scan_jpeg(i))
            exhibits.append((path, "image/jpeg"))
        elif i % 4 in (1, 2) and len([e for e in exhibits if e[0].stem.startswith("sc")]) < 15:
            path = folder / f"sc{i:02d}.pdf"
            scanned_pdf(path, 8, i)
            exhibits.append((path, "application/pdf"))
        else:
            path = folder / f"tx{i:02d}.pdf"
            text_pdf(path, 8 + (i % 2), i)
            exhibits.append((path, "application/pdf"))
    return exhibits


CASEBOOK_CHILD = r"""
import json, sys, time
from datetime import date, datetime
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from casebook.export import packet as pk, packet_pages as pp

def spec(sources):
    return pk.PacketSpec(
        pp.Filer("Ana Advocate", "Legal Aid", "199 Water St", "212-555-0199", "", "AB12345"),
        pp.Caption("Jean Baptiste", "A-123-456-789", "New York, New York", "Hon. R. Lee",
                   datetime(2027, 1, 12, 9), "Individual hearing", False,
                   "Respondent's documents in support of application for asylum"),
        sources, pp.Service(date(2026, 11, 29)), date(2026, 11, 29),
    )

exhibits = json.loads(sys.argv[2]); out = Path(sys.argv[3])
def read():
    return tuple(pk.ExhibitSource(f"Exhibit {i + 1}", media, Path(p).read_bytes(), p)
                 for i, (p, media) in enumerate(exhibits))
cold = time.perf_counter()
if sys.argv[4] == "warm":  # as in the app: modules loaded, fonts registered, once before
    pk.build_packet(spec(read()[:1]))
start = time.perf_counter()
built = pk.build_packet(spec(read()))
paths = pk.write_packet(out, built)
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "pages": built.page_count,
                  "parts": [p.stat().st_size for p in paths]}))
"""


def run_child(argv: list[str]) -> tuple[float, float, str]:
    """Wall time and peak RSS (MB) of this one child process (``os.wait4``)."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"{argv[0]} failed with status {child.returncode}")
    return seconds, usage.ru_maxrss / 1024, out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="another casebook tree, run alongside")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        exhibits = make_exhibits(folder)
        pdf_inputs = []
        for path, media in exhibits:  # qpdf takes PDFs only: wrap each JPEG once, untimed
            if media == "image/jpeg":
                wrapped = path.with_suffix(".pdf")
                canvas = Canvas(str(wrapped), pagesize=LETTER)
                canvas.drawImage(str(path), 0, 0, *LETTER)
                canvas.save()
                pdf_inputs.append(str(wrapped))
            else:
                pdf_inputs.append(str(path))
        total_in = sum(p.stat().st_size for p, _ in exhibits) / 1e6
        qpdf_argv = ["qpdf", "--empty", "--pages", *pdf_inputs, "--", str(folder / "qpdf.pdf")]

        def child_for(root: Path, name: str) -> list[str]:
            listed = json.dumps([(str(p), m) for p, m in exhibits])
            return [sys.executable, "-c", CASEBOOK_CHILD, str(root), listed, str(folder / name)]

        child = child_for(ROOT, "Packet.pdf")
        base = child_for(args.baseline.resolve(), "Base.pdf") if args.baseline else None
        qpdf_times: list[float] = []
        cold: list[float] = []
        warm: list[float] = []
        base_cold: list[float] = []
        base_warm: list[float] = []
        peak = 0.0
        report: dict = {}
        for _ in range(args.runs):  # interleaved, so machine noise hits both alike
            qpdf_times.append(run_child(qpdf_argv)[0])
            if base is not None:
                base_cold.append(run_child([*base, "cold"])[0])
                base_warm.append(json.loads(run_child([*base, "warm"])[2])["seconds"])
            seconds, child_peak, _ = run_child([*child, "cold"])
            cold.append(seconds)
            peak = max(peak, child_peak)
            _, child_peak, out = run_child([*child, "warm"])
            report = json.loads(out)
            warm.append(report["seconds"])
            peak = max(peak, child_peak)
        q = statistics.median(qpdf_times)
        c, w = statistics.median(cold), statistics.median(warm)
        print(f"inputs: 40 exhibits ({len(pdf_inputs)} files), {total_in:.1f} MB")
        parts = [round(s / 1e6, 1) for s in report["parts"]]
        print(f"casebook packet: {report['pages']} pages in {len(parts)} part(s), MB: {parts}")
        print(f"qpdf --empty --pages (process):          {q * 1000:8.1f} ms")
        print(f"casebook, warm (build + write, as in app): {w * 1000:8.1f} ms  ratio {w / q:.2f}")
        print(f"casebook, cold (whole CLI-like process):   {c * 1000:8.1f} ms  ratio {c / q:.2f}")
        if base is not None:
            bw, bc = statistics.median(base_warm), statistics.median(base_cold)
            print(f"baseline warm: {bw * 1000:8.1f} ms  ratio {bw / q:.2f}")
            print(f"baseline cold: {bc * 1000:8.1f} ms  ratio {bc / q:.2f}")
        print("target: ratio <= 3.0")
        print(f"casebook peak memory (child ru_maxrss): {peak:.0f} MB  (target <= 400)")


if __name__ == "__main__":
    main()
