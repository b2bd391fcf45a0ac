"""What a desktop sees of Kliping: its entry, metadata, icons, install, and the self-check.

The validators (desktop-file-validate, appstreamcli) are the ones a distribution or a
software centre runs; the tests skip, saying so, on a machine without them (CI installs
them). Installing is tested for real, into a throwaway HOME.
"""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader import __version__

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.kliping.Kliping"
DESKTOP = ROOT / "resources" / "linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / "linux" / f"{APP_ID}.metainfo.xml"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def needs(tool: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(shutil.which(tool) is None, reason=f"{tool} is not installed")


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def private_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """An environment whose HOME, data, config and library are all under tmp_path."""
    env = {
        **os.environ,
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "home" / ".local" / "share"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
        "KLIPING_LIBRARY": str(tmp_path / "library"),
        "KLIPING_LOG_DIR": str(tmp_path / "logs"),
        "KLIPING_CONFIG_DIR": str(tmp_path / "config"),
    }
    env.update(extra)
    return env


def wait_for(condition, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def kliping_command() -> list[str]:
    """The installed ``kliping`` command of this environment (``python -m reader`` if none)."""
    script = Path(sys.executable).with_name("kliping")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "reader"]


# -- the desktop entry -------------------------------------------------------------------


@needs("desktop-file-validate")
def test_desktop_entry_passes_the_validator() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_desktop_entry_opens_urls_and_pages_but_does_not_claim_the_web() -> None:
    entry = desktop_entry(DESKTOP)
    assert entry["Categories"].split(";")[:2] == ["Network", "News"]
    assert entry["Exec"].split()[-1] == "%U"  # URLs and files, several at once
    assert entry["Icon"] == APP_ID
    mime = [m for m in entry["MimeType"].split(";") if m]
    assert "text/html" in mime  # "Open with Kliping" on a saved page
    # Kliping is not a browser: links clicked elsewhere must keep opening in one.
    assert not [m for m in mime if m.startswith("x-scheme-handler/")]


# -- AppStream ---------------------------------------------------------------------------


@needs("appstreamcli")
def test_metainfo_passes_appstream_validation() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_describes_this_version_and_this_desktop_entry() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    releases = component.findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == __version__, (
        "the newest AppStream release must be the version in reader/__init__.py"
    )
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date") or "")


def test_the_bundle_spec_reads_the_same_version() -> None:
    spec = (ROOT / "packaging" / "kliping.spec").read_text()
    pattern = re.search(r"VERSION = re\.search\(\s*r'(.+?)'", spec)
    assert pattern, "the spec no longer reads the version from reader/__init__.py"
    found = re.search(pattern.group(1), (ROOT / "reader" / "__init__.py").read_text(), re.M)
    assert found and found.group(1) == __version__


def test_an_installed_kliping_carries_every_package_of_the_source() -> None:
    """pyproject lists the packages `pip install .` copies: a subpackage missing from the
    list works from the source tree and fails once installed."""
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "reader").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found - listed == set(), "add these packages to pyproject's [tool.setuptools]"


# -- icons -------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
def test_png_icon_has_its_size(size: int) -> None:
    path = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(path) == (size, size)


def test_scalable_icon_is_the_source_svg() -> None:
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "kliping.svg").read_bytes()


