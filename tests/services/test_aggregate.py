"""The anonymised report: suppression rules, and no client data in the PDF or CSV."""

from __future__ import annotations

import csv
import itertools
import re
from collections import Counter
from datetime import date

import pypdfium2 as pdfium
import pytest

from casebook.domain.clients import ClientDraft
from casebook.domain.errors import ValidationError
from casebook.domain.vocabulary import Borough, IncidentKind, Law
from casebook.services import aggregate
from casebook.services.clients import add_client
from casebook.services.incidents import IncidentDraft, add_incident
from tests.services.test_requests import add_document

TODAY = date(2026, 11, 29)


def _shown(cells) -> list[str]:
    return [c.display(5) for c in cells]


@pytest.mark.parametrize("threshold", [2, 1, 0, -5])
def test_threshold_below_three_is_refused(threshold):
    with pytest.raises(ValidationError, match="cannot be below 3"):
        aggregate.check_threshold(threshold)
    with pytest.raises(ValidationError):
        aggregate.protect([("a", 10)], threshold)


def test_counts_below_threshold_including_zero_are_hidden():
    cells, withheld = aggregate.protect([("a", 12), ("b", 7), ("c", 0), ("d", 9)], 5)
    assert not withheld
    # "c" is hidden; the smallest count of 5 or more ("b") is withheld beside it
    assert _shown(cells) == ["12", "withheld", "fewer than 5", "9"]


def test_no_suppression_when_every_count_is_large():
    cells, _ = aggregate.protect([("a", 5), ("b", 6)], 5)
    assert _shown(cells) == ["5", "6"]


def test_threshold_three_is_allowed():
    cells, _ = aggregate.protect([("a", 3), ("b", 2), ("c", 4)], 3)
    assert [c.display(3) for c in cells] == ["withheld", "fewer than 3", "4"]


def _feasible(cells, total, threshold, upper=60):
    """Every assignment of the hidden cells consistent with what the table shows."""
    hidden = [i for i, c in enumerate(cells) if c.status != "shown"]
    known = sum(c.count for c in cells if c.status == "shown")
    ranges = [
        range(threshold) if cells[i].status == "suppressed" else range(threshold, upper)
        for i in hidden
    ]
    return [
        dict(zip(hidden, values, strict=True))
        for values in itertools.product(*ranges)
        if known + sum(values) == total
    ]


@pytest.mark.parametrize(
    "counts",
    [
        [1, 20, 6, 0],
        [4, 4, 30],
        [1, 9],
        [3, 5, 5, 2, 11],
        [2, 2, 2, 6],
    ],
)
def test_no_hidden_count_can_be_worked_out_from_the_total(counts):
    """Complementary suppression: given the total, every hidden small cell keeps >1 value,
    and 0 among them (so none is pinned to a number of people)."""
    threshold = 5
    cells, withheld = aggregate.protect([(str(i), n) for i, n in enumerate(counts)], threshold)
    assert not withheld
    solutions = _feasible(cells, sum(counts), threshold)
    for i, c in enumerate(cells):
        if c.status == "suppressed":
            values = {s[i] for s in solutions}
            assert len(values) > 1 and 0 in values, (counts, i, values)


def test_a_table_of_only_small_counts_is_withheld_when_the_total_would_reveal_them():
    cells, withheld = aggregate.protect([("a", 4), ("b", 4)], 5)  # total 8: both must be 4
    assert withheld and {c.status for c in cells} == {"withheld"}
    cells, withheld = aggregate.protect([(str(i), 1) for i in range(7)], 5)  # 7 over 7 cells
    assert not withheld and {c.status for c in cells} == {"suppressed"}


def test_small_precincts_are_pooled_and_never_named():
    counts = Counter({"75": 9, "44": 6, "110": 5, "1": 2, "120": 1, "": 1})
    cells = aggregate.pool_precincts(counts, 24, 5)
    assert [(c.label, c.display(5)) for c in cells] == [
        ("Precinct 75", "9"),
        ("Precinct 44", "6"),
        ("Other precincts, or none", "9"),  # 110 joined the pool of 4 to reach 5 or more
    ]


