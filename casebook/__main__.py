"""``python -m casebook`` is the ``casebook`` command."""

import sys

from casebook.cli import main

sys.exit(main())
