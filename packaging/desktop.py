"""Install Kliping into a Linux desktop for one user, or take it out again.

``make install-desktop`` runs ``python3 packaging/desktop.py install``; ``make
uninstall-desktop`` runs ``… uninstall``. Only the standard library is used, so a
machine with the app bundle and no virtual environment can run it.

What goes where (``$XDG_DATA_HOME`` defaults to ``~/.local/share``):

- ``$XDG_DATA_HOME/applications/io.github.kliping.Kliping.desktop`` (its ``Exec`` points
  at the wrapper below, by absolute path, so it works whether or not ``~/.local/bin`` is
  on the desktop session's ``PATH``),
- ``$XDG_DATA_HOME/icons/hicolor/<size>/apps/io.github.kliping.Kliping.{png,svg}``,
- ``$XDG_DATA_HOME/metainfo/io.github.kliping.Kliping.metainfo.xml``,
- ``~/.local/bin/kliping``: a two-line wrapper that runs the app bundle
  (``dist/kliping/kliping``) when it has been built, else the virtual environment's
  ``kliping`` command.

HTML files: the desktop file lists ``text/html`` so that "Open with" offers Kliping for a
saved page. Where the user never chose a default application for HTML, freedesktop
desktops would then pick the newest per-user entry — Kliping — as the default, and pages
would stop opening in the browser. So ``install`` asks ``xdg-mime`` for the default before
and after, and when Kliping took it over, it writes the previous default back (as an
explicit choice in ``~/.config/mimeapps.list``). ``uninstall`` removes only files that
``install`` wrote, and a wrapper only if it is Kliping's.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.kliping.Kliping"
RESOURCES = ROOT / "resources"
WRAPPER_MARK = "# Installed by Kliping's `make install-desktop`"
HTML_TYPES = ("text/html", "application/xhtml+xml")


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share``."""
    env = os.environ.get("XDG_DATA_HOME")
    return Path(env) if env and Path(env).is_absolute() else Path.home() / ".local" / "share"


def default_target() -> Path:
    """The bundle's executable when it has been built, else the venv's command."""
    bundle = ROOT / "dist" / "kliping" / "kliping"
    return bundle if bundle.is_file() else ROOT / ".venv" / "bin" / "kliping"


def icon_files() -> list[tuple[Path, Path]]:
    """(source, path under icons/hicolor) for every icon size we ship."""
    hicolor = RESOURCES / "icons" / "hicolor"
    return [
        (path, path.relative_to(hicolor))
        for path in sorted(hicolor.rglob(f"{APP_ID}.*"))
        if path.suffix in (".png", ".svg")
    ]


def planned_files(data: Path) -> list[tuple[Path | None, Path]]:
    """Every file ``install`` writes: (source or None when generated, destination)."""
    files: list[tuple[Path | None, Path]] = [
        (None, data / "applications" / f"{APP_ID}.desktop"),
        (
            RESOURCES / "linux" / f"{APP_ID}.metainfo.xml",
            data / "metainfo" / f"{APP_ID}.metainfo.xml",
        ),
    ]
    files += [(src, data / "icons" / "hicolor" / rel) for src, rel in icon_files()]
    return files


def desktop_entry(wrapper: Path) -> str:
    """The desktop file, with ``Exec`` and ``TryExec`` pointing at ``wrapper``."""
    text = (RESOURCES / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    quoted = str(wrapper)
    if re.search(r"[\s\"'\\`$]", quoted):  # the Exec key's quoting rules
        quoted = '"' + re.sub(r'(["`$\\])', r"\\\\\1", quoted) + '"'
    text = re.sub(r"^Exec=kliping ", f"Exec={quoted} ", text, flags=re.M)
    return re.sub(r"^TryExec=kliping$", f"TryExec={wrapper}", text, flags=re.M)


def wrapper_script(target: Path) -> str:
    """A shell script that runs ``target`` with its arguments."""
    quoted = "'" + str(target).replace("'", "'\\''") + "'"
    return f'#!/bin/sh\n{WRAPPER_MARK}; `make uninstall-desktop` removes it.\nexec {quoted} "$@"\n'


def default_app(mime: str) -> str | None:
    """The desktop's default application for ``mime`` (None when unknown)."""
    if shutil.which("xdg-mime") is None:
        return None
    try:
        out = subprocess.run(
            ["xdg-mime", "query", "default", mime],
            capture_output=True, text=True, timeout=20, check=False,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() or None


def refresh_caches(data: Path) -> None:
    """Tell the desktop about the change (each tool is optional)."""
    applications = data / "applications"
    if shutil.which("update-desktop-database") and applications.is_dir():
        subprocess.run(["update-desktop-database", "-q", str(applications)], check=False)
    hicolor = data / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)  # icon theme caches compare the folder's time
        # Only refresh a cache that exists: creating one would go stale when other
        # programs add icons here without updating it.
        if (hicolor / "icon-theme.cache").exists() and shutil.which("gtk-update-icon-cache"):
            subprocess.run(["gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)], check=False)


def install(target: Path, data: Path, bin_dir: Path) -> int:
    """Install the desktop entry, icons, metadata and the wrapper; returns an exit status."""
    if not target.is_file() or not os.access(target, os.X_OK):
        log.error("%s is not there: run `make bundle` or `make run` first", target)
        return 1
    wrapper = bin_dir / "kliping"
    if wrapper.exists() and WRAPPER_MARK not in wrapper.read_text(errors="replace"):
        log.error("%s exists and is not Kliping's wrapper; leaving it alone", wrapper)
        return 1
    before = {mime: default_app(mime) for mime in HTML_TYPES}
    bin_dir.mkdir(parents=True, exist_ok=True)
    wrapper.write_text(wrapper_script(target.resolve()), encoding="utf-8")
    wrapper.chmod(0o755)
    log.info("installed %s → %s", wrapper, target)
    for source, dest in planned_files(data):
        dest.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            dest.write_text(desktop_entry(wrapper), encoding="utf-8")
        else:
            shutil.copyfile(source, dest)
        log.info("installed %s", dest)
    refresh_caches(data)
    for mime, previous in before.items():
        now = default_app(mime)
        if previous and now == f"{APP_ID}.desktop" and previous != now:
            subprocess.run(["xdg-mime", "default", previous, mime], check=False)
            log.info("kept %s as the default application for %s", previous, mime)
    return 0


def uninstall(data: Path, bin_dir: Path) -> int:
    """Remove what :func:`install` wrote; returns an exit status."""
    for _, dest in planned_files(data):
        if dest.exists():
            dest.unlink()
            log.info("removed %s", dest)
    wrapper = bin_dir / "kliping"
    if wrapper.is_file() and WRAPPER_MARK in wrapper.read_text(errors="replace"):
        wrapper.unlink()
        log.info("removed %s", wrapper)
    refresh_caches(data)
    return 0


def main(argv: list[str] | None = None) -> int:
    """The command line: ``install [--target PATH]`` or ``uninstall``."""
    parser = argparse.ArgumentParser(description="Add Kliping to your desktop's menus.")
    parser.add_argument("action", choices=["install", "uninstall"])
    parser.add_argument(
        "--target", type=Path, default=None,
        help="the program to run (default: the bundle if built, else .venv/bin/kliping)",
    )  # fmt: skip
    parser.add_argument(
        "--bin-dir", type=Path, default=Path.home() / ".local" / "bin",
        help="where the `kliping` wrapper goes (default: ~/.local/bin)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.action == "install":
        return install(args.target or default_target(), data_home(), args.bin_dir)
    return uninstall(data_home(), args.bin_dir)


if __name__ == "__main__":
    sys.exit(main())
