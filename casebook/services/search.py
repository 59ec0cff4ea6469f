"""One query over clients, notes, matters, documents, record requests and incidents.

The FTS5 index (``search``, revision 0003) folds case and accents. The last
word typed matches as a prefix ("lop" finds "López"); a word that is an
A-number in any written form is searched as its nine digits. Results are
ranked by BM25 with titles weighing more than bodies, and come with a short
snippet where ``**`` marks each hit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text

from casebook.domain.errors import ValidationError
from casebook.domain.identifiers import normalise_a_number
from casebook.store.session import Store

KINDS = ("client", "document", "matter", "note", "request", "incident")
MARK = "**"
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

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": str(self.id), "title": self.title, "snippet": self.snippet}


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
    terms: list[str] = []
    for raw in _a_numbers_joined(query).split():
        if _A_NUMBER_LIKE.match(raw):
            try:
                terms.append(f'"{normalise_a_number(raw)}"')
                continue
            except ValidationError:
                pass
        for word in _WORD.findall(raw):
            tokens = re.split(r"[-.]", word)
            phrase = " ".join(t.replace('"', "") for t in tokens if t)
            if phrase:
                terms.append(f'"{phrase}"')
    if terms and not terms[-1][1:-1].isdigit():
        terms[-1] += "*"
    return " AND ".join(terms)


def _a_numbers_joined(query: str) -> str:
    """'A 123 456 789' typed with spaces is one A-number, not four words."""
    return re.sub(r"\b([Aa]?)\s?(\d{3})\s(\d{3})\s(\d{3})\b", r"\1\2\3\4", query)


def search(
    store: Store,
    query: str,
    filters: Filters = Filters(),
    limit: int = 50,
) -> list[SearchHit]:
    """Hits ranked by BM25 (titles 8x bodies), at most ``limit``."""
    expression = fts_query(query)
    if not expression:
        return []
    where = ["search MATCH :q"]
    params: dict[str, Any] = {"q": expression, "limit": limit}
    if filters.kinds:
        unknown = set(filters.kinds) - set(KINDS)
        if unknown:
            raise ValidationError(
                "kind", f"Unknown kind {sorted(unknown)[0]!r}; use one of " + ", ".join(KINDS) + "."
            )
        where.append("kind IN (" + ", ".join(f":k{i}" for i in range(len(filters.kinds))) + ")")
        params |= {f"k{i}": k for i, k in enumerate(filters.kinds)}
    if filters.client_id is not None:
        where.append(
            "(client = :client OR (kind = 'document' AND ref IN "
            "(SELECT document_id FROM document_links WHERE client_id = :client)))"
        )
        params["client"] = filters.client_id
    if filters.since is not None:
        where.append("day >= :since")
        params["since"] = filters.since.isoformat()
    if filters.until is not None:
        where.append("day <= :until")
        params["until"] = filters.until.isoformat()
    # Only fixed fragments and bound parameters are joined here.
    clauses = " AND ".join(where)
    columns = f"kind, ref, title, client, day, snippet(search, -1, '{MARK}', '{MARK}', '…', 12)"
    select = "SELECT " + columns + " FROM search WHERE " + clauses  # noqa: S608
    ranked = text(select + " ORDER BY rank LIMIT :limit")
    with store.reading() as session:
        conn = session.connection()
        # Rows of a client in the trash (their notes, matters, requests) are hidden with
        # them. Filtering here, not in SQL, keeps FTS5's sorted LIMIT fast; fetch enough
        # extra rows to make up for the few hidden ones.
        trashed = {
            r[0] for r in conn.execute(text("SELECT id FROM clients WHERE deleted_at IS NOT NULL"))
        }
        params["limit"] = limit + min(len(trashed), 200) * 4
        rows = [r for r in conn.execute(ranked, params) if r[3] not in trashed][:limit]
    return [
        SearchHit(
            kind=kind,
            id=int(ref),
            title=title or _untitled(kind),
            snippet=" ".join(snip.split()),
            client_id=client,
            day=date.fromisoformat(day) if day else None,
        )
        for kind, ref, title, client, day, snip in rows
    ]


def _untitled(kind: str) -> str:
    return {"note": "Note"}.get(kind, kind.capitalize())
