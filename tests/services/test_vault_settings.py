"""The advocate's profile and the app's per-vault preferences, kept encrypted in the vault."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from casebook.domain.errors import CasebookError, ValidationError
from casebook.services import kit, preferences, profile
from casebook.store.tables import AuditEntry, Setting


def test_profile_round_trips_under_the_shared_key_and_json_names(store):
    saved = profile.set_profile(
        store,
        profile.AdvocateProfile(
            name="  Rosa   Díaz ",
            organisation="Queens Immigrant Defense",
            address="90-04 161st St\n  Jamaica, NY 11432 ",
            phone="(718) 555-0142",
            email="rdiaz@example.org",
            eoir_id="ab123456",
        ),
    )
    assert saved.name == "Rosa Díaz" and saved.eoir_id == "AB123456"
    assert profile.get_profile(store) == saved
    with store.reading() as session:
        raw = session.scalar(select(Setting.value).where(Setting.key == "advocate_profile"))
        audited = session.scalars(select(AuditEntry.entity_id)).all()
    assert set(json.loads(raw)) == {"name", "organisation", "address", "phone", "email", "eoir_id"}
    assert "advocate_profile" in audited


def test_an_empty_vault_has_an_empty_profile_and_default_preferences(store):
    assert profile.get_profile(store) == profile.AdvocateProfile()
    prefs = preferences.get_preferences(store)
    assert prefs.scanner_folder is None and prefs.keep_originals is False
    assert prefs.ocr_languages == ("English", "Spanish")


@pytest.mark.parametrize(("field", "value"), [("email", "rosa@"), ("eoir_id", "12")])
def test_bad_profile_fields_are_named(store, field, value):
    with pytest.raises(ValidationError) as err:
        profile.set_profile(store, profile.AdvocateProfile(**{field: value}))
    assert err.value.field == field


def test_preferences_keep_the_scanner_folder_outside_the_vault(store, tmp_path):
    scans = tmp_path / "Scans"
    scans.mkdir()
    saved = preferences.set_preferences(
        store, preferences.Preferences(scans, keep_originals=True, ocr_languages=("French",))
    )
    assert preferences.get_preferences(store) == saved
    assert saved.import_options().languages == ("French",)
    with pytest.raises(ValidationError):
        preferences.set_preferences(store, preferences.Preferences(store.vault.folder / "blobs"))
    with pytest.raises(ValidationError):
        preferences.set_preferences(store, preferences.Preferences(tmp_path / "missing"))


def test_a_value_from_another_version_reads_as_defaults(store):
    with store.transaction() as session:
        session.add(Setting(key="preferences", value='["not", "an", "object"]'))
        session.add(Setting(key="advocate_profile", value='{"name": 7, "phone": "555"}'))
    assert preferences.get_preferences(store) == preferences.Preferences()
    assert profile.get_profile(store) == profile.AdvocateProfile(phone="555")


def test_emergency_kit_is_saved_as_a_private_pdf(tmp_path: Path):
    path = tmp_path / "kit.pdf"
    kit.save_emergency_kit(path, "ABCD-EFGH-1234", tmp_path / "Clients.casebook", date(2026, 1, 2))
    assert path.read_bytes().startswith(b"%PDF")
    assert path.stat().st_mode & 0o077 == 0
    with pytest.raises(CasebookError, match="no folder"):
        kit.save_emergency_kit(tmp_path / "nope" / "kit.pdf", "KEY", tmp_path, date(2026, 1, 2))
