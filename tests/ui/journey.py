"""Driving the real windows as a person does: widgets found by the name a screen
reader announces, pressed with the mouse and typed into with keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from casebook.ui.controller import CasebookApp


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (an explicit accessible name, else the text)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else widget.accessibleName()
    return name.replace("&", "")


def find(root: QWidget, name: str, kind: type[QWidget] = QWidget) -> QWidget:
    """The one visible widget of ``kind`` under ``root`` a person would know as ``name``."""
    found = [w for w in root.findChildren(kind) if w.isVisible() and accessible_name(w) == name]
    assert len(found) == 1, f"{len(found)} visible {kind.__name__} named {name!r}"
    return found[0]


def click(root: QWidget, name: str) -> None:
    button = find(root, name, QAbstractButton)
    assert button.isEnabled(), f"{name!r} is disabled"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(root: QWidget, name: str, text: str) -> QLineEdit:
    field = find(root, name, QLineEdit)
    assert isinstance(field, QLineEdit)
    field.setFocus()
    QTest.keyClicks(field, text)
    return field


def visible_error(root: QWidget, name: str) -> str:
    label = find(root, name, QLabel)
    assert isinstance(label, QLabel)
    return label.text()


def open_file_menu_item(qtbot, app: CasebookApp, item: str, menu_name: str = "File") -> None:
    """Click ``menu_name`` in the menu bar, then ``item`` in it (the mouse, as a person)."""
    bar = app.main_window.menuBar()
    file_menu = next(a for a in bar.actions() if a.text().replace("&", "") == menu_name)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(file_menu).center())
    menu = file_menu.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    entry = next(a for a in menu.actions() if a.text().replace("&", "") == item)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(entry).center())


def dialog_named(qtbot, name: str) -> QDialog:
    def shown() -> list[QDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and accessible_name(w) == name
        ]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]
