"""How much of one file casebook reads, so no single file can take the machine.

One place for the caps the importer and the viewer share. A file beyond a cap
is still stored whole and can be viewed and exported; only what is read from
it (pixels drawn, pages sent to OCR, characters indexed) is bounded, and the
import result says so in a note.
"""

from __future__ import annotations

from PIL import Image

# A page is drawn (viewer, OCR, thumbnail) with at most this many pixels: a
# letter page at 600 dpi is 34 MP; a 200 x 200 inch page at 300 dpi would be 3.6 GP.
MAX_RENDER_PIXELS = 40_000_000
# Pages of one PDF or multi-page TIFF read with OCR; the rest stay viewable.
MAX_OCR_PAGES = 50
# Frames of an animation (animated PNG, GIF, WebP) read with OCR: they repeat.
MAX_OCR_FRAMES = 1
# Time to read one file's words (text layer and OCR together), in seconds.
FILE_SECONDS = 600.0
# Characters of one file kept for search.
MAX_TEXT_CHARS = 20_000_000
# An image with more pixels than this is not decoded at all (600 MB of RGB and
# more): it is stored without preview. casebook checks the size itself after
# Image.open; Pillow's own guard (a warning above MAX_IMAGE_PIXELS, an error
# above twice that) is set to the same figure, so it only fires where we refuse.
MAX_DECODE_PIXELS = 200_000_000
Image.MAX_IMAGE_PIXELS = MAX_DECODE_PIXELS


def megapixels(pixels: float) -> str:
    return f"{pixels / 1_000_000:,.0f} megapixels"
