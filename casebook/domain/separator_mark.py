"""The mark on casebook's separator sheet: a bullseye, drawn by ``export`` and found by
``services.page_classes`` in a scanned page without OCR.

Concentric rings look the same however the sheet lies: turned 90, 180 or
270 degrees in the tray, skewed a few degrees by the feeder, or fed upside
down. Reading it needs only grey levels sampled along rays from its centre,
so it works with OCR off and needs no barcode library; and five alternating
bands 13 mm wide over a 13 cm disc, with a white ring around them, are
nothing a letter, a form, a photo or a signature draws.

Sizes are millimetres on the printed sheet.
"""

from __future__ import annotations

BAND_MM = 13.0  # width of each ring band
BANDS = 5  # from the centre: black disc, white, black, white, black
QUIET_MM = 13.0  # white ring around the mark, kept clear of words
OUTER_MM = BAND_MM * BANDS  # radius of the mark: 65 mm
CLEAR_MM = OUTER_MM + QUIET_MM  # radius nothing else is printed within: 78 mm


def band_is_dark(band: int) -> bool:
    """Band 0 is the centre disc; the quiet ring (band ``BANDS``) and beyond are white."""
    return band < BANDS and band % 2 == 0
