"""One query over clients, notes, matters, documents, record requests and incidents.

The FTS5 index (``search``, revision 0003) folds case and accents. The last
word typed matches as a prefix ("lop" finds "López"); a word that is an
A-number in any written form is searched as its nine digits. Results are
ranked by BM25 with titles weighing more than bodies, and come with a short
snippet where ``**`` marks each hit. When more than ``RANKED_AT_MOST`` records
match, the newest of them are ranked and the result says so (``ranked_rows``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from casebook.domain.errors import ValidationError
from casebook.domain.identifiers import normalise_a_number
from casebook.store.session import Execute, Store

KINDS = ("client", "document", "matter", "note", "request", "incident")
# The index's rowid is ``id * 8 + code`` (revision 0003).
KIND_CODES = {"client": 1, "document": 2, "matter": 3, "note": 4, "request": 5, "incident": 6}
MARK = "**"
# Past this many matches, only the newest this many are ranked (see ``ranked_rows``).
RANKED_AT_MOST = 500
_COLUMNS = f"kind, ref, title, client, day, snippet(search, -1, '{MARK}', '{MARK}', '…', 12)"
# Index rowids of everything of one client: the client, its records, its linked documents.
_CLIENT_ROWIDS = (
    "SELECT :client * 8 + 1"
    " UNION ALL SELECT id * 8 + 3 FROM matters WHERE client_id = :client"
    " UNION ALL SELECT id * 8 + 4 FROM notes WHERE client_id = :client"
    " UNION ALL SELECT id * 8 + 5 FROM record_requests WHERE client_id = :client"
    " UNION ALL SELECT id * 8 + 6 FROM incidents WHERE client_id = :client"
    " UNION ALL SELECT document_id * 8 + 2 FROM document_links WHERE client_id = :client"
)
_WORD = re.compile(r"[\w]+(?:[-.][\w]+)*", re.UNICODE)
_A_NUMBER_LIKE = re.compile(r"^[Aa]?[\s\-.]?\d{3}[\s\-.]?\d{3}[\s\-.]?\d{2,3}$")


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: int
    title: str
    snippet: str
    client_id: int | None
    day: date | None
    # Whose record this is, for everything but a client itself: a document's first linked
    # client; None for a client, and for a document still in the inbox.
    client_name: str | None = None
    # The words the hit was found by (``query_terms``), so a viewer can mark them.
    terms: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": str(self.id),
            "title": self.title,
            "snippet": self.snippet,
            "client_id": str(self.client_id) if self.client_id is not None else None,
            "client_name": self.client_name,
        }


@dataclass(frozen=True)
class SearchResults:
    hits: tuple[SearchHit, ...]
    # More records matched than are ranked: these are the best of the newest RANKED_AT_MOST.
    newest_only: bool


@dataclass(frozen=True)
class Filters:
    client_id: int | None = None
    kinds: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None


def fts_query(query: str) -> str:
    """The FTS5 expression for what a person typed; '' when there is nothing to search.

    Every word is quoted (no FTS syntax gets through). The last word matches
    as a prefix, since it is the one still being typed ("maria lop" finds
    "María López"); earlier words match whole, which keeps a query that
    starts with a common word from merging the postings of every longer word.
    """
    terms = [f'"{t}"' for t in query_terms(query)]
    if terms and not terms[-1][1:-1].isdigit():
        terms[-1] += "*"
    return " AND ".join(terms)


def query_terms(query: str) -> tuple[str, ...]:
    """The phrases a query searches for, unquoted: an A-number as its nine digits, a
    hyphenated or dotted word as the phrase of its parts."""
    terms: list[str] = []
    for raw in _a_numbers_joined(query).split():
        if _A_NUMBER_LIKE.match(raw):
            try:
                terms.append(normalise_a_number(raw))
                continue
            except ValidationError:
                pass
        for word in _WORD.findall(raw):
            tokens = re.split(r"[-.]", word)
            phrase = " ".join(t.replace('"', "") for t in tokens if t)
            if phrase:
                terms.append(phrase)
    return tuple(terms)


def _a_numbers_joined(query: str) -> str:
    """'A 123 456 789' typed with spaces is one A-number, not four words."""
    return re.sub(r"\b([Aa]?)\s?(\d{3})\s(\d{3})\s(\d{3})\b", r"\1\2\3\4", query)


def find(
    store: Store,
    query: str,
    filters: Filters = Filters(),
    limit: int = 50,
) -> SearchResults:
    """Hits ranked by BM25 (titles 8x bodies), at most ``limit``, and whether only the newest
    matches were ranked."""
    expression = fts_query(query)
    if not expression:
        return SearchResults((), newest_only=False)
    where, params = where_clause(expression, filters)
    with store.driver_reading() as execute:
        rows, newest_only = ranked_rows(execute, where, params, limit)
        doc_clients = _document_clients(
            execute, [int(row[1]) for row in rows if row[0] == "document"]
        )
        owners = [
            doc_clients.get(int(ref)) if kind == "document" else client
            for kind, ref, _title, client, _day, _snip in rows
        ]
        names = _client_names(execute, {c for c in owners if c is not None})
    terms = query_terms(query)
    hits = tuple(
        SearchHit(
            kind=kind,
            id=int(ref),
            title=title or _untitled(kind),
            snippet=" ".join(snip.split()),
            client_id=owner,
            day=date.fromisoformat(day) if day else None,
            client_name=names.get(owner) if owner is not None and kind != "client" else None,
            terms=terms,
        )
        for (kind, ref, title, _client, day, snip), owner in zip(rows, owners, strict=True)
    )
    return SearchResults(hits, newest_only)


def _document_clients(execute: Execute, doc_ids: Sequence[int]) -> dict[int, int]:
    """Each document's client: that of its first link that names one (directly or by a
    matter); a document in the inbox has none."""
    if not doc_ids:
        return {}
    params = {f"d{i}": d for i, d in enumerate(doc_ids)}
    # Only placeholders are joined here; the ids are bound.
    rows = execute(
        "SELECT l.document_id, coalesce(l.client_id, m.client_id) FROM document_links l "  # noqa: S608
        "LEFT JOIN matters m ON m.id = l.matter_id "
        "WHERE l.document_id IN (" + ", ".join(f":{k}" for k in params) + ") "
        "AND coalesce(l.client_id, m.client_id) IS NOT NULL ORDER BY l.id DESC",
        params,
    )
    return {int(doc): int(client) for doc, client in rows}  # the first link is written last


def _client_names(execute: Execute, client_ids: set[int]) -> dict[int, str]:
    if not client_ids:
        return {}
    params = {f"c{i}": c for i, c in enumerate(sorted(client_ids))}
    rows = execute(
        "SELECT id, name FROM clients WHERE id IN ("  # noqa: S608
        + ", ".join(f":{k}" for k in params)
        + ")",
        params,
    )
    return {int(cid): str(name) for cid, name in rows}


def search(
    store: Store,
    query: str,
    filters: Filters = Filters(),
    limit: int = 50,
) -> list[SearchHit]:
    """The hits of ``find``, for callers that do not say how they were ranked."""
    return list(find(store, query, filters, limit).hits)


def where_clause(expression: str, filters: Filters) -> tuple[str, dict[str, Any]]:
    """The WHERE clause and its parameters.

    Kind and client are told by the rowid (``id * 8 + kind code``, revision 0003), so
    neither reads a stored row; only the date range does.
    """
    where = ["search MATCH :q"]
    params: dict[str, Any] = {"q": expression}
    if filters.kinds:
        unknown = set(filters.kinds) - set(KINDS)
        if unknown:
            raise ValidationError(
                "kind", f"Unknown kind {sorted(unknown)[0]!r}; use one of " + ", ".join(KINDS) + "."
            )
        codes = sorted(KIND_CODES[k] for k in set(filters.kinds))
        where.append("rowid % 8 IN (" + ", ".join(str(c) for c in codes) + ")")
    if filters.client_id is not None:
        where.append(f"rowid IN ({_CLIENT_ROWIDS})")
        params["client"] = filters.client_id
    if filters.since is not None:
        where.append("day >= :since")
        params["since"] = filters.since.isoformat()
    if filters.until is not None:
        where.append("day <= :until")
        params["until"] = filters.until.isoformat()
    return " AND ".join(where), params


def ranked_rows(
    execute: Execute, where: str, params: Mapping[str, Any], limit: int
) -> tuple[Sequence[Sequence[Any]], bool]:
    """The best ``limit`` rows, and True when they are the best of the newest matches only.

    Ranking costs FTS5 a BM25 score for every matching row: a word found in most of
    100,000 documents takes a second, on every keystroke. Past ``RANKED_AT_MOST``
    matches the ranking is limited to the newest ones (a rowid window, which FTS5
    seeks to), and the caller can say so.
    """
    low = _window_start(execute, where, params, max(limit, RANKED_AT_MOST))
    bounded = where + (" AND rowid > :low" if low else "")
    # Only fixed fragments and bound parameters are joined here.
    select = "SELECT " + _COLUMNS + " FROM search WHERE " + bounded  # noqa: S608
    rows = execute(select + " ORDER BY rank LIMIT :limit", {**params, "low": low, "limit": limit})
    return rows, low > 0


def _window_start(execute: Execute, where: str, params: Mapping[str, Any], enough: int) -> int:
    """The rowid after which at least ``enough`` rows match, found by widening a window back
    from the newest; 0 when the whole index holds fewer.

    Each probe stops counting at ``enough``, so it costs at most that many rows.
    """
    # FTS5's own table of row sizes, keyed by rowid: its max is read from the b-tree's end.
    top = execute("SELECT max(id) FROM search_docsize", {})[0][0] or 0
    probe = (
        "SELECT count(*) FROM (SELECT 1 FROM search WHERE "  # noqa: S608
        + where
        + " AND rowid > :low LIMIT :enough)"
    )
    span = 16 * enough  # rowids step by 8 per record: about 2 * enough records
    while top - span > 0:
        low = top - span
        if execute(probe, {**params, "low": low, "enough": enough})[0][0] >= enough:
            return low
        span *= 4
    return 0


def _untitled(kind: str) -> str:
    return {"note": "Note"}.get(kind, kind.capitalize())
