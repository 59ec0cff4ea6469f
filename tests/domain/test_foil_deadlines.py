"""FOIL statutory clock: POL §89(3)(a), §89(4)(a)-(b), CPLR 217(1).

Every expected date was counted by hand on a calendar, never by calling the
code under test. Weekday anchors used below: Sep 1 2025 Mon, Oct 1 2025 Wed,
Nov 1 2025 Sat, Jan 1 2026 Thu, Feb 1 2026 Sun, Mar 1 2026 Sun, Apr 1 2026
Wed, Jun 1 2026 Mon, Jul 1 2026 Wed, Dec 1 2026 Tue, Jan 1 2027 Fri, Feb 1
2027 Mon. GCL §24 holidays in the spans used: Feb 12 2026 (Thu, Lincoln),
Feb 16 2026 (Mon, Washington), Nov 4 2025 (Tue, Election), Dec 25 2026 (Fri),
Jan 1 2027 (Fri), Jan 18 2027 (Mon, MLK).
"""

from dataclasses import FrozenInstanceError, replace
from datetime import date

import pytest

from casebook.domain.errors import ValidationError
from casebook.domain.foil_deadlines import Extension, FoilClock, RequestDates, Stage, compute

D = date

# Scenario 1: received Wed Feb 25 2026, never answered.
# Acknowledgement due: Thu 26 (1), Fri 27 (2), Mon Mar 2 (3), Tue 3 (4), Wed 4 (5).
# Constructive denial after Mar 4; appeal by Mar 4 + 30 = Apr 3 (Mar has 31 days:
# Mar 4 + 27 = Mar 31, + 3 = Apr 3), a Friday.
SILENT = RequestDates(received=D(2026, 2, 25))

# Scenario 2: received Mon Feb 2 2026, acknowledged Fri Feb 6.
# Acknowledgement due: Tue 3, Wed 4, Thu 5, Fri 6, Mon 9 -> Feb 9.
# Determination due, 20 business days from Feb 6: Mon 9 (1), Tue 10 (2), Wed 11 (3),
# [Thu 12 Lincoln], Fri 13 (4), [Mon 16 Washington], Tue 17-Fri 20 (5-8),
# Feb 23-27 (9-13), Mar 2-6 (14-18), Mon 9 (19), Tue Mar 10 (20).
# Constructive denial after Mar 10; appeal by Mar 10 + 30 = Apr 9 (Thu).
ACKED = RequestDates(received=D(2026, 2, 2), acknowledged=D(2026, 2, 6))

# Scenario 3: received Mon Sep 15 2025, denied Fri Sep 19, appeal received
# Mon Oct 20, appeal denied Fri Oct 31.
# Acknowledgement due: Tue 16, Wed 17, Thu 18, Fri 19, Mon Sep 22.
# Appeal by: Sep 19 + 30 = Oct 19 (Sep 19 + 11 = Sep 30, + 19), a Sunday -> Mon Oct 20.
# Appeal decision due: Oct 21-24 (1-4), Oct 27-31 (5-9), Mon Nov 3 (10).
# Article 78 by: Oct 31 + 4 months = Feb 31 -> Feb 28 2026 (GCL §30), a Saturday;
# Sunday Mar 1; -> Mon Mar 2 2026 (GCL §25-a).
APPEALED = RequestDates(
    received=D(2025, 9, 15),
    determined=D(2025, 9, 19),
    outcome="denied",
    appealed=D(2025, 10, 20),
    appeal_decided=D(2025, 10, 31),
    appeal_outcome="denied",
)

# Scenario 4: received Mon Feb 2 2026, denied Mon Feb 23, appeal received Mon Mar 16.
# Appeal by: Feb 23 + 30 = Mar 25 (Feb 23 + 5 = Feb 28, + 25), a Wednesday.
# Appeal decision due: Mar 17-20 (1-4), Mar 23-27 (5-9), Mon Mar 30 (10).
# Article 78 by, if the appeal is not decided: Mar 30 + 4 months = Thu Jul 30 2026.
APPEAL_PENDING = RequestDates(
    received=D(2026, 2, 2),
    determined=D(2026, 2, 23),
    outcome="denied",
    appealed=D(2026, 3, 16),
)


