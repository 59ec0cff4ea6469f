"""The window's copies of the services' labels say the same English as the services.

The window marks them for the catalogue (lupdate reads literal strings only);
the CLI and the reports keep the services' own. A service that rewords a label
fails here until the window's copy (and its Spanish) follows.
"""

from __future__ import annotations

from casebook.domain import sealing, vocabulary
from casebook.domain.vocabulary import SealedUnder
from casebook.services import aggregate, request_words
from casebook.ui import convictions_panel, court_labels, record_labels


def test_the_record_labels_are_the_services_english() -> None:
    assert record_labels.STAGE_LABELS == request_words.STAGE_LABELS
    assert record_labels.AGENCY_LABELS == request_words.AGENCY_LABELS
    assert record_labels.OUTCOME_LABELS == request_words.OUTCOME_LABELS
    assert record_labels.INCIDENT_KIND_LABELS == aggregate.KIND_LABELS
    assert record_labels.LAWS == aggregate.LAW_LABELS
    assert record_labels.SEALED_NOTES == {SealedUnder.CPL_160_55: sealing.COURT_RECORD_OPEN_160_55}


def test_the_conviction_labels_are_the_domains_english() -> None:
    assert convictions_panel.LEVEL_LABELS == sealing.LEVEL_LABELS
    assert convictions_panel.IMMIGRATION_NOTE == sealing.IMMIGRATION_NOTE


def test_the_court_labels_are_the_domains_english() -> None:
    assert court_labels.MATTER_LABELS == vocabulary.MATTER_LABELS
    assert court_labels.MATTER_STATUS_LABELS == vocabulary.MATTER_STATUS_LABELS
    assert court_labels.DETENTION_LABELS == vocabulary.DETENTION_LABELS
    assert court_labels.EVENT_LABELS == vocabulary.EVENT_LABELS
