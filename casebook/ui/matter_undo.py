"""Undoable changes to matters and their hearings (Edit > Undo, Ctrl+Z), on the worker.

Follows ``undo_commands.TrashClientCommand``: every step is a service call run
on the DB worker, and the worker announces what changed, so the client file and
the Deadlines page redraw by themselves. Two differences:

- Adding and editing happen in a dialog, which saves first (so a
  ``ValidationError`` lands under its field); the command is pushed once the
  save is stored and its first ``redo`` does nothing (``done=True``).
- Undoing a deletion brings the record back under a new id (the service never
  reuses one), so the commands name records by the id they first had and look the
  current one up in a shared ``RecordIds``. A matter deleted and restored comes back with its
  hearings (``restore_matter``); a hearing re-added later finds its matter's new id.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from casebook.services import matters
from casebook.services.changes import Changed
from casebook.services.matters import EventDraft, EventInfo, MatterDraft, Store
from casebook.ui.worker import DbWorker


class RecordIds:
    """The current id of each matter and hearing, by the id it had when first seen."""

    def __init__(self) -> None:
        self._matters: dict[int, int] = {}
        self._events: dict[int, int] = {}

    def matter(self, key: int) -> int:
        return self._matters.get(key, key)

    def event(self, key: int) -> int:
        return self._events.get(key, key)

    def matter_moved(self, key: int, now: int) -> None:
        self._matters[key] = now

    def event_moved(self, key: int, now: int) -> None:
        self._events[key] = now

    def matter_key(self, current: int) -> int:
        """The key of the matter now stored as ``current`` (for a command made now)."""
        return next((k for k, v in self._matters.items() if v == current), current)

    def event_key(self, current: int) -> int:
        return next((k for k, v in self._events.items() if v == current), current)

    def event_draft(self, draft: EventDraft) -> EventDraft:
        """``draft`` with its matter's id as it is now."""
        if draft.matter_id is None:
            return draft
        return dataclasses.replace(draft, matter_id=self.matter(draft.matter_id))


class _WorkerCommand(QUndoCommand):
    """A command whose steps run on the worker; ``done``: the first redo already happened."""

    def __init__(self, worker: DbWorker, text: str, ids: RecordIds, *, done: bool) -> None:
        super().__init__(text)
        self._worker = worker
        self._ids = ids
        self._skip_redo = done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.do()

    def do(self) -> None:
        raise NotImplementedError

    def _run(self, op: Callable[[Store], Any], then: Callable[[Any], None] | None = None) -> None:
        self._worker.submit(op, on_success=then)


# -- matters -------------------------------------------------------------------------------------


class AddMatterCommand(_WorkerCommand):
    """A matter the dialog added; undo deletes it, redo brings it back."""

    def __init__(self, worker: DbWorker, ids: RecordIds, matter_id: int, label: str) -> None:
        super().__init__(
            worker,
            QCoreApplication.translate("UndoCommands", "Add {label}").format(label=label),
            ids,
            done=True,
        )
        self._key = matter_id
        self._snapshot: matters.MatterSnapshot | None = None

    def do(self) -> None:
        if self._snapshot is not None:
            _restore(self, self._snapshot, self._key)

    def undo(self) -> None:
        matter_id = self._ids.matter(self._key)
        self._run(lambda s: matters.delete_matter(s, matter_id), self._keep)

    def _keep(self, snapshot: matters.MatterSnapshot) -> None:
        self._snapshot = snapshot


class EditMatterCommand(_WorkerCommand):
    """A matter the dialog changed from ``old`` to ``new``."""

    def __init__(
        self,
        worker: DbWorker,
        ids: RecordIds,
        matter_id: int,
        old: MatterDraft,
        new: MatterDraft,
        label: str,
    ) -> None:
        super().__init__(
            worker,
            QCoreApplication.translate("UndoCommands", "Edit {label}").format(label=label),
            ids,
            done=True,
        )
        self._key, self._old, self._new = ids.matter_key(matter_id), old, new

    def do(self) -> None:
        self._store(self._new)

    def undo(self) -> None:
        self._store(self._old)

    def _store(self, draft: MatterDraft) -> None:
        matter_id = self._ids.matter(self._key)
        self._run(lambda s: matters.update_matter(s, matter_id, draft))


class CloseMatterCommand(_WorkerCommand):
    """Close a matter on ``on``; undo puts back the matter as it was."""

    def __init__(
        self,
        worker: DbWorker,
        ids: RecordIds,
        matter_id: int,
        old: MatterDraft,
        on: date,
        label: str,
    ) -> None:
        super().__init__(
            worker,
            QCoreApplication.translate("UndoCommands", "Close {label}").format(label=label),
            ids,
            done=False,
        )
        self._key, self._old, self._on = ids.matter_key(matter_id), old, on

    def do(self) -> None:
        matter_id, on = self._ids.matter(self._key), self._on
        self._run(lambda s: matters.close_matter(s, matter_id, on))

    def undo(self) -> None:
        matter_id, old = self._ids.matter(self._key), self._old
        self._run(lambda s: matters.update_matter(s, matter_id, old))