def test_windows_and_macos_icons_hold_every_size() -> None:
    ico = (ROOT / "packaging" / "kliping.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6
    icns = (ROOT / "packaging" / "kliping.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns  # 1024 px, for Retina screens


# -- install and uninstall ---------------------------------------------------------------


def fake_program(tmp_path: Path) -> Path:
    """A stand-in for the bundle that records its arguments."""
    program = tmp_path / "bundle" / "kliping"
    program.parent.mkdir(parents=True)
    program.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{tmp_path}/args"\n')
    program.chmod(0o755)
    return program


def run_desktop(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "desktop.py"), *args],
        env=private_env(tmp_path, **env), capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip


@pytest.mark.skipif(sys.platform != "linux", reason="freedesktop install")
def test_install_puts_a_working_entry_where_desktops_look_and_uninstall_removes_it(
    tmp_path: Path,
) -> None:
    program = fake_program(tmp_path)
    home = tmp_path / "home"
    data = home / ".local" / "share"
    installed = run_desktop(tmp_path, "install", "--target", str(program))
    assert installed.returncode == 0, installed.stderr

    entry_path = data / "applications" / f"{APP_ID}.desktop"
    entry = desktop_entry(entry_path)
    wrapper = home / ".local" / "bin" / "kliping"
    assert entry["Exec"] == f"{wrapper} %U"
    for size in SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry_path)], capture_output=True)
        assert check.returncode == 0, check.stdout

    # What the desktop runs for "Open with Kliping" on a file with a space in its name.
    subprocess.run([str(wrapper), "https://example.com/a", "my page.html"], check=True)
    assert (tmp_path / "args").read_text().splitlines() == ["https://example.com/a", "my page.html"]

    removed = run_desktop(tmp_path, "uninstall")
    assert removed.returncode == 0, removed.stderr
    left = [p for p in home.rglob("*") if p.is_file() and p.name != "mimeinfo.cache"]
    assert left == []


@pytest.mark.skipif(sys.platform != "linux", reason="freedesktop install")
def test_install_leaves_a_program_of_the_same_name_alone(tmp_path: Path) -> None:
    program = fake_program(tmp_path)
    theirs = tmp_path / "home" / ".local" / "bin" / "kliping"
    theirs.parent.mkdir(parents=True)
    theirs.write_text("#!/bin/sh\necho someone else's kliping\n")
    installed = run_desktop(tmp_path, "install", "--target", str(program))
    assert installed.returncode == 1
    assert "not Kliping's wrapper" in installed.stderr
    assert "someone else's" in theirs.read_text()
    removed = run_desktop(tmp_path, "uninstall")
    assert removed.returncode == 0 and theirs.exists()


