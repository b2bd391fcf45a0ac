"""How long the app takes from launch to its window on screen (target: 1.0 s, frozen).

Run on demand, after ``make bundle``, on an idle machine:

    nice .venv/bin/python tests/bench/bench_bundle_start.py [--runs 7]

It starts a private Xvfb on a display no other X server uses or has left a lock or
socket behind on (the time is the app's, not the screen's), and waits until that server
answers before anything connects to it; each run starts the program on a library of
the realistic test pages (tests/data/pages, saved once through the command line), and
polls the X server (``xwininfo``) until Kliping's main window is mapped, then closes it.
The same is measured for the virtual environment's command, and printed next to the
figures a PyInstaller one-folder Qt app shows on this kind of machine.
"""

from __future__ import annotations

import argparse
import contextlib
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


def window_shown(display: str) -> bool:
    """Whether a top-level window titled Kliping, larger than Qt's 1x1 helper, is mapped."""
    out = subprocess.run(
        ["xwininfo", "-display", display, "-root", "-children"],
        capture_output=True, text=True, check=False,
    ).stdout  # fmt: skip
    return any('"Kliping"' in line and " 1x1+" not in line for line in out.splitlines())


def display_free(number: int) -> bool:
    """No X server holds display ``number``, and none left its lock or socket behind."""
    return not (
        Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists()
    )


def answers(display: str) -> bool:
    """Whether an X server accepts connections on ``display``."""
    return subprocess.run(
        ["xwininfo", "-display", display, "-root"], capture_output=True, check=False
    ).returncode == 0  # fmt: skip


class XServer:
    """A private Xvfb on a free display, ready when entered (never ``:0`` or a display
    another server used: a stale lock or socket there is what "could not connect to
    display :0" came from)."""

    FIRST, LAST = 99, 199

    def __enter__(self) -> str:
        tried = []
        for number in range(self.FIRST, self.LAST):
            if not display_free(number):
                continue
            display = f":{number}"
            self.log = tempfile.TemporaryFile()  # not a pipe: a full one would stall Xvfb
            self.process = subprocess.Popen(
                ["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp", "-noreset"],
                stdout=subprocess.DEVNULL, stderr=self.log,
            )  # fmt: skip
            deadline = time.monotonic() + 15
            while self.process.poll() is None and time.monotonic() < deadline:
                if answers(display):
                    return display
                time.sleep(0.05)
            err = self._stop()
            tried.append(
                f"{display}: {err.strip().splitlines()[-1] if err.strip() else 'no answer'}"
            )
            if len(tried) >= 5:
                break
        raise SystemExit("could not start Xvfb on a free display (" + "; ".join(tried) + ")")

    def _stop(self) -> str:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.seek(0)
        text = self.log.read().decode(errors="replace")
        self.log.close()
        return text

    def __exit__(self, *exc: object) -> None:
        self._stop()


def time_start(command: list[str], env: dict[str, str], timeout: float = 30.0) -> float:
    """Seconds from starting ``command`` to its window being shown on ``env["DISPLAY"]``."""
    display = env["DISPLAY"]
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not window_shown(display):
            if process.poll() is not None:
                err = process.stderr.read().decode() if process.stderr else ""
                raise SystemExit(f"{command[0]} exited early: {err}")
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
    if shutil.which("Xvfb") is None or shutil.which("xwininfo") is None:
        raise SystemExit("needs Xvfb and xwininfo: apt-get install xvfb x11-utils")
    if not BUNDLE.is_file():
        raise SystemExit("build the bundle first: make bundle")
    work = Path(tempfile.mkdtemp(prefix="kliping-bench-"))
    with contextlib.ExitStack() as stack:
        stack.callback(shutil.rmtree, work, ignore_errors=True)
        env = {
            **os.environ,
            "HOME": str(work / "home"),
            "KLIPING_LIBRARY": str(work / "library"),
            "KLIPING_LOG_DIR": str(work / "logs"),
            "KLIPING_CONFIG_DIR": str(work / "config"),
            "XDG_RUNTIME_DIR": str(work),
        }
        env.pop("QT_QPA_PLATFORM", None)
        env["DISPLAY"] = stack.enter_context(XServer())
        pages = sorted(str(p) for p in (ROOT / "tests" / "data" / "pages").glob("*.html"))
        subprocess.run([str(BUNDLE), "add", *pages], env=env, check=True, capture_output=True)
        commands = {
            "bundle (frozen)": [str(BUNDLE)],
            "venv (python -m reader)": [sys.executable, "-m", "reader"],
        }
        print(f"launch to window shown, {len(pages)} articles, median of {args.runs} runs:")
        times: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():
            time_start(command, env)  # warm the page cache once
        for _ in range(args.runs):  # interleaved, so a busy moment hits both alike
            for name, command in commands.items():
                times[name].append(time_start(command, env))
        for name, runs in times.items():
            print(
                f"  {name:<26} median {statistics.median(runs):.3f} s"
                f"  (min {min(runs):.3f}, max {max(runs):.3f})"
            )
        print(f"  peer: {PEER}")
        print("  target: 1.0 s (frozen)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
