"""The JSON of `inbox list` suggestions and of `inbox accept`, in the command's words (CLI.md)."""

from __future__ import annotations

from typing import Any

from casebook.cli.matter_commands import KIND_WORD
from casebook.services.requests import RequestChanges
from casebook.services.suggestion_accept import Accepted
from casebook.services.suggestions import HearingProposal, Suggestions


def _id(value: int | None) -> str | None:
    return str(value) if value is not None else None


def hearing_json(h: HearingProposal | None) -> dict[str, Any] | None:
    """CLI.md's ``{"kind", "at", "judge", "location"}``, and what accepting would touch."""
    if h is None:
        return None
    due = h.filing_due
    return {
        "kind": KIND_WORD[h.kind],
        "at": f"{h.at:%Y-%m-%d %H:%M}",
        "judge": h.judge or None,
        "location": h.location or None,
        "client_id": _id(h.client_id),
        "matter_id": _id(h.matter_id),
        "new_matter": h.matter_id is None,
        "moves_hearing_id": _id(h.moves_event_id),
        "moved_from": f"{h.was:%Y-%m-%d %H:%M}" if h.was else None,
        "filing_due": due.isoformat() if due else None,
        "what": h.text(),
    }


def _changes_json(c: RequestChanges) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ("acknowledged", "promised", "extended", "extended_on", "determined"):
        value = getattr(c, name)
        if value is not None:
            out[name] = value.isoformat()
    if c.outcome is not None:
        out["outcome"] = c.outcome.value
    return out


def suggestions_json(s: Suggestions | None) -> dict[str, Any]:
    """CLI.md: ``{"client_id", "kind", "title", "date", "hearing", "request_id", "reasons"}``."""
    if s is None:
        return {
            k: None for k in ("client_id", "kind", "title", "date", "hearing", "request_id")
        } | {
            "reasons": [],
            "candidates": [],
            "request_update": None,
        }
    return {
        "client_id": _id(s.client_id),
        "kind": s.kind,
        "title": s.title,
        "date": s.date.isoformat() if s.date else None,
        "hearing": hearing_json(s.hearing),
        "request_id": _id(s.request.request_id) if s.request else None,
        "request_update": (
            {"what": s.request.text(), **_changes_json(s.request.changes)} if s.request else None
        ),
        "candidates": [
            {"client_id": str(c.id), "name": c.name, "because": c.because} for c in s.clients
        ],
        "reasons": [{"field": r.field, "because": r.text} for r in s.reasons],
    }


def accepted_json(a: Accepted) -> dict[str, Any]:
    """What ``inbox accept`` applied; null where it applied nothing of that part."""
    hearing = hearing_json(a.hearing)
    if hearing is not None:
        hearing["id"] = _id(a.event_id)
    return {
        "document_id": str(a.doc_id),
        "applied": a.parts(),
        "not_applied": list(a.skipped),
        "client_id": _id(a.client_id),
        "matter_id": _id(a.matter_id),
        "kind": a.kind,
        "title": a.title,
        "date": a.date.isoformat() if a.date else None,
        "hearing": hearing,
        "request_id": _id(a.request_id),
        "request_update": (
            {"what": a.request.text(), **_changes_json(a.request.changes)} if a.request else None
        ),
    }