def row(id_, dates, today, **expected):
    return pytest.param(dates, today, expected, id=id_)


CLOCK_TABLE = [
    row("not-received", RequestDates(), D(2026, 3, 1), stage=Stage.NOT_RECEIVED,
        acknowledgement_due=None, appeal_by=None),
    row("awaiting-ack", SILENT, D(2026, 2, 26), stage=Stage.AWAITING_ACKNOWLEDGEMENT,
        acknowledgement_due=D(2026, 3, 4), determination_due=None, appeal_by=None,
        overdue=False, constructive_denial=False),
    row("ack-last-day-not-yet-late", SILENT, D(2026, 3, 4),
        stage=Stage.AWAITING_ACKNOWLEDGEMENT, overdue=False),
    row("no-ack-constructive-denial", SILENT, D(2026, 3, 5),
        stage=Stage.CONSTRUCTIVELY_DENIED, appeal_by=D(2026, 4, 3), overdue=True,
        constructive_denial=True, article78_by=None),
    row("constructive-denial-last-day-to-appeal", SILENT, D(2026, 4, 3),
        stage=Stage.CONSTRUCTIVELY_DENIED, appeal_by=D(2026, 4, 3)),
    row("constructive-denial-appeal-time-passed", SILENT, D(2026, 4, 4),
        stage=Stage.APPEAL_TIME_PASSED, appeal_by=D(2026, 4, 3), overdue=True),
    row("awaiting-determination", ACKED, D(2026, 3, 10),
        stage=Stage.AWAITING_DETERMINATION, acknowledgement_due=D(2026, 2, 9),
        determination_due=D(2026, 3, 10), appeal_by=None, overdue=False,
        constructive_denial=False),
    row("determination-constructive-denial", ACKED, D(2026, 3, 11),
        stage=Stage.CONSTRUCTIVELY_DENIED, determination_due=D(2026, 3, 10),
        appeal_by=D(2026, 4, 9), overdue=True, constructive_denial=True),
    # Promised Tue Jun 30 2026, later than Mar 10: the written date governs.
    # Appeal by Jun 30 + 30 = Thu Jul 30.
    row("promised-later-governs", replace(ACKED, promised=D(2026, 6, 30)), D(2026, 4, 1),
        stage=Stage.AWAITING_DETERMINATION, determination_due=D(2026, 6, 30),
        overdue=False, constructive_denial=False),
    row("promised-later-then-missed", replace(ACKED, promised=D(2026, 6, 30)),
        D(2026, 7, 1), stage=Stage.CONSTRUCTIVELY_DENIED, appeal_by=D(2026, 7, 30),
        overdue=True),
    # Promised Fri Feb 20 2026, earlier than Mar 10: an earlier promise does not
    # shorten the 20 business days, so nothing is overdue on Feb 23; the clock
    # still ends Tue Mar 10.
    row("promised-earlier-does-not-shorten", replace(ACKED, promised=D(2026, 2, 20)),
        D(2026, 2, 20), stage=Stage.AWAITING_DETERMINATION,
        determination_due=D(2026, 3, 10), overdue=False),
    row("promised-earlier-passed-not-overdue", replace(ACKED, promised=D(2026, 2, 20)),
        D(2026, 2, 23), stage=Stage.AWAITING_DETERMINATION, appeal_by=None,
        overdue=False, constructive_denial=False),
    # Acknowledged Wed Feb 11, after the Feb 9 limit: a constructive denial that
    # may be appealed by Feb 9 + 30 = Mar 11 (Feb 9 + 19 = Feb 28, + 11), while
    # the agency's 20 business days run from Feb 11: Fri 13 (1), [16], Feb 17-20
    # (2-5), Feb 23-27 (6-10), Mar 2-6 (11-15), Mar 9-13 (16-20) -> Fri Mar 13.
    row("late-ack-is-constructive-denial",
        replace(ACKED, acknowledged=D(2026, 2, 11)), D(2026, 2, 12),
        stage=Stage.AWAITING_DETERMINATION, determination_due=D(2026, 3, 13),
        appeal_by=D(2026, 3, 11), overdue=False, constructive_denial=True),
    # Mar 12 is past the Mar 11 appeal date of the late acknowledgement: only
    # the Mar 13 determination date is left.
    row("late-ack-appeal-window-closed",
        replace(ACKED, acknowledged=D(2026, 2, 11)), D(2026, 3, 12),
        stage=Stage.AWAITING_DETERMINATION, determination_due=D(2026, 3, 13),
        appeal_by=None, overdue=False, constructive_denial=False),
    # Year end: received Thu Dec 24 2026 -> Mon 28, Tue 29, Wed 30, Thu 31,
    # [Fri Jan 1], Mon Jan 4 2027. Appeal by Jan 4 + 30 = Feb 3 2027 (Wed).
    row("year-end-receipt", RequestDates(received=D(2026, 12, 24)), D(2027, 1, 5),
        stage=Stage.CONSTRUCTIVELY_DENIED, acknowledgement_due=D(2027, 1, 4),
        appeal_by=D(2027, 2, 3)),
    # Year end: acknowledged Wed Dec 23 2026 -> Thu 24 (1), Dec 28-31 (2-5),
    # [Jan 1], Jan 4-8 (6-10), Jan 11-15 (11-15), [Mon Jan 18 MLK], Jan 19-22
    # (16-19), Mon Jan 25 2027 (20).
    row("year-end-acknowledgement",
        RequestDates(received=D(2026, 12, 21), acknowledged=D(2026, 12, 23)),
        D(2027, 1, 4), stage=Stage.AWAITING_DETERMINATION,
        determination_due=D(2027, 1, 25)),
    # Receipt on Saturday Feb 7 2026: Mon 9 (1), Tue 10 (2), Wed 11 (3), [Thu 12],
    # Fri 13 (4), [Mon 16], Tue Feb 17 (5).
    row("received-on-saturday-before-holidays", RequestDates(received=D(2026, 2, 7)),
        D(2026, 2, 9), stage=Stage.AWAITING_ACKNOWLEDGEMENT,
        acknowledgement_due=D(2026, 2, 17)),
    # Written denial Thu Jan 8 2026 (received Mon Jan 5; acknowledgement due Tue 6,
    # Wed 7, Thu 8, Fri 9, Mon Jan 12). Appeal by Jan 8 + 30 = Sat Feb 7 -> Mon Feb 9.
    row("denied-appeal-open",
        RequestDates(received=D(2026, 1, 5), determined=D(2026, 1, 8), outcome="denied"),
        D(2026, 2, 9), stage=Stage.DENIED, acknowledgement_due=D(2026, 1, 12),
        determination_due=None, appeal_by=D(2026, 2, 9), overdue=False,
        constructive_denial=False),
    row("denied-appeal-time-passed",
        RequestDates(received=D(2026, 1, 5), determined=D(2026, 1, 8), outcome="denied"),
        D(2026, 2, 10), stage=Stage.APPEAL_TIME_PASSED, appeal_by=D(2026, 2, 9),
        overdue=False),
    row("partial-grant-may-be-appealed",
        RequestDates(received=D(2026, 1, 5), determined=D(2026, 1, 8), outcome="partial"),
        D(2026, 1, 20), stage=Stage.DENIED, appeal_by=D(2026, 2, 9)),
    row("granted-nothing-due",
        RequestDates(received=D(2026, 1, 5), determined=D(2026, 1, 8), outcome="granted"),
        D(2026, 1, 20), stage=Stage.GRANTED, appeal_by=None, article78_by=None,
        overdue=False, constructive_denial=False),
    row("appeal-pending", APPEAL_PENDING, D(2026, 3, 30), stage=Stage.APPEAL_PENDING,
        appeal_by=D(2026, 3, 25), appeal_determination_due=D(2026, 3, 30),
        article78_by=None, overdue=False, constructive_denial=False),
    row("appeal-constructive-denial", APPEAL_PENDING, D(2026, 3, 31),
        stage=Stage.APPEAL_CONSTRUCTIVELY_DENIED, appeal_determination_due=D(2026, 3, 30),
        article78_by=D(2026, 7, 30), overdue=True, constructive_denial=True),
    # Jul 30 is the last day; Jul 31 is one day late.
    row("appeal-constructive-denial-article78-passed", APPEAL_PENDING, D(2026, 7, 31),
        stage=Stage.ARTICLE78_TIME_PASSED, article78_by=D(2026, 7, 30), overdue=True,
        constructive_denial=True),
    row("appeal-denied-month-end-clamp", APPEALED, D(2025, 11, 5),
        stage=Stage.APPEAL_DENIED, acknowledgement_due=D(2025, 9, 22),
        appeal_by=D(2025, 10, 20), appeal_determination_due=D(2025, 11, 3),
        article78_by=D(2026, 3, 2), overdue=False, constructive_denial=False),
    row("appeal-denied-article78-last-day", APPEALED, D(2026, 3, 2),
        stage=Stage.APPEAL_DENIED),
    row("appeal-denied-article78-passed", APPEALED, D(2026, 3, 3),
        stage=Stage.ARTICLE78_TIME_PASSED, article78_by=D(2026, 3, 2)),
    row("appeal-partly-denied", replace(APPEALED, appeal_outcome="partial"),
        D(2025, 11, 5), stage=Stage.APPEAL_DENIED, article78_by=D(2026, 3, 2)),
    row("appeal-granted", replace(APPEALED, appeal_outcome="granted"), D(2025, 11, 5),
        stage=Stage.APPEAL_GRANTED, article78_by=None, overdue=False),
    # Appeal of the silent request (scenario 1), received Mon Mar 9 2026: appeal by
    # stays Apr 3; decision due Mar 10-13 (1-4), Mar 16-20 (5-9), Mon Mar 23 (10).
    row("appeal-of-constructive-denial", replace(SILENT, appealed=D(2026, 3, 9)),
        D(2026, 3, 12), stage=Stage.APPEAL_PENDING, appeal_by=D(2026, 4, 3),
        appeal_determination_due=D(2026, 3, 23), overdue=False,
        constructive_denial=False),
]  # fmt: skip


