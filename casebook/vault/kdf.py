"""Argon2id for the passphrase key, calibrated per machine, never below the floor.

RFC 9106 §4 gives two recommended settings; the second (m=64 MiB, t=3, p=4)
is the floor here: a header asking for less is refused as damaged or forged,
since lowering the cost is exactly what an attacker who edits the header wants.
"""

from __future__ import annotations

import functools
import os
import time
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from casebook.domain.errors import CasebookError, DamagedVault

KEY_BYTES = 32
SALT_BYTES = 16
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_TIME_COST = 3
PARALLELISM = 4
MAX_MEMORY_KIB = 1024 * 1024
MAX_TIME_COST = 64  # beyond this an unlock would take minutes on any laptop
TARGET_SECONDS = 1.0
# A header or bundle may ask for more than calibration ever picks (made on a
# faster machine), but not more than this machine does in about this long or
# with half its memory: a forged header must not hang an unlock for minutes.
AFFORDABLE_SECONDS = 10.0


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters as stored in the vault header."""

    salt: bytes
    time_cost: int
    memory_kib: int
    parallelism: int = PARALLELISM

    def check(self) -> None:
        """Refuse parameters below the floor or absurdly high (a forged header could hang us)."""
        if len(self.salt) < SALT_BYTES:
            raise DamagedVault("The vault header is damaged: its key-derivation salt is too short.")
        if self.memory_kib < FLOOR_MEMORY_KIB or self.time_cost < FLOOR_TIME_COST:
            raise DamagedVault(
                "The vault header asks for weaker passphrase protection than casebook allows; "
                "it may have been tampered with. Restore the vault from a backup."
            )
        if not 1 <= self.parallelism <= 16:
            raise DamagedVault("The vault header is damaged: bad key-derivation parallelism.")
        if self.memory_kib > 4 * MAX_MEMORY_KIB or self.time_cost > 4 * MAX_TIME_COST:
            raise DamagedVault("The vault header is damaged: key-derivation cost out of range.")

    @property
    def work(self) -> int:
        """Argon2's cost grows with memory times passes."""
        return self.memory_kib * self.time_cost

    def check_affordable(self) -> None:
        """Refuse a cost this machine cannot pay in about 10 s with half its memory."""
        if self.work <= 16 * FLOOR_MEMORY_KIB * FLOOR_TIME_COST:
            return  # at most what calibration picks here: no need to measure
        memory = _physical_memory_kib()
        too_big = memory is not None and self.memory_kib > memory // 2
        if too_big or self.estimated_seconds() > AFFORDABLE_SECONDS:
            raise CasebookError(
                f"Unlocking this asks for more work (Argon2id: {self.memory_kib // 1024} MiB, "
                f"{self.time_cost} passes) than this computer can do in about "
                f"{AFFORDABLE_SECONDS:.0f} seconds with half its memory, so casebook did not "
                "try. If it was made on a much more powerful computer, open it there; "
                "otherwise its header may have been tampered with."
            )

    def estimated_seconds(self) -> float:
        """How long one derivation would take here, from a timed floor derivation."""
        cores = os.cpu_count() or 1
        lanes = min(self.parallelism, cores) / min(PARALLELISM, cores)
        return _floor_seconds() * self.work / (FLOOR_MEMORY_KIB * FLOOR_TIME_COST) / lanes

    def derive(self, secret: bytes) -> bytes:
        """The 256-bit key-encryption key for ``secret``."""
        self.check()
        self.check_affordable()
        return hash_secret_raw(
            secret,
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )


def floor_params(salt: bytes) -> KdfParams:
    """The weakest parameters casebook accepts (RFC 9106 second option); used by tests."""
    return KdfParams(salt=salt, time_cost=FLOOR_TIME_COST, memory_kib=FLOOR_MEMORY_KIB)


def calibrate(salt: bytes, target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Pick memory then passes so one derivation takes about ``target_seconds`` here.

    Memory is raised first (it is what makes GPU guessing expensive), from
    256 MiB up to 1 GiB, then the pass count; never below the floor.
    """
    memory = 256 * 1024
    probe = KdfParams(salt=salt, time_cost=FLOOR_TIME_COST, memory_kib=memory)
    elapsed = _time_once(probe)
    while elapsed < target_seconds / 2 and memory < MAX_MEMORY_KIB:
        memory *= 2
        elapsed *= 2
    per_pass = elapsed / FLOOR_TIME_COST
    passes = max(FLOOR_TIME_COST, min(MAX_TIME_COST, round(target_seconds / max(per_pass, 1e-6))))
    if elapsed > 2 * target_seconds and memory > FLOOR_MEMORY_KIB:
        # A slow machine: step memory down rather than make every unlock long.
        scale = max(FLOOR_MEMORY_KIB, int(memory * target_seconds / elapsed))
        memory = max(FLOOR_MEMORY_KIB, scale // 1024 * 1024)
        passes = FLOOR_TIME_COST
    return KdfParams(salt=salt, time_cost=passes, memory_kib=memory)


@functools.cache
def _floor_seconds() -> float:
    return _time_once(floor_params(b"\0" * SALT_BYTES))


def _physical_memory_kib() -> int | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 1024
    except (AttributeError, ValueError, OSError):
        return None


def _time_once(params: KdfParams) -> float:
    start = time.perf_counter()
    params.derive(b"calibration")
    return time.perf_counter() - start
