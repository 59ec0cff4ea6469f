"""Office keys and their subkeys, age wrapping, blind-index tokens and keyed document names."""

from __future__ import annotations

import datetime as dt
import uuid

import pyrage
import pytest

from casebook.office import blind_index as bi
from casebook.office.documents import DocumentError, document_name, open_document, seal_document
from casebook.office.keys import (
    OfficeKey,
    Purpose,
    UnwrapError,
    new_office_key,
    next_epoch,
    unwrap,
    wrap,
)

KEY = new_office_key(1)


def test_every_purpose_has_its_own_subkey_and_each_epoch_its_own() -> None:
    subkeys = {KEY.subkey(p) for p in Purpose}
    assert len(subkeys) == len(Purpose)
    same_secret_next_epoch = OfficeKey(2, KEY.secret)
    assert KEY.subkey(Purpose.LOG) != same_secret_next_epoch.subkey(Purpose.LOG)
    assert KEY.secret.hex() not in repr(KEY)


def test_wrap_opens_only_with_the_recipients_identity() -> None:
    ann, ben = pyrage.x25519.Identity.generate(), pyrage.x25519.Identity.generate()
    wrapped = wrap(KEY, str(ann.to_public()))
    assert unwrap(wrapped, ann, 1) == KEY
    with pytest.raises(UnwrapError, match="not wrapped for this"):
        unwrap(wrapped, ben, 1)
    with pytest.raises(UnwrapError, match="another epoch"):
        unwrap(wrapped, ann, 2)


def test_a_new_epoch_is_wrapped_only_for_those_who_remain() -> None:
    people = {uuid.UUID(int=i): pyrage.x25519.Identity.generate() for i in range(3)}
    recipients = {m: str(i.to_public()) for m, i in people.items()}
    gone = uuid.UUID(int=2)
    key, wrapped = next_epoch(1, recipients, removed=[gone])
    assert key.epoch == 2 and key.secret != KEY.secret
    assert set(wrapped) == {uuid.UUID(int=0), uuid.UUID(int=1)}
    for member, blob in wrapped.items():
        assert unwrap(blob, people[member], 2) == key
        with pytest.raises(UnwrapError):
            unwrap(blob, people[gone], 2)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("María José López", "LOPEZ, Maria Jose"),
        ("Nguyễn Văn An", "an van nguyen"),
        ("N\u2019Diaye Fatou", "Fatou N'Diaye"),
        ("李小龍", "李小龍"),
    ],
)
def test_name_tokens_fold_accents_case_and_word_order(one: str, other: str) -> None:
    assert bi.person_tokens(KEY, names=[one]) == bi.person_tokens(KEY, names=[other])


def test_a_numbers_in_any_usual_form_and_an_8_digit_one_match() -> None:
    forms = ["A-012-345-678", "A012345678", "12345678", "012 345 678"]
    assert len({frozenset(bi.person_tokens(KEY, a_number=f)) for f in forms}) == 1
    assert bi.person_tokens(KEY, a_number="not a number") == set()


def test_kinds_are_separated_and_tokens_are_32_bits_under_the_epochs_key() -> None:
    tokens = bi.person_tokens(
        KEY, names=["Ana Ruiz", "Anita Ruiz"], a_number="123456789", dob=dt.date(1990, 5, 17)
    )
    assert len(tokens) == 4 and all(len(t) == 4 for t in tokens)
    assert bi.token(KEY, bi.Kind.NAME, "123456789") != bi.token(KEY, bi.Kind.A_NUMBER, "123456789")
    assert bi.person_tokens(new_office_key(1), names=["Ana Ruiz"]) != bi.person_tokens(
        KEY, names=["Ana Ruiz"]
    )


def test_documents_are_named_by_keyed_hash_and_checked_on_open() -> None:
    content = b"%PDF-1.7 notice to appear"
    name, sealed = seal_document(KEY, content)
    assert name == document_name(KEY, content) and len(name) == 32
    assert open_document(KEY, name, sealed) == content
    _, other_sealed = seal_document(KEY, b"another file")
    with pytest.raises(DocumentError):
        open_document(KEY, name, other_sealed)  # swapped under another name
    with pytest.raises(DocumentError):
        open_document(new_office_key(1), name, sealed)
