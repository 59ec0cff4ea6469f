"""Sealing rules: CPL 160.57 (Clean Slate), 160.59 (on application), 160.58 (conditional).

Every expected date was counted by hand, never by calling the code under
test. A period of N years ends on the same day-number N years on, or on the
month's last day when that day does not exist (GCL §30: Feb 29 + 3 years =
Feb 28); nothing is moved off a weekend (a seal is no act to perform). "Today"
is Fri 2026-12-04 throughout, injected.
"""

from __future__ import annotations

from datetime import date

import pytest

from casebook.domain.business_days import months_later
from casebook.domain.errors import ValidationError
from casebook.domain.sealing import (
    ArrestFact,
    Blocker,
    Conviction,
    FelonyClass,
    Level,
    Release,
    clean_slate,
    conditional_seal,
    describe,
    on_application,
    sealing_pictures,
)

D = date
TODAY = D(2026, 12, 4)
F, M, VTL, V = Level.FELONY, Level.MISDEMEANOR, Level.VTL_1192_1, Level.VIOLATION
PENDING = Blocker.PENDING_CHARGE
SUPERVISED = Blocker.UNDER_SUPERVISION
EXCLUDED = Blocker.EXCLUDED_OFFENSE
TOO_MANY = Blocker.TOO_MANY_CONVICTIONS


def felony(cls: str, sentenced: date, **kw: object) -> Conviction:
    return Conviction(F, sentenced, FelonyClass(cls), **kw)  # type: ignore[arg-type]


def misd(sentenced: date, **kw: object) -> Conviction:
    return Conviction(M, sentenced, **kw)  # type: ignore[arg-type]


def out(*days: date) -> tuple[Release, ...]:
    return tuple(Release(d) for d in days)


