"""Kliping's window (PySide6). Reaches the library only through :mod:`reader.gui.tasks`."""
