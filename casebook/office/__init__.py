"""The office hub client: the only package that opens a network connection (psycopg 3).

An office's laptops share conflicts, cases and the Council report through a
PostgreSQL server the office runs, which holds only ciphertext (changes
under the office key, signed by their authors; documents), public keys,
keyed hashes and truncated HMACs.

What the hub's operator, or a thief of its disk or backups, can learn:
sizes of changes and documents, how many there are, when each was written
and by which member (author ids, database logins, HLC stamps, transaction
order); which changes concern the same record within one epoch (the record
key hash); which documents are equal (keyed names); and which blind-index
entries share a value (equal tokens: two records with the same name, alias,
A-number or date of birth), plus the members' roles and public keys. Not a
name, A-number, address, narrative or document word.

What a removed member can learn: whatever it synced before removal, and,
with a copy of the hub, what was written under the epochs it held keys for.
Nothing written after its removal: the new epoch's key is wrapped only for
those who remain, its login is disabled, and every subkey (log, record key,
document name, blind index) changes with the epoch.

What a member's stolen laptop cannot do: rewrite or erase the office's
history (members' logins insert and read, never update, delete or
truncate), or write as another member (row-level security and signatures).
"""
