"""Hybrid logical clock: the rules of Kulkarni et al. 2014, table by table, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casebook.office.hlc import MAX_COUNTER, MAX_WALL, ClockError, Stamp, receive, tick


@pytest.mark.parametrize(
    ("last", "pt", "expected", "why"),
    [
        (Stamp(100, 0), 105, Stamp(105, 0), "physical time moved past l: l = pt, c = 0"),
        (Stamp(100, 3), 100, Stamp(100, 4), "same millisecond: c counts up"),
        (Stamp(100, 3), 90, Stamp(100, 4), "physical clock went back 10 ms: l holds, c counts"),
        (Stamp(0, 0), 1, Stamp(1, 0), "first event"),
    ],
)
def test_tick_table(last: Stamp, pt: int, expected: Stamp, why: str) -> None:
    assert tick(last, pt) == expected, why


@pytest.mark.parametrize(
    ("last", "remote", "pt", "expected", "why"),
    [
        (Stamp(100, 2), Stamp(90, 7), 120, Stamp(120, 0), "pt is largest: l = pt, c = 0"),
        (Stamp(100, 2), Stamp(100, 7), 95, Stamp(100, 8), "l = l' = l_m: c = max(c, c_m) + 1"),
        (Stamp(100, 9), Stamp(100, 7), 100, Stamp(100, 10), "all three equal: max(9, 7) + 1"),
        (Stamp(100, 2), Stamp(90, 7), 95, Stamp(100, 3), "ours is largest: c + 1"),
        (Stamp(90, 2), Stamp(100, 7), 95, Stamp(100, 8), "the remote's is largest: c_m + 1"),
    ],
)
def test_receive_table(last: Stamp, remote: Stamp, pt: int, expected: Stamp, why: str) -> None:
    assert receive(last, remote, pt) == expected, why


def test_a_peer_far_ahead_is_refused_when_bounded() -> None:
    with pytest.raises(ClockError, match="too far ahead"):
        receive(Stamp(100), Stamp(100 + 86_400_001), 100, max_ahead_ms=86_400_000)
    assert receive(Stamp(100), Stamp(200), 100, max_ahead_ms=1_000) == Stamp(200, 1)


def test_counter_overflow_is_an_error_not_a_wrap() -> None:
    with pytest.raises(ClockError, match="overflow"):
        tick(Stamp(5, MAX_COUNTER), 5)


@given(st.integers(0, MAX_WALL - 1), st.integers(0, MAX_COUNTER))
def test_pack_round_trips_and_keeps_order(wall: int, counter: int) -> None:
    s = Stamp(wall, counter)
    assert Stamp.unpack(s.pack()) == s
    assert s.pack() >= 0
    if counter < MAX_COUNTER:
        assert Stamp(wall, counter + 1).pack() > s.pack()
    assert Stamp(wall + 1, 0).pack() > s.pack()


events = st.lists(
    st.tuples(
        st.sampled_from(["tick", "receive"]),
        st.integers(0, 10_000),  # physical clock, jumping back and forth
        st.integers(0, 10_000),  # the remote's wall
        st.integers(0, 50),  # the remote's counter
    ),
    max_size=60,
)


@given(events)
def test_stamps_only_grow_beat_what_they_heard_and_stay_near_physical_time(
    history: list[tuple[str, int, int, int]],
) -> None:
    """Monotonic; a receive stamps after the message; l never exceeds the largest time heard."""
    clock = Stamp(0, 0)
    heard = 0
    for kind, pt, remote_wall, remote_counter in history:
        heard = max(heard, pt)
        if kind == "tick":
            nxt = tick(clock, pt)
        else:
            remote = Stamp(remote_wall, remote_counter)
            heard = max(heard, remote_wall)
            nxt = receive(clock, remote, pt)
            assert nxt > remote
        assert nxt > clock
        assert nxt.wall >= pt
        assert nxt.wall <= heard
        clock = nxt
