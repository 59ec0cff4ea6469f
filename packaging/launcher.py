"""Entry point of the frozen app: exactly the ``casebook`` console script.

With ``CASEBOOK_BUNDLE_PROBE=1`` in the environment it instead imports, one by
one, the modules a bundle most often loses (compiled extensions, lazily
imported packages, Qt plugins' Python side) and prints each with its error, so
a packaging mistake is named instead of showing up later as "internal error".
.ci/build-bundle runs it before the self test. It imports a fixed list only.
"""

import os
import sys

PROBED = (
    "casebook.cli",
    "casebook.app",
    "casebook.ui.controller",
    "casebook.store.migrate",
    "alembic.command",
    "alembic.op",
    "sqlcipher3.dbapi2",
    "cryptography.hazmat.primitives.ciphers.aead",
    "cryptography.hazmat.primitives.kdf.hkdf",
    "argon2.low_level",
    "pypdfium2",
    "pikepdf",
    "tantivy",
    "casebook.export.calendar",  # icalendar, and New York's zone (tzdata where no system one)
    "casebook.office.hub",
    "casebook.office.schema",
    "psycopg",
    "pyrage",
    "reportlab.pdfgen.canvas",
    "uharfbuzz",
    "pillow_heif",
    "PIL.Image",
    "zxcvbn",
    "watchdog.observers",
    "PySide6.QtWidgets",
    "PySide6.QtDBus",
)


def probe() -> int:
    import importlib
    import traceback

    failed = 0
    for name in PROBED:
        try:
            importlib.import_module(name)
        except Exception:  # report every failure, then exit non-zero
            failed += 1
            print(f"probe: FAILED {name}", file=sys.stderr)
            traceback.print_exc()
        else:
            print(f"probe: ok {name}")
    return 1 if failed else 0


if __name__ == "__main__":
    if os.environ.get("CASEBOOK_BUNDLE_PROBE") == "1":
        sys.exit(probe())
    from casebook.cli import main

    sys.exit(main())