@pytest.mark.parametrize(("dates", "today", "expected"), CLOCK_TABLE)
def test_statutory_clock(dates, today, expected):
    clock = compute(dates, today, agency="NYPD")
    actual = {name: getattr(clock, name) for name in expected}
    assert actual == expected


MESSAGE_TABLE = [
    row("awaiting-ack", SILENT, D(2026, 2, 26), message=(
        "NYPD must grant, deny or acknowledge the request by Wed 2026-03-04 "
        "(5 business days after receipt, POL §89(3)(a)).")),
    row("no-ack", SILENT, D(2026, 3, 5), message=(
        "Constructive denial: NYPD did not answer by Wed 2026-03-04. "
        "You may appeal now (POL §89(4)(a)); appeal by Fri 2026-04-03.")),
    row("appeal-time-passed", SILENT, D(2026, 4, 4), message=(
        "Constructive denial: NYPD did not answer by Wed 2026-03-04. The time to appeal "
        "ended on Fri 2026-04-03 (POL §89(4)(a)); a new request for the same records can "
        "be made.")),
    row("awaiting-determination", ACKED, D(2026, 3, 1), message=(
        "NYPD must grant or deny the request by Tue 2026-03-10 "
        "(20 business days after the acknowledgement, POL §89(3)(a)).")),
    row("promised-later", replace(ACKED, promised=D(2026, 6, 30)), D(2026, 3, 1), message=(
        "NYPD must grant or deny the request by Tue 2026-06-30, the date it gave in "
        "writing (POL §89(3)(a)). That is later than 20 business days after the "
        "acknowledgement (Tue 2026-03-10): the law requires a written reason and a date "
        "that is reasonable under the circumstances (POL §89(3)(a)).")),
    row("promised-earlier", replace(ACKED, promised=D(2026, 2, 20)), D(2026, 2, 19),
        message=("NYPD must grant or deny the request by Tue 2026-03-10 "
                 "(20 business days after the acknowledgement, POL §89(3)(a)). It gave "
                 "Fri 2026-02-20 as the approximate date of its answer.")),
    row("late-ack", replace(ACKED, acknowledged=D(2026, 2, 11)), D(2026, 2, 12), message=(
        "Constructive denial: NYPD did not answer by Mon 2026-02-09 and acknowledged only "
        "on Wed 2026-02-11. You may appeal now (POL §89(4)(a)); appeal by Wed 2026-03-11. "
        "NYPD must grant or deny the request by Fri 2026-03-13 (20 business days after "
        "the acknowledgement, POL §89(3)(a)).")),
    row("partial", RequestDates(received=D(2026, 1, 5), determined=D(2026, 1, 8),
        outcome="partial"), D(2026, 1, 20), message=(
        "NYPD partly denied the request on Thu 2026-01-08. "
        "You may appeal by Mon 2026-02-09 (30 days, POL §89(4)(a)).")),
    row("appeal-pending", APPEAL_PENDING, D(2026, 3, 20), message=(
        "NYPD must decide the appeal received on Mon 2026-03-16 by Mon 2026-03-30 "
        "(10 business days, POL §89(4)(a)).")),
    row("appeal-constructive-denial", APPEAL_PENDING, D(2026, 3, 31), message=(
        "Constructive denial of the appeal: NYPD did not decide it by Mon 2026-03-30 "
        "(POL §89(4)(a)). You may bring an Article 78 proceeding (POL §89(4)(b)); "
        "file by Thu 2026-07-30 (4 months, CPLR 217(1)).")),
    row("appeal-denied", APPEALED, D(2025, 11, 5), message=(
        "The appeal was denied on Fri 2025-10-31. You may bring an Article 78 proceeding "
        "(POL §89(4)(b)); file by Mon 2026-03-02 (4 months, CPLR 217(1)).")),
    row("article78-passed", APPEALED, D(2026, 3, 3), message=(
        "The appeal was denied on Fri 2025-10-31. The 4 months to bring an Article 78 "
        "proceeding ended on Mon 2026-03-02 (CPLR 217(1)).")),
    # Appeal received Tue Oct 21 2025, one day after the Oct 20 deadline.
    row("late-appeal", replace(APPEALED, appealed=D(2025, 10, 21)), D(2025, 11, 5),
        message=("The appeal was denied on Fri 2025-10-31. You may bring an Article 78 "
                 "proceeding (POL §89(4)(b)); file by Mon 2026-03-02 (4 months, CPLR "
                 "217(1)). Note: the appeal was received after the appeal deadline "
                 "(Mon 2025-10-20); NYPD may reject it as late.")),
]  # fmt: skip


