"""`python -m kiosk` does what the `kiosk` command does."""

import sys

from kiosk.cli import main

sys.exit(main())
