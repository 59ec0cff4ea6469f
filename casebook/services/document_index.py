"""Documents ranked by BM25 over every match, in memory, while the vault is unlocked.

FTS5 scores every matching row before it can sort: a word in most of 100,000
documents ("court", a common surname) costs about a second, so search used to
rank only the newest matches and lost the best old one. tantivy's index
skips postings that cannot reach the top (block-max WAND): it ranks every
match of such a word in milliseconds (benchmarks/bench_search.py).

The index lives in RAM only (tantivy's RAM directory: nothing is written to
disk), holds the words of the documents the unlocked process can already
read and no stored text (snippets come from FTS5), is built in a background
thread after unlock and is dropped when the vault locks (``Store.close``).
Until it is ready, FTS5 serves. Changes made after the build are picked up
before each search from ``search_document_changes`` (revision 0009), which
triggers fill in the same transaction as the change.

tantivy is optional: without it, ``available()`` is False and FTS5 serves.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text

from casebook.store.session import Execute, Store

# A word being typed is searched as the words it begins that most documents hold, at most
# this many (as FTS5 is asked, see search.fts_query, so both rank alike).
PREFIX_EXPANSIONS = 128
TITLE_WEIGHT = 8.0  # as the FTS5 rank, bm25(8.0, 1.0)
_ANALYZER = "casebook"
_LIVE = (
    "SELECT id, title, original_name || ' ' || text, coalesce(received_on, date(created_at)) "
    "FROM documents WHERE deleted_at IS NULL"
)


def available() -> bool:
    """Whether tantivy is installed (it is an optional dependency)."""
    return importlib.util.find_spec("tantivy") is not None


@dataclass(frozen=True)
class Term:
    """One word of a query as the index sees it: a phrase of tokens, the last one
    possibly a prefix, or the nine digits of an A-number (any written form)."""

    tokens: tuple[str, ...]
    prefix: bool = False
    a_number: bool = False
    # A one-word prefix is searched as these words (see ``search.fts_query``).
    completions: tuple[str, ...] = ()


def _day_number(day: str | date | None) -> int:
    text = day.isoformat() if isinstance(day, date) else (day or "")
    return int(text[:10].replace("-", "")) if len(text) >= 10 else 0


class DocumentIndex:
    """One vault's documents in a tantivy index in RAM. Thread-safe."""

    def __init__(self) -> None:
        import tantivy

        self._t = tantivy
        analyzer = (
            tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.lowercase())
            .filter(tantivy.Filter.ascii_fold())  # as FTS5's remove_diacritics 2
            .build()
        )
        self._analyzer = analyzer
        builder = tantivy.SchemaBuilder()
        builder.add_integer_field("id", stored=True, indexed=True, fast=True)
        builder.add_text_field("text", tokenizer_name=_ANALYZER, index_option="position")
        builder.add_integer_field("day", indexed=True, fast=True)
        self._schema = builder.build()
        self._index: Any = tantivy.Index(self._schema)  # no path: RAM directory
        self._index.register_tokenizer(_ANALYZER, analyzer)
        self._writer: Any = self._index.writer(heap_size=64_000_000, num_threads=1)
        self._lock = threading.Lock()
        self.seen = 0  # the last change (search_document_changes.seq) indexed
        self.ready = False
        self.closed = False

    def tokens(self, text: str) -> list[str]:
        """``text`` as the index tokenizes it."""
        return [str(t) for t in self._analyzer.analyze(text)]

    def build(self, execute: Execute) -> None:
        """Index every live document, in batches, in one read transaction (so no change
        falls between the snapshot and ``search_document_changes``)."""
        # Reading every document once must not leave the connection's page cache full of
        # them (64 MiB): a small cache while building, the usual one after.
        cache = int(execute("PRAGMA cache_size", {})[0][0])
        execute("PRAGMA cache_size = -2048", {})
        execute("BEGIN", {})
        try:
            self.seen = int(
                execute("SELECT coalesce(max(seq), 0) FROM search_document_changes", {})[0][0]
            )
            after = 0
            while not self.closed:
                rows = execute(_LIVE + " AND id > :after ORDER BY id LIMIT 1000", {"after": after})
                if not rows:
                    break
                for row in rows:
                    self._add(row)
                after = int(rows[-1][0])
        finally:
            execute("COMMIT", {})
            execute(f"PRAGMA cache_size = {cache}", {})
        with self._lock:
            if self.closed:
                return
            self._writer.commit()
            self._writer.wait_merging_threads()  # and its 64 MB of buffers go with it
            self._writer = None
            self._index.reload()
            self.ready = True

    def _add(self, row: Sequence[Any]) -> None:
        doc_id, title, body, day = row
        # The title as many times as it weighs: BM25 then counts a word's frequency as
        # FTS5's bm25(8.0, 1.0) does (8 x in the title + in the body) and ranks alike.
        text = [title or ""] * int(TITLE_WEIGHT) + [body or ""]
        self._writer.add_document(self._t.Document(id=int(doc_id), text=text, day=_day_number(day)))

    def catch_up(self, execute: Execute) -> None:
        """Re-index the documents changed since the last look (before a search)."""
        rows = execute(
            "SELECT max(seq), group_concat(DISTINCT document_id) FROM search_document_changes "
            "WHERE seq > :seen",
            {"seen": self.seen},
        )
        top, ids = rows[0]
        if top is None:
            return
        changed = [int(i) for i in str(ids).split(",")]
        params = {f"d{i}": d for i, d in enumerate(changed)}
        fresh = execute(
            _LIVE + " AND id IN (" + ", ".join(f":{k}" for k in params) + ")",
            params,
        )
        with self._lock:
            if self.closed or int(top) <= self.seen:  # another search caught up meanwhile
                return
            # A writer of its own for the few changed documents, gone with its buffers after.
            self._writer = self._index.writer(heap_size=16_000_000, num_threads=1)
            for doc_id in changed:
                self._writer.delete_documents_by_term("id", doc_id)
            for row in fresh:
                self._add(row)
            self._writer.commit()
            self._writer.wait_merging_threads()
            self._writer = None
            self._index.reload()
            self.seen = int(top)

    def best(
        self, terms: Sequence[Term], limit: int, since: date | None, until: date | None
    ) -> list[tuple[float, int]]:
        """(BM25 score, id) of the best ``limit`` documents matching every term, best first."""
        t = self._t
        with self._lock:
            if self.closed or not self.ready:
                return []
            searcher = self._index.searcher()
            clauses = [(t.Occur.Must, self._term_query(searcher, term)) for term in terms]
            if since is not None or until is not None:
                day = t.Query.range_query(
                    self._schema,
                    "day",
                    t.FieldType.Integer,
                    _day_number(since) if since else None,
                    _day_number(until) if until else None,
                )
                clauses.append((t.Occur.Must, day))
            hits = searcher.search(t.Query.boolean_query(clauses), limit, count=False).hits
            return [(float(score), int(searcher.doc(address)["id"][0])) for score, address in hits]

    def _term_query(self, searcher: Any, term: Term) -> Any:
        t = self._t
        queries = self._field_queries(searcher, "text", term)
        if len(queries) == 1:
            return queries[0]
        should = [(t.Occur.Should, q) for q in queries]
        return t.Query.boolean_query(should) if should else t.Query.empty_query()

    def _field_queries(self, searcher: Any, field: str, term: Term) -> list[Any]:
        t, schema = self._t, self._schema
        if term.a_number:
            return [
                _phrase(t, schema, field, form) for form in a_number_token_forms(term.tokens[0])
            ]
        if not term.prefix:
            return [_phrase(t, schema, field, term.tokens)]
        if len(term.tokens) > 1:
            return [t.Query.phrase_prefix_query(schema, field, list(term.tokens))]
        return [t.Query.term_query(schema, field, word) for word in term.completions]

    def completions(self, prefix: str) -> list[str]:
        """The ``PREFIX_EXPANSIONS`` words starting with ``prefix`` found in most documents."""
        with self._lock:
            if self.closed or not self.ready:
                return []
            searcher = self._index.searcher()
        found = searcher.terms_with_prefix("text", prefix, limit=PREFIX_EXPANSIONS)
        return [str(word) for word, _count in found]

    def close(self) -> None:
        """Drop the index (the vault locks)."""
        with self._lock:
            self.closed = True
            self.ready = False
            self._writer = None
            self._index = None


