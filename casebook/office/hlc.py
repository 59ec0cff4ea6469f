"""Hybrid logical clock (Kulkarni, Demirbas et al., "Logical Physical Clocks", 2014).

A stamp is (l, c): l is the largest physical time (milliseconds) this laptop
has heard of, c counts events within one l. Stamps order causally (a change
made after seeing another stamps later) and stay close to wall time, so
"last writer wins" between laptops means what a person expects even when one
laptop's clock runs a little fast. Pure: the physical clock is a parameter.

Packed into one non-negative signed 64-bit integer (47 bits of milliseconds, good until
the year 6429, and 16 bits of counter) so the hub stores and compares it as
a ``bigint``.
"""

from __future__ import annotations

from dataclasses import dataclass

COUNTER_BITS = 16
MAX_COUNTER = (1 << COUNTER_BITS) - 1
MAX_WALL = (1 << (63 - COUNTER_BITS)) - 1


class ClockError(ValueError):
    """A stamp that cannot be made or accepted (counter overflow, or a peer far ahead)."""


@dataclass(frozen=True, order=True)
class Stamp:
    """One HLC timestamp; ordered by (wall, counter)."""

    wall: int  # l: milliseconds since the Unix epoch
    counter: int = 0  # c

    def __post_init__(self) -> None:
        if not 0 <= self.wall <= MAX_WALL or not 0 <= self.counter <= MAX_COUNTER:
            raise ClockError("stamp out of range")

    def pack(self) -> int:
        return (self.wall << COUNTER_BITS) | self.counter

    @classmethod
    def unpack(cls, value: int) -> Stamp:
        if value < 0:
            raise ClockError("stamp out of range")
        return cls(value >> COUNTER_BITS, value & MAX_COUNTER)


ZERO = Stamp(0, 0)


def _bump(wall: int, counter: int) -> Stamp:
    if counter > MAX_COUNTER:
        raise ClockError("clock counter overflow: too many events within one millisecond")
    return Stamp(wall, counter)


def tick(last: Stamp, physical_ms: int) -> Stamp:
    """A local or send event: l = max(l, pt); c = c + 1 if l did not move, else 0."""
    wall = max(last.wall, physical_ms)
    return _bump(wall, last.counter + 1 if wall == last.wall else 0)


def receive(
    last: Stamp, remote: Stamp, physical_ms: int, *, max_ahead_ms: int | None = None
) -> Stamp:
    """A receive event (the paper's rules, case by case on which l won).

    ``max_ahead_ms``: refuse a remote stamp further ahead of our physical clock
    than this, so one laptop with a clock set years ahead cannot drag every
    other's clock (and win every "last writer") with it.
    """
    if max_ahead_ms is not None and remote.wall - physical_ms > max_ahead_ms:
        raise ClockError("a change is stamped too far ahead of this computer's clock")
    wall = max(last.wall, remote.wall, physical_ms)
    if wall == last.wall == remote.wall:
        counter = max(last.counter, remote.counter) + 1
    elif wall == last.wall:
        counter = last.counter + 1
    elif wall == remote.wall:
        counter = remote.counter + 1
    else:
        counter = 0
    return _bump(wall, counter)
