"""How every deadline is said, and the one definition of "overdue" and "due within N days".

The Deadlines page, the Record requests page, ``casebook request list`` and
``casebook deadlines`` all word a date through this module, so a person reads
the same sentence wherever it appears and the counts agree with the rows:

- what the user must do: ``File the appeal by Wed 2026-12-30 — 28 days``;
- what an agency owes: ``NYPD owes a determination by Mon 2026-12-07 — 5 days``;
- what the user may do because an agency is late:
  ``NYPD is 4 days late: you may appeal by Wed 2026-12-30 — 26 days``;
- an appointment: ``Individual hearing on Tue 2027-01-26 at 09:30 — 55 days``.

The tail after the dash counts calendar days from today: ``due today``,
``1 day``, ``28 days``, ``overdue by 3 days``.

One definition, used for counts, filters and listings alike:

- *overdue*: the date is before today (a date that falls today is due today,
  not overdue);
- *due within N days*: from today to today + N, both included (so "the next
  30 days" holds an item due in 28 or in 30 days);
- a *reminder* is either.

Whether something is done, or who owes it, is the caller's business: an agency
that is late does not make the user's own later date overdue.

Dates are written one way only, weekday and ISO date (``Wed 2026-12-30``),
with English weekday names whatever the locale: a date a person could read
two ways is a missed deadline waiting to happen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

DASH = " \N{EM DASH} "
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def format_date(day: date) -> str:
    """``Wed 2026-12-30``: the weekday abbreviation and the ISO date, never locale-dependent."""
    return f"{_WEEKDAYS[day.weekday()]} {day.isoformat()}"


def count(n: int, noun: str) -> str:
    """``1 day``, ``2 days``, ``0 days`` (regular plurals only)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# -- the one definition ------------------------------------------------------------------------


def is_overdue(day: date, today: date) -> bool:
    """The date has passed: it was before today."""
    return day < today


def is_due_within(day: date, today: date, days: int) -> bool:
    """The date falls from today to ``today + days``, both included."""
    return today <= day <= today + timedelta(days=days)


def is_reminder(day: date, today: date, days: int) -> bool:
    """Overdue, or due within ``days``: what a reminders list shows."""
    return is_overdue(day, today) or is_due_within(day, today, days)


# -- the words ---------------------------------------------------------------------------------


def days_left(day: date, today: date) -> str:
    """Standing alone: ``Due today``, ``1 day``, ``28 days``, ``Overdue by 3 days``."""
    n = (day - today).days
    if n == 0:
        return "Due today"
    if n > 0:
        return count(n, "day")
    return f"Overdue by {count(-n, 'day')}"


def _tail(day: date, today: date) -> str:
    text = days_left(day, today)
    return DASH + (text if text[0].isdigit() else text[0].lower() + text[1:])


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def must(action: str, day: date, today: date) -> str:
    """What the user must do: ``File the appeal by Wed 2026-12-30 — 28 days``.

    ``action`` is an imperative without its date ("File the appeal").
    """
    return f"{_cap(action)} by {format_date(day)}{_tail(day, today)}"


def owes(agency: str, what: str, day: date, today: date) -> str:
    """What an agency owes: ``NYPD owes a determination by Mon 2026-12-07 — 5 days``."""
    return f"{_cap(agency)} owes {what} by {format_date(day)}{_tail(day, today)}"


def late_by(agency: str, missed: date, today: date, doing: str = "") -> str:
    """``NYPD is 4 days late`` (``doing``: ``deciding the appeal``) since the ``missed`` date.

    ``missed`` is the last day the agency had; it is late from the day after.
    Raises ``ValueError`` when ``missed`` is not before today (nobody is late yet).
    """
    n = (today - missed).days
    if n <= 0:
        raise ValueError("an agency is late only after its last day")
    tail = f" {doing}" if doing else ""
    return f"{_cap(agency)} is {count(n, 'day')} late{tail}"


def may(reason: str, action: str, day: date, today: date) -> str:
    """What the user may do, and why: ``NYPD is 4 days late: you may appeal by … — 26 days``.

    ``reason`` is a clause such as ``late_by(...)`` gives; ``action`` follows
    "you may" ("appeal", "bring an Article 78 proceeding").
    """
    return f"{_cap(reason)}: you may {action} by {format_date(day)}{_tail(day, today)}"


