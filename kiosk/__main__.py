"""`python -m kiosk` does what the `kiosk` command does."""

import sys

from kiosk.cli import main

if __name__ == "__main__":  # the speech worker's child (spawn) imports this module again
    sys.exit(main())
