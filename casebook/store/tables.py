"""The schema, as SQLAlchemy 2 declarative tables.

Every table lives inside the SQLCipher database, so all of it is encrypted.
Enumerated values are stored as the stable strings of
``casebook.domain.vocabulary``. Each record that can travel to a colleague's
vault (hand-off) carries a random ``uid`` besides its local integer ``id``.
Migrations in ``casebook/store/migrations`` must produce exactly this schema;
a test compares the two.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Written by casebook.vault at creation so the database file exists with its key.
NOT_MANAGED = frozenset({"casebook_vault"})
# The FTS5 index (revision 0003) and its shadow tables are raw SQL, not declared here.
SEARCH_TABLE = "search"


def managed_by_migrations(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic ``include_name`` hook: skip tables not declared with SQLAlchemy."""
    if type_ != "table" or name is None:
        return True
    return name not in NOT_MANAGED and name != SEARCH_TABLE and not name.startswith("search_")


def new_uid() -> str:
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(Text, index=True)
    sort_name: Mapped[str] = mapped_column(Text)  # folded, so "Álvarez" sorts with "Alvarez"
    dob: Mapped[date | None] = mapped_column(Date)
    country_of_birth: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(Text, default="")  # newline-separated
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    a_number: Mapped[str] = mapped_column(String(9), default="", index=True)
    nysid: Mapped[str] = mapped_column(String(12), default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    immigration_status: Mapped[str] = mapped_column(Text, default="")
    detention_status: Mapped[str | None] = mapped_column(String(32))
    detention_facility: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)

    # Covering the listed columns: the client list is read from the index alone, in order.
    __table_args__ = (
        Index(
            "ix_clients_listing",
            "deleted_at",
            "sort_name",
            "id",
            "name",
            "dob",
            "a_number",
            "detention_status",
        ),
    )


class ClientAlias(Base):
    __tablename__ = "client_aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(Text, index=True)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)


class ClientTag(Base):
    __tablename__ = "client_tags"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)


class Matter(Base):
    __tablename__ = "matters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(32))
    court: Mapped[str] = mapped_column(Text, default="")
    docket_number: Mapped[str] = mapped_column(Text, default="")
    judge: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(32), default="open")
    # Detention values; "unknown" unless someone said (revision 0006 explains why).
    detention: Mapped[str] = mapped_column(String(32), default="unknown", server_default="unknown")
    opened_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Event(Base):
    """A hearing, a filing deadline or another dated event of a matter."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    matter_id: Mapped[int | None] = mapped_column(
        ForeignKey("matters.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    location: Mapped[str] = mapped_column(Text, default="")
    judge: Mapped[str] = mapped_column(Text, default="", server_default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    matter_id: Mapped[int | None] = mapped_column(ForeignKey("matters.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class AuditEntry(Base):
    """Append-only, hash-chained: ``hash`` covers the entry and the previous hash."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)


