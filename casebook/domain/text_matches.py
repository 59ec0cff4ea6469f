"""Where a search's words are in a text, the way the search index found them.

The index (FTS5 ``unicode61 remove_diacritics 2``) splits text into runs of
letters and digits and folds case and accents, so "perez" finds "Pérez"; the
viewer must mark the same words, at their places in the original text. Each
term is a phrase of one or more words matched whole; the last term's last word
may be a prefix (it is the one still being typed). A term of 8 or 9 digits is
an A-number and also matches it written with a leading A and separators
("A-123-456-789", "123 456 789").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from casebook.domain.names import fold

_A_NUMBER_GAP = re.compile(r"^[\s\-.]?$")  # what may stand between an A-number's groups


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    folded: str


def _is_word_char(c: str) -> bool:
    return c.isalnum() or bool(unicodedata.combining(c))


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    start = -1
    for i, c in enumerate(text):
        if _is_word_char(c):
            if start < 0:
                start = i
        elif start >= 0:
            tokens.append(_Token(start, i, fold(text[start:i])))
            start = -1
    if start >= 0:
        tokens.append(_Token(start, len(text), fold(text[start:])))
    return tokens


def term_words(term: str) -> list[str]:
    """The folded words of a term, split as the index splits text."""
    return [t.folded for t in _tokens(term)]


def match_spans(
    text: str, terms: Sequence[str], *, last_is_prefix: bool = True
) -> list[tuple[int, int]]:
    """(start, end) of every place in ``text`` where one of ``terms`` is, in text order,
    overlapping places merged."""
    tokens = _tokens(text)
    spans: list[tuple[int, int]] = []
    for n, term in enumerate(terms):
        words = term_words(term)
        if not words:
            continue
        prefix = last_is_prefix and n == len(terms) - 1
        if len(words) == 1 and words[0].isdigit() and len(words[0]) in (8, 9):
            spans += _a_number_spans(text, tokens, words[0])
        for i in range(len(tokens) - len(words) + 1):
            if all(
                _word_matches(tokens[i + j].folded, w, prefix and j == len(words) - 1)
                for j, w in enumerate(words)
            ):
                spans.append((tokens[i].start, tokens[i + len(words) - 1].end))
    return _merged(spans)


def _word_matches(token: str, word: str, prefix: bool) -> bool:
    return token.startswith(word) if prefix else token == word


def _a_number_spans(text: str, tokens: list[_Token], digits: str) -> list[tuple[int, int]]:
    """An A-number in its written forms: 'A123456789', 'A-123-456-789', '123 456 789'."""
    want = digits.lstrip("0")
    spans = []
    for i in range(len(tokens)):
        joined = ""
        for j in range(i, min(i + 4, len(tokens))):
            if j > i and not _A_NUMBER_GAP.match(text[tokens[j - 1].end : tokens[j].start]):
                break
            joined += tokens[j].folded
            bare = joined[1:] if joined.startswith("a") else joined
            if bare.isdigit() and bare.lstrip("0") == want:
                spans.append((tokens[i].start, tokens[j].end))
                break
    return spans


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
