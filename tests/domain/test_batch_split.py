"""Where a scanned batch splits (``plan_split``), worked by hand page by page.

C = content, B = blank, S = separator. Duplex sheets pair pages (1-2, 3-4, ...).
"""

from __future__ import annotations

import pytest

from casebook.domain.batch_split import DropReason, PageClass, dropped_words, page_range, plan_split

C, B, S = PageClass.CONTENT, PageClass.BLANK, PageClass.SEPARATOR
SEP, BLANK, BACK = DropReason.SEPARATOR, DropReason.BLANK, DropReason.BLANK_BACK


@pytest.mark.parametrize(
    ("classes", "pieces", "dropped"),
    [
        ([C, C, C], [(1, 2, 3)], []),  # nothing to split at
        ([C, S, C], [(1,), (3,)], [(2, SEP)]),
        ([C, C, S, C, B, C], [(1, 2), (4,), (6,)], [(3, SEP), (5, BLANK)]),  # NTA+sep+HN+blank+FOIL
        ([S, C, C, S], [(2, 3)], [(1, SEP), (4, SEP)]),  # a sheet first and last: one piece
        ([C, S, S, B, C], [(1,), (5,)], [(2, SEP), (3, SEP), (4, BLANK)]),  # no empty pieces
        ([B, B], [], [(1, BLANK), (2, BLANK)]),  # nothing at all
        ([C], [(1,)], []),
    ],
)
def test_one_sided_every_separator_and_blank_page_ends_a_document(classes, pieces, dropped):
    plan = plan_split(classes)
    assert plan.pieces == tuple(pieces)
    assert plan.dropped == tuple(dropped)
    assert plan.pages == len(classes)
    assert plan.splits is (len(pieces) >= 2)


@pytest.mark.parametrize(
    ("classes", "pieces", "dropped"),
    [
        # sheets (C,B) (C,B): two one-sided papers of one document, backs left out
        ([C, B, C, B], [(1, 3)], [(2, BACK), (4, BACK)]),
        # (C,C) (B,B) (C,B): a blank sheet splits; the last back is left out
        ([C, C, B, B, C, B], [(1, 2), (5,)], [(3, BLANK), (4, BLANK), (6, BACK)]),
        # (C,B) (S,B) (C,C): the separator and its empty back split
        ([C, B, S, B, C, C], [(1,), (5, 6)], [(2, BACK), (3, SEP), (4, SEP)]),
        # (C,S): a separator printed on the back of a used sheet still splits
        ([C, S, C, B], [(1,), (3,)], [(2, SEP), (4, BACK)]),
        # (B,C): a blank front is a lone side too
        ([B, C, C, C], [(2, 3, 4)], [(1, BACK)]),
        # an odd last page, blank: never a whole sheet
        ([C, C, B], [(1, 2)], [(3, BACK)]),
    ],
)
def test_duplex_only_a_blank_or_separator_sheet_splits(classes, pieces, dropped):
    plan = plan_split(classes, duplex=True)
    assert plan.pieces == tuple(pieces)
    assert plan.dropped == tuple(dropped)


def test_a_plan_of_one_piece_is_no_split_so_the_batch_is_kept_whole():
    assert not plan_split([C, C, B]).splits  # a trailing blank page alone splits nothing
    assert not plan_split([C, B, C, B], duplex=True).splits


@pytest.mark.parametrize(
    ("pages", "words"),
    [
        ([3], "page 3"),
        ([3, 4, 5], "pages 3\N{EN DASH}5"),
        ([1, 2, 4], "pages 1\N{EN DASH}2, 4"),
        ([5, 1], "pages 1, 5"),
    ],
)
def test_page_ranges_in_words(pages, words):
    assert page_range(pages) == words


def test_what_was_left_out_in_words():
    assert dropped_words([(3, SEP), (5, BLANK), (7, BLANK), (8, BACK)]) == (
        "page 3 a separator sheet, pages 5, 7 blank, page 8 a blank back"
    )