@pytest.mark.parametrize(("dates", "today", "expected"), MESSAGE_TABLE)
def test_message_tells_the_advocate_what_to_do(dates, today, expected):
    assert compute(dates, today, agency="NYPD").message == expected["message"]


def test_default_agency_wording_starts_sentences_with_a_capital():
    clock = compute(SILENT, D(2026, 2, 26))
    assert clock.message.startswith("The agency must grant, deny or acknowledge")


@pytest.mark.parametrize(
    ("dates", "field"),
    [
        (RequestDates(received=D(2026, 1, 5), determined=D(2026, 1, 8)), "outcome"),
        (RequestDates(received=D(2026, 1, 5), outcome="denied"), "determined"),
        (RequestDates(received=D(2026, 1, 5), acknowledged=D(2026, 1, 2)), "acknowledged"),
        (RequestDates(acknowledged=D(2026, 1, 6)), "received"),
        (RequestDates(received=D(2026, 1, 5), promised=D(2026, 3, 1)), "acknowledged"),
        (
            RequestDates(received=D(2026, 1, 5), acknowledged=D(2026, 1, 7),
                         promised=D(2026, 1, 6)),
            "promised",
        ),
        (RequestDates(received=D(2026, 1, 5), determined=D(2026, 1, 4), outcome="denied"),
         "determined"),
        (replace(APPEALED, appeal_decided=D(2025, 10, 19)), "appeal_decided"),
        (replace(APPEALED, appealed=None), "appealed"),
        (replace(APPEALED, appeal_decided=None), "appeal_decided"),
        (RequestDates(received=D(2026, 1, 5), determined=D(2026, 1, 8), outcome="lost"),
         "outcome"),
    ],
)  # fmt: skip
def test_inconsistent_dates_are_refused_with_the_field_to_fix(dates, field):
    with pytest.raises(ValidationError) as caught:
        compute(dates, D(2026, 3, 1))
    assert caught.value.field == field
    assert caught.value.message