class Document(Base):
    """A document's metadata; its content is a blob named ``blob_name``."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32), default="other")
    original_name: Mapped[str] = mapped_column(Text, default="")
    media_type: Mapped[str] = mapped_column(String(128), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    page_count: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    blob_name: Mapped[str] = mapped_column(String(64), unique=True)
    received_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    text_status: Mapped[str] = mapped_column(String(32), default="")
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)
    in_inbox: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    is_translation: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)


class DocumentVersion(Base):
    """An earlier content of a document, kept when its pages were edited (revision 0010).

    ``blob_name``, ``sha256`` and ``size`` are those the content had when it was
    current (its import's, for version 1): the blob is never rewritten, so
    ``check --deep`` verifies it against them. ``reason`` says what the edit
    that replaced it did ("rotated page 2 by 90°"); ``replaced_at`` when.
    """

    __tablename__ = "document_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    blob_name: Mapped[str] = mapped_column(String(64))  # not unique: see revision 0010
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(128))
    page_count: Mapped[int | None] = mapped_column(Integer)
    original_name: Mapped[str] = mapped_column(Text)
    replaced_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("document_id", "number"),)


class DocumentLink(Base):
    """Links a document to exactly one client, matter, request or incident."""

    __tablename__ = "document_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    matter_id: Mapped[int | None] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"))
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("record_requests.id", ondelete="CASCADE")
    )
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))

    __table_args__ = (
        UniqueConstraint("document_id", "client_id", "matter_id", "request_id", "incident_id"),
    )


class RecordRequest(Base):
    __tablename__ = "record_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), index=True
    )
    agency: Mapped[str] = mapped_column(String(16), default="NYPD")
    kind: Mapped[str] = mapped_column(String(16), default="FOIL")
    portal_number: Mapped[str] = mapped_column(Text, default="")
    records: Mapped[str] = mapped_column(Text, default="")
    fields_json: Mapped[str] = mapped_column(Text, default="{}")
    sent_via: Mapped[str] = mapped_column(Text, default="")
    sent_on: Mapped[date | None] = mapped_column(Date)
    received_on: Mapped[date | None] = mapped_column(Date)
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    promised_on: Mapped[date | None] = mapped_column(Date)
    determined_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(16))
    appealed_on: Mapped[date | None] = mapped_column(Date)
    appeal_decided_on: Mapped[date | None] = mapped_column(Date)
    appeal_outcome: Mapped[str | None] = mapped_column(String(16))
    article78_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class RequestExtension(Base):
    """One written extension of the agency's time on a request; each is kept, in order.

    ``until``: the new date the agency gave (may lie in the future);
    ``written_on``: the date of its letter; ``reason``: the reason it gave.
    Deleting the request deletes its extensions.
    """

    __tablename__ = "request_extensions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(40), unique=True, default=new_uid)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("record_requests.id", ondelete="CASCADE"), index=True
    )
    until: Mapped[date] = mapped_column(Date)
    written_on: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Arrest(Base):
    __tablename__ = "arrests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    arrested_on: Mapped[date] = mapped_column(Date)
    precinct: Mapped[str] = mapped_column(String(8), default="")
    arrest_number: Mapped[str] = mapped_column(Text, default="")
    charges: Mapped[str] = mapped_column(Text, default="")
    disposition: Mapped[str] = mapped_column(Text, default="")
    sealed_under: Mapped[str | None] = mapped_column(String(16))
    # A New York charge still open: it blocks Clean Slate and 160.59 (revision 0008).
    pending: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Conviction(Base):
    """A New York conviction, for when it seals (``casebook.domain.sealing``)."""

    __tablename__ = "convictions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    arrest_id: Mapped[int | None] = mapped_column(ForeignKey("arrests.id", ondelete="SET NULL"))
    level: Mapped[str] = mapped_column(String(16))
    felony_class: Mapped[str | None] = mapped_column(String(1))
    offense: Mapped[str] = mapped_column(Text, default="")
    sentenced_on: Mapped[date] = mapped_column(Date)
    # Releases from incarceration as JSON: [{"on": DATE, "after_violation": b, "revoked": b}]
    releases: Mapped[str] = mapped_column(Text, default="[]")
    supervision_until: Mapped[date | None] = mapped_column(Date)
    drug_felony: Mapped[bool] = mapped_column(Boolean, default=False)
    registrable: Mapped[bool] = mapped_column(Boolean, default=False)
    other_exclusion: Mapped[bool] = mapped_column(Boolean, default=False)
    conditionally_sealed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Incident(Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(32))
    precinct: Mapped[str] = mapped_column(String(8), default="")
    borough: Mapped[str] = mapped_column(String(16), default="")
    place: Mapped[str] = mapped_column(Text, default="")
    laws: Mapped[str] = mapped_column(Text, default="")  # space-separated Law values
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="SET NULL"))
    arrest_id: Mapped[int | None] = mapped_column(ForeignKey("arrests.id", ondelete="SET NULL"))
    narrative: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Setting(Base):
    """Per-vault settings (advocate profile, watched folder), encrypted with the rest."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CalendarExport(Base):
    """An event once written to a calendar file, so a re-export updates it (revision 0011).

    ``event_uid`` is the iCalendar UID (made from a record's random ``uid``,
    never its name); ``content_hash`` covers what the event said, so only a
    changed event gets a higher ``sequence``; ``starts`` is its DTSTART as
    ISO text (a date or a local date-time), kept so an event whose record is
    gone can still be written as cancelled at its old time; ``cancelled``:
    written with STATUS:CANCELLED.
    """

    __tablename__ = "calendar_exports"

    event_uid: Mapped[str] = mapped_column(String(128), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    starts: Mapped[str] = mapped_column(String(32))
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    exported_at: Mapped[datetime] = mapped_column(DateTime)


class VaultIdentity(Base):
    """This vault's age recipient and Ed25519 key (revision 0013); one row.

    ``sealed`` holds both secrets, sealed again under a data-key subkey
    (``vault.identity_keys``); the public halves are plain, for ``identity show``.
    """

    __tablename__ = "vault_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recipient: Mapped[str] = mapped_column(String(128))
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class OfficeMembership(Base):
    """The office this vault belongs to (revision 0014); one row, or none.

    ``sealed_password`` is this member's hub login password sealed under a
    data-key subkey (``services.office_membership``); ``ca_pem`` is public.
    """

    __tablename__ = "office_membership"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(Text)
    host: Mapped[str] = mapped_column(Text)
    port: Mapped[int] = mapped_column(Integer)
    dbname: Mapped[str] = mapped_column(Text)
    login: Mapped[str] = mapped_column(Text)
    ca_pem: Mapped[str] = mapped_column(Text)
    member_id: Mapped[str] = mapped_column(String(36))
    role: Mapped[str] = mapped_column(String(16))
    founder_key: Mapped[bytes] = mapped_column(LargeBinary)
    sealed_password: Mapped[bytes] = mapped_column(LargeBinary)
    joined_at: Mapped[datetime] = mapped_column(DateTime)


class OfficeKeyRow(Base):
    """The office key of one epoch this vault can read, sealed (revision 0014)."""

    __tablename__ = "office_keys"

    epoch: Mapped[int] = mapped_column(Integer, primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class KnownSender(Base):
    """Colleagues whose signed bundles this vault has imported: their keys as first seen.

    Trust on first use: a later bundle claiming the same recipient with another
    signing key is refused (the two are made together and never change).
    """

    __tablename__ = "known_senders"

    recipient: Mapped[str] = mapped_column(String(128), primary_key=True)
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    name: Mapped[str] = mapped_column(Text, default="")
    first_seen: Mapped[datetime] = mapped_column(DateTime)
    last_seen: Mapped[datetime] = mapped_column(DateTime)


# --- sync with the office hub (revisions 0015 and 0016; casebook.store.sync_capture) -----------


class SyncId(Base):
    """The global uid of one synced row, so vaults map each other's records."""

    __tablename__ = "sync_ids"

    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    row_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(40))

    __table_args__ = (UniqueConstraint("table_name", "uid"),)


class SyncJournal(Base):
    """A local change not yet taken for the hub: a new row (``*``), a field, a deletion.

    Written by triggers; ``edited_ms`` is filled when the transaction commits
    (the store's clock), so last-writer-wins compares when edits were made.
    """

    __tablename__ = "sync_journal"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(32))
    uid: Mapped[str] = mapped_column(String(40))
    field: Mapped[str | None] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(8))
    edited_ms: Mapped[int | None] = mapped_column(BigInteger, index=True)