def test_fewer_incidents_than_the_threshold_shows_nothing_else(store):
    add_incident(store, IncidentDraft(date(2026, 3, 3), IncidentKind.DETAINER), today=TODAY)
    report = aggregate.build_report(store, today=TODAY)
    assert report.total.display(5) == "fewer than 5" and report.tables == ()


SENTINEL_NAME = "Zyxwvut Qopqrst"
SENTINEL_NARRATIVE = "NARRATIVE-SENTINEL-7731 jumped the turnstile"
SENTINEL_PLACE = "PLACE-SENTINEL Courthouse Annex"
A_NUMBER = "A-212-345-678"
ODD_DAY = date(2025, 3, 17)


def test_no_client_data_reaches_the_pdf_or_csv(store, tmp_path):
    client = add_client(
        store,
        ClientDraft(name=SENTINEL_NAME, a_number=A_NUMBER, nysid="01234567K"),
        today=TODAY,
    )
    doc = add_document(store, "DOCUMENT-SENTINEL text", "DOC-TITLE-SENTINEL")
    # 12 incidents in precinct 75 (Brooklyn), 2 in precinct 120 (a small cell)
    for i in range(12):
        add_incident(
            store,
            IncidentDraft(
                date(2025, 3 + i % 3, 17),
                IncidentKind.DETAINER if i % 2 else IncidentKind.NOTIFICATION,
                precinct="75",
                place=SENTINEL_PLACE,
                laws=(Law.ADMIN_CODE_14_154,),
                client_id=client,
                narrative=SENTINEL_NARRATIVE,
                document_ids=(doc,),
            ),
            today=TODAY,
        )
    for _ in range(2):
        add_incident(
            store,
            IncidentDraft(ODD_DAY, IncidentKind.ICE_AT_COURT, precinct="120", client_id=client),
            today=TODAY,
        )
    pdf, out_csv = tmp_path / "report.pdf", tmp_path / "report.csv"
    aggregate.write_aggregate(store, pdf, today=TODAY, csv_path=out_csv)
    document = pdfium.PdfDocument(pdf)
    pdf_text = "\n".join(page.get_textpage().get_text_range() for page in document)
    csv_text = out_csv.read_text(encoding="utf-8")
    for text in (pdf_text, csv_text):
        for secret in (
            SENTINEL_NAME,
            "Zyxwvut",
            SENTINEL_NARRATIVE,
            "NARRATIVE-SENTINEL",
            "PLACE-SENTINEL",
            "DOCUMENT-SENTINEL",
            "DOC-TITLE-SENTINEL",
            "212-345-678",
            "212345678",
            "01234567K",
            "120",  # the precinct of a small cell
        ):
            assert secret not in text
        assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)  # no exact dates
        assert not re.search(r"\b(March|Mar) 17\b", text)
        assert "Staten Island" in text  # the borough row exists, its count hidden
    rows = list(csv.reader(csv_text.splitlines()))
    assert rows[0] == ["table", "category", "count"]
    assert ["total", "all incidents", "14"] in rows
    # the pool of 2 is too small, so precinct 75 joins it and no precinct is named
    assert [r for r in rows if r[0] == "precinct"] == [["precinct", "All precincts", "14"]]
    assert ["borough", "Staten Island", "fewer than 5"] in rows
    assert ["borough", "Brooklyn", "withheld"] in rows  # complementary to Staten Island
    assert "fewer than 5" in pdf_text


def test_months_cover_whole_years(store):
    for _ in range(6):
        add_incident(store, IncidentDraft(ODD_DAY, IncidentKind.DETAINER), today=TODAY)
    report = aggregate.build_report(store, today=TODAY)
    months = next(t for t in report.tables if t.key == "month")
    assert [c.label for c in months.cells][0::11] == ["Jan 2025", "Dec 2025"]
    assert len(months.cells) == 12
    boroughs = next(t for t in report.tables if t.key == "borough")
    assert [c.label for c in boroughs.cells] == [b.value for b in Borough] + ["Not recorded"]
