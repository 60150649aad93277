"""``python -m quotes``: the command line (``quotes.cli``)."""

import sys

from .cli import main

sys.exit(main())
