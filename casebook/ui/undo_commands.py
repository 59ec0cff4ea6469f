"""Undoable changes: each command runs its service call on the worker.

QUndoStack calls ``redo`` when a command is pushed, so pushing is doing.
The commands keep only record ids and a label; the stack is cleared when
the vault locks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from casebook.services.clients import restore_client, trash_client
from casebook.ui.worker import DbWorker


class TrashClientCommand(QUndoCommand):
    """Move a client to the trash; undo restores them."""

    def __init__(
        self, worker: DbWorker, client_id: int, name: str, after: Callable[[int, bool], None]
    ) -> None:
        super().__init__(
            QCoreApplication.translate("UndoCommands", "Move {name} to the trash").format(name=name)
        )
        self._worker = worker
        self._client_id = client_id
        self._after = after  # (client_id, now_in_trash) once the change is stored

    def redo(self) -> None:
        cid = self._client_id
        self._worker.submit(
            lambda s: trash_client(s, cid), on_success=lambda _r: self._after(cid, True)
        )

    def undo(self) -> None:
        cid = self._client_id
        self._worker.submit(
            lambda s: restore_client(s, cid), on_success=lambda _r: self._after(cid, False)
        )