def test_results_are_frozen():
    clock = compute(SILENT, D(2026, 3, 5))
    assert isinstance(clock, FoilClock)
    with pytest.raises(FrozenInstanceError):
        clock.overdue = False  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        SILENT.received = None  # type: ignore[misc]


# -- dates the agency sets for itself -----------------------------------------------------------
#
# All on scenario 2 (ACKED): acknowledged Fri Feb 6 2026, 20 business days -> Tue Mar 10.
# One extension, letter of Mon Mar 9, to Thu Apr 30 2026 (a date certain later than
# Mar 10, so it governs: COOG FOIL-AO-17821, Save Monroe Ave., 2021 NY Slip Op 04639).
# Missed: appeal by Apr 30 + 30 = May 30 (April has 30 days), a Saturday -> Mon Jun 1
# (Jun 1 2026 is a Monday; GCL §25-a).
ONE_EXTENSION = replace(
    ACKED, extensions=(Extension(D(2026, 4, 30), D(2026, 3, 9), "Volume of records"),)
)
# A second extension, letter of Tue Apr 28, to Tue Jun 30 2026 (COOG FOIL-AO-19644:
# "there is no provision that permits repeated delays"). The first extended date,
# Apr 30, is the one the law allowed; once it passes (Fri May 1 on) the agency has
# missed its own date, arguably a denial, while Jun 30 stays the determination date.
TWO_EXTENSIONS = replace(
    ONE_EXTENSION,
    extensions=(*ONE_EXTENSION.extensions, Extension(D(2026, 6, 30), D(2026, 4, 28), "Review")),
)
# The acknowledgement's approximate date, Fri Feb 20, is earlier than Mar 10: it does
# not shorten the 20 business days, but from Mon Feb 23 the agency has missed it.
EARLY_PROMISE = replace(ACKED, promised=D(2026, 2, 20))

