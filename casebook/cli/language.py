"""Whether a command speaks Spanish: its person-facing lines follow the POSIX locale.

Only ``casebook deadlines`` does so today (its list is read by a person at a
terminal, the same lines the Deadlines page shows). ``--json`` never changes
with the language (scripts read it), nor does anything written to a file:
filings, FOIL letters and the Council report are English by law and practice.
The first of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set decides, as
for any POSIX program; ``es_US.UTF-8`` or ``es`` means Spanish, anything else
English.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager


def wants_spanish(environ: Mapping[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return value.split("_")[0].split(".")[0].lower() == "es"
    return False


@contextmanager
def spanish() -> Iterator[bool]:
    """The window's Spanish catalogue installed for the block (a Qt core app, no window).

    Yields False, and changes nothing, when the catalogue is missing.
    """
    from PySide6.QtCore import QCoreApplication

    from casebook.ui.translation import SPANISH, Translation

    app = QCoreApplication.instance() or QCoreApplication([])
    translation = Translation()
    try:
        yield translation.apply(SPANISH) == SPANISH
    finally:
        translation.remove()
        del app