class SyncField(Base):
    """The HLC stamp and author of a field's current value (``*``: the whole row's,
    ``_deleted``: a tombstone)."""

    __tablename__ = "sync_fields"

    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    uid: Mapped[str] = mapped_column(String(40), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    author: Mapped[str] = mapped_column(String(36))


class SyncShared(Base):
    """A record that has been on the hub (pushed or pulled): its deletion travels too."""

    __tablename__ = "sync_shared"

    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    uid: Mapped[str] = mapped_column(String(40), primary_key=True)


class SyncWithheld(Base):
    """A record kept from the hub because it belonged to a walled client's file: sent whole
    once it no longer does (the client unwalled, or the record moved to another file;
    revision 0016)."""

    __tablename__ = "sync_withheld"

    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    uid: Mapped[str] = mapped_column(String(40), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)  # the order it was withheld in (parents first)


class SyncOutbox(Base):
    """A change sealed for the hub and not yet acknowledged: resent as is after any
    interruption (the hub keeps one copy per change id)."""

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    record: Mapped[str] = mapped_column(Text)  # table/uid
    plaintext: Mapped[bytes] = mapped_column(LargeBinary)
    epoch: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[int] = mapped_column(BigInteger)
    record_key: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    blob_name: Mapped[str | None] = mapped_column(String(64))  # a document's content to upload


class SyncState(Base):
    """One row: journalling on, applying (triggers silent), the pull cursor, the clock."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    journal: Mapped[bool] = mapped_column(Boolean, default=False)
    applying: Mapped[bool] = mapped_column(Boolean, default=False)
    cursor: Mapped[str] = mapped_column(String(64), default="0:0")
    last_hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    member_id: Mapped[str] = mapped_column(String(36))
    synced_at: Mapped[datetime | None] = mapped_column(DateTime)


class SyncConflict(Base):
    """One field changed on two laptops since they last met: both values, both authors.

    The record holds the last writer's value (by HLC); nothing is lost until a
    person resolves it (``resolved_at``).
    """

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(32))
    uid: Mapped[str] = mapped_column(String(40), index=True)
    field: Mapped[str] = mapped_column(String(64))
    local_value: Mapped[str] = mapped_column(Text)  # JSON, as the change carries it
    local_hlc: Mapped[int] = mapped_column(BigInteger)
    local_author: Mapped[str] = mapped_column(String(36))
    remote_value: Mapped[str] = mapped_column(Text)
    remote_hlc: Mapped[int] = mapped_column(BigInteger)
    remote_author: Mapped[str] = mapped_column(String(36))
    found_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)


class WalledClient(Base):
    """A client private to this vault's advocate (its ``walled`` flag, revision 0015): its
    records and its children's never leave the vault; only its blind-index entries do.

    A table of its own rather than a column: a local choice, never a synced field.
    """

    __tablename__ = "walled_clients"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    walled_at: Mapped[datetime] = mapped_column(DateTime)