OWN_DATES_TABLE = [
    # Mar 20 is after the 20-day date but before the date certain: no denial.
    row("date-certain-in-future-is-no-denial", ONE_EXTENSION, D(2026, 3, 20),
        stage=Stage.AWAITING_DETERMINATION, determination_due=D(2026, 4, 30),
        twenty_days=D(2026, 3, 10), constructive_denial=False, overdue=False,
        appeal_by=None, own_date_missed=None, extensions=1, repeated_extensions=False),
    row("date-certain-last-day", ONE_EXTENSION, D(2026, 4, 30),
        stage=Stage.AWAITING_DETERMINATION, constructive_denial=False),
    row("date-certain-missed", ONE_EXTENSION, D(2026, 5, 1),
        stage=Stage.CONSTRUCTIVELY_DENIED, determination_due=D(2026, 4, 30),
        appeal_by=D(2026, 6, 1), constructive_denial=True, overdue=True),
    # The promised date of the acknowledgement in the future works the same way.
    row("promised-date-certain-in-future", replace(ACKED, promised=D(2026, 4, 30)),
        D(2026, 3, 20), stage=Stage.AWAITING_DETERMINATION,
        determination_due=D(2026, 4, 30), constructive_denial=False),
    row("second-extension-flagged", TWO_EXTENSIONS, D(2026, 4, 29),
        stage=Stage.AWAITING_DETERMINATION, determination_due=D(2026, 6, 30),
        extensions=2, repeated_extensions=True, own_date_missed=None,
        constructive_denial=False),
    row("second-extension-first-date-passed", TWO_EXTENSIONS, D(2026, 5, 1),
        stage=Stage.AWAITING_DETERMINATION, determination_due=D(2026, 6, 30),
        own_date_missed=D(2026, 4, 30), constructive_denial=False, overdue=False),
    # Jun 30 missed too: a constructive denial; appeal by Jun 30 + 30 = Thu Jul 30.
    row("second-extension-missed", TWO_EXTENSIONS, D(2026, 7, 1),
        stage=Stage.CONSTRUCTIVELY_DENIED, appeal_by=D(2026, 7, 30),
        own_date_missed=None, repeated_extensions=True),
    row("early-promise-not-yet-passed", EARLY_PROMISE, D(2026, 2, 20),
        own_date_missed=None, determination_due=D(2026, 3, 10)),
    row("early-promise-missed-arguably-denied", EARLY_PROMISE, D(2026, 2, 23),
        stage=Stage.AWAITING_DETERMINATION, own_date_missed=D(2026, 2, 20),
        determination_due=D(2026, 3, 10), twenty_days=D(2026, 3, 10),
        constructive_denial=False, overdue=False, appeal_by=None),
    # Mar 11: the 20 business days have run too: a constructive denial, appeal by
    # Mar 10 + 30 = Thu Apr 9.
    row("early-promise-then-twenty-days-missed", EARLY_PROMISE, D(2026, 3, 11),
        stage=Stage.CONSTRUCTIVELY_DENIED, own_date_missed=None, appeal_by=D(2026, 4, 9)),
    row("early-promise-answered", replace(EARLY_PROMISE, determined=D(2026, 2, 24),
        outcome="granted"), D(2026, 2, 25), stage=Stage.GRANTED, own_date_missed=None),
]  # fmt: skip