# (case, the person's convictions, index of the one asked about, pending charge,
#  eligible_on, blocked_by, expected_on)
CLEAN_SLATE_CASES = [
    # 1. Misdemeanor, no incarceration: sentence 2022-03-15 + 3 years = 2025-03-15.
    ("misd-no-jail", [misd(D(2022, 3, 15))], 0, False, D(2025, 3, 15), (), D(2025, 3, 15)),
    # 2. Misdemeanor with jail: counted from the release 2022-09-30, + 3 = 2025-09-30.
    (
        "misd-jail",
        [misd(D(2022, 3, 15), releases=out(D(2022, 9, 30)))],
        0,
        False,
        D(2025, 9, 30),
        (),
        D(2025, 9, 30),
    ),
    # 3. Felony (D), no incarceration: 2015-06-01 + 8 years = 2023-06-01.
    ("felony-no-prison", [felony("D", D(2015, 6, 1))], 0, False, D(2023, 6, 1), (), D(2023, 6, 1)),
    # 4. Felony (C) with prison: released 2016-07-20, + 8 = 2024-07-20 (the sentence
    #    date 2012-01-10 no longer matters).
    (
        "felony-prison",
        [felony("C", D(2012, 1, 10), releases=out(D(2016, 7, 20)))],
        0,
        False,
        D(2024, 7, 20),
        (),
        D(2024, 7, 20),
    ),
    # 5. Feb 29: sentence 2024-02-29 + 3 years: 2027 has no Feb 29, so the month's last
    #    day, 2027-02-28 (GCL §30).
    ("feb29-misd", [misd(D(2024, 2, 29))], 0, False, D(2027, 2, 28), (), D(2027, 2, 28)),
    # 6. Feb 29 to a leap year: 2016-02-29 + 8 years = 2024-02-29, which exists.
    ("feb29-felony", [felony("E", D(2016, 2, 29))], 0, False, D(2024, 2, 29), (), D(2024, 2, 29)),
    # 7. Release on Feb 29 2020, misdemeanor: 2023 is no leap year -> 2023-02-28.
    (
        "feb29-release",
        [misd(D(2019, 11, 4), releases=out(D(2020, 2, 29)))],
        0,
        False,
        D(2023, 2, 28),
        (),
        D(2023, 2, 28),
    ),
    # 8. Restart: misdemeanor 2018-05-01, another 2021-08-10. The first would have sealed
    #    2021-05-01, but the later sentence restarts it: 2021-08-10 + 3 = 2024-08-10.
    (
        "restart-misd",
        [misd(D(2018, 5, 1)), misd(D(2021, 8, 10))],
        0,
        False,
        D(2024, 8, 10),
        (),
        D(2024, 8, 10),
    ),
    # 9. Restart of a felony by a later misdemeanor: felony 2010-04-01 counts its own
    #    8 years from the misdemeanor's sentence 2020-02-03 -> 2028-02-03.
    (
        "restart-felony-by-misd",
        [felony("E", D(2010, 4, 1)), misd(D(2020, 2, 3))],
        0,
        False,
        D(2028, 2, 3),
        (),
        D(2028, 2, 3),
    ),
    # 10. ... and the misdemeanor itself: 2020-02-03 + 3 = 2023-02-03.
    (
        "restart-the-later-one",
        [felony("E", D(2010, 4, 1)), misd(D(2020, 2, 3))],
        1,
        False,
        D(2023, 2, 3),
        (),
        D(2023, 2, 3),
    ),
    # 11. Restart by a later conviction's release: misdemeanor 2019-01-15; felony
    #     sentenced 2020-06-01, released 2023-03-31 -> 2023-03-31 + 3 = 2026-03-31.
    (
        "restart-by-release",
        [misd(D(2019, 1, 15)), felony("D", D(2020, 6, 1), releases=out(D(2023, 3, 31)))],
        0,
        False,
        D(2026, 3, 31),
        (),
        D(2026, 3, 31),
    ),
    # 12. A later violation is not a crime and restarts nothing: 2021-10-05 + 3 = 2024-10-05.
    (
        "violation-no-restart",
        [misd(D(2021, 10, 5)), Conviction(V, D(2023, 1, 9))],
        0,
        False,
        D(2024, 10, 5),
        (),
        D(2024, 10, 5),
    ),
    # 13. VTL §1192(1) counts like a misdemeanor: 2023-11-30 + 3 = 2026-11-30.
    (
        "vtl-1192-1",
        [Conviction(VTL, D(2023, 11, 30))],
        0,
        False,
        D(2026, 11, 30),
        (),
        D(2026, 11, 30),
    ),
    # 14. Re-incarceration for a parole violation, supervision not revoked: the release of
    #     2017-01-20 does not count; from 2016-05-02 + 8 = 2024-05-02.
    (
        "violation-not-revoked",
        [
            felony(
                "D",
                D(2014, 1, 6),
                releases=(Release(D(2016, 5, 2)), Release(D(2017, 1, 20), after_violation=True)),
            )
        ],
        0,
        False,
        D(2024, 5, 2),
        (),
        D(2024, 5, 2),
    ),
    # 15. ... revoked: the release of 2017-01-20 counts, + 8 = 2025-01-20.
    (
        "violation-revoked",
        [
            felony(
                "D",
                D(2014, 1, 6),
                releases=(
                    Release(D(2016, 5, 2)),
                    Release(D(2017, 1, 20), after_violation=True, revoked=True),
                ),
            )
        ],
        0,
        False,
        D(2025, 1, 20),
        (),
        D(2025, 1, 20),
    ),
    # 16. Pending New York charge: the period ended 2020-07-07 + 3 = 2023-07-07, but no
    #     seal can be expected while the charge is open.
    ("pending", [misd(D(2020, 7, 7))], 0, True, D(2023, 7, 7), (PENDING,), None),
    # 17. On probation to 2027-03-31 (after today, 2026-12-04): the period ended
    #     2017-09-12 + 8 = 2025-09-12; it seals the day after supervision, 2027-04-01.
    (
        "supervised",
        [felony("E", D(2017, 9, 12), supervision_until=D(2027, 3, 31))],
        0,
        False,
        D(2025, 9, 12),
        (SUPERVISED,),
        D(2027, 4, 1),
    ),
    # 18. Supervision ends today: still supervised today; expected tomorrow, 2026-12-05.
    #     Period 2017-01-03 + 8 = 2025-01-03.
    (
        "supervised-last-day",
        [felony("E", D(2017, 1, 3), supervision_until=TODAY)],
        0,
        False,
        D(2025, 1, 3),
        (SUPERVISED,),
        D(2026, 12, 5),
    ),
    # 19. Probation ended 2025-06-19, before the period's end 2023-06-20 + 3 = 2026-06-20:
    #     no block, seals at the period's end.
    (
        "supervision-over",
        [misd(D(2023, 6, 20), supervision_until=D(2025, 6, 19))],
        0,
        False,
        D(2026, 6, 20),
        (),
        D(2026, 6, 20),
    ),
    # 20. Another conviction's parole blocks this one too: misdemeanor 2015-02-02 (its
    #     period restarted by the felony sentence 2016-03-01 -> 2019-03-01), parole of the
    #     felony to 2027-01-31 -> expected 2027-02-01.
    (
        "someone-elses-parole",
        [misd(D(2015, 2, 2)), felony("E", D(2016, 3, 1), supervision_until=D(2027, 1, 31))],
        0,
        False,
        D(2019, 3, 1),
        (SUPERVISED,),
        D(2027, 2, 1),
    ),
    # 20b. On parole to 2027-06-30, but the period (restarted by the later misdemeanor,
    #     released 2023-12-20, + 8 years = 2031-12-20) ends after that: no block, the seal
    #     is expected at the period's end.
    (
        "supervision-ends-first",
        [
            felony("D", D(2015, 3, 2), supervision_until=D(2027, 6, 30)),
            misd(D(2023, 10, 2), releases=out(D(2023, 12, 20))),
        ],
        0,
        False,
        D(2031, 12, 20),
        (),
        D(2031, 12, 20),
    ),
    # 21. Registrable sex offense: never seals under 160.57.
    ("registrable", [misd(D(2012, 5, 5), registrable=True)], 0, False, None, (EXCLUDED,), None),
    # 22. Class A felony, not a drug felony: excluded.
    ("class-a", [felony("A", D(2000, 9, 9))], 0, False, None, (EXCLUDED,), None),
    # 23. Class A drug felony (PL art. 220) is not excluded: released 2016-12-30, + 8 years
    #     = 2024-12-30.
    (
        "class-a-drug",
        [felony("A", D(2010, 10, 10), drug_felony=True, releases=out(D(2016, 12, 30)))],
        0,
        False,
        D(2024, 12, 30),
        (),
        D(2024, 12, 30),
    ),
]


