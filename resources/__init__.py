"""Kliping's resources (icons, the reader stylesheet, desktop files).

Installed as the ``reader.resources`` package; load files with
``importlib.resources.files("reader.resources") / "icons" / "…"``.
"""