@needs("gio")
@pytest.mark.skipif(sys.platform != "linux", reason="freedesktop install")
def test_opening_a_page_with_the_installed_entry_saves_it(tmp_path: Path) -> None:
    # What a file manager does for "Open with Kliping": launch the installed desktop
    # entry with the file (gio expands %U). The program behind it records its process
    # id, so the test ends exactly the window it started.
    pidfile = tmp_path / "window.pid"
    program = tmp_path / "bundle" / "kliping"
    program.parent.mkdir()
    command = " ".join(f"'{part}'" for part in kliping_command())
    program.write_text(f'#!/bin/sh\necho $$ > "{pidfile}"\nexec {command} "$@"\n')
    program.chmod(0o755)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)}
    assert run_desktop(tmp_path, "install", "--target", str(program), **env).returncode == 0
    entry = tmp_path / "home" / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    page = tmp_path / "Saved pages" / "solar farm.html"
    page.parent.mkdir()
    shutil.copyfile(ROOT / "tests" / "data" / "pages" / "en-harbourledger-solar.html", page)

    try:
        # No pipes: the window inherits them and would keep them open.
        subprocess.run(
            ["gio", "launch", str(entry), str(page)], env=private_env(tmp_path, **env),
            check=True, timeout=60, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_for(pidfile.exists, 60, "the desktop entry to start Kliping")

        def saved() -> list[str]:
            listed = subprocess.run(
                [*kliping_command(), "list", "--json"], env=private_env(tmp_path, **env),
                capture_output=True, text=True, timeout=60, check=False,
            )  # fmt: skip
            return [a["title"] for a in json.loads(listed.stdout or "[]")]

        wait_for(lambda: saved() != [], 90, "the window to save the page it was opened with")
        assert saved() == ["Council approves floating solar farm on Millbrook reservoir"]
    finally:
        if pidfile.exists():
            pid = int(pidfile.read_text())
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            wait_for(lambda: not Path(f"/proc/{pid}").exists(), 30, "the window to close")


@needs("xdg-mime")
def test_install_keeps_the_browser_as_the_default_for_html(tmp_path: Path) -> None:
    # A browser installed system-wide, never chosen explicitly as the HTML default: the
    # case where a per-user entry listing text/html would otherwise take over.
    system = tmp_path / "system"
    (system / "applications").mkdir(parents=True)
    (system / "applications" / "browser.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Browser\nExec=/bin/true %U\n"
        "MimeType=text/html;application/xhtml+xml;x-scheme-handler/https;\n"
    )
    env = {"XDG_DATA_DIRS": str(system), "XDG_CONFIG_DIRS": str(tmp_path / "etc")}
    query = [sys.executable, "-c", "import subprocess,sys; sys.exit(subprocess.call(sys.argv[1:]))"]

    def default_for_html() -> str:
        out = subprocess.run(
            [*query, "xdg-mime", "query", "default", "text/html"],
            env=private_env(tmp_path, **env), capture_output=True, text=True, check=False,
        )  # fmt: skip
        return out.stdout.strip()

    assert default_for_html() == "browser.desktop"
    installed = run_desktop(tmp_path, "install", "--target", str(fake_program(tmp_path)), **env)
    assert installed.returncode == 0, installed.stderr
    assert default_for_html() == "browser.desktop"
    run_desktop(tmp_path, "uninstall", **env)


# -- the self-check, through the real command --------------------------------------------


def test_version_comes_from_the_package(tmp_path: Path) -> None:
    result = subprocess.run(
        [*kliping_command(), "--version"], env=private_env(tmp_path),
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0
    assert result.stdout.strip() == f"Kliping {__version__}"


def test_self_check_saves_searches_and_opens_the_window(tmp_path: Path) -> None:
    env = private_env(tmp_path)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)  # it must pick the offscreen platform itself
    result = subprocess.run(
        [*kliping_command(), "--self-check"], env=env,
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    steps = ("data files", "save a page", "search", "read a feed", "clean in a worker process",
             "window", "translations")  # fmt: skip
    for step in (*steps, "quit"):
        assert any(line.strip().startswith(f"ok    {step}:") for line in lines), result.stdout
    assert "'offscreen' platform" in result.stdout
    assert not (tmp_path / "library").exists(), "the self-check must not touch the library"
    assert not (tmp_path / "home").exists(), "the self-check must not touch HOME"


def test_self_check_names_a_missing_data_file_and_fails(tmp_path: Path) -> None:
    # A build that lost justext's stoplists (the cleaner would quietly keep site chrome):
    # a copy of justext without them, found first on the path.
    import justext

    broken = tmp_path / "broken" / "justext"
    shutil.copytree(
        Path(justext.__file__).parent, broken,
        ignore=shutil.ignore_patterns("stoplists", "__pycache__"),
    )  # fmt: skip
    env = private_env(tmp_path, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(broken.parent))
    result = subprocess.run(
        [*kliping_command(), "--self-check"], env=env,
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "FAIL  data files: justext's stoplists are missing" in result.stdout
    assert "Self-check failed." in result.stdout


# -- one window per library --------------------------------------------------------------


def test_open_with_kliping_while_it_runs_saves_the_page_in_the_open_window(
    tmp_path: Path,
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = private_env(tmp_path, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime))
    errors = tmp_path / "window.stderr"
    with errors.open("wb") as stderr:
        window = subprocess.Popen(
            kliping_command(), env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )
    try:
        wait_for(lambda: any(runtime.glob("kliping-*")) or window.poll() is not None, 60,
                 "the window to listen for later launches")  # fmt: skip
        assert window.poll() is None, errors.read_text()
        downloads = tmp_path / "downloads"
        downloads.mkdir()
        page = ROOT / "tests" / "data" / "pages" / "en-harbourledger-solar.html"
        shutil.copyfile(page, downloads / "solar.html")

        # What the desktop runs for "Open with Kliping": the command with a relative path.
        started = time.monotonic()
        second = subprocess.run(
            [*kliping_command(), "solar.html"], cwd=downloads, env=env,
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 30

        def saved_titles() -> list[str]:
            listed = subprocess.run(
                [*kliping_command(), "list", "--json"], env=env,
                capture_output=True, text=True, timeout=60, check=False,
            )  # fmt: skip
            return [a["title"] for a in json.loads(listed.stdout or "[]")]

        wait_for(lambda: saved_titles() != [], 60, "the open window to save the page")
        assert saved_titles() == ["Council approves floating solar farm on Millbrook reservoir"]
        assert window.poll() is None, "the first window must keep running"
    finally:
        window.terminate()
        window.wait(timeout=30)
