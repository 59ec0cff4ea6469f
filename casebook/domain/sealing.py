"""When a New York conviction seals: Clean Slate (CPL 160.57), on application (CPL 160.59)
and conditional sealing after judicial diversion (CPL 160.58).

Pure rules, no I/O. Each rule names the statute beside it. Years are counted
as GCL §30 counts months (``months_later``): same day-number, or the month's
last day, so Feb 29 2024 + 3 years = Feb 28 2027; nothing is moved off a
weekend, since a seal is a status that arrives by itself, not an act to do.

Readings taken where the text leaves a choice, each the one that never
promises a seal sooner than the statute could give it:

- The waiting period is counted from a conviction's sentence, or from the
  last release from incarceration when there was one (CPL 160.57(1)(b)). A
  release after re-incarceration for a parole violation counts only when the
  supervision was revoked.
- A later conviction (misdemeanor, felony or VTL §1192(1)) restarts the
  count of the earlier ones: each conviction's own period (3 or 8 years) runs
  from the start of the most recent conviction. A violation is not a crime
  (PL §10.00(3)) and restarts nothing.
- Probation or parole of any conviction blocks Clean Slate while it lasts
  (the person is "under supervision"), the last day of supervision included;
  it is reported as a block only when it runs to or past the end of the
  waiting period, since only then does it hold the seal back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from casebook.domain.business_days import months_later
from casebook.domain.deadline_phrases import format_date
from casebook.domain.errors import ValidationError

# CPL 160.57 took effect on 2024-11-16 (L.2023 ch. 631 as amended); the courts have three
# years from then, to 2027-11-16, to seal the records that were eligible before then.
CLEAN_SLATE_IN_FORCE = date(2024, 11, 16)
CLEAN_SLATE_BACKLOG_BY = date(2027, 11, 16)

_MISDEMEANOR_MONTHS = 3 * 12  # CPL 160.57(1)(b): three years for a misdemeanor (and VTL §1192(1))
_FELONY_MONTHS = 8 * 12  # CPL 160.57(1)(b): eight years for a felony
_APPLICATION_MONTHS = 10 * 12  # CPL 160.59(5)(a): ten years before an application

IMMIGRATION_NOTE = (
    "State sealing does not remove immigration consequences: immigration authorities "
    "and courts may still count a sealed conviction, and forms that ask about "
    "convictions must still be answered. The client can still obtain certified "
    "dispositions of sealed cases (CPL 160.50(1)(d), 160.57, 160.59)."
)
COURT_RECORD_OPEN_160_55 = (
    "CPL 160.55 seals the police, prosecutor and DCJS records (fingerprints, photographs), "
    "but not the court's own file, which stays open (CPL 160.55(1)(c))."
)


class Level(StrEnum):
    """How grave the offense of conviction is (PL §§10.00, 55.05; VTL §1192(1))."""

    FELONY = "felony"
    MISDEMEANOR = "misdemeanor"
    VTL_1192_1 = "vtl-1192-1"  # driving while ability impaired: a traffic infraction
    VIOLATION = "violation"  # a violation or traffic infraction: not a crime


LEVEL_LABELS: dict[Level, str] = {
    Level.FELONY: "Felony",
    Level.MISDEMEANOR: "Misdemeanor",
    Level.VTL_1192_1: "VTL §1192(1) (impaired driving)",
    Level.VIOLATION: "Violation or infraction",
}


class FelonyClass(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"


class Blocker(StrEnum):
    """Why a conviction does not seal (the command's ``blocked_by`` items)."""

    PENDING_CHARGE = "pending-charge"
    UNDER_SUPERVISION = "under-supervision"
    EXCLUDED_OFFENSE = "excluded-offense"
    TOO_MANY_CONVICTIONS = "too-many-convictions"


@dataclass(frozen=True)
class Release:
    """A release from incarceration after the sentence.

    ``after_violation``: the person had been re-incarcerated for a parole or
    post-release supervision violation; such a release moves the count only
    when the supervision was ``revoked``.
    """

    released_on: date
    after_violation: bool = False
    revoked: bool = False

    @property
    def counts(self) -> bool:
        return not self.after_violation or self.revoked


@dataclass(frozen=True)
class Conviction:
    """A New York conviction, as far as sealing needs it.

    ``drug_felony``: a felony of PL article 220 (controlled substances); a
    class A drug felony is not excluded from Clean Slate (CPL 160.57).
    ``registrable``: the offense requires registration as a sex offender
    (Correction Law art. 6-C); excluded from 160.57 and 160.59.
    ``other_exclusion``: another offense CPL 160.59(1)(a) excludes (a violent
    felony of PL §70.02, a felony of PL art. 125, an offense of PL art. 130 or
    263, ...); excluded from sealing on application only.
    ``conditionally_sealed_on``: the day a court conditionally sealed it under
    CPL 160.58 after judicial diversion (CPL art. 216).
    """

    level: Level
    sentenced_on: date
    felony_class: FelonyClass | None = None
    offense: str = ""
    releases: tuple[Release, ...] = ()
    supervision_until: date | None = None
    drug_felony: bool = False
    registrable: bool = False
    other_exclusion: bool = False
    conditionally_sealed_on: date | None = None

    def validated(self, today: date) -> Conviction:
        """A checked copy; raises ``ValidationError`` naming the field to fix."""
        if not date(1900, 1, 1) <= self.sentenced_on <= today:
            raise ValidationError("sentenced_on", "The sentence date cannot be in the future.")
        if self.level is Level.FELONY and self.felony_class is None:
            raise ValidationError("felony_class", "Give the felony's class (A to E).")
        if self.level is not Level.FELONY and (self.felony_class or self.drug_felony):
            raise ValidationError("felony_class", "Only a felony has a class or is a drug felony.")
        for r in self.releases:
            if not self.sentenced_on <= r.released_on <= today:
                raise ValidationError(
                    "releases",
                    "A release from incarceration falls between the sentence and today.",
                )
        if self.supervision_until is not None and self.supervision_until < self.sentenced_on:
            raise ValidationError(
                "supervision_until", "Probation or parole cannot end before the sentence."
            )
        if self.conditionally_sealed_on is not None and not (
            self.sentenced_on <= self.conditionally_sealed_on <= today
        ):
            raise ValidationError(
                "conditionally_sealed_on",
                "A conditional sealing order falls between the sentence and today.",
            )
        releases = tuple(sorted(self.releases, key=lambda r: r.released_on))
        return dataclasses.replace(self, offense=" ".join(self.offense.split()), releases=releases)

    @property
    def start(self) -> date:
        """Where the count starts: the last release that counts, else the sentence
        (CPL 160.57(1)(b), 160.59(5)(a))."""
        counted = [r.released_on for r in self.releases if r.counts]
        return max([self.sentenced_on, *counted])

    @property
    def is_crime(self) -> bool:
        """A felony or misdemeanor (PL §10.00(6)); VTL §1192(1) and violations are not."""
        return self.level in (Level.FELONY, Level.MISDEMEANOR)


@dataclass(frozen=True)
class ArrestFact:
    """An arrest of the same person: when, whether still pending, whether it ended
    in their favour (sealed under CPL 160.50 or 160.55)."""

    arrested_on: date
    pending: bool = False
    favourable: bool = False


@dataclass(frozen=True)
class CleanSlate:
    """CPL 160.57 for one conviction. ``eligible_on`` is when the waiting period
    ends (None when the route does not apply or the offense is excluded);
    ``expected_on`` when it would seal with what is known today (None while
    blocked by a pending charge or never)."""

    applies: bool
    eligible_on: date | None
    blocked_by: tuple[Blocker, ...]
    expected_on: date | None


@dataclass(frozen=True)
class OnApplication:
    """CPL 160.59 for one conviction: the first day the court may grant a motion."""

    applies: bool
    earliest_application: date | None
    blocked_by: tuple[Blocker, ...]


@dataclass(frozen=True)
class ConditionalSeal:
    """CPL 160.58: sealed on ``sealed_on``, unsealed by any later arrest (160.58(8))."""

    sealed_on: date
    unsealed_by: date | None  # the later arrest that unsealed it, while it stands


@dataclass(frozen=True)
class SealingPicture:
    conviction: Conviction
    clean_slate: CleanSlate
    on_application: OnApplication
    conditional: ConditionalSeal | None


# -- CPL 160.57 ---------------------------------------------------------------------------------


def _restarts(c: Conviction) -> bool:
    """Offenses 160.57 covers restart the count of earlier ones (module docstring)."""
    return c.level is not Level.VIOLATION


def excluded_from_clean_slate(c: Conviction) -> bool:
    """CPL 160.57 never seals a sex offense requiring registration, nor a class A felony
    other than one of PL article 220 (controlled substances)."""
    class_a = c.level is Level.FELONY and c.felony_class is FelonyClass.A
    return c.registrable or (class_a and not c.drug_felony)


def clean_slate(
    c: Conviction, everything: Sequence[Conviction], *, pending_charge: bool, today: date
) -> CleanSlate:
    """CPL 160.57(1): 3 years (misdemeanor, VTL §1192(1)) or 8 years (felony) after the
    sentence or last release; restarted by a later conviction; not while a New York
    charge is pending or the person is on probation or parole."""
    if c.level is Level.VIOLATION:  # sealed at disposition under CPL 160.55, not here
        return CleanSlate(False, None, (), None)
    if excluded_from_clean_slate(c):
        return CleanSlate(True, None, (Blocker.EXCLUDED_OFFENSE,), None)
    later = [d.start for d in everything if _restarts(d) and d.sentenced_on >= c.sentenced_on]
    start = max([c.start, *later])
    months = _FELONY_MONTHS if c.level is Level.FELONY else _MISDEMEANOR_MONTHS
    eligible = months_later(start, months)
    blocked: list[Blocker] = []
    if pending_charge:
        blocked.append(Blocker.PENDING_CHARGE)
    supervised = [d.supervision_until for d in everything if d.supervision_until is not None]
    last_day = max(supervised, default=None)
    if last_day is not None and last_day >= today and last_day >= eligible:
        # on probation or parole now, and still when the period ends: it holds the seal back
        # (supervision that ends before the period does is no block)
        blocked.append(Blocker.UNDER_SUPERVISION)
    expected: date | None = eligible
    if pending_charge:
        expected = None
    elif last_day is not None and last_day >= eligible:
        expected = last_day + timedelta(days=1)  # the first day off supervision
    return CleanSlate(True, eligible, tuple(blocked), expected)


# -- CPL 160.59 ---------------------------------------------------------------------------------


def excluded_from_application(c: Conviction) -> bool:
    """CPL 160.59(1)(a): not an "eligible offense" — a sex offense requiring registration,
    any class A felony (drug felonies included), or another listed offense."""
    class_a = c.level is Level.FELONY and c.felony_class is FelonyClass.A
    return c.registrable or class_a or c.other_exclusion


def on_application(
    c: Conviction, everything: Sequence[Conviction], *, pending_charge: bool
) -> OnApplication:
    """CPL 160.59: ten years after the sentence on the latest conviction or the latest
    release (160.59(5)(a)); at most two convictions of crimes, at most one a felony
    (160.59(2)(a)); none while an arrest or charge is undisposed (160.59(5)(b))."""
    if not c.is_crime:
        return OnApplication(False, None, ())
    crimes = [d for d in everything if d.is_crime]
    blocked: list[Blocker] = []
    if excluded_from_application(c):
        blocked.append(Blocker.EXCLUDED_OFFENSE)
    felonies = sum(1 for d in crimes if d.level is Level.FELONY)
    if len(crimes) > 2 or felonies > 1:
        blocked.append(Blocker.TOO_MANY_CONVICTIONS)
    if pending_charge:
        blocked.append(Blocker.PENDING_CHARGE)
    if Blocker.EXCLUDED_OFFENSE in blocked or Blocker.TOO_MANY_CONVICTIONS in blocked:
        return OnApplication(True, None, tuple(blocked))
    start = max(d.start for d in crimes)
    return OnApplication(True, months_later(start, _APPLICATION_MONTHS), tuple(blocked))


# -- CPL 160.58 ---------------------------------------------------------------------------------


def conditional_seal(c: Conviction, arrests: Sequence[ArrestFact]) -> ConditionalSeal | None:
    """CPL 160.58(8): a conditionally sealed conviction is unsealed upon an arrest for, or a
    formal charge with, any crime, and sealed again when that case ends in the person's
    favour (CPL 160.50 or 160.55)."""
    if c.conditionally_sealed_on is None:
        return None
    standing = [
        a.arrested_on
        for a in arrests
        if a.arrested_on > c.conditionally_sealed_on and not a.favourable
    ]
    return ConditionalSeal(c.conditionally_sealed_on, min(standing, default=None))


# -- the whole picture ---------------------------------------------------------------------------


def sealing_pictures(
    convictions: Sequence[Conviction], arrests: Sequence[ArrestFact], *, today: date
) -> tuple[SealingPicture, ...]:
    """Each conviction's sealing routes, in the order given."""
    pending = any(a.pending for a in arrests)
    return tuple(
        SealingPicture(
            c,
            clean_slate(c, convictions, pending_charge=pending, today=today),
            on_application(c, convictions, pending_charge=pending),
            conditional_seal(c, arrests),
        )
        for c in convictions
    )


_BLOCKER_WORDS = {
    Blocker.PENDING_CHARGE: "a New York charge is pending",
    Blocker.UNDER_SUPERVISION: "the client is on probation or parole",
    Blocker.EXCLUDED_OFFENSE: "the offense is excluded",
    Blocker.TOO_MANY_CONVICTIONS: "there are more than two convictions, or more than one felony",
}


def _blocked(blocked: Sequence[Blocker]) -> str:
    return " and ".join(_BLOCKER_WORDS[b] for b in blocked)


def describe(p: SealingPicture, today: date) -> tuple[str, ...]:
    """The picture in sentences, for the window and the command."""
    lines: list[str] = []
    cs, app = p.clean_slate, p.on_application
    if not cs.applies:
        lines.append(
            "A violation or infraction is sealed when the case ends (CPL 160.55). "
            + COURT_RECORD_OPEN_160_55
        )
    elif cs.eligible_on is None:
        lines.append(
            "Clean Slate (CPL 160.57) never seals this conviction: it excludes sex offenses "
            "that require registration and class A felonies other than drug felonies."
        )
    else:
        verb = "ended" if cs.eligible_on <= today else "ends"
        line = (
            f"Clean Slate (CPL 160.57): the waiting period {verb} on {format_date(cs.eligible_on)}"
        )
        if cs.blocked_by:
            line += f", but it cannot seal while {_blocked(cs.blocked_by)}"
        if cs.expected_on is not None:
            line += f"; expected to seal on {format_date(cs.expected_on)}, if no new conviction"
        lines.append(line + ".")
        if cs.expected_on is not None and cs.expected_on < CLEAN_SLATE_BACKLOG_BY:
            among = (
                ", this one among them, so its seal may come later"
                if cs.expected_on < CLEAN_SLATE_IN_FORCE
                else ""
            )
            lines.append(
                f"Clean Slate took effect on {format_date(CLEAN_SLATE_IN_FORCE)}; the courts have "
                f"until {format_date(CLEAN_SLATE_BACKLOG_BY)} to seal the older records, "
                f"already eligible then{among}."
            )
    if not app.applies:
        lines.append("Sealing on application (CPL 160.59) covers crimes only.")
    elif app.earliest_application is None:
        lines.append(
            f"Sealing on application (CPL 160.59) is not open: {_blocked(app.blocked_by)}."
        )
    else:
        line = (
            "Sealing on application (CPL 160.59): a motion may be made from "
            f"{format_date(app.earliest_application)}"
        )
        if app.blocked_by:
            line += f", once no {_blocked(app.blocked_by).removeprefix('a ')}"
        lines.append(line + ".")
    if p.conditional is not None:
        if p.conditional.unsealed_by is None:
            lines.append(
                f"Conditionally sealed under CPL 160.58 on {format_date(p.conditional.sealed_on)}; "
                "any new arrest unseals it (CPL 160.58(8))."
            )
        else:
            lines.append(
                "Conditionally sealed under CPL 160.58, but unsealed by the arrest of "
                f"{format_date(p.conditional.unsealed_by)} (CPL 160.58(8)); it is sealed "
                "again if that case ends in the client's favour."
            )
    return tuple(lines)