def _phrase(t: Any, schema: Any, field: str, tokens: Sequence[str]) -> Any:
    if len(tokens) == 1:
        return t.Query.term_query(schema, field, tokens[0])
    return t.Query.phrase_query(schema, field, list(tokens))


def a_number_token_forms(digits: str) -> list[tuple[str, ...]]:
    """Every written form of a nine-digit A-number, as the tokens a tokenizer makes of it:
    123456789, A123456789, A-123-456-789 or 123 456 789 (the A a token of its own),
    A123-456-789; and without the leading zero, 12345678 and A12345678."""
    d = digits
    forms: list[tuple[str, ...]] = [
        (d,),
        ("a" + d,),
        (d[0:3], d[3:6], d[6:9]),
        ("a" + d[0:3], d[3:6], d[6:9]),
    ]
    if d.startswith("0"):
        forms += [
            (d[1:],),
            ("a" + d[1:],),
            (d[1:3], d[3:6], d[6:9]),
            ("a" + d[1:3], d[3:6], d[6:9]),
        ]
    return forms


# One index per unlocked store; dropped when the store closes.
_INDEXES: dict[int, DocumentIndex] = {}
_REGISTRY = threading.Lock()


def for_store(store: Store) -> DocumentIndex | None:
    """The store's index when it is ready to answer, else None."""
    index = _INDEXES.get(id(store))
    return index if index is not None and index.ready else None


def prepare(store: Store, *, background: bool = True) -> bool:
    """Start building the store's index (once), in a thread unless ``background`` is
    False; False without tantivy.

    Seconds at 100,000 documents (benchmarks/bench_search.py); FTS5 serves meanwhile.
    """
    if not available():
        return False
    with _REGISTRY:
        if id(store) in _INDEXES:
            return True
        index = DocumentIndex()
        _INDEXES[id(store)] = index

    def forget() -> None:
        with _REGISTRY:
            if _INDEXES.get(id(store)) is index:
                del _INDEXES[id(store)]
        index.close()

    store.on_close(forget)

    def run() -> None:
        try:
            with store.driver_reading() as execute:
                index.build(execute)
            # What the build has seen is no longer needed (one process per vault), but the
            # newest row stays: sequence numbers go on from it, never reused.
            with store.transaction() as session:
                session.execute(
                    text("DELETE FROM search_document_changes WHERE seq < :seen"),
                    {"seen": index.seen},
                )
        except Exception:
            # A failed build leaves FTS5 serving, as before the index existed.
            forget()
            if not background:
                raise

    if background:
        threading.Thread(target=run, name="search-index", daemon=True).start()
    else:
        run()
    return True