@pytest.mark.dates
@pytest.mark.parametrize(
    ("convictions", "index", "pending", "eligible", "blocked", "expected"),
    [case[1:] for case in CLEAN_SLATE_CASES],
    ids=[case[0] for case in CLEAN_SLATE_CASES],
)
def test_clean_slate(
    convictions: list[Conviction],
    index: int,
    pending: bool,
    eligible: date | None,
    blocked: tuple[Blocker, ...],
    expected: date | None,
) -> None:
    cs = clean_slate(convictions[index], convictions, pending_charge=pending, today=TODAY)
    assert (cs.eligible_on, cs.blocked_by, cs.expected_on) == (eligible, blocked, expected)


@pytest.mark.dates
def test_a_violation_is_not_clean_slates() -> None:
    # A violation was sealed at disposition under 160.55; the court's record stays open.
    v = Conviction(V, D(2023, 1, 9))
    cs = clean_slate(v, [v], pending_charge=False, today=TODAY)
    assert not cs.applies and cs.eligible_on is None
    words = " ".join(describe(sealing_pictures([v], [], today=TODAY)[0], TODAY))
    assert "CPL 160.55" in words and "court's own file, which stays open" in words


# (case, convictions, index, pending charge, earliest_application, blocked_by)
APPLICATION_CASES = [
    # 24. One misdemeanor: 2013-03-04 + 10 years = 2023-03-04.
    ("one-misd", [misd(D(2013, 3, 4))], 0, False, D(2023, 3, 4), ()),
    # 25. Felony and misdemeanor (two, one a felony: allowed); the latest start is the
    #     felony's release 2011-11-30 -> 2021-11-30, for both.
    (
        "felony-and-misd",
        [felony("C", D(2008, 5, 15), releases=out(D(2011, 11, 30))), misd(D(2009, 2, 2))],
        1,
        False,
        D(2021, 11, 30),
        (),
    ),
    # 26. Three misdemeanors: more than two convictions.
    (
        "three-misd",
        [misd(D(2001, 1, 1)), misd(D(2002, 2, 2)), misd(D(2003, 3, 3))],
        0,
        False,
        None,
        (TOO_MANY,),
    ),
    # 27. Two felonies: more than one felony.
    (
        "two-felonies",
        [felony("E", D(2001, 1, 1)), felony("D", D(2004, 4, 4))],
        1,
        False,
        None,
        (TOO_MANY,),
    ),
    # 28. A violent felony (PL §70.02) is not an eligible offense.
    (
        "violent",
        [felony("B", D(2005, 1, 10), other_exclusion=True), misd(D(2006, 8, 8))],
        0,
        False,
        None,
        (EXCLUDED,),
    ),
    # 29. ... the misdemeanor beside it still may be sealed, ten years after the latest
    #     release, the felony's 2012-04-18 -> 2022-04-18.
    (
        "beside-violent",
        [
            felony("B", D(2005, 1, 10), other_exclusion=True, releases=out(D(2012, 4, 18))),
            misd(D(2006, 8, 8)),
        ],
        1,
        False,
        D(2022, 4, 18),
        (),
    ),
    # 30. A class A drug felony: Clean Slate seals it, 160.59 does not (any class A).
    ("class-a-drug", [felony("A", D(2000, 1, 1), drug_felony=True)], 0, False, None, (EXCLUDED,)),
    # 31. Pending charge: the date stands, the motion must wait. 2014-07-07 + 10 = 2024-07-07.
    ("pending", [misd(D(2014, 7, 7))], 0, True, D(2024, 7, 7), (PENDING,)),
    # 32. Feb 29: 2012-02-29 + 10 years: 2022 is no leap year -> 2022-02-28.
    ("feb29", [misd(D(2012, 2, 29))], 0, False, D(2022, 2, 28), ()),
    # 33. A VTL §1192(1) conviction is no crime; it neither counts nor blocks: the
    #     misdemeanor 2015-05-05 + 10 = 2025-05-05 (the VTL's 2016 sentence ignored).
    (
        "vtl-not-counted",
        [misd(D(2015, 5, 5)), Conviction(VTL, D(2016, 6, 6)), misd(D(2010, 1, 4))],
        0,
        False,
        D(2025, 5, 5),
        (),
    ),
]


