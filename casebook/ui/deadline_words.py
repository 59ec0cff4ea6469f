"""The deadline words the window shows, in the window's language.

``casebook.domain.deadline_phrases`` words the same things in English for the
command and for what is printed; the window says them through ``tr()`` from
the numbers alone (days left, counts), so a sentence exists once per language.
The date stays ISO (``2026-12-30``) in every language: only the weekday before
it is translated, never the order of day and month.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from casebook.domain import deadline_phrases as phrases
from casebook.domain.vocabulary import EventKind
from casebook.services.deadlines import Deadline
from casebook.ui.translation import QT_TRANSLATE_NOOP

WEEKDAYS = (
    QT_TRANSLATE_NOOP("DeadlineWords", "Mon"),
    QT_TRANSLATE_NOOP("DeadlineWords", "Tue"),
    QT_TRANSLATE_NOOP("DeadlineWords", "Wed"),
    QT_TRANSLATE_NOOP("DeadlineWords", "Thu"),
    QT_TRANSLATE_NOOP("DeadlineWords", "Fri"),
    QT_TRANSLATE_NOOP("DeadlineWords", "Sat"),
    QT_TRANSLATE_NOOP("DeadlineWords", "Sun"),
)


# A line with no title of its own is named by its kind (``deadline_phrases.kind_words``).
KINDS = {
    EventKind.MASTER_HEARING: QT_TRANSLATE_NOOP("DeadlineWords", "Master hearing"),
    EventKind.INDIVIDUAL_HEARING: QT_TRANSLATE_NOOP("DeadlineWords", "Individual hearing"),
    EventKind.BOND_HEARING: QT_TRANSLATE_NOOP("DeadlineWords", "Bond hearing"),
    EventKind.CRIMINAL_COURT: QT_TRANSLATE_NOOP("DeadlineWords", "Criminal court"),
    EventKind.FILING_DEADLINE: QT_TRANSLATE_NOOP("DeadlineWords", "Filing deadline"),
    EventKind.INTERVIEW: QT_TRANSLATE_NOOP("DeadlineWords", "Interview"),
    EventKind.OTHER: QT_TRANSLATE_NOOP("DeadlineWords", "Other"),
}


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

    def tail(self, day: date, today: date) -> str:
        """After the dash: ``due today``, ``28 days``, ``overdue by 3 days``."""
        n = (day - today).days
        if n == 0:
            return self.tr("due today")
        if n > 0:
            return self.tr("%n days", "", n)
        return self.tr("overdue by %n days", "", -n)

    def what(self, d: Deadline, today: date) -> str:
        """The line's sentence from its code; a line with none (a FOIL step) keeps its words."""
        p = d.phrase
        if p is None or p.code not in phrases.CODES:
            return d.what
        day, tail = self.format_date(p.day), self.tail(p.day, today)
        kind = KINDS.get(EventKind(p.kind)) if p.kind in set(EventKind) else None
        title = p.title or (self.tr(kind) if kind else phrases.kind_words(p.kind))
        if p.code == phrases.FILE_EVIDENCE:
            text = self.tr("File evidence for the individual hearing by {day} — {tail}")
        elif p.code == phrases.FILE_WITH_COURT:
            text = self.tr("File with the court by {day} — {tail}")
        elif p.code == phrases.FILE_TITLED:
            text = self.tr("{title}: file by {day} — {tail}")
        elif p.code == phrases.FILING_DONE:
            title = p.title or self.tr("Filing")
            text = self.tr("{title}: done (was due {day})")
        elif p.code == phrases.HEARING:
            past = (today - p.day).days
            if past > 0:
                tail = self.tr("%n days ago", "", past)
            text = (
                self.tr("{title} on {day} at {time} — {tail}")
                if p.time
                else self.tr("{title} on {day} — {tail}")
            )
        elif p.code == phrases.HEARING_DONE:
            text = (
                self.tr("{title} on {day} at {time}: done")
                if p.time
                else self.tr("{title} on {day}: done")
            )
        elif p.code == phrases.SEAL_ELIGIBLE:
            text = self.tr("Eligible to seal since {day} (CPL 160.57), if no new conviction")
        else:
            text = self.tr("Expected to seal on {day}, if no new conviction (CPL 160.57) — {tail}")
            tail = self.days_left(p.day, today)
        return text.format(day=day, tail=tail, title=title, time=p.time)

    def today_is(self, day: date) -> str:
        return self.tr("(today is {day})").format(day=self.format_date(day))

    def overdue_flag(self) -> str:
        return self.tr("OVERDUE")

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


def what(d: Deadline, today: date) -> str:
    """A deadline line's sentence (``File the appeal by Wed 2026-12-30 — 28 days``)."""
    return _WORDS.what(d, today)


def today_is(day: date) -> str:
    """``(today is Sun 2026-11-29)`` after the command's count line."""
    return _WORDS.today_is(day)


def overdue_flag() -> str:
    """The command's mark before an overdue line."""
    return _WORDS.overdue_flag()


def due_on(day: date, count: int) -> str:
    """The chosen day in the calendar: ``Wed 2026-12-30: 2 due`` or ``…: nothing due``."""
    return _WORDS.due_on(day, count)
