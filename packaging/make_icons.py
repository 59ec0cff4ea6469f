"""Render the app icon's PNG sizes, the Windows .ico and the macOS .icns from the SVGs.

    python packaging/make_icons.py          # needs rsvg-convert (Debian: librsvg2-bin) and Pillow

The SVGs in resources/icons are the source; the PNG/ICO/ICNS files are
committed, so building a bundle needs neither this script nor rsvg-convert.
16-32 px come from casebook-small.svg (a pixel-grid redraw that stays legible),
48 px and up from casebook.svg.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SMALL = (16, 24, 32)
LARGE = (48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> Path:
    source = ICONS / ("casebook-small.svg" if size in SMALL else "casebook.svg")
    out = ICONS / f"casebook-{size}.png"
    subprocess.run(  # noqa: S603 - fixed arguments
        ["rsvg-convert", "-w", str(size), "-h", str(size), str(source), "-o", str(out)],  # noqa: S607
        check=True,
    )
    return out


def main() -> int:
    if shutil.which("rsvg-convert") is None:
        print("make_icons: rsvg-convert is missing (apt-get install librsvg2-bin)", file=sys.stderr)
        return 1
    pngs = {size: render(size) for size in (*SMALL, *LARGE)}
    images = {size: Image.open(path).convert("RGBA") for size, path in pngs.items()}

    # Windows: every size as its own bitmap (not one image scaled down).
    ico = [images[s] for s in ICO_SIZES]
    ico[-1].save(ICONS / "casebook.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=ico[:-1])

    # macOS: Pillow picks each ICNS slot from the images given (16..1024, @2x included).
    icns = [images[s] for s in ICNS_SIZES]
    icns[-1].save(ICONS / "casebook.icns", append_images=icns[:-1])

    # The 1024 px render only feeds the .icns; keep the folder to the sizes Linux uses.
    pngs[1024].unlink()
    for size in sorted(pngs):
        if size != 1024:
            print(f"  {pngs[size].relative_to(ICONS.parents[1])}")
    print("  resources/icons/casebook.ico\n  resources/icons/casebook.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