@pytest.mark.dates
@pytest.mark.parametrize(
    ("convictions", "index", "pending", "earliest", "blocked"),
    [case[1:] for case in APPLICATION_CASES],
    ids=[case[0] for case in APPLICATION_CASES],
)
def test_on_application(
    convictions: list[Conviction],
    index: int,
    pending: bool,
    earliest: date | None,
    blocked: tuple[Blocker, ...],
) -> None:
    app = on_application(convictions[index], convictions, pending_charge=pending)
    assert (app.earliest_application, app.blocked_by) == (earliest, blocked)


@pytest.mark.dates
def test_vtl_and_violations_are_not_for_application() -> None:
    for level in (VTL, V):
        c = Conviction(level, D(2010, 1, 1))
        assert on_application(c, [c], pending_charge=False).applies is False


@pytest.mark.dates
def test_conditional_sealing_is_undone_by_a_later_arrest() -> None:
    # Conditionally sealed 2020-05-05; an arrest 2022-01-10 unseals it (160.58(8)); an
    # arrest before the order, or one that ended in the client's favour, does not.
    c = misd(D(2019, 3, 3), conditionally_sealed_on=D(2020, 5, 5))
    assert conditional_seal(c, [ArrestFact(D(2019, 1, 1))]) is not None
    assert conditional_seal(c, [ArrestFact(D(2019, 1, 1))]).unsealed_by is None  # type: ignore[union-attr]
    favourable = [ArrestFact(D(2022, 1, 10), favourable=True)]
    assert conditional_seal(c, favourable).unsealed_by is None  # type: ignore[union-attr]
    standing = [ArrestFact(D(2022, 1, 10), pending=True)]
    assert conditional_seal(c, standing).unsealed_by == D(2022, 1, 10)  # type: ignore[union-attr]
    assert conditional_seal(misd(D(2019, 3, 3)), standing) is None
    words = " ".join(describe(sealing_pictures([c], standing, today=TODAY)[0], TODAY))
    assert "unsealed by the arrest of Mon 2022-01-10 (CPL 160.58(8))" in words


