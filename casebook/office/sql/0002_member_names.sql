-- The office hub, version 2: members' names, for people (who holds a possible
-- conflict, who is in the office), sealed under the office key of the epoch the
-- member joined in (casebook.office.membership.seal_name): the operator sees a
-- member's login, never its name. Administrators write them; nobody rewrites them.

CREATE TABLE member_names (
    member_id uuid PRIMARY KEY REFERENCES members,
    epoch integer NOT NULL REFERENCES office_epochs,
    sealed bytea NOT NULL
);
CREATE TRIGGER member_names_append_only BEFORE UPDATE OR DELETE ON member_names
    FOR EACH ROW EXECUTE FUNCTION refuse_rewrite();
CREATE TRIGGER member_names_no_truncate BEFORE TRUNCATE ON member_names
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite();
REVOKE ALL ON member_names FROM PUBLIC;
GRANT SELECT ON member_names TO {members};
GRANT INSERT ON member_names TO {admins};
