"""Case hand-off: one client's whole file, encrypted, for a colleague's vault.

Export gathers the client, aliases, tags, matters, events, notes, record
requests with their extensions, arrests, convictions, incidents, documents
(not in the trash) with their contents and links, and the audit entries about those records, into a
bundle (version 2, ``casebook.vault.age_bundle``: an age file) encrypted to
one or more colleagues' recipients (``age1...``), or under a one-time
passphrase as the fallback, and signed with this vault's Ed25519 key
(``services.identity``): the manifest names the sender's recipient and
signing key, and the last record is the signature of the SHA-256 of all that
comes before it. Records refer to each other by their ``uid``; local ids
never travel, and a document's blob name (a key of the sending vault) stays
behind: only its SHA-256 and content do. Only a document's current content
travels: its earlier versions (kept by page edits, ``page_edits``) stay in the
sending vault, which remains the place that vouches for them; the export says
how many were left behind (``earlier_versions_not_sent``), and the audit
entries of the edits, with the earlier SHA-256s, travel as history.

Import is all or nothing. The bundle is read twice: the first pass verifies
every chunk, every document's SHA-256 and the sender's signature (and that a
colleague's bundle was addressed to this vault, and that a sender seen before
still signs with the same key), and writes nothing; the second
stores the contents as blobs (the receiving vault names them with its own
key, so content already present is found, not stored twice); then one
transaction merges the records. A failure after blobs were written leaves
only unreferenced blobs, which ``casebook check`` removes. Bundles of version 1
(``vault.bundle``, passphrase only, unsigned) still import, reported unsigned.

Merging, by ``uid``: a record not here is added; one here is updated only if
the bundle's copy was changed later (``updated_at``), so a file sent back
after a colleague's work brings their changes and an old bundle never
overwrites newer work. A document whose content is already in the vault
under another uid is linked, not duplicated. Aliases and tags are added,
never removed. Importing the same bundle twice adds nothing.

The audit trail: entries from the sending vault carry HMACs under that
vault's key, which this vault cannot check or reproduce, so they are not
copied as rows of this vault's chain (that would break ``check``). Each one
becomes a new entry of this vault's chain, action ``history``, about the
local record, whose detail keeps the original time, actor, action, detail,
hash and vault id; then one ``import``/``handoff`` entry sums up the merge.
The chain still verifies, and what this vault vouches for is exactly "these
entries arrived in this bundle at this time". Originals are recognised by
their hash, so re-imports and round trips (A to B and back to A) add no
second copy; a ``history`` entry is exported as its original, never nested.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    Table,
    and_,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from casebook import __version__
from casebook.domain.clients import ClientDraft
from casebook.domain.errors import CasebookError, NotFound
from casebook.domain.names import name_key
from casebook.services import identity as identities
from casebook.services.clients import possible_duplicates
from casebook.services.identity import Sender, vault_identity
from casebook.services.passphrases import require_strong
from casebook.store import audit
from casebook.store.session import Store
from casebook.store.tables import (
    Arrest,
    AuditEntry,
    Client,
    ClientAlias,
    ClientTag,
    Conviction,
    Document,
    DocumentLink,
    DocumentVersion,
    Event,
    Incident,
    Matter,
    Note,
    RecordRequest,
    RequestExtension,
    Tag,
)
from casebook.vault import age_bundle
from casebook.vault.age_bundle import KIND_SIGNATURE, AgeBundleReader, bundle_kind
from casebook.vault.blobstore import Fingerprint
from casebook.vault.bundle import (
    KIND_CONTENT,
    KIND_END,
    KIND_MANIFEST,
    BundleReader,
    DamagedBundle,
)

FORMAT = "casebook-handoff"
VERSION = 2
SIGNED_DOMAIN = b"casebook-handoff-signature/v2\0"  # what is signed: this || SHA-256(content)
SIGNATURE_SIZE = 64
UNSIGNED_NOTE = (
    "This bundle was made by an older casebook (version 1): it is not signed, so who sent it "
    "cannot be checked. Ask your colleague to update casebook for their next hand-off."
)
MAX_MANIFEST = 256 * 1024 * 1024

# kind (as reported) -> table; in the order records are merged (references point back).
TABLES: dict[str, Table] = {
    "clients": Client.__table__,  # type: ignore[dict-item]
    "matters": Matter.__table__,  # type: ignore[dict-item]
    "events": Event.__table__,  # type: ignore[dict-item]
    "notes": Note.__table__,  # type: ignore[dict-item]
    "requests": RecordRequest.__table__,  # type: ignore[dict-item]
    "extensions": RequestExtension.__table__,  # type: ignore[dict-item]
    "arrests": Arrest.__table__,  # type: ignore[dict-item]
    "convictions": Conviction.__table__,  # type: ignore[dict-item]
    "incidents": Incident.__table__,  # type: ignore[dict-item]
    "documents": Document.__table__,  # type: ignore[dict-item]
}
LINKS: Table = DocumentLink.__table__  # type: ignore[assignment]
# audit ``entity`` -> kind
ENTITIES = {
    "client": "clients",
    "matter": "matters",
    "event": "events",
    "note": "notes",
    "request": "requests",
    "arrest": "arrests",
    "conviction": "convictions",
    "incident": "incidents",
    "document": "documents",
}
# foreign-key column -> the kind it refers to; exported as ``<name>_uid``
REFS = {
    "client_id": "clients",
    "matter_id": "matters",
    "request_id": "requests",
    "incident_id": "incidents",
    "arrest_id": "arrests",
    "document_id": "documents",
}
# The sending vault's keyed name is meaningless (and private) elsewhere.
NOT_EXPORTED = frozenset({"id", "blob_name"})
# A document's content identity is set by the receiving vault from the content itself.
NOT_UPDATED = frozenset({"uid", "created_at", "blob_name", "sha256", "size"})
# Added after the first hand-offs were made (revision 0008): absent means none.
OPTIONAL = ("convictions",)
REPORTED = (*TABLES, "aliases", "tags", "document_links", "history")
_UID = re.compile(r"[0-9A-Za-z_-]{1,64}")


# -- results ------------------------------------------------------------------------------------


@dataclass
class MergeCount:
    new: int = 0
    updated: int = 0
    present: int = 0

    def to_json(self) -> dict[str, int]:
        return {"new": self.new, "updated": self.updated, "present": self.present}


@dataclass(frozen=True)
class HandoffExport:
    path: Path
    bundle_id: str
    client_id: int
    counts: Mapping[str, int]
    versions_left: int = 0  # earlier versions of the documents sent, kept here only
    to: tuple[str, ...] = ()  # colleagues' recipients; empty: under a one-time passphrase
    fingerprint: str = ""  # the sender's (this vault's), for the colleague to compare

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "bundle": self.bundle_id,
            "client_id": str(self.client_id),
            "exported": dict(self.counts),
            "earlier_versions_not_sent": self.versions_left,
            "to": list(self.to),
            "fingerprint": self.fingerprint,
        }


@dataclass(frozen=True)
class HandoffImport:
    bundle_id: str
    client_id: int
    client_uid: str
    merged: Mapping[str, MergeCount]
    matched_by_content: int = 0
    possible_duplicates: tuple[int, ...] = field(default=())
    sender: Sender | None = None  # None: a version 1 bundle, unsigned

    @property
    def new_records(self) -> int:
        return sum(c.new + c.updated for c in self.merged.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "bundle": self.bundle_id,
            "client": {"id": str(self.client_id), "uid": self.client_uid},
            "merged": {kind: count.to_json() for kind, count in self.merged.items()},
            "documents_matched_by_content": self.matched_by_content,
            "possible_duplicates": [str(i) for i in self.possible_duplicates],
            "sender": self.sender.to_json() if self.sender else None,
            "signed": self.sender is not None,
            "note": None if self.sender else UNSIGNED_NOTE,
        }


class _Bad(Exception):
    """A manifest value that does not fit; becomes ``DamagedBundle``."""


class _Trespass(Exception):
    """A record the bundle names belongs to another client here; the bundle is refused."""


def _damaged(path: Path, what: str) -> DamagedBundle:
    return DamagedBundle(
        f"The bundle {path.name} does not hold what casebook expects ({what}); nothing was "
        "imported. Ask your colleague to export it again with the same casebook version."
    )


# -- values <-> JSON ----------------------------------------------------------------------------


def _to_json(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _from_json(column: Column[Any], value: Any) -> Any:
    if value is None:
        if not column.nullable:
            raise _Bad(f"{column.table.name}.{column.name} is empty")
        return None
    kind = column.type
    try:
        if isinstance(kind, DateTime):
            return datetime.fromisoformat(_text(value))
        if isinstance(kind, Date):
            return date.fromisoformat(_text(value))
        if isinstance(kind, LargeBinary):
            return base64.b64decode(_text(value), validate=True)
    except (ValueError, binascii.Error):
        raise _Bad(f"{column.table.name}.{column.name} is not a valid value") from None
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise _Bad(f"{column.table.name}.{column.name} is not true/false")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Bad(f"{column.table.name}.{column.name} is not a number")
        return value
    return _text(value)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _Bad("a text field is not text")
    return value


def _encode(
    table: Table, row: Mapping[str, Any], uids: Mapping[str, Mapping[int, str]]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in table.columns:
        if column.name in NOT_EXPORTED:
            continue
        value = row[column.name]
        if column.name in REFS:
            ref = uids[REFS[column.name]]
            out[column.name[:-3] + "_uid"] = ref.get(value) if value is not None else None
        else:
            out[column.name] = _to_json(column, value)
    return out


def _decode(
    table: Table, data: Mapping[str, Any], local: Mapping[str, Mapping[str, int]]
) -> dict[str, Any]:
    """Column values for this vault; references resolved by uid (unknown ones become NULL)."""
    out: dict[str, Any] = {}
    for column in table.columns:
        if column.name in NOT_EXPORTED:
            continue
        if column.name in REFS:
            uid = data.get(column.name[:-3] + "_uid")
            target = local[REFS[column.name]].get(uid) if isinstance(uid, str) else None
            if target is None and not column.nullable:
                raise _Bad(f"{table.name}.{column.name} refers to a record not in the bundle")
            out[column.name] = target
        elif column.name in data:
            out[column.name] = _from_json(column, data[column.name])
    uid = out.get("uid")
    if "uid" in table.columns and (not isinstance(uid, str) or not _UID.fullmatch(uid)):
        raise _Bad(f"a record of {table.name} has no valid uid")
    return out


# -- export -------------------------------------------------------------------------------------


def export_client(
    store: Store,
    client_id: int,
    dest: Path,
    bundle_passphrase: str | None = None,
    *,
    recipients: Sequence[str] = (),
) -> HandoffExport:
    """Write one client's whole file to ``dest``, signed by this vault, for ``recipients``
    (colleagues' ``age1...``; any of them opens it) or else under ``bundle_passphrase``."""
    if recipients and bundle_passphrase is not None:
        raise CasebookError(
            "Send a hand-off to colleagues' keys or under a passphrase, not both; "
            "nothing was exported."
        )
    to = identities.parse_recipients(recipients) if recipients else []
    if not to:
        if bundle_passphrase is None:
            raise CasebookError(
                "Give a colleague's recipient (age1...) or a one-time bundle passphrase; "
                "nothing was exported."
            )
        require_strong(bundle_passphrase)
    me = vault_identity(store)
    bundle_id = secrets.token_hex(16)
    with store.reading() as session:
        manifest, documents = _gather(session, client_id, store.vault.header.vault_id)
        versions_left = session.scalar(
            select(func.count(DocumentVersion.id)).where(
                DocumentVersion.document_id.in_([doc_id for doc_id, _n, _s in documents])
            )
        )
    manifest["bundle"] = bundle_id
    manifest["sender"] = {
        "recipient": me.recipient,
        "signing_key": base64.b64encode(me.signing_public).decode("ascii"),
    }
    manifest["to"] = [str(r) for r in to]
    blobs = store.vault.blobs

    def records() -> Iterator[age_bundle.Record]:
        head = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
        yield KIND_MANIFEST, len(head), [head]
        for doc_id, name, size in documents:
            yield KIND_CONTENT, size, blobs.open_reader(name, f"document {doc_id}")

    age_bundle.write_bundle(
        dest,
        records(),
        lambda digest: me.sign(SIGNED_DOMAIN + digest),
        recipients=to,
        passphrase=None if to else bundle_passphrase,
    )
    counts = {kind: len(manifest[kind]) for kind in (*TABLES, "document_links", "audit")}
    with store.transaction() as session:
        audit.record(
            session,
            store.audit_key,
            audit.AuditEvent(
                "export",
                "client",
                str(client_id),
                {
                    "handoff": bundle_id,
                    "to": Path(dest).name,
                    "recipients": manifest["to"],
                    "counts": counts,
                },
            ),
        )
    return HandoffExport(
        Path(dest),
        bundle_id,
        client_id,
        counts,
        versions_left or 0,
        tuple(manifest["to"]),
        me.fingerprint,
    )


def _gather(
    session: Session, client_id: int, vault_id: str
) -> tuple[dict[str, Any], list[tuple[int, str, int]]]:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise NotFound(f"There is no client #{client_id}.")
    rows: dict[str, list[Mapping[str, Any]]] = {}
    for kind, table in TABLES.items():
        if kind == "clients":
            query = select(table).where(table.c.id == client_id)
        elif kind == "documents":
            query = select(table).where(
                table.c.deleted_at.is_(None), table.c.id.in_(_document_ids(rows, client_id))
            )
        elif kind == "extensions":
            query = select(table).where(table.c.request_id.in_([r["id"] for r in rows["requests"]]))
        else:
            query = select(table).where(table.c.client_id == client_id)
        rows[kind] = [dict(r._mapping) for r in session.execute(query.order_by(table.c.id))]
    uids: dict[str, dict[int, str]] = {
        kind: {r["id"]: r["uid"] for r in found} for kind, found in rows.items()
    }
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "casebook": __version__,
        "exported_at": audit.utcnow().isoformat(),
        "exported_by": audit.current_actor(),
        "source_vault": vault_id,
        "client_uid": client.uid,
    }
    for kind, table in TABLES.items():
        manifest[kind] = [_encode(table, r, uids) for r in rows[kind]]
    for entry, row in zip(manifest["documents"], rows["documents"], strict=True):
        entry["sha256"] = row["sha256"]  # checked against the content on import
    manifest["aliases"] = list(
        session.scalars(
            select(ClientAlias.name)
            .where(ClientAlias.client_id == client_id)
            .order_by(ClientAlias.id)
        )
    )
    manifest["tags"] = list(
        session.scalars(
            select(Tag.name)
            .join(ClientTag, ClientTag.tag_id == Tag.id)
            .where(ClientTag.client_id == client_id)
            .order_by(Tag.name)
        )
    )
    manifest["document_links"] = _links(session, uids)
    manifest["audit"] = _audit_entries(session, uids, vault_id)
    documents = [(r["id"], r["blob_name"], r["size"]) for r in rows["documents"]]
    return manifest, documents


