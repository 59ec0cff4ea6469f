"""The office hub client: the only package that opens a network connection (psycopg 3).

An office's laptops share conflicts, cases and the Council report through a
PostgreSQL server the office runs, which holds only ciphertext (changes
under the office key, signed by their authors; documents), public keys,
keyed hashes and truncated HMACs.

What the hub's operator, or a thief of its disk or backups, can learn:
sizes of changes and documents, how many there are, when each was written
and by which member (author ids, database logins, HLC stamps, transaction
order); which changes concern the same record within one epoch (the record
key hash); which documents are equal (keyed names); which blind-index
entries share a value (equal tokens: two records with the same name, alias,
A-number or date of birth) and which tokens a conflict check asked for; and
the office's make-up: members' roles, public keys, when each joined and was
removed. Not a name, A-number, address, narrative or document word.

What the operator cannot do undetected: alter, forge or reattribute a change
(Ed25519 over the AES-GCM ciphertext and its bound metadata), add a member or
restore a removed one, or slip in an office key of its own (the roster:
member rows endorsed by administrators back to the founder an invite pins,
epochs signed with a commitment to their key). It can withhold or delay
changes, and refuse service.

What a removed member can learn: whatever it synced before removal, and,
with a copy of the hub, what was written under the epochs it held keys for.
Nothing written after its removal: the new epoch's key is wrapped only for
those who remain, its login is disabled, and every subkey (log, record key,
document name, blind index) changes with the epoch.

What a member's stolen laptop cannot do: rewrite or erase the office's
history (members' logins insert and read, never update, delete or
truncate; triggers refuse even the owner), or write as another member
(row-level security on the author, and signatures). Until the member is
removed it can read what that member could.

What a stolen administrator's laptop can do beyond a member's: add members
and start epochs (as the roster lets any administrator), and make or disable
member logins, only through two functions the installing login owns
(schema: a login named like a member's, in the members' group, given a
SCRAM verifier), never CREATEROLE. Members' names are sealed under the
office key (membership.put_name): the operator sees logins, not names.

Modules: connection (verify-full TLS only), schema (migrations, roles,
logins), membership (members, epochs, wrapped keys, names), hub (the log,
documents, blind index); envelope, hlc, keys, roster, documents, blind_index
are pure cryptography and clocks, no I/O; signer is the protocol a vault's
identity signs through.
"""
