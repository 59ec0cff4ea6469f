"""One query over clients, notes, matters, documents, record requests and incidents.

The FTS5 indexes (``search`` for records, ``search_documents`` for documents,
revisions 0003 and 0009) fold case and accents. The last word typed matches
as a prefix ("lop" finds "López"); a word that is an A-number in any written
form is searched as its nine digits, and found in any written form. Results
are ranked by BM25 with titles weighing 8x bodies over every match, and come
with a short snippet where ``**`` marks each hit. Documents are ranked by an
in-memory index once it is ready (``document_index``); until then the search
box ranks the newest ``RANKED_AT_MOST`` matching documents and is told so
(``ranked_rows``); records are never windowed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from casebook.domain.errors import ValidationError
from casebook.domain.identifiers import format_a_number, normalise_a_number
from casebook.services import document_index, snippets
from casebook.services.document_index import a_number_token_forms
from casebook.store.session import Execute, Store

KINDS = ("client", "document", "matter", "note", "request", "incident")
# The index's rowid is ``id * 8 + code`` (revision 0003).
KIND_CODES = {"client": 1, "document": 2, "matter": 3, "note": 4, "request": 5, "incident": 6}
MARK = "**"
# Past this many matches, only the newest this many are ranked (see ``ranked_rows``).
RANKED_AT_MOST = 500
# Records and documents are indexed apart (revision 0009), with the same columns.
RECORDS, DOCUMENTS = "search", "search_documents"


def _columns(table: str) -> str:
    """rank, rowid, kind, ref, title, client, day and a snippet: from the body when the words
    are found there, else from the title."""
    body = f"snippet({table}, 1, '{MARK}', '{MARK}', '…', 12)"
    title = f"snippet({table}, 0, '{MARK}', '{MARK}', '…', 12)"
    return (
        f"rank, rowid, kind, ref, title, client, day, "
        f"CASE WHEN instr({body}, '{MARK}') THEN {body} ELSE {title} END"
    )


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
# A client's A-number as revision 0003 indexes it: 123456789 A123456789 A-123-456-789
# 123456789 (without leading zeros), each possibly marked as a hit, perhaps cut by "…".
# One written form of an A-number in a snippet, hits marked anywhere in it:
# 123456789, A123456789, **A**-**123-456-789**, 12345678 (no leading zero).
_A_NUMBER_FORM = r"(?:\*\*)?(?:A(?:\*\*)?-?)?(?:\*\*)?\d(?:[\d-]|\*\*){5,}"
# Two to four of them side by side: how revision 0003 indexes a client's A-number.
_A_NUMBER_FORMS_RUN = re.compile(rf"(?<![^\s…])(?:{_A_NUMBER_FORM} ){{1,3}}{_A_NUMBER_FORM}(?!\S)")


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


def fts_query(query: str, completions: Sequence[str] | None = None) -> str:
    """The FTS5 expression for what a person typed; '' when there is nothing to search.

    Every word is quoted (no FTS syntax gets through) and searched in the title and the
    body. The last word matches as a
    prefix, since it is the one still being typed ("maria lop" finds "María López");
    earlier words match whole, which keeps a query that starts with a common word from
    merging the postings of every longer word. An A-number is searched in every form
    the tokenizer makes of its written forms (``a_number_token_forms``): "A-200-630-028"
    in a document is the tokens a, 200, 630, 028; "A200630028" one token.

    For documents the last word, when it is one word, is searched as the words it
    begins (``completions``, the most frequent first): BM25 then sums the scores of
    those words, as the in-memory index does, where FTS5's own prefix search scores
    them as one word. So the search box and the command rank documents alike.
    """
    terms = query_terms(query)
    if not terms:
        return ""
    parts = []
    for i, term in enumerate(terms):
        if _is_a_number(term):
            forms = a_number_token_forms(term)
            parts.append("(" + " OR ".join('"' + " ".join(f) + '"' for f in forms) + ")")
        elif i == len(terms) - 1 and not term.isdigit():
            if completions and " " not in term:
                parts.append("(" + " OR ".join(f'"{w}"' for w in completions) + ")")
            else:
                parts.append(f'"{term}"*')
        else:
            parts.append(f'"{term}"')
    return "{title body} : (" + " AND ".join(parts) + ")"


def _is_a_number(term: str) -> bool:
    return len(term) == 9 and term.isdigit()


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
    *,
    interactive: bool = False,
) -> SearchResults:
    """Hits ranked by BM25 (titles 8x bodies) over every match, at most ``limit``.

    Clients, matters, notes, requests and incidents are ranked by FTS5, every match.
    Documents are ranked by the in-memory index (``document_index``, the same BM25)
    when it is ready; the two lists merge on their scores. Without it, FTS5 ranks
    every matching document: exact, but about a second for a word found in most of
    100,000 documents. So an ``interactive`` caller (the search box, on every
    keystroke) gets, until the index is ready, the best of the newest
    ``RANKED_AT_MOST`` matching documents, and is told so (``newest_only``).
    """
    expression = fts_query(query)
    if not expression:
        return SearchResults((), newest_only=False)
    kinds = _kinds(filters)
    index = document_index.for_store(store) if "document" in kinds else None
    if interactive and index is None and "document" in kinds:
        document_index.prepare(store)
        index = document_index.for_store(store)
    with store.driver_reading() as execute:
        rows: list[Row] = []
        if kinds != ("document",):
            where, params = where_clause(RECORDS, expression, filters)
            rows += _ranked(execute, RECORDS, where, params, limit)
        newest_only = False
        if "document" in kinds:
            if index is not None:
                index.catch_up(execute)
            words = prefix_completions(execute, index, query)
            documents_expression = fts_query(query, words)
            if index is not None and filters.client_id is None:
                asked = index_terms(index, query, words)
                best = index.best(asked, limit, filters.since, filters.until)
                # On FTS5's scale (its rank is minus BM25), to merge with the records.
                rows += [(-score, doc_id * 8 + 2) for score, doc_id in best]
            else:
                where, params = where_clause(DOCUMENTS, documents_expression, filters)
                if interactive and filters.client_id is None:
                    found, newest_only = ranked_rows(execute, DOCUMENTS, where, params, limit)
                else:  # every match (one client's documents are few)
                    found = _ranked(execute, DOCUMENTS, where, params, limit)
                rows += found
        rows.sort(key=lambda row: (row[0], row[1]))
        shown = _described(execute, rows[:limit], query)
        doc_clients = _document_clients(
            execute, [int(row[1]) for row in shown if row[0] == "document"]
        )
        owners = [
            doc_clients.get(int(ref)) if kind == "document" else client
            for kind, ref, _title, client, _day, _snip in shown
        ]
        names = _client_names(execute, {c for c in owners if c is not None})
    terms = query_terms(query)
    hits = tuple(
        SearchHit(
            kind=kind,
            id=int(ref),
            title=title or _untitled(kind),
            snippet=_clean_snippet(kind, " ".join(snip.split())),
            client_id=owner,
            day=date.fromisoformat(day) if day else None,
            client_name=names.get(owner) if owner is not None and kind != "client" else None,
            terms=terms,
        )
        for (kind, ref, title, client, day, snip), owner in zip(shown, owners, strict=True)
    )
    return SearchResults(hits, newest_only)


def _kinds(filters: Filters) -> tuple[str, ...]:
    if not filters.kinds:
        return KINDS
    unknown = set(filters.kinds) - set(KINDS)
    if unknown:
        raise ValidationError(
            "kind", f"Unknown kind {sorted(unknown)[0]!r}; use one of " + ", ".join(KINDS) + "."
        )
    return tuple(k for k in KINDS if k in filters.kinds)


# (rank, rowid, kind, ref, title, client, day, snippet) from FTS5 (rank is minus BM25:
# lower is better), or (rank, rowid) of a document from the in-memory index.
Row = Sequence[Any]


def _ranked(
    execute: Execute, table: str, where: str, params: Mapping[str, Any], limit: int
) -> list[Row]:
    """The best ``limit`` of every row matching ``where``; FTS5 makes snippets for these
    only (``ORDER BY rank LIMIT``)."""
    sql = f"SELECT {_columns(table)} FROM {table} WHERE {where} ORDER BY rank LIMIT :limit"  # noqa: S608
    return list(execute(sql, {**params, "limit": limit}))


def _described(execute: Execute, rows: Sequence[Row], query: str) -> list[Row]:
    """(kind, ref, title, client, day, snippet) for each row; the in-memory index's
    documents are read from the documents table, their snippets made from their text."""
    ids = [int(row[1]) // 8 for row in rows if len(row) == 2]
    texts: dict[int, Sequence[Any]] = {}
    if ids:
        # Only integers from the index are joined here.
        found = execute(
            "SELECT id, title, original_name || ' ' || text, "  # noqa: S608
            "coalesce(received_on, date(created_at)) FROM documents WHERE id IN ("
            + ", ".join(str(i) for i in ids)
            + ")",
            {},
        )
        texts = {int(row[0]): row for row in found}
        terms = query_terms(query)
        words = snippets.pattern(terms, last_is_prefix=not terms[-1].isdigit())
    out: list[Row] = []
    for row in rows:
        if len(row) > 2:
            out.append(tuple(row[2:]))
        elif (doc := texts.get(int(row[1]) // 8)) is not None:
            doc_id, title, body, day = doc
            text = snippets.snippet(title or "", body or "", words)
            out.append(("document", doc_id, title, None, day, text))
    return out


def prefix_completions(
    execute: Execute, index: document_index.DocumentIndex | None, query: str
) -> list[str] | None:
    """The words the last word of ``query`` begins, when it is one word being typed
    (None otherwise): from the in-memory index, or from FTS5's own vocabulary."""
    terms = query_terms(query)
    if not terms or _is_a_number(terms[-1]) or terms[-1].isdigit() or " " in terms[-1]:
        return None
    if index is not None:
        return index.completions(index.tokens(terms[-1])[0]) if index.tokens(terms[-1]) else None
    prefix = _folded(terms[-1])
    if not prefix:
        return None
    execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_document_terms "
        "USING fts5vocab(main, search_documents, row)",
        {},
    )
    rows = execute(
        "SELECT term FROM temp.search_document_terms WHERE term >= :low AND term < :high "
        "ORDER BY doc DESC, term LIMIT :n",
        {"low": prefix, "high": prefix + "\U0010ffff", "n": document_index.PREFIX_EXPANSIONS},
    )
    return [str(term) for (term,) in rows]