@pytest.mark.dates
@pytest.mark.parametrize(("dates", "today", "expected"), OWN_DATES_TABLE)
def test_dates_the_agency_set_for_itself(dates, today, expected):
    clock = compute(dates, today, agency="NYPD")
    actual = {name: getattr(clock, name) for name in expected}
    assert actual == expected


OWN_DATES_MESSAGES = [
    row("date-certain", ONE_EXTENSION, D(2026, 3, 20), message=(
        "NYPD must grant or deny the request by Thu 2026-04-30, the date it gave in writing "
        "(POL §89(3)(a)). That is later than 20 business days after the acknowledgement "
        "(Tue 2026-03-10): the law requires a written reason and a date that is reasonable "
        "under the circumstances (POL §89(3)(a)).")),
    row("early-promise-missed", EARLY_PROMISE, D(2026, 2, 23), message=(
        "Arguably a denial: NYPD did not answer by the approximate date it gave "
        "(Fri 2026-02-20); a request not answered by the agency's own date may be treated "
        "as denied and appealed (POL §89(4)(a); Committee on Open Government model appeal). "
        "NYPD must grant or deny the request by Tue 2026-03-10 (20 business days after the "
        "acknowledgement, POL §89(3)(a)). It gave Fri 2026-02-20 as the approximate date "
        "of its answer.")),
    row("repeated", TWO_EXTENSIONS, D(2026, 5, 1), message=(
        "Arguably a denial: NYPD did not answer by the date it first extended its time to "
        "(Thu 2026-04-30); a request not answered by the agency's own date may be treated "
        "as denied and appealed (POL §89(4)(a); Committee on Open Government model appeal). "
        "NYPD must grant or deny the request by Tue 2026-06-30, the date it gave in writing "
        "(POL §89(3)(a)). That is later than 20 business days after the acknowledgement "
        "(Tue 2026-03-10): the law requires a written reason and a date that is reasonable "
        "under the circumstances (POL §89(3)(a)). NYPD has extended its time 2 times: the "
        "law allows a date certain with a reason, and there is no provision that permits "
        "repeated delays (COOG FOIL-AO-19644).")),
]  # fmt: skip


