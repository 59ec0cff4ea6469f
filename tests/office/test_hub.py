"""The hub on a real PostgreSQL cluster: roles, row-level security, log, documents, index."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import psycopg
import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from psycopg import errors

from casebook.office import hub as hubops
from casebook.office import keys as office_keys
from casebook.office import membership
from casebook.office.connection import HubUnreachable
from casebook.office.envelope import Reason, Refused, Sealed, associated_data, open_change, seal
from casebook.office.hlc import Stamp
from casebook.office.hub import Conn
from casebook.office.keys import Purpose
from casebook.office.roster import EpochEntry, sign_epoch
from casebook.office.schema import disable_member_login, install_hub
from tests.office.conftest import Office, Person


def change(
    person: Person, body: bytes, *, epoch: int | None = None, record: str = "client:1"
) -> Sealed:
    key = person.keys[epoch or max(person.keys)]
    return seal(
        body,
        key=key,
        signer=person.signer,
        author=person.member_id,
        change_id=uuid.uuid4(),
        stamp=Stamp(1_764_000_000_000, 0),
        record_id=record,
    )


def pull_all(conn: Conn) -> list[hubops.Pulled]:
    return hubops.pull_changes(conn, hubops.Cursor(), limit=10_000)


@dataclass
class Two:
    """Ann founded the office (an administrator); Ben joined as a member."""

    ann: Person
    ann_conn: Conn
    ben: Person
    ben_conn: Conn


@pytest.fixture
def two(office: Office) -> Two:
    ann, ben = office.person("ann"), office.person("ben")
    ann_conn = office.found(ann)
    return Two(ann, ann_conn, ben, office.join(ann_conn, ann, ben))


def test_install_is_versioned_and_idempotent(office: Office) -> None:
    assert install_hub(office.admin) == []
    versions = [r[0] for r in office.admin.execute("SELECT version FROM hub.schema_version")]
    assert versions == [1, 2]


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE hub.change_log SET ciphertext = 'x'",
        "DELETE FROM hub.change_log",
        "TRUNCATE hub.change_log",
        "UPDATE hub.documents SET ciphertext = 'x'",
        "DELETE FROM hub.blind_index",
        "TRUNCATE hub.documents",
        "DELETE FROM hub.members",
        "DELETE FROM hub.wrapped_keys",
    ],
)
def test_a_member_cannot_rewrite_history(two: Two, statement: str) -> None:
    hubops.append_changes(two.ben_conn, [change(two.ben, b"x")])
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied for table"):
        two.ben_conn.execute(statement)
    assert len(pull_all(two.ben_conn)) == 1


def test_an_administrator_cannot_rewrite_history_either(office: Office, two: Two) -> None:
    hubops.append_changes(two.ann_conn, [change(two.ann, b"x")])
    with pytest.raises(
        errors.InsufficientPrivilege, match="permission denied for table change_log"
    ):
        two.ann_conn.execute("DELETE FROM hub.change_log")
    # Even the cluster's superuser meets the append-only triggers.
    for statement, op in [
        ("DELETE FROM hub.change_log", "DELETE"),
        ("TRUNCATE hub.change_log", "TRUNCATE"),
    ]:
        with pytest.raises(
            errors.InsufficientPrivilege, match=f"append-only: {op} on change_log refused"
        ):
            office.admin.execute(statement)
    assert len(pull_all(two.ann_conn)) == 1


def test_a_member_cannot_write_as_another(two: Two) -> None:
    as_ann = change(two.ben, b"forged")
    as_ann = Sealed(**{**as_ann.__dict__, "author": two.ann.member_id})
    with pytest.raises(
        errors.InsufficientPrivilege, match="new row violates row-level security policy"
    ):
        hubops.append_changes(two.ben_conn, [as_ann])
    with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
        hubops.put_document(two.ben_conn, b"n" * 32, 1, two.ann.member_id, b"sealed")
    with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
        hubops.put_index_entries(
            two.ben_conn, [hubops.IndexEntry(b"tokn", uuid.uuid4(), 1, two.ann.member_id, b"ref")]
        )
    assert pull_all(two.ben_conn) == []


def test_a_member_cannot_add_members_or_start_epochs(office: Office, two: Two) -> None:
    eve = office.person("eve")
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied for table members"):
        membership.add_member(two.ben_conn, eve.endorsed_by(two.ben, "admin", 1), {})
    key = office_keys.new_office_key(2)
    signature = sign_epoch(two.ben.signer, key, two.ben.member_id, ())
    entry = EpochEntry(2, two.ben.member_id, (), key.commitment(), signature)
    with pytest.raises(
        errors.InsufficientPrivilege, match="permission denied for table office_epochs"
    ):
        membership.start_epoch(two.ben_conn, entry, {})


def test_retried_append_never_duplicates(two: Two) -> None:
    batch = [change(two.ben, f"edit {i}".encode()) for i in range(5)]
    assert hubops.append_changes(two.ben_conn, batch[:3]) == 3
    # The push was interrupted after the hub committed; the client retries all five.
    assert hubops.append_changes(two.ben_conn, batch) == 2
    assert hubops.append_changes(two.ben_conn, batch) == 0
    assert [p.change.change_id for p in pull_all(two.ann_conn)] == [c.change_id for c in batch]
    other = change(two.ben, b"other content")
    other = Sealed(**{**other.__dict__, "change_id": batch[0].change_id})
    with pytest.raises(membership.HubError, match="already on the hub with other content"):
        hubops.append_changes(two.ben_conn, [other])


def test_pull_resumes_from_its_cursor_and_sees_late_commits(office: Office, two: Two) -> None:
    first = [change(two.ann, f"a{i}".encode()) for i in range(4)]
    hubops.append_changes(two.ann_conn, first)
    page = hubops.pull_changes(two.ben_conn, hubops.Cursor(), limit=3)
    assert [p.change.change_id for p in page] == [c.change_id for c in first[:3]]
    cursor = page[-1].position
    # A slow writer: Ben's transaction takes its log id now and commits after Ann's.
    slow = change(two.ben, b"slow")
    two.ben_conn.execute("BEGIN")
    two.ben_conn.execute("SELECT pg_advisory_xact_lock_shared(%s)", [membership.EPOCH_LOCK])
    two.ben_conn.execute(
        "INSERT INTO hub.change_log "
        "(tx, change_id, author, epoch, hlc, record_key, ciphertext, signature) "
        "VALUES ('0', %s, %s, %s, %s, %s, %s, %s)",
        [
            slow.change_id,
            slow.author,
            slow.epoch,
            slow.hlc,
            slow.record_key,
            slow.ciphertext,
            slow.signature,
        ],
    )
    fast = change(two.ann, b"fast")
    hubops.append_changes(two.ann_conn, [fast])
    rest = hubops.pull_changes(two.ann_conn, cursor)
    assert [p.change.change_id for p in rest] == [first[3].change_id]  # "fast" waits behind "slow"
    two.ben_conn.execute("COMMIT")
    rest += hubops.pull_changes(two.ann_conn, rest[-1].position)
    assert [p.change.change_id for p in rest] == [
        first[3].change_id,
        slow.change_id,
        fast.change_id,
    ]
    assert hubops.pull_changes(two.ann_conn, rest[-1].position) == []
    assert hubops.Cursor.parse(str(rest[-1].position)) == rest[-1].position


def test_every_pulled_change_verifies_and_opens(office: Office, two: Two) -> None:
    hubops.append_changes(two.ben_conn, [change(two.ben, b"hello from ben")])
    d = office.directory(two.ann_conn, two.ann)
    [p] = pull_all(two.ann_conn)
    assert open_change(p.change, p.position.tx, d) == b"hello from ben"


def test_bad_signature_inserted_directly_is_refused_at_verify(office: Office, two: Two) -> None:
    good = change(two.ben, b"real")
    forged = Sealed(
        **{**good.__dict__, "ciphertext": good.ciphertext[:-1] + bytes([good.ciphertext[-1] ^ 1])}
    )
    hubops.append_changes(office.admin, [forged])  # the hub's operator, past every policy
    d = office.directory(two.ann_conn, two.ann)
    [p] = pull_all(two.ann_conn)
    with pytest.raises(Refused) as caught:
        open_change(p.change, p.position.tx, d)
    assert caught.value.reason is Reason.BAD_SIGNATURE


def remove(
    office: Office, admin: Person, admin_conn: Conn, gone: Person, stay: list[Person]
) -> None:
    current = membership.current_epoch(admin_conn)
    key, wrapped = office_keys.next_epoch(
        current, {p.member_id: p.recipient for p in [admin, *stay]}, removed=[gone.member_id]
    )
    removed = (gone.member_id,)
    signature = sign_epoch(admin.signer, key, admin.member_id, removed)
    entry = EpochEntry(key.epoch, admin.member_id, removed, key.commitment(), signature)
    membership.start_epoch(admin_conn, entry, wrapped)
    disable_member_login(office.admin, gone.login)
    checked = office.roster(admin_conn)
    for p in [admin, *stay]:
        p.keys.update(membership.my_keys(admin_conn, p.member_id, p.identity, checked))


def test_old_epoch_change_inserted_directly_is_refused_at_verify(office: Office, two: Two) -> None:
    cal = office.person("cal")
    cal_conn = office.join(two.ann_conn, two.ann, cal)
    remove(office, two.ann, two.ann_conn, cal, [two.ben])
    stale = change(two.ben, b"under the old key", epoch=1)
    with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
        hubops.append_changes(two.ben_conn, [stale])  # the hub refuses it from a member...
    hubops.append_changes(office.admin, [stale])  # ...and its operator slips it in anyway
    d = office.directory(two.ann_conn, two.ann)
    [p] = pull_all(two.ann_conn)
    with pytest.raises(Refused) as caught:
        open_change(p.change, p.position.tx, d)
    assert caught.value.reason is Reason.OLD_EPOCH
    cal_conn.close()


def test_a_removed_member_cannot_read_the_new_epoch(office: Office, two: Two) -> None:
    before = change(two.ben, b"written before the removal")
    hubops.append_changes(two.ben_conn, [before])
    remove(office, two.ann, two.ann_conn, two.ben, [])
    # Ben's login is disabled and his open session ended.
    with pytest.raises(psycopg.OperationalError):
        two.ben_conn.execute("SELECT 1")
    with pytest.raises(HubUnreachable, match="is not permitted to log in") as refused:
        office.connect(two.ben)
    assert two.ben.password not in str(refused.value)
    after = change(two.ann, b"secret after the removal")
    hubops.append_changes(two.ann_conn, [after])
    # With a copy of the hub, Ben has the wrapped key of epoch 2 (not his) and the change.
    epochs_for_ben = membership.wrapped_keys(two.ann_conn, two.ben.member_id)
    assert 2 not in epochs_for_ben
    ann_blob = membership.wrapped_keys(two.ann_conn, two.ann.member_id)[2]
    with pytest.raises(office_keys.UnwrapError):
        office_keys.unwrap(ann_blob, two.ben.identity, 2)
    pulled = {p.change.change_id: p for p in pull_all(two.ann_conn)}
    bens_view = office.directory(two.ann_conn, two.ben)  # only epoch 1's key
    with pytest.raises(Refused) as caught:
        open_change(pulled[after.change_id].change, pulled[after.change_id].position.tx, bens_view)
    assert caught.value.reason is Reason.UNKNOWN_EPOCH
    # Even trying epoch 1's log subkey on it directly fails.
    nonce, body = after.ciphertext[:12], after.ciphertext[12:]
    ad = associated_data(after.change_id, after.author, after.epoch, after.hlc, after.record_key)
    with pytest.raises(InvalidTag):
        AESGCM(two.ben.keys[1].subkey(Purpose.LOG)).decrypt(nonce, body, ad)
    # What Ben wrote before stays readable to the office.
    annd = office.directory(two.ann_conn, two.ann)
    p = pulled[before.change_id]
    assert open_change(p.change, p.position.tx, annd) == b"written before the removal"
    # And a change signed by Ben under the new epoch would be refused as from a removed member.
    two.ben.keys[2] = two.ann.keys[2]  # suppose he stole it
    late = change(two.ben, b"late", epoch=2)
    hubops.append_changes(office.admin, [late])
    p = {q.change.change_id: q for q in pull_all(two.ann_conn)}[late.change_id]
    with pytest.raises(Refused) as caught:
        open_change(p.change, p.position.tx, annd)
    assert caught.value.reason is Reason.REMOVED_AUTHOR


def test_documents_are_stored_once_and_index_entries_found(two: Two) -> None:
    from casebook.office import blind_index as bi
    from casebook.office.documents import open_document, seal_document

    content = b"scan of a notice to appear"
    name, sealed = seal_document(two.ben.keys[1], content)
    assert hubops.put_document(two.ben_conn, name, 1, two.ben.member_id, sealed) is True
    _, again = seal_document(two.ben.keys[1], content)
    assert hubops.put_document(two.ben_conn, name, 1, two.ben.member_id, again) is False
    got = hubops.get_document(two.ann_conn, name)
    assert got is not None and open_document(two.ann.keys[1], name, got[1]) == content
    assert hubops.get_document(two.ann_conn, b"\0" * 32) is None

    entry = uuid.uuid4()
    tokens = bi.person_tokens(
        two.ben.keys[1], names=["José Álvarez Ruiz", "Pepe Álvarez"], a_number="A-123-456-789"
    )
    ref = bi.seal_reference(two.ben.keys[1], entry, b"client:7")
    entries = [hubops.IndexEntry(t, entry, 1, two.ben.member_id, ref) for t in tokens]
    assert hubops.put_index_entries(two.ben_conn, entries) == 3
    assert hubops.put_index_entries(two.ben_conn, entries) == 0
    query = bi.person_tokens(two.ann.keys[1], names=["RUIZ, Jose Alvarez"])
    found = hubops.query_index(two.ann_conn, query)
    assert {(e.entry_id, e.author) for e in found} == {(entry, two.ben.member_id)}
    assert {bi.open_reference(two.ann.keys[1], e.entry_id, e.ref) for e in found} == {b"client:7"}
    with pytest.raises(bi.IndexReferenceError):
        bi.open_reference(two.ann.keys[1], uuid.uuid4(), found[0].ref)


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TEMP TABLE members (member_id uuid, login name, removed_epoch int)",
        "CREATE TABLE hub.extra (x int)",
        "CREATE TABLE public.extra (x int)",
        "CREATE FUNCTION hub.current_member() RETURNS uuid LANGUAGE sql AS 'SELECT NULL::uuid'",
    ],
)
def test_a_member_can_create_nothing_that_could_stand_in_for_the_hub(
    two: Two, statement: str
) -> None:
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
        two.ben_conn.execute(statement)


# --- the hub's operator against the roster --------------------------------------


def test_a_member_the_operator_adds_is_unknown_to_every_client(office: Office, two: Two) -> None:
    # Endorsed by itself, and by Ben (not an administrator): neither chains to the founder.
    for n, endorser in enumerate(["itself", "ben"]):
        mallory = office.person(f"mallory{n}")
        by = mallory if endorser == "itself" else two.ben
        membership.add_member(office.admin, mallory.endorsed_by(by, "admin", 1), {})
        mallory.keys[1] = two.ann.keys[1]  # even holding the office key
        forged = change(mallory, b"forged")
        hubops.append_changes(office.admin, [forged])
        assert mallory.member_id in office.roster(two.ann_conn).refused_members
        p = {q.change.change_id: q for q in pull_all(two.ann_conn)}[forged.change_id]
        with pytest.raises(Refused) as caught:
            open_change(p.change, p.position.tx, office.directory(two.ann_conn, two.ann))
        assert caught.value.reason is Reason.UNKNOWN_AUTHOR


def test_an_altered_member_row_is_refused(office: Office, two: Two) -> None:
    office.admin.execute(
        "UPDATE hub.members SET role = 'admin' WHERE member_id = %s", [two.ben.member_id]
    )
    assert office.roster(two.ann_conn).refused_members == (two.ben.member_id,)


def test_the_operator_cannot_restore_a_removed_member(office: Office, two: Two) -> None:
    remove(office, two.ann, two.ann_conn, two.ben, [])
    office.admin.execute("UPDATE hub.members SET removed_epoch = NULL")
    two.ben.keys[2] = two.ann.keys[2]  # even with the new key
    late = change(two.ben, b"back again", epoch=2)
    hubops.append_changes(office.admin, [late])
    [p] = [q for q in pull_all(two.ann_conn) if q.change.change_id == late.change_id]
    with pytest.raises(Refused) as caught:
        open_change(p.change, p.position.tx, office.directory(two.ann_conn, two.ann))
    assert caught.value.reason is Reason.REMOVED_AUTHOR


def test_a_key_the_operator_wraps_itself_is_refused(office: Office, two: Two) -> None:
    """The operator knows every recipient: it could wrap an epoch key of its own choosing."""
    own = office_keys.new_office_key(2)
    fake_signer = Ed25519PrivateKey.generate()
    entry = EpochEntry(
        2,
        two.ann.member_id,
        (),
        own.commitment(),
        sign_epoch(fake_signer, own, two.ann.member_id, ()),
    )
    membership.start_epoch(
        office.admin, entry, {two.ben.member_id: office_keys.wrap(own, two.ben.recipient)}
    )
    checked = office.roster(two.ben_conn)
    assert checked.refused_epochs == (2,)
    with pytest.raises(membership.HubError, match="not the one its administrator signed"):
        membership.my_keys(two.ben_conn, two.ben.member_id, two.ben.identity, checked)


def test_pull_and_open_names_each_refusal_and_moves_past_it(office: Office, two: Two) -> None:
    good = change(two.ben, b"fine")
    bad = change(two.ben, b"tampered")
    bad = Sealed(**{**bad.__dict__, "signature": bytes(64)})
    hubops.append_changes(two.ben_conn, [good])
    hubops.append_changes(office.admin, [bad])
    page = hubops.pull_and_open(two.ann_conn, hubops.Cursor(), two.ann.keys, office.founder_key)
    assert [(o.plaintext, o.refused) for o in page] == [
        (b"fine", None),
        (None, Reason.BAD_SIGNATURE),
    ]
    assert (
        hubops.pull_and_open(two.ann_conn, page[-1].position, two.ann.keys, office.founder_key)
        == []
    )
