"""Where one scanned batch splits into documents, and which of its pages are left out.

A scanner's document feeder turns a stack of papers into one file. The
advocate marks where one document ends with a separator sheet casebook
prints (``separator_mark``) or, when the scanner scans one side only, a
blank page. Each page of the batch has been classed (content, blank,
separator) by the services; ``plan_split`` turns those classes into pieces.

Single-sided (the default): every separator and every blank page ends the
document before it and is left out.

Both sides ("duplex"): a scanner that scans both sides gives a blank back
for every one-sided paper, so a blank page alone says nothing. Pages pair
into sheets (1-2, 3-4, ...). A sheet with nothing on it, or a separator on
one side and nothing (or a separator) on the other, ends the document and
is left out; a blank side of a sheet that has content is left out without
splitting; a separator printed on the back of a used sheet still splits.

A plan with fewer than two pieces is no split: the batch is stored as it
came (``SplitPlan.splits`` is False), so a batch without separators is one
document exactly as before, blank pages and all. All functions are pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class PageClass(StrEnum):
    CONTENT = "content"
    BLANK = "blank"
    SEPARATOR = "separator"


class DropReason(StrEnum):
    SEPARATOR = "separator"  # a separator sheet's side
    BLANK = "blank"  # a blank page (single-sided), or a side of a blank sheet (duplex)
    BLANK_BACK = "blank-back"  # duplex: the empty side of a sheet that has content


@dataclass(frozen=True)
class SplitPlan:
    """Pages are numbered from 1. ``pieces`` keep the batch's order."""

    pages: int
    pieces: tuple[tuple[int, ...], ...]
    dropped: tuple[tuple[int, DropReason], ...]

    @property
    def splits(self) -> bool:
        return len(self.pieces) >= 2


def plan_split(classes: Sequence[PageClass], *, duplex: bool = False) -> SplitPlan:
    """The documents ``classes`` (one per page, in order) make; see the module's rules."""
    actions = _duplex_actions(classes) if duplex else _single_actions(classes)
    pieces: list[tuple[int, ...]] = []
    current: list[int] = []
    dropped: list[tuple[int, DropReason]] = []
    for number, (ends, reason) in enumerate(actions, start=1):
        if reason is None:
            current.append(number)
            continue
        dropped.append((number, reason))
        if ends and current:
            pieces.append(tuple(current))
            current = []
    if current:
        pieces.append(tuple(current))
    return SplitPlan(len(classes), tuple(pieces), tuple(dropped))


# (ends the document before it, why it is left out or None to keep it), per page
_Action = tuple[bool, DropReason | None]


def _single_actions(classes: Sequence[PageClass]) -> list[_Action]:
    out: list[_Action] = []
    for cls in classes:
        if cls is PageClass.SEPARATOR:
            out.append((True, DropReason.SEPARATOR))
        elif cls is PageClass.BLANK:
            out.append((True, DropReason.BLANK))
        else:
            out.append((False, None))
    return out


def _duplex_actions(classes: Sequence[PageClass]) -> list[_Action]:
    out: list[_Action] = []
    for start in range(0, len(classes), 2):
        sheet = classes[start : start + 2]
        has_content = PageClass.CONTENT in sheet
        for cls in sheet:
            if cls is PageClass.CONTENT:
                out.append((False, None))
            elif cls is PageClass.SEPARATOR:
                out.append((True, DropReason.SEPARATOR))
            elif has_content:
                out.append((False, DropReason.BLANK_BACK))
            elif PageClass.SEPARATOR in sheet:  # the separator sheet's empty back
                out.append((True, DropReason.SEPARATOR))
            elif len(sheet) == 2:  # both sides blank (or the other a separator): a blank sheet
                out.append((True, DropReason.BLANK))
            else:  # an odd last page, blank: a lone side, never a whole sheet
                out.append((False, DropReason.BLANK_BACK))
    return out


def page_range(pages: Sequence[int]) -> str:
    """``pages`` in words: "page 3", "pages 3-5", "pages 1-2, 4" (with en dashes)."""
    runs: list[tuple[int, int]] = []
    for page in sorted(pages):
        if runs and page == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], page)
        else:
            runs.append((page, page))
    text = ", ".join(str(a) if a == b else f"{a}\N{EN DASH}{b}" for a, b in runs)
    return f"page{'s' if len(pages) > 1 else ''} {text}"


def dropped_words(dropped: Sequence[tuple[int, DropReason]]) -> str:
    """What was left out, in words: "page 2 a separator sheet, pages 5, 7 blank"."""
    words = {
        DropReason.SEPARATOR: "a separator sheet",
        DropReason.BLANK: "blank",
        DropReason.BLANK_BACK: "a blank back",
    }
    parts = []
    for reason in DropReason:
        pages = [p for p, why in dropped if why is reason]
        if pages:
            parts.append(f"{page_range(pages)} {words[reason]}")
    return ", ".join(parts)
