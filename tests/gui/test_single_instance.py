"""A second launch hands its URLs and files to the window already open on the library.

The second launch runs in its own process, as it does when a desktop starts Kliping
again ("Open with Kliping", a URL dropped on the launcher); the running side is the
test, whose event loop answers while pytest-qt waits for the signal.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader.gui.single_instance import Delivery, SingleInstance, server_name, show_and_save

ROOT = Path(__file__).resolve().parents[2]

SECOND_LAUNCH = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from reader.gui.single_instance import SingleInstance
    handed = SingleInstance(Path(sys.argv[1])).start(sys.argv[2:])
    sys.exit(0 if handed else 3)
    """
)


@pytest.fixture(autouse=True)
def _runtime_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Sockets go to a private runtime folder, as $XDG_RUNTIME_DIR is on a desktop."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return runtime


def second_launch(library: Path, *items: str, cwd: Path) -> subprocess.Popen[bytes]:
    """Start a new launch, as the desktop would, handing over ``items``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-c", SECOND_LAUNCH, str(library), *items], cwd=cwd, env=env
    )


def test_second_launch_hands_url_and_file_to_the_running_window(qtbot, tmp_path: Path) -> None:
    library = tmp_path / "library"
    running = SingleInstance(library)
    assert running.start([]) is False  # the first launch keeps its window
    elsewhere = tmp_path / "downloads"
    elsewhere.mkdir()
    (elsewhere / "page.html").write_text("<html><body><p>Saved page</p></body></html>")

    with qtbot.waitSignal(running.items_received, timeout=15000) as received:
        launch = second_launch(
            library, "https://example.com/news/story", "page.html", cwd=elsewhere
        )
    assert launch.wait(timeout=15) == 0, "the second launch should exit 0 once handed over"
    # The relative path is resolved where the second launch ran, not in the window's folder.
    assert received.args == [
        ["https://example.com/news/story", str((elsewhere / "page.html").resolve())]
    ]
    running.close()


def test_a_launch_on_another_library_starts_its_own_window(qtbot, tmp_path: Path) -> None:
    running = SingleInstance(tmp_path / "library")
    assert running.start([]) is False
    other = SingleInstance(tmp_path / "other-library")
    assert other.send(["https://example.com/"]) is Delivery.NO_WINDOW
    assert server_name(tmp_path / "library") != server_name(tmp_path / "other-library")
    running.close()


def test_the_same_folder_by_another_path_is_the_same_library(tmp_path: Path) -> None:
    (tmp_path / "library").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "library")
    assert server_name(tmp_path / "link") == server_name(tmp_path / "library")
    assert server_name(tmp_path / "library" / ".." / "library") == server_name(tmp_path / "library")


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket files")
def test_a_socket_left_by_a_crashed_kliping_is_taken_over(qtbot, tmp_path: Path) -> None:
    library = tmp_path / "library"
    stale = server_name(library)
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(stale)  # what a killed Kliping leaves behind: a socket file, no listener
    dead.close()
    assert Path(stale).exists()

    running = SingleInstance(library)
    assert running.start([]) is False
    with qtbot.waitSignal(running.items_received, timeout=15000) as received:
        launch = second_launch(library, "https://example.com/a", cwd=tmp_path)
    assert launch.wait(timeout=15) == 0
    assert received.args == [["https://example.com/a"]]
    running.close()


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket files")
def test_garbage_on_the_socket_is_ignored_and_the_window_keeps_listening(
    qtbot, tmp_path: Path
) -> None:
    library = tmp_path / "library"
    running = SingleInstance(library)
    running.start([])
    got: list[list[str]] = []
    running.items_received.connect(got.append)
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(server_name(library))
    client.sendall(b"this is not json\n")
    client.settimeout(10)
    chunks = []
    qtbot.waitUntil(lambda: not running._connections, timeout=5000)  # read and dropped
    qtbot.wait(50)
    try:
        chunks.append(client.recv(100))
    except OSError:
        pass
    client.close()
    assert b"ok" not in b"".join(chunks)
    assert got == []

    with qtbot.waitSignal(running.items_received, timeout=15000) as received:
        launch = second_launch(library, cwd=tmp_path)
    assert launch.wait(timeout=15) == 0
    assert received.args == [[]]  # a bare second launch: just bring the window forward
    running.close()


def test_the_window_comes_forward_and_saves_what_was_handed_over(qtbot, window) -> None:
    page = ROOT / "tests" / "data" / "pages" / "id-kabarniaga-cabai.html"
    before = window.lib.count()
    window.showMinimized()
    show_and_save(window, [str(page)])
    assert not window.isMinimized()
    qtbot.waitUntil(lambda: window.lib.count() == before + 1, timeout=30000)
