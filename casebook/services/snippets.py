"""A document hit's snippet, made from its text: a dozen words around the first hit.

For documents ranked by the in-memory index (services/document_index.py).
FTS5's ``snippet()`` is cheap only inside the statement that found the rows;
asked for 40 given rows it searches the index again for each: 0.6-0.9 s at
100,000 documents for a common word. Here the words are found in the text with
one regular expression that folds case and accents as the indexes do.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from casebook.services.document_index import a_number_token_forms

MARK = "**"
WORDS = 12  # as FTS5's snippet(…, 12)
_WORDS = re.compile(rf"\W*\w+(?:\W+\w+){{0,{WORDS - 1}}}")
_NONSPACE = re.compile(r"\S")


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Each plain letter and the accented letters that fold to it (Latin, Greek, Cyrillic)."""
    by_base: dict[str, set[str]] = {}
    for code in range(0x00C0, 0x0530):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        ).lower()
        if len(base) == 1 and base != char.lower():
            by_base.setdefault(base, set()).update({char, char.lower()})
    return {b: "".join(sorted(v)) for b, v in by_base.items()}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _letters(word: str) -> str:
    """A pattern for ``word`` (folded) that matches its accented spellings too; the text is
    searched as it is (folding a whole text first costs more than the search)."""
    variants = _variants()
    return "".join(
        f"[{re.escape(c)}{re.escape(variants[c])}]" if c in variants else re.escape(c) for c in word
    )


def pattern(terms: Sequence[str], last_is_prefix: bool) -> re.Pattern[str]:
    """One expression for every term: a phrase's words with anything but letters between,
    the last word as a prefix while it is being typed, an A-number in any written form."""
    alternatives = []
    for i, term in enumerate(terms):
        prefix = last_is_prefix and i == len(terms) - 1
        if len(term) == 9 and term.isdigit():
            alternatives += [_phrase(f, prefix=False) for f in a_number_token_forms(term)]
        else:
            alternatives.append(_phrase(tuple(_fold(term).split()), prefix))
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _phrase(words: Sequence[str], prefix: bool) -> str:
    inner = r"[\W_]+".join(_letters(w) for w in words)
    return r"\b" + inner + (r"\w*" if prefix else r"\b")


def snippet(title: str, body: str, found: re.Pattern[str]) -> str:
    """From the body when the words are in it, else from the title (as the FTS5 snippet
    of records): ``WORDS`` words from a little before the first hit, hits marked."""
    for text in (body, title):
        first = found.search(text)
        if first is not None:
            return _around(text, first.start(), found)
    return _around(body or title, 0, found)


def _around(text: str, at: int, found: re.Pattern[str]) -> str:
    low = max(0, at - 40)  # a few words before the hit, from a space on
    space = text.find(" ", low, at) if low > 0 else -1
    start = space + 1 if space >= 0 else low
    words = _WORDS.match(text, start)
    end = words.end() if words is not None else start
    if end <= start:
        return ""
    parts, done = [], start
    for hit in found.finditer(text, start, end):
        parts += [text[done : hit.start()], MARK, hit.group(0), MARK]
        done = hit.end()
    parts.append(text[done:end])
    lead = "…" if start > 0 and _NONSPACE.search(text, 0, start) else ""
    tail = "…" if _NONSPACE.search(text, end) else ""
    return lead + "".join(parts) + tail