class DeleteMatterCommand(_WorkerCommand):
    """Delete a matter and its hearings; undo restores both."""

    def __init__(self, worker: DbWorker, ids: RecordIds, matter_id: int, label: str) -> None:
        super().__init__(
            worker,
            QCoreApplication.translate("UndoCommands", "Delete {label}").format(label=label),
            ids,
            done=False,
        )
        self._key = ids.matter_key(matter_id)
        self._snapshot: matters.MatterSnapshot | None = None

    def do(self) -> None:
        matter_id = self._ids.matter(self._key)
        self._run(lambda s: matters.delete_matter(s, matter_id), self._keep)

    def undo(self) -> None:
        if self._snapshot is not None:
            _restore(self, self._snapshot, self._key)

    def _keep(self, snapshot: matters.MatterSnapshot) -> None:
        self._snapshot = snapshot


def _restore(command: _WorkerCommand, snapshot: matters.MatterSnapshot, key: int) -> None:
    """Put a deleted matter back with its events, and note the new ids of all of them.

    ``restore_matter`` inserts the events in the snapshot's order (date, then id), so
    read back in that order they pair up with the snapshot's.
    """

    def run(store: Store) -> Changed[tuple[int, list[int]]]:
        restored = matters.restore_matter(store, snapshot)
        events = [
            e.id
            for e in matters.list_events(store, snapshot.matter.client_id)
            if e.draft.matter_id == restored.value
        ]
        return Changed((restored.value, events), restored.changes)

    def moved(ids: tuple[int, list[int]]) -> None:
        matter_id, event_ids = ids
        command._ids.matter_moved(key, matter_id)
        for old, new in zip(snapshot.events, event_ids, strict=False):
            command._ids.event_moved(command._ids.event_key(old.id), new)

    command._run(run, moved)


# -- hearings and other court events -------------------------------------------------------------


class AddEventCommand(_WorkerCommand):
    """A hearing the dialog added; undo removes it, redo adds it again."""

    def __init__(
        self,
        worker: DbWorker,
        ids: RecordIds,
        client_id: int,
        event_id: int,
        draft: EventDraft,
        label: str,
    ) -> None:
        super().__init__(
            worker,
            QCoreApplication.translate("UndoCommands", "Add {label}").format(label=label),
            ids,
            done=True,
        )
        self._client_id, self._key, self._draft = client_id, event_id, draft

    def do(self) -> None:
        client_id, key, draft = self._client_id, self._key, self._ids.event_draft(self._draft)
        self._run(
            lambda s: matters.add_event(s, client_id, draft),
            lambda new_id: self._ids.event_moved(key, new_id),
        )

    def undo(self) -> None:
        event_id = self._ids.event(self._key)
        self._run(lambda s: matters.delete_event(s, event_id))


class EditEventCommand(_WorkerCommand):
    """A hearing the dialog changed from ``old`` to ``new``."""

    def __init__(
        self,
        worker: DbWorker,
        ids: RecordIds,
        event_id: int,
        old: EventDraft,
        new: EventDraft,
        label: str,
    ) -> None:
        super().__init__(
            worker,
            QCoreApplication.translate("UndoCommands", "Edit {label}").format(label=label),
            ids,
            done=True,
        )
        self._key, self._old, self._new = ids.event_key(event_id), old, new

    def do(self) -> None:
        self._store(self._new)

    def undo(self) -> None:
        self._store(self._old)

    def _store(self, draft: EventDraft) -> None:
        event_id, clean = self._ids.event(self._key), self._ids.event_draft(draft)
        self._run(lambda s: matters.update_event(s, event_id, clean))


class RemoveEventCommand(_WorkerCommand):
    """Remove a hearing; undo adds it back as it was."""

    def __init__(self, worker: DbWorker, ids: RecordIds, event: EventInfo, label: str) -> None:
        super().__init__(
            worker,
            QCoreApplication.translate("UndoCommands", "Remove {label}").format(label=label),
            ids,
            done=False,
        )
        self._key, self._event = ids.event_key(event.id), event

    def do(self) -> None:
        event_id = self._ids.event(self._key)
        self._run(lambda s: matters.delete_event(s, event_id))

    def undo(self) -> None:
        client_id, key = self._event.client_id, self._key
        draft = self._ids.event_draft(self._event.draft)
        self._run(
            lambda s: matters.add_event(s, client_id, draft),
            lambda new_id: self._ids.event_moved(key, new_id),
        )