@pytest.mark.dates
def test_words_say_when_and_the_backlog() -> None:
    # Misdemeanor sentenced 2024-05-06 (no jail): 2027-05-06, a Thursday; before the
    # courts' backlog deadline 2027-11-16, so that is said too.
    c = misd(D(2024, 5, 6))
    words = describe(sealing_pictures([c], [], today=TODAY)[0], TODAY)
    assert words[0] == (
        "Clean Slate (CPL 160.57): the waiting period ends on Thu 2027-05-06; "
        "expected to seal on Thu 2027-05-06, if no new conviction."
    )
    assert "until Tue 2027-11-16" in words[1]
    # 2034-05-06: 160.59 ten years on; a Saturday, not moved.
    assert "from Sat 2034-05-06" in words[2]


@pytest.mark.dates
def test_months_later_is_gcl_30_without_moving_off_weekends() -> None:
    # Sat 2027-11-06 stays a Saturday; Oct 31 + 4 months = Feb 28 2027 (a Sunday).
    assert months_later(D(2024, 11, 6), 36) == D(2027, 11, 6)
    assert months_later(D(2026, 10, 31), 4) == D(2027, 2, 28)


@pytest.mark.dates
@pytest.mark.parametrize(
    ("conviction", "field"),
    [
        (Conviction(F, D(2020, 1, 1)), "felony_class"),
        (misd(D(2020, 1, 1), drug_felony=True), "felony_class"),
        (misd(D(2027, 1, 1)), "sentenced_on"),
        (misd(D(2020, 1, 1), releases=out(D(2019, 12, 31))), "releases"),
        (misd(D(2020, 1, 1), releases=out(D(2026, 12, 5))), "releases"),
        (misd(D(2020, 1, 1), supervision_until=D(2019, 1, 1)), "supervision_until"),
    ],
)
def test_validation(conviction: Conviction, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        conviction.validated(TODAY)
    assert caught.value.field == field


@pytest.mark.dates
def test_validated_sorts_releases_and_allows_future_supervision() -> None:
    c = misd(
        D(2020, 1, 1),
        releases=out(D(2021, 1, 1), D(2020, 6, 1)),
        supervision_until=D(2028, 1, 1),
    ).validated(TODAY)
    assert [r.released_on for r in c.releases] == [D(2020, 6, 1), D(2021, 1, 1)]


@pytest.mark.dates
def test_an_older_record_is_among_those_the_courts_have_until_2027_to_seal() -> None:
    # Misdemeanor sentenced 2020-01-06: eligible 2023-01-06, before Clean Slate took effect
    # (2024-11-16), so it is one of the older records the courts may seal as late as
    # 2027-11-16. A 2026 date is said without "this one among them".
    old = describe(sealing_pictures([misd(D(2020, 1, 6))], [], today=TODAY)[0], TODAY)
    assert old[1] == (
        "Clean Slate took effect on Sat 2024-11-16; the courts have until Tue 2027-11-16 to "
        "seal the older records, already eligible then, this one among them, so its seal may "
        "come later."
    )
    new = describe(sealing_pictures([misd(D(2023, 6, 1))], [], today=TODAY)[0], TODAY)
    assert "this one among them" not in new[1] and "until Tue 2027-11-16" in new[1]
