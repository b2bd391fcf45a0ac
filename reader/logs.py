"""Logging set-up shared by the command line and the window.

Everything goes to a rotating log file in the user log folder (``KLIPING_LOG_DIR``
overrides); the console gets warnings, or everything with ``--verbose``.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from reader.core.paths import log_dir

LOG_NAME = "kliping.log"


def log_file() -> Path:
    """Where the log is written."""
    return log_dir() / LOG_NAME


def setup_logging(verbose: bool = False, console: bool = True) -> Path | None:
    """Configure the root logger; returns the log file, or None if it cannot be written."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_kliping", False):
            root.removeHandler(handler)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    path: Path | None = log_file()
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        file_handler.setFormatter(fmt)
        file_handler._kliping = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    except OSError:
        path = None
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.DEBUG if verbose else logging.WARNING)
        stream.setFormatter(logging.Formatter("kliping: %(levelname)s: %(message)s"))
        stream._kliping = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    for noisy in ("httpx", "httpcore", "trafilatura", "htmldate", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path