def _document_ids(rows: Mapping[str, list[Mapping[str, Any]]], client_id: int) -> Any:
    links = LINKS.c
    return select(links.document_id).where(
        or_(
            links.client_id == client_id,
            links.matter_id.in_([r["id"] for r in rows["matters"]]),
            links.request_id.in_([r["id"] for r in rows["requests"]]),
            links.incident_id.in_([r["id"] for r in rows["incidents"]]),
        )
    )


def _links(session: Session, uids: Mapping[str, Mapping[int, str]]) -> list[dict[str, Any]]:
    """Links of the exported documents to exported records; links elsewhere stay behind."""
    out = []
    query = (
        select(LINKS).where(LINKS.c.document_id.in_(list(uids["documents"]))).order_by(LINKS.c.id)
    )
    for row in session.execute(query).mappings():
        targets = [c for c in ("client_id", "matter_id", "request_id", "incident_id") if row[c]]
        if targets and all(row[c] in uids[REFS[c]] for c in targets):
            out.append(_encode(LINKS, dict(row), uids))
    return out


def _audit_entries(
    session: Session, uids: Mapping[str, Mapping[int, str]], vault_id: str
) -> list[dict[str, Any]]:
    conditions = [
        and_(AuditEntry.entity == entity, AuditEntry.entity_id.in_([str(i) for i in uids[kind]]))
        for entity, kind in ENTITIES.items()
        if uids[kind]
    ]
    out = []
    query = select(AuditEntry).where(or_(*conditions)).order_by(AuditEntry.id)
    for entry in session.scalars(query):
        uid = uids[ENTITIES[entry.entity]].get(int(entry.entity_id))
        if uid is None:
            continue
        original: dict[str, Any] = {
            "at": entry.at.isoformat(),
            "actor": entry.actor,
            "action": entry.action,
            "detail": entry.detail,
            "hash": entry.hash,
            "origin": vault_id,
        }
        if entry.action == "history":  # arrived by an earlier hand-off: send the original
            try:
                kept = json.loads(entry.detail)["original"]
                original = {k: kept[k] for k in original}
            except (ValueError, KeyError, TypeError):
                pass
        out.append({"entity": entry.entity, "uid": uid, **original})
    return out


