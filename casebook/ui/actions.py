"""Actions whose shortcuts work while focus is anywhere inside one page or viewer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def local_action(
    owner: QWidget,
    text: str,
    slot: Callable[[], object],
    *keys: QKeySequence.StandardKey | str,
    tip: str = "",
) -> QAction:
    """An action added to ``owner``, its shortcut scoped to it and named in the tooltip.

    Scoped, so the same key (Ctrl+N on two pages, PgDown in two viewers) never
    fires in a page the person is not looking at. ``tip`` names it in full where
    ``text`` is the short word a crowded toolbar has room for (in Spanish).
    """
    action = QAction(text, owner)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    name = (tip or text).replace("&", "").rstrip("…")
    action.setToolTip(f"{name} ({shortcut})" if shortcut else (tip or text))
    owner.addAction(action)
    return action
