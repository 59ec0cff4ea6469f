"""time.sleep through select() while libfaketime shifts the clock (the dates-ahead run only).

libfaketime 0.9.10 with FAKETIME_DONT_FAKE_MONOTONIC shifts the absolute deadline
of clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME), which Python 3.11's
time.sleep uses, and the call fails with EINVAL; select() waits correctly. The
.pth file .ci/run installs imports this in every Python of the venv (the tests'
child processes too) when FAKETIME is set, and does nothing otherwise.
"""

from __future__ import annotations

import os
import select
import time


def _sleep(seconds: float) -> None:
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        select.select([], [], [], left)


if os.environ.get("FAKETIME"):
    time.sleep = _sleep
