"""The frozen app's entry script: the same ``reader.app:main`` the ``kliping`` command runs."""

import multiprocessing
import sys

if __name__ == "__main__":
    # First, before any import of the app: a cleaner worker process started from this
    # executable runs here and exits (reader.core.cleaning); main() calls it too.
    multiprocessing.freeze_support()
    from reader.app import main

    sys.exit(main())
