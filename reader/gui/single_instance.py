"""One Kliping window per library: a second launch hands its arguments to the first.

"Open with Kliping" on a saved page, or a URL dropped on the launcher, starts a new
process. :class:`SingleInstance` lets that process find the window already open on the
same library (a QLocalServer keyed by the library folder), give it the URLs and files,
and exit 0; the window saves them and comes to the front.

The wire format is one line of UTF-8 JSON from the new launch, ``{"items": [...]}``
(file paths made absolute first, since the two processes may have different working
folders), answered by ``ok``. A socket file left behind by a crashed Kliping is removed
when nothing answers on it.
"""

from __future__ import annotations

import enum
import hashlib
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow

log = logging.getLogger(__name__)

#: How long a new launch waits for the running window (milliseconds).
TIMEOUT_MS = 3000
#: A hand-over larger than this is not Kliping's (bytes).
MAX_MESSAGE = 1_000_000
ACK = b"ok\n"


class Delivery(enum.Enum):
    """What happened to a hand-over."""

    DELIVERED = "delivered"  # the running window took the items
    NO_WINDOW = "no window"  # nobody listens: this process is the first
    NO_ANSWER = "no answer"  # something listens but did not acknowledge


def server_name(library_folder: Path) -> str:
    """The local server's name for a library folder (the same in every process of a user).

    On Unix it is a socket path in ``$XDG_RUNTIME_DIR`` (private to the user) when there
    is one, else a name Qt puts in the temporary folder.
    """
    try:
        folder = str(Path(library_folder).expanduser().resolve())
    except OSError:
        folder = str(library_folder)
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:16]
    name = f"kliping-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if sys.platform != "win32" and runtime and os.path.isdir(runtime):
        return os.path.join(runtime, name)
    return name


def absolute_items(items: Sequence[str], cwd: Path | None = None) -> list[str]:
    """URLs as they are; paths to existing files made absolute against ``cwd``."""
    base = cwd or Path.cwd()
    out = []
    for item in items:
        path = Path(item).expanduser()
        if "://" not in item and (base / path).exists():
            out.append(str((base / path).resolve()))
        else:
            out.append(item)
    return out


class SingleInstance(QObject):
    """The hand-over point for one library folder.

    Call :meth:`start` before opening the library: it returns True when a running
    window took the items (exit then), False when this process should open its window;
    in that case it listens, and later launches arrive as :attr:`items_received`.

    Signals:
        items_received(list): URLs and absolute file paths from a later launch (may be
            empty: the launch only asked for the window).
    """

    items_received = Signal(list)

    def __init__(self, library_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(library_folder)
        self.server: QLocalServer | None = None
        # Open connections by id(socket): the socket and what it sent before a newline.
        self._connections: dict[int, tuple[QLocalSocket, bytes]] = {}

    # -- the new launch -----------------------------------------------------------------

    def start(self, items: Sequence[str]) -> bool:
        """Hand ``items`` to a running window, or become the one that listens.

        Returns:
            True when a running window took the items.
        """
        delivery = self.send(items)
        if delivery is Delivery.DELIVERED:
            log.info("handed %d items to the running Kliping", len(items))
            return True
        if delivery is Delivery.NO_ANSWER:
            # Something holds the name but does not answer (a hung window). Do not take
            # the name from it; opening the library will say whether it is busy.
            log.warning("a Kliping on this library does not answer; not listening")
            return False
        self.listen()
        return False

    def send(self, items: Sequence[str], timeout_ms: int = TIMEOUT_MS) -> Delivery:
        """Send ``items`` to the window listening on this library, if any."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return Delivery.NO_WINDOW
        payload = json.dumps({"items": absolute_items(items)}).encode("utf-8") + b"\n"
        socket.write(payload)
        socket.flush()
        answer = b""
        while ACK not in answer:
            if not socket.waitForReadyRead(timeout_ms):
                break
            answer += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        return Delivery.DELIVERED if ACK in answer else Delivery.NO_ANSWER

    # -- the running window -------------------------------------------------------------

    def listen(self) -> bool:
        """Start the local server; returns False (and logs why) when it cannot."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
                log.warning("cannot listen on %s: %s", self.name, server.errorString())
                return False
            # A socket file with nobody behind it: left by a Kliping that crashed
            # (send() found no window). Remove it and take the name.
            log.info("removing the stale socket %s", self.name)
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("cannot listen on %s: %s", self.name, server.errorString())
                return False
        server.newConnection.connect(self._accept)
        self.server = server
        log.debug("listening on %s", self.name)
        return True

    def close(self) -> None:
        """Stop listening (the socket file goes with it) and drop open connections."""
        for socket, _ in self._connections.values():
            if shiboken6.isValid(socket):
                socket.readyRead.disconnect()
                socket.abort()
        self._connections.clear()
        if self.server is not None:
            self.server.close()
            self.server = None

    def _accept(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            # The server owns its sockets; a hand-over is rare, so they are left to go
            # with it rather than deleteLater()-ed: deleting them from their own signals
            # crashed PySide (a QLocalSocket emits disconnected() while being destroyed).
            key = id(socket)
            self._connections[key] = (socket, b"")
            socket.readyRead.connect(lambda k=key: self._read(k))
            if socket.bytesAvailable():
                self._read(key)

    def _read(self, key: int) -> None:
        if key not in self._connections:
            return
        socket, data = self._connections[key]
        data += bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            log.warning("ignoring an oversized hand-over (%d bytes)", len(data))
            del self._connections[key]
            socket.abort()
            return
        if b"\n" not in data:
            self._connections[key] = (socket, data)
            return
        del self._connections[key]
        try:
            message = json.loads(data.split(b"\n", 1)[0].decode("utf-8"))
            items = message["items"]
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise ValueError("items is not a list of strings")
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring a malformed hand-over: %s", exc)
            socket.abort()
            return
        socket.write(ACK)
        socket.flush()
        log.info("a new launch handed over %d items", len(items))
        self.items_received.emit(items)


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` un-minimised and ask the window manager to activate it."""
    from PySide6.QtCore import Qt

    window.show()
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.raise_()
    window.activateWindow()


def show_and_save(window: MainWindow, items: list[str]) -> None:
    """What a later launch asks of the open window: come forward and save its items."""
    bring_to_front(window)
    if items:
        window.save_items(items)
