"""The Qt-free core of Kliping: fetch, extract, store, search.

Nothing in this package imports PySide6 or ``reader.gui``; the command line and the
window both go through :mod:`reader.core.library`.
"""
