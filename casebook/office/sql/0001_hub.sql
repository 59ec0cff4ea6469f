-- The office hub, version 1: what a PostgreSQL server holds for an office.
-- Only ciphertext, signatures, public keys, keyed hashes and counts. Placeholders
-- in braces are role names filled in by casebook.office.schema (psycopg.sql).
-- Objects are owned by {owner}, a role nobody logs in as; members' logins are in
-- {members} (read everything, insert into the log, documents and blind index as
-- themselves, never update, delete or truncate); office administrators' logins are
-- also in {admins} (add members, start epochs, mark removals).

CREATE TABLE members (
    member_id uuid PRIMARY KEY,
    login name NOT NULL UNIQUE,
    recipient text NOT NULL CHECK (recipient ~ '^age1[02-9ac-hj-np-z]+$'),
    signing_key bytea NOT NULL CHECK (length(signing_key) = 32),
    role text NOT NULL CHECK (role IN ('member', 'supervisor', 'admin')),
    added_epoch integer NOT NULL CHECK (added_epoch >= 1),
    -- An administrator's signature over the row (casebook.office.roster): clients
    -- accept only rows that chain to the founder they pinned.
    endorsed_by uuid NOT NULL,
    endorsement bytea NOT NULL CHECK (length(endorsement) = 64),
    -- Kept for row-level security; clients take removals from the signed epochs.
    removed_epoch integer CHECK (removed_epoch > added_epoch)
);

CREATE TABLE office_epochs (
    epoch integer PRIMARY KEY CHECK (epoch >= 1),
    started_by uuid NOT NULL REFERENCES members,
    removed uuid[] NOT NULL,
    key_commitment bytea NOT NULL CHECK (length(key_commitment) = 32),
    signature bytea NOT NULL CHECK (length(signature) = 64),
    start_tx xid8 NOT NULL
);

CREATE TABLE wrapped_keys (
    epoch integer NOT NULL REFERENCES office_epochs,
    member_id uuid NOT NULL REFERENCES members,
    wrapped bytea NOT NULL,
    PRIMARY KEY (epoch, member_id)
);

CREATE TABLE change_log (
    id bigserial PRIMARY KEY,
    tx xid8 NOT NULL,
    change_id uuid NOT NULL UNIQUE,
    author uuid NOT NULL REFERENCES members,
    epoch integer NOT NULL REFERENCES office_epochs,
    hlc bigint NOT NULL CHECK (hlc >= 0),
    record_key bytea NOT NULL CHECK (length(record_key) = 32),
    ciphertext bytea NOT NULL,
    signature bytea NOT NULL CHECK (length(signature) = 64)
);
CREATE INDEX change_log_order ON change_log (tx, id);

CREATE TABLE documents (
    name bytea PRIMARY KEY CHECK (length(name) = 32),
    epoch integer NOT NULL REFERENCES office_epochs,
    author uuid NOT NULL REFERENCES members,
    ciphertext bytea NOT NULL
);

CREATE TABLE blind_index (
    token bytea NOT NULL CHECK (length(token) BETWEEN 4 AND 32),
    entry_id uuid NOT NULL,
    epoch integer NOT NULL REFERENCES office_epochs,
    author uuid NOT NULL REFERENCES members,
    ref bytea NOT NULL,
    PRIMARY KEY (token, entry_id)
);

-- The member a login speaks for: its session user's row, while not removed. Schema-
-- qualified, pg_temp last: no object a session makes can stand in for hub.members.
CREATE FUNCTION current_member() RETURNS uuid
    LANGUAGE sql STABLE SET search_path = hub, pg_catalog, pg_temp
    AS $$ SELECT member_id FROM hub.members WHERE login = session_user AND removed_epoch IS NULL $$;

-- Log order is transaction order: the position is stamped by the server, never the client.
CREATE FUNCTION stamp_tx() RETURNS trigger
    LANGUAGE plpgsql SET search_path = hub, pg_catalog, pg_temp
    AS $$ BEGIN NEW.tx := pg_current_xact_id(); RETURN NEW; END $$;
CREATE FUNCTION stamp_epoch() RETURNS trigger
    LANGUAGE plpgsql SET search_path = hub, pg_catalog, pg_temp
    AS $$ BEGIN NEW.start_tx := pg_current_xact_id(); RETURN NEW; END $$;
CREATE TRIGGER change_log_stamp BEFORE INSERT ON change_log
    FOR EACH ROW EXECUTE FUNCTION stamp_tx();
CREATE TRIGGER office_epochs_stamp BEFORE INSERT ON office_epochs
    FOR EACH ROW EXECUTE FUNCTION stamp_epoch();

-- History is never rewritten, whoever asks (grants already refuse members; this
-- also refuses the owner and the administrators).
CREATE FUNCTION refuse_rewrite() RETURNS trigger
    LANGUAGE plpgsql SET search_path = hub, pg_catalog, pg_temp
    AS $$ BEGIN RAISE EXCEPTION 'the office hub is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege'; END $$;
CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER change_log_no_truncate BEFORE TRUNCATE ON change_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER documents_append_only BEFORE UPDATE OR DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER blind_index_append_only BEFORE UPDATE OR DELETE ON blind_index
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER blind_index_no_truncate BEFORE TRUNCATE ON blind_index
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER wrapped_keys_append_only BEFORE UPDATE OR DELETE ON wrapped_keys
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER office_epochs_append_only BEFORE UPDATE OR DELETE ON office_epochs
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();

-- Row-level security: a member inserts only rows authored as itself.
ALTER TABLE change_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE change_log FORCE ROW LEVEL SECURITY;
CREATE POLICY change_log_read ON change_log FOR SELECT TO {members} USING (true);
CREATE POLICY change_log_write ON change_log FOR INSERT TO {members}
    WITH CHECK (author = current_member() AND epoch = (SELECT max(epoch) FROM office_epochs));
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
CREATE POLICY documents_read ON documents FOR SELECT TO {members} USING (true);
CREATE POLICY documents_write ON documents FOR INSERT TO {members}
    WITH CHECK (author = current_member());
ALTER TABLE blind_index ENABLE ROW LEVEL SECURITY;
ALTER TABLE blind_index FORCE ROW LEVEL SECURITY;
CREATE POLICY blind_index_read ON blind_index FOR SELECT TO {members} USING (true);
CREATE POLICY blind_index_write ON blind_index FOR INSERT TO {members}
    WITH CHECK (author = current_member());

REVOKE ALL ON ALL TABLES IN SCHEMA hub FROM PUBLIC;
GRANT USAGE ON SCHEMA hub TO {members};
GRANT SELECT ON members, office_epochs, wrapped_keys, change_log, documents, blind_index TO {members};
GRANT INSERT ON change_log, documents, blind_index TO {members};
GRANT USAGE ON SEQUENCE change_log_id_seq TO {members};
GRANT INSERT ON members, office_epochs, wrapped_keys TO {admins};
GRANT UPDATE (removed_epoch) ON members TO {admins};
