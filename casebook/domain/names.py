"""Person names in any script, and the key used to notice the same person twice.

"Maria Lopez", "LOPEZ, María" and "lopez maria" are one person to a
paralegal. The match key folds case and accents, drops punctuation and sorts
the words, so word order (family name first, with a comma) does not matter.
Scripts without case or accents (Chinese, Arabic, Bengali) pass through with
only Unicode normalisation applied.
"""

from __future__ import annotations

import unicodedata

_SEPARATORS = ",;./-_'\u2019\"()"  # U+2019: the apostrophe of "N\u2019Diaye" as typed on phones


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` (NFKD, marks removed)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


def name_key(name: str) -> str:
    """Order-insensitive match key for a person's name."""
    folded = fold(name)
    for sep in _SEPARATORS:
        folded = folded.replace(sep, " ")
    return " ".join(sorted(folded.split()))


def read_name_keys(name: str) -> tuple[str, ...]:
    """The match keys of a name read off a scan: as read, then with the words OCR ran
    together split again at the capital ("GARCÍA LOPEZ, MariaJosé" is María José García
    López). The split key is tried second, so "McDonald" still matches as read first."""
    key = name_key(name)
    spaced = "".join(
        f" {c}" if c.isupper() and i and name[i - 1].islower() else c for i, c in enumerate(name)
    )
    split = name_key(spaced)
    return (key,) if split == key else (key, split)


def clean_name(name: str) -> str:
    """Trim and collapse the whitespace of a name as typed, keeping its script."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def initials(name: str) -> str:
    """``"J.L."`` for "Juana López" (first and last word), "J." for one word, "" for none.

    What a calendar event says about a client by default: calendars sync to
    servers outside the office, so an event names no one. A name typed family
    name first with a comma ("López, Juana") still gives the given name's
    initial first. Any script: the first character of each word, upper-cased
    where the script has case.
    """
    cleaned = clean_name(name)
    if "," in cleaned:
        family, _, given = cleaned.partition(",")
        cleaned = f"{given} {family}"
    words = [w.strip(_SEPARATORS) for w in cleaned.split()]
    words = [w for w in words if w]
    if not words:
        return ""
    picked = words if len(words) == 1 else [words[0], words[-1]]
    return "".join(f"{w[0].upper()}." for w in picked)
