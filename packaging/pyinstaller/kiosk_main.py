"""The frozen kiosk's entry point (kiosk.spec): what the `kiosk` command does.

`multiprocessing.freeze_support()` comes first: the speech worker's child is started with
the "spawn" method (kiosk/narration/worker.py), which in a frozen build runs this same
executable again; freeze_support() turns that run into the child instead of a second kiosk.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from kiosk.cli import main

    sys.exit(main())
