"""`python -m reader` is the same as the `newsreader` command."""

import sys

from reader.cli import main

sys.exit(main())