# -- import -------------------------------------------------------------------------------------


def import_bundle(
    store: Store,
    path: Path,
    bundle_passphrase: str | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> HandoffImport:
    """Merge a colleague's bundle into this vault; see the module docstring for the rules.

    A bundle to this vault's recipient needs no passphrase; one under a one-time
    passphrase (or of version 1) needs ``bundle_passphrase``.
    """
    path = Path(path)
    kind = bundle_kind(path)
    if kind != "recipients" and bundle_passphrase is None:
        raise CasebookError(
            f"{path.name} is locked with a one-time bundle passphrase; give it "
            "(--bundle-passphrase-file). Nothing was imported."
        )
    me = vault_identity(store)
    reader: BundleReader | AgeBundleReader
    if kind == "v1":
        assert bundle_passphrase is not None
        reader = BundleReader(path, bundle_passphrase)
    elif kind == "passphrase":
        reader = AgeBundleReader(path, passphrase=bundle_passphrase)
    else:
        reader = AgeBundleReader(path, identities=me.age_identities)
    version = 1 if kind == "v1" else VERSION
    with reader:
        manifest = _read_manifest(reader, path, version)
        documents = manifest["documents"]
        # Pass 1: every chunk, every document's SHA-256 and keyed name, and the signature,
        # writing nothing. Contents stream through in pieces: a 200 MB scan never sits in
        # memory whole.
        named: list[Fingerprint] = []
        for doc in documents:
            fp = store.vault.blobs.fingerprint_stream(_PieceStream(_content(reader, path, doc)))
            if fp.sha256 != doc.get("sha256"):
                raise _damaged(path, "a document's content does not match its SHA-256")
            named.append(fp)
        signing_key = _check_signature(reader, path, manifest)
        _end(reader, path)
        sender: Sender | None = None
        if signing_key is not None:
            addressed = me.recipient in manifest["to"] if kind == "recipients" else True
            if kind == "passphrase" and manifest["to"]:  # re-wrapped by one it was sent to
                addressed = False
            if not addressed:
                raise CasebookError(
                    f"{path.name} was not imported: its sender addressed it to other "
                    "colleagues, not to this vault (someone re-sent it). Nothing was changed."
                )
            with store.reading() as session:
                sender = identities.check_sender(
                    session,
                    manifest["sender"]["recipient"],
                    signing_key,
                    str(manifest.get("exported_by") or ""),
                )
        # Pass 2: store the contents this vault lacks (its own keyed names find duplicates).
        reader.rewind()
        _read_manifest(reader, path, version)
        with store.reading() as session:
            known = set(
                session.scalars(
                    select(Document.uid).where(Document.uid.in_([d.get("uid") for d in documents]))
                )
            )
        fingerprints: list[Fingerprint | None] = []
        for done, (doc, fp) in enumerate(zip(documents, named, strict=True), start=1):
            pieces = _content(reader, path, doc)
            if doc.get("uid") in known:
                for _ in pieces:
                    pass
                fingerprints.append(None)
            else:
                try:
                    store.vault.blobs.put_stream(_PieceStream(pieces), fp)
                except CasebookError as exc:
                    if type(exc) is not CasebookError:  # a full disk, a damaged bundle: as is
                        raise
                    raise _damaged(path, "a document's content changed while it was read") from None
                fingerprints.append(fp)
            if progress is not None:
                progress(done, len(documents))
        if _check_signature(reader, path, manifest) != signing_key:
            raise _damaged(path, "it changed while it was read")
        _end(reader, path)
    try:
        with store.transaction() as session:
            result = _merge(session, store.audit_key, manifest, fingerprints, sender)
            if sender is not None and signing_key is not None:
                identities.remember_sender(session, sender, signing_key)
            return result
    except _Bad as exc:
        raise _damaged(path, str(exc)) from None
    except _Trespass as exc:
        raise CasebookError(
            f"{path.name} was not imported: {exc} A hand-off may only add to or update "
            "the file of the client it carries; nothing was changed."
        ) from None


def _check_signature(
    reader: BundleReader | AgeBundleReader, path: Path, manifest: Mapping[str, Any]
) -> bytes | None:
    """The sender's signing key once the signature over everything before it verifies;
    ``None`` for a version 1 bundle (which has no signature)."""
    if isinstance(reader, BundleReader):
        return None
    kind, size = reader.next_record()
    if kind != KIND_SIGNATURE or size != SIGNATURE_SIZE:
        raise _damaged(path, "it carries no signature")
    signature = reader.read(size)
    signing_key = manifest["sender"]["signing_key"]
    if not identities.verify(signing_key, SIGNED_DOMAIN + reader.digest, signature):
        raise BadSignature(
            f"{path.name} was not imported: its signature does not match its content, so it "
            "was altered after it was signed, or signed by someone other than the colleague it "
            "names. Nothing was changed; ask them to send it again."
        )
    return bytes(signing_key)


class BadSignature(DamagedBundle):
    """A bundle whose content is not what its sender's key signed."""


def _read_manifest(
    reader: BundleReader | AgeBundleReader, path: Path, version: int
) -> dict[str, Any]:
    kind, size = reader.next_record()
    if kind != KIND_MANIFEST or size > MAX_MANIFEST:
        raise _damaged(path, "it does not start with its list of records")
    try:
        manifest = json.loads(reader.read(size).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _damaged(path, "its list of records cannot be read") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _damaged(path, "it is not a case hand-off")
    if not isinstance(manifest.get("version"), int) or manifest["version"] > VERSION:
        raise _damaged(path, "it was made by a newer casebook; update casebook to import it")
    if manifest["version"] != version:
        raise _damaged(path, "its envelope and its content are of different versions")
    if version >= 2:
        manifest["sender"] = _sender(manifest, path)
        to = manifest.get("to")
        if not isinstance(to, list) or not all(isinstance(r, str) for r in to):
            raise _damaged(path, "its list of recipients cannot be read")
    if "extensions" not in manifest:  # made before revision 0007
        manifest["extensions"] = _old_extensions(manifest.get("requests"))
    for key in OPTIONAL:  # kinds a bundle of an older casebook does not carry
        manifest.setdefault(key, [])
    for key in (*TABLES, "document_links", "audit", "aliases", "tags"):
        value = manifest.get(key)
        if not isinstance(value, list) or not all(
            isinstance(v, str if key in ("aliases", "tags") else dict) for v in value
        ):
            raise _damaged(path, f"its {key} are not a list")
    if len(manifest["clients"]) != 1 or not isinstance(manifest.get("bundle"), str):
        raise _damaged(path, "it does not hold exactly one client")
    return manifest


def _sender(manifest: Mapping[str, Any], path: Path) -> dict[str, Any]:
    sender = manifest.get("sender")
    try:
        assert isinstance(sender, dict)
        recipient = sender["recipient"]
        signing_key = base64.b64decode(sender["signing_key"], validate=True)
        identities.parse_recipients([recipient])
    except (AssertionError, KeyError, TypeError, ValueError, binascii.Error, CasebookError):
        raise _damaged(path, "it does not say who sent it") from None
    if len(signing_key) != 32:
        raise _damaged(path, "it does not say who sent it")
    return {"recipient": recipient.strip(), "signing_key": signing_key}


def _content(
    reader: BundleReader | AgeBundleReader, path: Path, doc: Mapping[str, Any]
) -> Iterable[bytes]:
    kind, size = reader.next_record()
    if kind != KIND_CONTENT or size != doc.get("size"):
        raise _damaged(path, "a document's content is missing or of the wrong size")
    return reader.pieces(size)


class _PieceStream:
    """A reader over a bundle's content pieces, for the blob store's two passes."""

    def __init__(self, pieces: Iterable[bytes]) -> None:
        self._pieces = iter(pieces)
        self._left = b""

    def read(self, size: int = -1, /) -> bytes:
        out = bytearray()
        while size < 0 or len(out) < size:
            if not self._left:
                self._left = next(self._pieces, b"")
                if not self._left:
                    break
            take = len(self._left) if size < 0 else size - len(out)
            out += self._left[:take]
            self._left = self._left[take:]
        return bytes(out)


def _end(reader: BundleReader | AgeBundleReader, path: Path) -> None:
    kind, _ = reader.next_record()
    if kind != KIND_END:
        raise _damaged(path, "it holds more than its list of records says")
    reader.finish()


class _Merger:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.local: dict[str, dict[str, int]] = {kind: {} for kind in TABLES}
        self.counts: dict[str, MergeCount] = {kind: MergeCount() for kind in REPORTED}
        self.status: dict[str, str] = {}
        self.client_id: int | None = None  # the bundle's client, here, once merged

    def row(
        self, kind: str, data: Mapping[str, Any], extra: Mapping[str, Any] | None = None
    ) -> int:
        table = TABLES[kind]
        values = _decode(table, data, self.local) | dict(extra or {})
        uid = values["uid"]
        has_updated = "updated_at" in table.c
        columns = [table.c.id, table.c.updated_at] if has_updated else [table.c.id]
        existing = self.session.execute(select(*columns).where(table.c.uid == uid)).first()
        count = self.counts[kind]
        if existing is None:
            row_id: int = self.session.execute(
                insert(table).values(**values).returning(table.c.id)
            ).scalar_one()
            count.new += 1
            self.status[uid] = "new"
        else:
            row_id = existing[0]
            self._refuse_other_clients(kind, table, row_id)
            incoming = values.get("updated_at")
            if has_updated and incoming is not None and incoming > existing[1]:
                changes = {k: v for k, v in values.items() if k not in NOT_UPDATED}
                self.session.execute(update(table).where(table.c.id == row_id).values(**changes))
                count.updated += 1
                self.status[uid] = "updated"
            else:
                count.present += 1
                self.status[uid] = "present"
        self.local[kind][uid] = row_id
        return row_id

    def _refuse_other_clients(self, kind: str, table: Any, row_id: int) -> None:
        """The same uid here must be this client's record, or the bundle is someone else's."""
        if self.client_id is None:
            return  # the client row itself: its uid is who the bundle is about
        if "client_id" in table.c:
            owner = self.session.scalar(select(table.c.client_id).where(table.c.id == row_id))
            if owner is not None and owner != self.client_id:
                raise _Trespass(f"one of its {kind} is a record of another client in this vault.")
        elif kind == "extensions":
            owner = self.session.scalar(
                select(RecordRequest.client_id)
                .join(RequestExtension, RequestExtension.request_id == RecordRequest.id)
                .where(RequestExtension.id == row_id)
            )
            if owner != self.client_id:
                raise _Trespass("one of its extensions is of another client's request here.")
        elif kind == "documents":
            owners = set(
                self.session.scalars(
                    select(LINKS.c.client_id).where(
                        LINKS.c.document_id == row_id, LINKS.c.client_id.is_not(None)
                    )
                )
            )
            if owners and self.client_id not in owners:
                raise _Trespass("one of its documents belongs to another client in this vault.")


def _merge(
    session: Session,
    audit_key: bytes,
    manifest: Mapping[str, Any],
    fingerprints: list[Fingerprint | None],
    sender: Sender | None,
) -> HandoffImport:
    m = _Merger(session)
    client_data = manifest["clients"][0]
    client_id = m.row("clients", client_data)
    m.client_id = client_id
    _merge_aliases(session, m, client_id, client_data, manifest["aliases"])
    _merge_tags(session, m, client_id, manifest["tags"])
    for kind in (
        "matters",
        "events",
        "notes",
        "requests",
        "extensions",
        "arrests",
        "convictions",
        "incidents",
    ):
        for data in manifest[kind]:
            m.row(kind, _upgraded(kind, data))
    matched = 0
    for data, fp in zip(manifest["documents"], fingerprints, strict=True):
        if fp is None:  # this uid is here already
            m.row("documents", data)
            continue
        same = session.scalar(select(Document.id).where(Document.blob_name == fp.name))
        if same is not None:  # the same content under another uid: link that one
            m.local["documents"][_text(data.get("uid"))] = same
            m.counts["documents"].present += 1
            matched += 1
            continue
        m.row("documents", data, {"blob_name": fp.name, "sha256": fp.sha256, "size": fp.size})
    for data in manifest["document_links"]:
        _merge_link(session, m, data)
    _merge_history(session, m, audit_key, manifest, sender)
    client_uid = _text(client_data.get("uid"))
    duplicates: tuple[int, ...] = ()
    if m.status.get(client_uid) == "new":
        values = _decode(TABLES["clients"], client_data, m.local)
        draft = ClientDraft(
            name=str(values.get("name", "")),
            aliases=tuple(manifest["aliases"]),
            dob=values.get("dob"),
            a_number=str(values.get("a_number", "")),
        )
        duplicates = tuple(possible_duplicates(session, draft, exclude=client_id))
    return HandoffImport(
        bundle_id=manifest["bundle"],
        client_id=client_id,
        client_uid=client_uid,
        merged=m.counts,
        matched_by_content=matched,
        possible_duplicates=duplicates,
        sender=sender,
    )


def _upgraded(kind: str, data: Mapping[str, Any]) -> Mapping[str, Any]:
    """A row from a bundle made before revision 0006 (``detained`` a bool) or 0007 (a
    request's one ``extended_on``) in today's shape."""
    if kind == "requests" and "extended_on" in data:
        extension = _old_extension(data)
        data = {k: v for k, v in data.items() if k != "extended_on"}
        if extension is not None and extension["written_on"] is not None:
            data["promised_on"] = None  # it held the extension's date (migration 0007)
        return data
    if kind != "matters" or "detention" in data or "detained" not in data:
        return data
    return {**data, "detention": "detained" if data["detained"] else "unknown"}


def _old_extension(request: Mapping[str, Any]) -> dict[str, Any] | None:
    """A pre-0007 request's ``extended_on`` as migration 0007 turns it into an extension
    (the same uid, so an upgraded vault and an old bundle agree)."""
    extended, promised = request.get("extended_on"), request.get("promised_on")
    uid = request.get("uid")
    if not isinstance(extended, str) or not isinstance(uid, str):
        return None
    moved = isinstance(promised, str) and promised >= extended  # ISO dates sort as dates
    return {
        "uid": f"{uid}-x1",
        "request_uid": uid,
        "until": promised if moved else extended,
        "written_on": extended if moved else None,
        "reason": "",
        "created_at": request.get("updated_at"),
        "updated_at": request.get("updated_at"),
    }


def _old_extensions(requests: Any) -> list[dict[str, Any]]:
    if not isinstance(requests, list):
        return []
    found = (_old_extension(r) for r in requests if isinstance(r, dict))
    return [x for x in found if x is not None]


def _merge_aliases(
    session: Session, m: _Merger, client_id: int, client: Mapping[str, Any], aliases: list[str]
) -> None:
    have = set(session.scalars(select(ClientAlias.name).where(ClientAlias.client_id == client_id)))
    have.add(str(session.scalar(select(Client.name).where(Client.id == client_id))))
    for alias in aliases:
        if alias in have or not alias.strip():
            m.counts["aliases"].present += 1
            continue
        session.execute(
            insert(ClientAlias).values(client_id=client_id, name=alias, name_key=name_key(alias))
        )
        have.add(alias)
        m.counts["aliases"].new += 1


def _merge_tags(session: Session, m: _Merger, client_id: int, tags: list[str]) -> None:
    for tag in tags:
        tag_id = session.scalar(select(Tag.id).where(Tag.name == tag))
        if tag_id is None:
            tag_id = session.execute(insert(Tag).values(name=tag).returning(Tag.id)).scalar_one()
        linked = session.scalar(
            select(ClientTag.tag_id).where(
                ClientTag.client_id == client_id, ClientTag.tag_id == tag_id
            )
        )
        if linked is None:
            session.execute(insert(ClientTag).values(client_id=client_id, tag_id=tag_id))
            m.counts["tags"].new += 1
        else:
            m.counts["tags"].present += 1


def _merge_link(session: Session, m: _Merger, data: Mapping[str, Any]) -> None:
    values: dict[str, int | None] = {}
    for column, kind in REFS.items():
        if column not in LINKS.c:
            continue
        uid = data.get(column[:-3] + "_uid")
        if uid is None:
            values[column] = None
            continue
        target = m.local[kind].get(uid) if isinstance(uid, str) else None
        if target is None:
            raise _Bad("a document link refers to a record not in the bundle")
        values[column] = target
    conditions = [LINKS.c[c].is_(None) if v is None else LINKS.c[c] == v for c, v in values.items()]
    if session.scalar(select(LINKS.c.id).where(*conditions)) is not None:
        m.counts["document_links"].present += 1
        return
    session.execute(insert(LINKS).values(**values))
    m.counts["document_links"].new += 1


def _merge_history(
    session: Session,
    m: _Merger,
    audit_key: bytes,
    manifest: Mapping[str, Any],
    sender: Sender | None,
) -> None:
    entries = manifest["audit"]
    hashes = [e.get("hash") for e in entries]
    seen = set(session.scalars(select(AuditEntry.hash).where(AuditEntry.hash.in_(hashes))))
    local_ids = [str(i) for ids in m.local.values() for i in ids.values()]
    for detail in session.scalars(
        select(AuditEntry.detail).where(
            AuditEntry.action == "history", AuditEntry.entity_id.in_(local_ids)
        )
    ):
        try:
            seen.add(json.loads(detail)["original"]["hash"])
        except (ValueError, KeyError, TypeError):
            continue
    events: list[audit.AuditEvent] = []
    for entry in entries:
        original = {k: entry.get(k) for k in ("at", "actor", "action", "detail", "hash", "origin")}
        if not all(isinstance(v, str) for v in original.values()):
            raise _Bad("an audit entry is incomplete")
        entity, uid = entry.get("entity"), entry.get("uid")
        kind = ENTITIES.get(entity) if isinstance(entity, str) else None
        target = m.local[kind].get(uid) if kind and isinstance(uid, str) else None
        if target is None:
            raise _Bad("an audit entry is about a record not in the bundle")
        if original["hash"] in seen:
            m.counts["history"].present += 1
            continue
        seen.add(original["hash"])
        events.append(
            audit.AuditEvent(
                "history",
                str(entity),
                str(target),
                {"original": original, "handoff": manifest["bundle"]},
            )
        )
        m.counts["history"].new += 1
    summary = {
        "from_vault": manifest.get("source_vault"),
        "exported_at": manifest.get("exported_at"),
        "exported_by": manifest.get("exported_by"),
        "client_id": m.local["clients"].get(manifest["clients"][0].get("uid")),
        "merged": {kind: count.to_json() for kind, count in m.counts.items()},
        "signed_by": sender.to_json() if sender else None,
    }
    events.append(audit.AuditEvent("import", "handoff", str(manifest["bundle"]), summary))
    audit.record_many(session, audit_key, events)
