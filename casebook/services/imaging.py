"""Any image Pillow decodes, made into something that can be shown and read.

Scanners and cameras write modes a screen cannot show as they are: 16-bit
greyscale (``I;16``), 32-bit integer or float (``I``, ``F``), CIELAB TIFFs,
CMYK. Converting them naively clips 16-bit pages to white and fails on LAB, so
each is mapped here: high-bit-depth greys are stretched over their range, LAB
goes through a colour transform (its lightness alone if that fails).
"""

from __future__ import annotations

from PIL import Image

SHOWN_MODES = frozenset({"1", "L", "RGB", "RGBA"})


def viewable(image: Image.Image) -> Image.Image:
    """``image`` in mode 1, L, RGB or RGBA (the same object when it already is)."""
    mode = image.mode
    if mode in SHOWN_MODES:
        return image
    if mode in ("LA", "La", "PA", "P", "RGBa", "RGBX"):
        if mode == "La":
            image = image.getchannel(0)
            return image
        return image.convert("RGBA" if "A" in mode or "transparency" in image.info else "RGB")
    if mode.startswith("I") or mode == "F":
        return _stretched(image)
    if mode == "LAB":
        return _lab_to_rgb(image)
    return image.convert("RGB")


def _stretched(image: Image.Image) -> Image.Image:
    """High-bit-depth grey to 8 bits, darkest to black and lightest to white."""
    if image.mode != "F":
        image = image.convert("I")
    extrema = image.getextrema()  # one band: (low, high)
    low, high = float(extrema[0]), float(extrema[1])  # type: ignore[arg-type]
    if high <= low:
        value = 0 if high <= 0 else 255
        return Image.new("L", image.size, value)
    scale = 255.0 / (high - low)
    offset = -low * scale
    return image.point(lambda v: v * scale + offset).convert("L")


def _lab_to_rgb(image: Image.Image) -> Image.Image:
    try:
        from PIL import ImageCms

        transform = ImageCms.buildTransform(
            ImageCms.createProfile("LAB"), ImageCms.createProfile("sRGB"), "LAB", "RGB"
        )
        converted = ImageCms.applyTransform(image, transform)
    except Exception:  # no LittleCMS in this Pillow build: lightness is what matters for text
        return image.getchannel("L")
    return converted if converted is not None else image.getchannel("L")
