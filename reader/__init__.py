"""Kliping: an offline desktop news reader."""

__version__ = "0.1.0"
APP_NAME = "Kliping"
