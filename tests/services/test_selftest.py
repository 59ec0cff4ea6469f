"""The self test passes here, leaves nothing behind, and names the step that breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook.services import selftest


@pytest.mark.slow
def test_selftest_passes_and_cleans_up(tmp_path: Path) -> None:
    seen: list[str] = []
    report = selftest.run_selftest(parent=tmp_path, progress=seen.append)
    assert [s for s, _ in report.steps] == seen[:-1]
    assert "search" in seen and "check" in seen and seen[-1] == "done"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_a_failing_step_is_one_clear_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "search", lambda store, query: [])
    with pytest.raises(selftest.SelftestFailed) as caught:
        selftest.run_selftest(parent=tmp_path)
    assert caught.value.message == (
        "selftest failed at 'search': search did not find the imported PDF by a word in it"
    )
    assert list(tmp_path.iterdir()) == []
