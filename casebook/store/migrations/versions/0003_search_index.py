"""Full-text search index (FTS5), kept in step with the records by triggers.

Triggers, not application code, maintain the index, so every change made by
any service (add, edit, trash, restore, purge) reaches search in the same
transaction. The index rowid is ``id * 8 + kind code`` so a record's entry is
found and replaced by rowid without scanning the index. ``remove_diacritics
2`` folds accents in both the index and the query ("Maria" finds "María").
A-numbers are indexed in every written form (123456789, A123456789,
A-123-456-789, without leading zeros).

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

A_NUMBER_FORMS = (
    "CASE WHEN x.a_number <> '' THEN ' ' || x.a_number || ' A' || x.a_number || ' A-' "
    "|| substr(x.a_number, 1, 3) || '-' || substr(x.a_number, 4, 3) || '-' "
    "|| substr(x.a_number, 7, 3) || ' ' || ltrim(x.a_number, '0') ELSE '' END"
)

# table -> (kind code, SELECT producing the index row from alias "x", condition for live rows)
SOURCES: dict[str, tuple[int, str, str]] = {
    "clients": (
        1,
        (
            "SELECT x.id * 8 + 1, x.name, "
            "coalesce((SELECT group_concat(a.name, ' ') FROM client_aliases a "
            "WHERE a.client_id = x.id), '') || "
            + A_NUMBER_FORMS
            + " || ' ' || x.nysid || ' ' || x.country_of_birth || ' ' || x.immigration_status, "
            "'client', x.id, x.id, date(x.created_at) FROM clients x"
        ),
        "x.deleted_at IS NULL",
    ),
    "documents": (
        2,
        (
            "SELECT x.id * 8 + 2, x.title, x.original_name || ' ' || x.text, 'document', x.id, "
            "NULL, coalesce(x.received_on, date(x.created_at)) FROM documents x"
        ),
        "x.deleted_at IS NULL",
    ),
    "matters": (
        3,
        (
            "SELECT x.id * 8 + 3, x.type || ' ' || x.docket_number, "
            "x.court || ' ' || x.judge || ' ' || x.status, 'matter', x.id, x.client_id, "
            "coalesce(x.opened_on, date(x.created_at)) FROM matters x"
        ),
        "",
    ),
    "notes": (
        4,
        (
            "SELECT x.id * 8 + 4, '', x.body, 'note', x.id, x.client_id, date(x.created_at) "
            "FROM notes x"
        ),
        "",
    ),
    "record_requests": (
        5,
        (
            "SELECT x.id * 8 + 5, x.agency || ' ' || x.kind || ' ' || x.portal_number, "
            "x.records || ' ' || x.fields_json, 'request', x.id, x.client_id, "
            "coalesce(x.received_on, date(x.created_at)) FROM record_requests x"
        ),
        "",
    ),
    "incidents": (
        6,
        (
            "SELECT x.id * 8 + 6, x.kind || ' ' || x.place, "
            "x.narrative || ' ' || x.precinct || ' ' || x.borough || ' ' || x.laws, 'incident', "
            "x.id, x.client_id, x.occurred_on FROM incidents x"
        ),
        "",
    ),
}
COLUMNS = "rowid, title, body, kind, ref, client, day"


def _refresh(table: str, id_expr: str) -> str:
    code, select, live = SOURCES[table]
    where = f"x.id = {id_expr}" + (f" AND {live}" if live else "")
    return (
        f"DELETE FROM search WHERE rowid = ({id_expr}) * 8 + {code}; "
        f"INSERT INTO search ({COLUMNS}) {select} WHERE {where};"
    )


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search USING fts5("
        "title, body, kind UNINDEXED, ref UNINDEXED, client UNINDEXED, day UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"
    )
    # Titles weigh 8x bodies. Stored as the table's rank, so `ORDER BY rank LIMIT n`
    # lets FTS5 sort internally and compute snippets only for the rows returned.
    op.execute("INSERT INTO search (search, rank) VALUES ('rank', 'bm25(8.0, 1.0)')")
    for table, (code, _, _) in SOURCES.items():
        op.execute(
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN "
            f"{_refresh(table, 'NEW.id')} END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE ON {table} BEGIN "
            f"{_refresh(table, 'NEW.id')} END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM search WHERE rowid = OLD.id * 8 + {code}; END"
        )
    op.execute(
        "CREATE TRIGGER search_client_aliases_ai AFTER INSERT ON client_aliases BEGIN "
        f"{_refresh('clients', 'NEW.client_id')} END"
    )
    op.execute(
        "CREATE TRIGGER search_client_aliases_ad AFTER DELETE ON client_aliases BEGIN "
        f"{_refresh('clients', 'OLD.client_id')} END"
    )
    # Index what older revisions already hold.
    for select, live in ((select, live) for _, select, live in SOURCES.values()):
        op.execute(f"INSERT INTO search ({COLUMNS}) {select}" + (f" WHERE {live}" if live else ""))


def downgrade() -> None:
    for table in SOURCES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    op.execute("DROP TRIGGER IF EXISTS search_client_aliases_ai")
    op.execute("DROP TRIGGER IF EXISTS search_client_aliases_ad")
    op.execute("DROP TABLE IF EXISTS search")
