"""The change envelope: sealed by one member, opened by another, refusals named."""

from __future__ import annotations

import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.office.envelope import Author, Directory, Reason, Refused, Sealed, open_change, seal
from casebook.office.hlc import Stamp
from casebook.office.keys import OfficeKey, new_office_key

ALICE, BOB = uuid.UUID(int=1), uuid.UUID(int=2)
SIGNERS = {ALICE: Ed25519PrivateKey.generate(), BOB: Ed25519PrivateKey.generate()}
KEY1 = new_office_key(1)
KEY2 = new_office_key(2)


def directory(
    *, removed: dict[uuid.UUID, int] | None = None, keys: tuple[int, ...] = (1, 2)
) -> Directory:
    removed = removed or {}
    return Directory(
        authors={m: Author(k.public_key(), removed.get(m)) for m, k in SIGNERS.items()},
        epoch_starts={1: 10, 2: 500},  # epoch 2 began at log position 500
        keys={e: k for e, k in {1: KEY1, 2: KEY2}.items() if e in keys},
    )


def sealed(plaintext: bytes = b"{}", *, key: OfficeKey = KEY1, author: uuid.UUID = ALICE) -> Sealed:
    return seal(
        plaintext,
        key=key,
        signer=SIGNERS[author],
        author=author,
        change_id=uuid.uuid4(),
        stamp=Stamp(1_700_000_000_000, 3),
        record_id="client:42",
    )


def refusal(change: Sealed, position: int, d: Directory) -> Reason:
    with pytest.raises(Refused) as caught:
        open_change(change, position, d)
    return caught.value.reason


def test_round_trip() -> None:
    change = sealed(b"hello")
    assert open_change(change, 100, directory()) == b"hello"
    assert b"hello" not in change.ciphertext


def test_same_record_same_hash_within_an_epoch_different_across() -> None:
    assert sealed().record_key == sealed().record_key
    assert sealed().record_key != sealed(key=KEY2).record_key


@pytest.mark.parametrize(
    "field", ["ciphertext", "signature", "hlc", "epoch", "record_key", "change_id"]
)
def test_any_altered_field_is_a_bad_signature(field: str) -> None:
    change = sealed()
    value = getattr(change, field)
    if isinstance(value, bytes):
        altered = bytes([value[0] ^ 1]) + value[1:]
    elif isinstance(value, uuid.UUID):
        altered = uuid.uuid4()
    else:
        altered = value + 1
    forged = Sealed(**{**change.__dict__, field: altered})
    assert refusal(forged, 100, directory()) is Reason.BAD_SIGNATURE


def test_another_members_change_reattributed_is_refused() -> None:
    change = sealed(author=ALICE)
    assert (
        refusal(Sealed(**{**change.__dict__, "author": BOB}), 100, directory())
        is Reason.BAD_SIGNATURE
    )


def test_bob_signing_ciphertext_under_alices_name_does_not_decrypt_as_his() -> None:
    """Re-signing Alice's ciphertext as Bob: the author is in the associated data."""
    change = sealed(author=ALICE)
    from casebook.office.envelope import _signed_bytes, associated_data

    ad = associated_data(change.change_id, BOB, change.epoch, change.hlc, change.record_key)
    resigned = Sealed(
        **{
            **change.__dict__,
            "author": BOB,
            "signature": SIGNERS[BOB].sign(_signed_bytes(ad, change.ciphertext)),
        }
    )
    assert refusal(resigned, 100, directory()) is Reason.UNREADABLE


def test_unknown_author() -> None:
    d = directory()
    d = Directory({ALICE: d.authors[ALICE]}, d.epoch_starts, d.keys)
    assert refusal(sealed(author=BOB), 100, d) is Reason.UNKNOWN_AUTHOR


def test_old_epoch_after_a_new_one_began() -> None:
    assert refusal(sealed(key=KEY1), 501, directory()) is Reason.OLD_EPOCH
    assert open_change(sealed(key=KEY1), 499, directory())  # written before epoch 2: fine


def test_removed_author_refused_from_the_removing_epoch_on() -> None:
    d = directory(removed={BOB: 2})
    assert refusal(sealed(key=KEY2, author=BOB), 600, d) is Reason.REMOVED_AUTHOR
    assert open_change(sealed(key=KEY1, author=BOB), 100, d)  # what Bob wrote before stays


def test_an_epoch_without_a_key_here() -> None:
    assert refusal(sealed(key=KEY2), 600, directory(keys=(1,))) is Reason.UNKNOWN_EPOCH


@settings(max_examples=60, deadline=None)
@given(
    plaintext=st.binary(max_size=2048),
    record_id=st.text(max_size=40),
    wall=st.integers(0, 2**47 - 1),
    counter=st.integers(0, 65535),
    flip=st.integers(0, 10_000),
)
def test_property_round_trip_and_any_bit_flip_is_refused(
    plaintext: bytes, record_id: str, wall: int, counter: int, flip: int
) -> None:
    change = seal(
        plaintext,
        key=KEY1,
        signer=SIGNERS[ALICE],
        author=ALICE,
        change_id=uuid.uuid4(),
        stamp=Stamp(wall, counter),
        record_id=record_id,
    )
    assert open_change(change, 100, directory()) == plaintext
    blob = bytearray(change.ciphertext)
    bit = flip % (len(blob) * 8)
    blob[bit // 8] ^= 1 << (bit % 8)
    assert (
        refusal(Sealed(**{**change.__dict__, "ciphertext": bytes(blob)}), 100, directory())
        is Reason.BAD_SIGNATURE
    )
