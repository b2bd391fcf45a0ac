"""Where Kliping keeps things: the library folder and the log folder.

A library is one folder. ``--library DIR`` wins, then ``KLIPING_LIBRARY``, then the
user data folder (platformdirs). Nothing here touches the disk at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Kliping"


def default_library_dir() -> Path:
    """The library folder used when none is chosen."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / "Library"


def resolve_library_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The library folder: explicit choice, then ``KLIPING_LIBRARY``, then the default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("KLIPING_LIBRARY")
    if env:
        return Path(env).expanduser().resolve()
    return default_library_dir()


def log_dir() -> Path:
    """The folder for Kliping's rotating log (``KLIPING_LOG_DIR`` overrides)."""
    env = os.environ.get("KLIPING_LOG_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))
