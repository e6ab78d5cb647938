"""`python -m reader.evaluate`: score the engine against gold files."""

import sys

from reader.evaluate.cli import main

sys.exit(main())
