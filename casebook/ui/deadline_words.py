"""The deadline words the window shows, in the window's language.

``casebook.domain.deadline_phrases`` words the same things in English for the
command and for what is printed; the window says them through ``tr()`` from
the numbers alone (days left, counts), so a sentence exists once per language.
The date stays ISO (``2026-12-30``) in every language: only the weekday before
it is translated, never the order of day and month.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

WEEKDAYS = (
    QT_TRANSLATE_NOOP("DeadlineWords", "Mon"),
    QT_TRANSLATE_NOOP("DeadlineWords", "Tue"),
    QT_TRANSLATE_NOOP("DeadlineWords", "Wed"),
    QT_TRANSLATE_NOOP("DeadlineWords", "Thu"),
    QT_TRANSLATE_NOOP("DeadlineWords", "Fri"),
    QT_TRANSLATE_NOOP("DeadlineWords", "Sat"),
    QT_TRANSLATE_NOOP("DeadlineWords", "Sun"),
)


class DeadlineWords(QObject):
    """The translation context (lupdate marks plurals only in ``self.tr``)."""

    def format_date(self, day: date) -> str:
        return f"{self.tr(WEEKDAYS[day.weekday()])} {day.isoformat()}"

    def days_left(self, day: date, today: date) -> str:
        n = (day - today).days
        if n == 0:
            return self.tr("Due today")
        if n > 0:
            return self.tr("%n days", "", n)
        return self.tr("Overdue by %n days", "", -n)

    def summary(self, overdue: int, due: int, days: int) -> str:
        if days == 0:
            window = self.tr("today")
        elif days == 1:
            window = self.tr("today or tomorrow")
        else:
            window = self.tr("in the next %n days", "", days)
        if not overdue and not due:
            return self.tr("Nothing overdue and nothing due {window}.").format(window=window)
        if not overdue:
            return self.tr("%n due {window}; nothing overdue.", "", due).format(window=window)
        late = self.tr("%n overdue", "", overdue)
        if not due:
            return self.tr("{overdue}; nothing else due {window}.").format(
                overdue=late, window=window
            )
        return self.tr("{overdue} and %n due {window}.", "", due).format(
            overdue=late, window=window
        )

    def due_on(self, day: date, count: int) -> str:
        if count:
            return self.tr("{day}: %n due", "", count).format(day=self.format_date(day))
        return self.tr("{day}: nothing due").format(day=self.format_date(day))


_WORDS = DeadlineWords()


def format_date(day: date) -> str:
    """``Wed 2026-12-30`` (``mié 2026-12-30``): the weekday in words, the date in ISO."""
    return _WORDS.format_date(day)


def days_left(day: date, today: date) -> str:
    """Standing alone: ``Due today``, ``1 day``, ``28 days``, ``Overdue by 3 days``."""
    return _WORDS.days_left(day, today)


def summary(overdue: int, due: int, days: int) -> str:
    """The count line over the list: ``1 overdue and 2 due in the next 30 days.``

    The same cases as ``deadline_phrases.summary``; each number is a plural of its own.
    """
    return _WORDS.summary(overdue, due, days)


def due_on(day: date, count: int) -> str:
    """The chosen day in the calendar: ``Wed 2026-12-30: 2 due`` or ``…: nothing due``."""
    return _WORDS.due_on(day, count)
