"""Undoable changes to clients, record requests and incidents (Edit > Undo, Ctrl+Z).

Follows ``matter_undo``: every step is a service call run on the DB worker,
and the worker announces what changed, so the pages showing it redraw.

- Adding and editing happen in a dialog, which saves first (so a problem lands
  under its field); the command is pushed once the save is stored and its first
  ``redo`` does nothing (``done=True``). The dialog hands over the record as it
  was before (the service's ``Changed`` value), so undo puts back exactly that.
- Undoing an added client moves them to the trash, and redo restores them: a
  client is never erased by undo. An added request or incident undone is deleted,
  and the command keeps its snapshot, so redo brings it back as it was.
- A deleted request or incident comes back under a new id (the database gives
  it), so the commands name records by the id they first had and look the
  current one up in a shared ``IdMap``.

Each step says in the status bar what was undone or redone ("Undid: Edit Ana
Pérez") once the worker has stored it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from casebook.domain.clients import ClientDraft
from casebook.services import (
    clients,
    documents,
    incidents,
    requests,
    suggestion_accept,
    suggestion_undo,
)
from casebook.services.changes import Change, Changed, Changes
from casebook.services.matters import Store
from casebook.ui.worker import DbWorker

Say = Callable[[str], None]


class IdMap:
    """The current id of each record, by the id it had when a command first named it."""

    def __init__(self) -> None:
        self._now: dict[int, int] = {}

    def current(self, key: int) -> int:
        return self._now.get(key, key)

    def moved(self, key: int, now: int) -> None:
        self._now[key] = now

    def key_of(self, current: int) -> int:
        """The key of the record now stored as ``current`` (for a command made now)."""
        return next((k for k, v in self._now.items() if v == current), current)


class _WorkerCommand(QUndoCommand):
    """A command whose steps run on the worker and are told in the status bar.

    ``done``: the change is already stored (a dialog saved it), so the first redo
    does nothing. ``done_message``: said when pushing does the change.
    """

    def __init__(self, worker: DbWorker, text: str, say: Say, *, done: bool) -> None:
        super().__init__(text)
        self._worker = worker
        self._say = say
        self._skip_redo = done
        self._first = not done
        self.done_message = ""

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        first, self._first = self._first, False
        redid = QCoreApplication.translate("UndoCommands", "Redid: {what}").format(what=self.text())
        message = self.done_message if first and self.done_message else redid
        self.do(lambda: self._say(message))

    def undo(self) -> None:
        undid = QCoreApplication.translate("UndoCommands", "Undid: {what}").format(what=self.text())
        self.undo_step(lambda: self._say(undid + self.undone_note()))

    def do(self, said: Callable[[], None]) -> None:
        raise NotImplementedError

    def undo_step(self, said: Callable[[], None]) -> None:
        raise NotImplementedError

    def undone_note(self) -> str:
        return ""

    def _run(
        self,
        op: Callable[[Store], Any],
        then: Callable[[Any], None] | None = None,
        *,
        said: Callable[[], None],
        changes: Changes | None = None,
    ) -> None:
        def success(value: Any) -> None:
            if then is not None:
                then(value)
            said()

        self._worker.submit(op, on_success=success, changes=changes)


# -- clients -------------------------------------------------------------------------------------

ClientShown = Callable[[int, bool], None]  # (client_id, in the list): redraw the client list


class AddClientCommand(_WorkerCommand):
    """A client the dialog added; undo moves them to the trash, redo restores them."""

    def __init__(
        self, worker: DbWorker, client_id: int, name: str, shown: ClientShown, say: Say
    ) -> None:
        super().__init__(
            worker,
            QCoreApplication.translate("UndoCommands", "Add {name}").format(name=name),
            say,
            done=True,
        )
        self._client_id, self._shown = client_id, shown

    def do(self, said: Callable[[], None]) -> None:
        cid = self._client_id
        self._run(
            lambda s: clients.restore_client(s, cid),
            lambda _r: self._shown(cid, True),
            said=said,
            changes=Changes.of(Change.CLIENTS, client_id=cid),
        )

    def undo_step(self, said: Callable[[], None]) -> None:
        cid = self._client_id
        self._run(
            lambda s: clients.trash_client(s, cid),
            lambda _r: self._shown(cid, False),
            said=said,
            changes=Changes.of(Change.CLIENTS, client_id=cid),
        )

    def undone_note(self) -> str:
        return QCoreApplication.translate(
            "UndoCommands", " (moved to the trash; Redo brings them back)"
        )


class EditClientCommand(_WorkerCommand):
    """A client the dialog changed; ``before`` is the record as it was stored."""

    def __init__(
        self,
        worker: DbWorker,
        client_id: int,
        before: ClientDraft,
        name: str,
        shown: ClientShown,
        say: Say,
    ) -> None:
        super().__init__(
            worker,
            QCoreApplication.translate("UndoCommands", "Edit {name}").format(name=name),
            say,
            done=True,
        )
        self._client_id, self._shown = client_id, shown
        self._other = before  # what the next step writes back

    def do(self, said: Callable[[], None]) -> None:
        self._put(said)

    def undo_step(self, said: Callable[[], None]) -> None:
        self._put(said)

    def _put(self, said: Callable[[], None]) -> None:
        cid, draft = self._client_id, self._other

        def stored(replaced: ClientDraft) -> None:
            self._other = replaced
            self._shown(cid, True)

        self._run(lambda s: clients.put_client(s, cid, draft), stored, said=said)


# -- record requests and incidents ---------------------------------------------------------------


@dataclass(frozen=True)
class RecordKind:
    """The services that delete, restore and replace one kind of record."""

    delete: Callable[[Store, int], Changed[Any]]
    restore: Callable[[Store, Any], Changed[int]]
    replace: Callable[[Store, int, Any], Changed[Any]]


REQUESTS = RecordKind(requests.delete_request, requests.restore_request, requests.replace_request)
INCIDENTS = RecordKind(
    incidents.delete_incident, incidents.restore_incident, incidents.replace_incident
)

Shown = Callable[[int], None]  # a record is back under this id: show it


class _RecordCommand(_WorkerCommand):
    def __init__(
        self,
        worker: DbWorker,
        kind: RecordKind,
        ids: IdMap,
        record_id: int,
        text: str,
        shown: Shown,
        say: Say,
        *,
        done: bool,
    ) -> None:
        super().__init__(worker, text, say, done=done)
        self._kind, self._ids, self._shown = kind, ids, shown
        self._key = ids.key_of(record_id)
        self._snapshot: Any = None  # the record as deleted, to bring it back

    def _delete(self, said: Callable[[], None]) -> None:
        record_id, kind = self._ids.current(self._key), self._kind

        def keep(snapshot: Any) -> None:
            self._snapshot = snapshot

        self._run(lambda s: kind.delete(s, record_id), keep, said=said)

    def _restore(self, said: Callable[[], None]) -> None:
        snapshot, kind, key = self._snapshot, self._kind, self._key
        if snapshot is None:
            return

        def back(new_id: int) -> None:
            self._ids.moved(key, new_id)
            self._shown(new_id)

        self._run(lambda s: kind.restore(s, snapshot), back, said=said)


class AddRecordCommand(_RecordCommand):
    """A request or incident the dialog added; undo deletes it, redo brings it back."""

    def __init__(
        self,
        worker: DbWorker,
        kind: RecordKind,
        ids: IdMap,
        record_id: int,
        label: str,
        shown: Shown,
        say: Say,
    ) -> None:
        super().__init__(
            worker,
            kind,
            ids,
            record_id,
            QCoreApplication.translate("UndoCommands", "Add {label}").format(label=label),
            shown,
            say,
            done=True,
        )

    def do(self, said: Callable[[], None]) -> None:
        self._restore(said)

    def undo_step(self, said: Callable[[], None]) -> None:
        self._delete(said)


class EditRecordCommand(_RecordCommand):
    """A request or incident the dialog changed; ``before`` is its snapshot from then."""

    def __init__(
        self,
        worker: DbWorker,
        kind: RecordKind,
        ids: IdMap,
        record_id: int,
        before: Any,
        label: str,
        shown: Shown,
        say: Say,
    ) -> None:
        super().__init__(
            worker,
            kind,
            ids,
            record_id,
            QCoreApplication.translate("UndoCommands", "Edit {label}").format(label=label),
            shown,
            say,
            done=True,
        )
        self._other = before  # what the next step writes back

    def do(self, said: Callable[[], None]) -> None:
        self._put(said)

    def undo_step(self, said: Callable[[], None]) -> None:
        self._put(said)

    def _put(self, said: Callable[[], None]) -> None:
        record_id, kind, snapshot = self._ids.current(self._key), self._kind, self._other

        def stored(replaced: Any) -> None:
            self._other = replaced

        self._run(lambda s: kind.replace(s, record_id, snapshot), stored, said=said)


class DeleteRecordCommand(_RecordCommand):
    """Delete a request or incident (pushing does it); undo brings it back as it was."""

    def __init__(
        self,
        worker: DbWorker,
        kind: RecordKind,
        ids: IdMap,
        record_id: int,
        label: str,
        shown: Shown,
        say: Say,
    ) -> None:
        super().__init__(
            worker,
            kind,
            ids,
            record_id,
            QCoreApplication.translate("UndoCommands", "Delete {label}").format(label=label),
            shown,
            say,
            done=False,
        )
        self.done_message = QCoreApplication.translate(
            "UndoCommands", "Deleted {label}. Undo with Ctrl+Z."
        ).format(label=label)

    def do(self, said: Callable[[], None]) -> None:
        self._delete(said)

    def undo_step(self, said: Callable[[], None]) -> None:
        self._restore(said)


# -- documents filed from the inbox ---------------------------------------------------------------


class AssignDocumentsCommand(_WorkerCommand):
    """Documents the Inbox filed with a client; undo puts them back in the inbox as they were."""

    def __init__(
        self,
        worker: DbWorker,
        say: Say,
        assign: Callable[[Store], Any],
        before: tuple[documents.FiledBefore, ...],
        label: str,
    ) -> None:
        super().__init__(worker, label, say, done=True)
        self._assign = assign  # the same assign again, for redo
        self._before = before

    def do(self, said: Callable[[], None]) -> None:
        self._run(self._assign, self._keep, said=said)

    def undo_step(self, said: Callable[[], None]) -> None:
        before = self._before
        self._run(lambda s: documents.unassign(s, before), said=said)

    def undone_note(self) -> str:
        return QCoreApplication.translate("UndoCommands", " (back in the Inbox)")

    def _keep(self, before: tuple[documents.FiledBefore, ...]) -> None:
        self._before = before


class AcceptSuggestionsCommand(_WorkerCommand):
    """Suggestions the Inbox applied; undo puts back all they changed (``suggestion_undo``)."""

    def __init__(
        self,
        worker: DbWorker,
        say: Say,
        accept: Callable[[Store], Any],
        undo: suggestion_accept.AcceptUndo,
        label: str,
    ) -> None:
        super().__init__(worker, label, say, done=True)
        self._accept = accept  # the same accept again, for redo
        self._undo_info = undo

    def do(self, said: Callable[[], None]) -> None:
        self._run(self._accept, self._keep, said=said)

    def undo_step(self, said: Callable[[], None]) -> None:
        undo = self._undo_info
        self._run(lambda s: suggestion_undo.undo_accept(s, undo), said=said)

    def undone_note(self) -> str:
        return QCoreApplication.translate("UndoCommands", " (back as it was)")

    def _keep(self, applied: suggestion_accept.Accepted) -> None:
        if applied.undo is not None:
            self._undo_info = applied.undo
