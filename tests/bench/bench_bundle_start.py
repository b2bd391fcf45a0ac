"""How long the app takes from launch to its window on screen (target: 1.0 s, frozen).

Run on demand, after ``make bundle``, on an idle machine:

    xvfb-run -a -s '-screen 0 1400x900x24' nice .venv/bin/python \\
        tests/bench/bench_bundle_start.py [--runs 7]

It needs an X server (Xvfb is fine: the time is the app's, not the screen's). Each run
starts the program on a library of the realistic test pages (tests/data/pages, saved
once through the command line) and polls the X server (``xwininfo``) until Kliping's
main window is mapped, then closes it. The same is measured for the virtual
environment's command, and printed next to the figures measured on this kind of machine
before (docs: /work/shared/QT-ON-LINUX.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "kliping" / "kliping"
PEER = "PyInstaller one-folder, unused Qt excluded: 0.41-0.56 s (QT-ON-LINUX.md)"


def window_shown() -> bool:
    """Whether a top-level window titled Kliping, larger than Qt's 1x1 helper, is mapped."""
    out = subprocess.run(
        ["xwininfo", "-root", "-children"], capture_output=True, text=True, check=False
    ).stdout
    return any('"Kliping"' in line and " 1x1+" not in line for line in out.splitlines())


def time_start(command: list[str], env: dict[str, str], timeout: float = 30.0) -> float:
    """Seconds from starting ``command`` to its window being shown."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not window_shown():
            if process.poll() is not None:
                raise SystemExit(f"{command[0]} exited early: {process.stderr.read().decode()}")
            if time.perf_counter() - started > timeout:
                raise SystemExit(f"{command[0]} showed no window in {timeout} s")
            time.sleep(0.005)
        return time.perf_counter() - started
    finally:
        process.terminate()
        process.wait(timeout=10)


def main() -> int:
    """Measure and print medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        raise SystemExit("needs an X server: run it under xvfb-run -a -s '-screen 0 1400x900x24'")
    if not BUNDLE.is_file():
        raise SystemExit("build the bundle first: make bundle")
    work = Path(tempfile.mkdtemp(prefix="kliping-bench-"))
    try:
        env = {
            **os.environ,
            "HOME": str(work / "home"),
            "KLIPING_LIBRARY": str(work / "library"),
            "KLIPING_LOG_DIR": str(work / "logs"),
            "KLIPING_CONFIG_DIR": str(work / "config"),
            "XDG_RUNTIME_DIR": str(work),
        }
        env.pop("QT_QPA_PLATFORM", None)
        pages = sorted(str(p) for p in (ROOT / "tests" / "data" / "pages").glob("*.html"))
        subprocess.run([str(BUNDLE), "add", *pages], env=env, check=True, capture_output=True)
        commands = {
            "bundle (frozen)": [str(BUNDLE)],
            "venv (python -m reader)": [sys.executable, "-m", "reader"],
        }
        print(f"launch to window shown, {len(pages)} articles, median of {args.runs} runs:")
        for name, command in commands.items():
            time_start(command, env)  # warm the page cache once
            times = [time_start(command, env) for _ in range(args.runs)]
            print(
                f"  {name:<26} median {statistics.median(times):.3f} s"
                f"  (min {min(times):.3f}, max {max(times):.3f})"
            )
        print(f"  peer: {PEER}")
        print("  target: 1.0 s (frozen)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