def _folded(word: str) -> str:
    """A word as FTS5's unicode61 tokenizer with remove_diacritics 2 keeps it."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def index_terms(
    index: document_index.DocumentIndex, query: str, completions: Sequence[str] | None = None
) -> list[document_index.Term]:
    """The query's terms as the in-memory index tokenizes them (as ``fts_query``), the last
    word as ``completions`` (``prefix_completions``, looked up when not given)."""
    terms = query_terms(query)
    out = []
    for i, term in enumerate(terms):
        if _is_a_number(term):
            out.append(document_index.Term((term,), a_number=True))
            continue
        tokens = tuple(index.tokens(term))
        if tokens:
            last = i == len(terms) - 1 and not term.isdigit()
            words: tuple[str, ...] = ()
            if last and len(tokens) == 1:
                words = tuple(
                    completions if completions is not None else index.completions(tokens[0])
                )
            out.append(document_index.Term(tokens, prefix=last, completions=words))
    return out


def _clean_snippet(kind: str, snippet: str) -> str:
    """A client's A-number once, as the court prints it: the index holds it in four
    forms (revision 0003), which the snippet would otherwise show side by side."""
    if kind != "client":
        return snippet

    def one(match: re.Match[str]) -> str:
        run = match.group(0)
        numbers = {re.sub(r"\D", "", form).lstrip("0") for form in run.split(" ")}
        if len(numbers) != 1 or not 6 <= len(next(iter(numbers))) <= 9:
            return run  # different numbers: not one A-number's forms
        formatted = format_a_number(next(iter(numbers)).zfill(9))
        return f"{MARK}{formatted}{MARK}" if MARK in run else formatted

    return _A_NUMBER_FORMS_RUN.sub(one, snippet)


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


def where_clause(table: str, expression: str, filters: Filters) -> tuple[str, dict[str, Any]]:
    """The WHERE clause on ``table`` (``RECORDS`` or ``DOCUMENTS``) and its parameters.

    Kind and client are told by the rowid (``id * 8 + kind code``, revision 0003), so
    neither reads a stored row; only the date range does.
    """
    where = [f"{table} MATCH :q"]
    params: dict[str, Any] = {"q": expression}
    if filters.kinds:
        codes = sorted(KIND_CODES[k] for k in _kinds(filters))
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
    execute: Execute, table: str, where: str, params: Mapping[str, Any], limit: int
) -> tuple[list[Row], bool]:
    """The best ``limit`` of the newest matches, and True when not every match was ranked.

    Only for documents while the in-memory index is not ready, for the search box: FTS5
    scores every matching row before it sorts, and a word found in most of 100,000
    documents takes a second, on every keystroke. Past ``RANKED_AT_MOST`` matches the
    ranking is limited to the newest ones (a rowid window, which FTS5 seeks to).
    """
    low = _window_start(execute, table, where, params, max(limit, RANKED_AT_MOST))
    bounded = where + (" AND rowid > :low" if low else "")
    return _ranked(execute, table, bounded, {**params, "low": low}, limit), low > 0


def _window_start(
    execute: Execute, table: str, where: str, params: Mapping[str, Any], enough: int
) -> int:
    """The rowid after which at least ``enough`` rows match, found by widening a window back
    from the newest; 0 when the whole index holds fewer.

    Each probe stops counting at ``enough``, so it costs at most that many rows.
    """
    # FTS5's own table of row sizes, keyed by rowid: its max is read from the b-tree's end.
    top = execute(f"SELECT max(id) FROM {table}_docsize", {})[0][0] or 0  # noqa: S608
    probe = (
        f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE "  # noqa: S608
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