def on(what: str, day: date, today: date, detail: str = "") -> str:
    """An appointment: ``Individual hearing on Tue 2027-01-26 at 09:30 — 55 days``.

    ``detail`` follows the date as written ("at 09:30 (26 Federal Plaza)").
    An appointment is never overdue: one in the past was ``3 days ago``.
    """
    extra = f" {detail}" if detail else ""
    n = (today - day).days
    tail = DASH + f"{count(n, 'day')} ago" if n > 0 else _tail(day, today)
    return f"{_cap(what)} on {format_date(day)}{extra}{tail}"


def summary(overdue: int, due: int, days: int) -> str:
    """The count line over a reminders list: ``1 overdue and 2 due in the next 30 days.``

    ``overdue`` and ``due`` are the rows of each kind, counted with this
    module's definitions; the line never says a number the rows do not show.
    """
    window = {0: "today", 1: "today or tomorrow"}.get(days, f"in the next {days} days")
    if not overdue and not due:
        return f"Nothing overdue and nothing due {window}."
    if not overdue:
        return f"{due} due {window}; nothing overdue."
    if not due:
        return f"{overdue} overdue; nothing else due {window}."
    return f"{overdue} overdue and {due} due {window}."


# -- deadline lines as codes -------------------------------------------------------------------
# A service says *which* sentence and with what (a code and its parameters); the command
# words it in English with ``say`` below, the window in its own language
# (casebook/ui/deadline_words.py). The codes are a contract between the two: add a code
# in both places.

FILE_EVIDENCE = "file-evidence"  # filings due before an individual hearing
FILE_WITH_COURT = "file-with-court"  # an entered filing deadline with no title
FILE_TITLED = "file-titled"  # an entered filing deadline: params title
FILING_DONE = "filing-done"  # params title (may be "")
HEARING = "hearing"  # params title or kind, time ("" for no time)
HEARING_DONE = "hearing-done"  # params title or kind, time
SEAL_ELIGIBLE = "seal-eligible"  # CPL 160.57: the day has passed
SEAL_EXPECTED = "seal-expected"  # CPL 160.57: the day is ahead
CODES = frozenset(
    {
        FILE_EVIDENCE,
        FILE_WITH_COURT,
        FILE_TITLED,
        FILING_DONE,
        HEARING,
        HEARING_DONE,
        SEAL_ELIGIBLE,
        SEAL_EXPECTED,
    }
)


@dataclass(frozen=True)
class Phrase:
    """Which deadline sentence, about which day, with which parameters (never words).

    ``title`` is the person's own words (a hearing's or a filing's title) and is
    shown as typed in every language; ``kind`` is an event kind code
    (``individual-hearing``) for a line with no title; ``time`` is ``HH:MM`` or "".
    """

    code: str
    day: date
    title: str = ""
    kind: str = ""
    time: str = ""


def kind_words(kind: str) -> str:
    """``individual-hearing`` -> ``Individual hearing`` (the English of an event kind)."""
    return kind.replace("-", " ").capitalize()


def say(phrase: Phrase, today: date) -> str:
    """The English sentence for ``phrase`` as of ``today`` (what the command prints)."""
    day, title = phrase.day, phrase.title or kind_words(phrase.kind)
    at = f"at {phrase.time}" if phrase.time else ""
    if phrase.code == FILE_EVIDENCE:
        return must("file evidence for the individual hearing", day, today)
    if phrase.code == FILE_WITH_COURT:
        return must("file with the court", day, today)
    if phrase.code == FILE_TITLED:
        return must(f"{phrase.title}: file", day, today)
    if phrase.code == FILING_DONE:
        return f"{phrase.title or 'Filing'}: done (was due {format_date(day)})"
    if phrase.code == HEARING:
        return on(title, day, today, at)
    if phrase.code == HEARING_DONE:
        extra = f" {at}" if at else ""
        return f"{title} on {format_date(day)}{extra}: done"
    if phrase.code == SEAL_ELIGIBLE:
        return f"Eligible to seal since {format_date(day)} (CPL 160.57), if no new conviction"
    if phrase.code == SEAL_EXPECTED:
        return (
            f"Expected to seal on {format_date(day)}, if no new conviction (CPL 160.57)"
            f"{DASH}{days_left(day, today)}"
        )
    raise ValueError(f"no deadline sentence {phrase.code!r}")
