"""Build the one-folder app bundle (dist/kliping/) and report its build time and size.

``make bundle`` runs this with the project's virtual environment. It calls PyInstaller
on packaging/kliping.spec, then prints how long the build took and how large the
folder is, so the figures the issue asks for come from every build.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "kliping.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SIZE_LIMIT_MB = 150


def folder_size(path: Path) -> int:
    """Bytes in every file under ``path`` (symlinks not followed)."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main(argv: list[str] | None = None) -> int:
    """Run PyInstaller; returns its exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="discard PyInstaller's cache")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    command = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level=WARN",
        "--distpath", str(DIST), "--workpath", str(WORK),
    ]  # fmt: skip
    if args.clean:
        command.append("--clean")
    env = dict(os.environ, PYTHONHASHSEED="0")  # the same input gives the same bundle
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, env=env, check=False)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        log.error("PyInstaller failed (exit %d) after %.0f s", result.returncode, elapsed)
        return result.returncode
    bundle = DIST / "kliping"
    if sys.platform == "darwin" and (DIST / "Kliping.app").exists():
        bundle = DIST / "Kliping.app"
    size_mb = folder_size(bundle) / 1e6
    log.info("built %s in %.0f s: %.1f MB", bundle.relative_to(ROOT), elapsed, size_mb)
    if size_mb > SIZE_LIMIT_MB:
        # Reported, not fatal: a dependency's release can move the size by a few MB,
        # which should show up here, not stop every build.
        log.warning("the bundle is over its %d MB budget", SIZE_LIMIT_MB)
    return 0


if __name__ == "__main__":
    sys.exit(main())
