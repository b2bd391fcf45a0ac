"""The frozen app's entry script: the same ``reader.app:main`` the ``kliping`` command runs."""

import sys

from reader.app import main

if __name__ == "__main__":
    sys.exit(main())