@pytest.mark.dates
@pytest.mark.parametrize(("dates", "today", "expected"), OWN_DATES_MESSAGES)
def test_own_dates_are_worded_with_the_twenty_day_date(dates, today, expected):
    message = compute(dates, today, agency="NYPD").message
    assert message == expected["message"]
    assert "Constructive denial" not in message


@pytest.mark.parametrize(
    ("dates", "field"),
    [
        (replace(ONE_EXTENSION, acknowledged=None), "acknowledged"),
        (replace(ACKED, extensions=(Extension(D(2026, 4, 30), D(2026, 2, 5)),)), "extended"),
        (replace(ACKED, extensions=(Extension(D(2026, 3, 1), D(2026, 3, 2)),)), "extended"),
        (replace(ACKED, extensions=(Extension(D(2026, 2, 5)),)), "extended"),
    ],
)
def test_extensions_out_of_order_are_refused(dates, field):
    with pytest.raises(ValidationError) as caught:
        compute(dates, D(2026, 3, 1))
    assert caught.value.field == field


# An extension written after the due date had passed does not undo the constructive
# denial (as a late acknowledgement does not): ACKED was due Tue Mar 10; the letter of
# Mon Mar 16 extends to Thu Apr 30. The missed Mar 10 may be appealed until Mar 10 + 30
# = Thu Apr 9; from Fri Apr 10 only the new date is left.
LATE_EXTENSION = replace(ACKED, extensions=(Extension(D(2026, 4, 30), D(2026, 3, 16), "Backlog"),))


@pytest.mark.dates
@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2026, 3, 17), dict(stage=Stage.AWAITING_DETERMINATION,
                              determination_due=D(2026, 4, 30), constructive_denial=True,
                              overdue=False, appeal_by=D(2026, 4, 9),
                              late_extension=(D(2026, 3, 10), D(2026, 3, 16)))),
        (D(2026, 4, 9), dict(constructive_denial=True, appeal_by=D(2026, 4, 9))),
        (D(2026, 4, 10), dict(stage=Stage.AWAITING_DETERMINATION, constructive_denial=False,
                              appeal_by=None, late_extension=None,
                              determination_due=D(2026, 4, 30))),
        (D(2026, 5, 1), dict(stage=Stage.CONSTRUCTIVELY_DENIED, appeal_by=D(2026, 6, 1))),
    ],
)  # fmt: skip
def test_a_late_extension_does_not_undo_the_constructive_denial(today, expected):
    clock = compute(LATE_EXTENSION, today, agency="NYPD")
    assert {name: getattr(clock, name) for name in expected} == expected


@pytest.mark.dates
def test_a_late_extension_is_worded_with_both_dates():
    clock = compute(LATE_EXTENSION, D(2026, 3, 17), agency="NYPD")
    assert clock.message.startswith(
        "Constructive denial: NYPD did not answer by Tue 2026-03-10 and extended its time "
        "only on Mon 2026-03-16. You may appeal now (POL §89(4)(a)); appeal by Thu "
        "2026-04-09. NYPD must grant or deny the request by Thu 2026-04-30, the date it gave"
    )
