"""The roster replayed from the pinned founder: endorsements, removals, key commitments."""

from __future__ import annotations

import uuid

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from casebook.office.keys import new_office_key
from casebook.office.roster import (
    Endorsed,
    EpochEntry,
    MemberEntry,
    endorse,
    sign_epoch,
    verify_roster,
)

SIGNERS = {name: Ed25519PrivateKey.generate() for name in ("ann", "ben", "cal", "dee")}
IDS = {name: uuid.uuid5(uuid.NAMESPACE_OID, name) for name in SIGNERS}
RECIPIENT = "age1z3m94fnpff0w7z8l0rvjk94sgstpm5guc2ed406lye9h3hqf33rs8u2t08"


def pub(name: str) -> bytes:
    return SIGNERS[name].public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def member(name: str, by: str, role: str = "member", epoch: int = 1) -> Endorsed:
    entry = MemberEntry(IDS[name], name, RECIPIENT, pub(name), role, epoch)
    return Endorsed(entry, IDS[by], endorse(SIGNERS[by], entry))


def epoch(n: int, by: str, removed: tuple[str, ...] = ()) -> EpochEntry:
    key = new_office_key(n)
    gone = tuple(IDS[r] for r in removed)
    return EpochEntry(
        n, IDS[by], gone, key.commitment(), sign_epoch(SIGNERS[by], key, IDS[by], gone)
    )


def test_a_chain_of_administrators_within_one_epoch() -> None:
    # Listed out of order: Cal is endorsed by Ben, whom Ann endorsed.
    rows = [member("cal", "ben"), member("ben", "ann", "admin"), member("ann", "ann", "admin")]
    r = verify_roster(rows, [epoch(1, "ann")], pub("ann"))
    assert set(r.entries) == {IDS["ann"], IDS["ben"], IDS["cal"]}
    assert r.refused_members == () and r.refused_epochs == ()


def test_pinning_another_founder_accepts_nobody() -> None:
    rows = [member("ann", "ann", "admin"), member("ben", "ann")]
    r = verify_roster(rows, [epoch(1, "ann")], pub("dee"))
    assert r.entries == {} and set(r.refused_members) == {IDS["ann"], IDS["ben"]}
    assert r.refused_epochs == (1,)


def test_a_removed_administrator_endorses_no_one_afterwards() -> None:
    rows = [
        member("ann", "ann", "admin"),
        member("ben", "ann", "admin"),
        member("cal", "ben", epoch=2),  # after Ben's removal at epoch 2
    ]
    r = verify_roster(rows, [epoch(1, "ann"), epoch(2, "ann", removed=("ben",))], pub("ann"))
    assert r.refused_members == (IDS["cal"],)
    assert r.authors[IDS["ben"]].removed_epoch == 2
    assert r.authors[IDS["ann"]].removed_epoch is None


def test_an_epoch_started_by_a_plain_member_is_refused() -> None:
    rows = [member("ann", "ann", "admin"), member("ben", "ann")]
    r = verify_roster(rows, [epoch(1, "ann"), epoch(2, "ben", removed=("ann",))], pub("ann"))
    assert r.refused_epochs == (2,)
    assert r.authors[IDS["ann"]].removed_epoch is None  # the removal it claims is ignored
    assert 2 not in r.commitments
