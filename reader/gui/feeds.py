"""Feeds in the window: the Subscribe dialog, refreshing (by hand and on a timer) and the
commands of the sidebar's Feeds section.

Everything runs through the window's task runner: discovery and refreshes on the I/O
pool (they mostly wait on the network; the library serialises its own writes), and
their answers come back as plain values. New articles join the list without moving
the reader's place or closing the article being read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import KlipingError
from reader.core.feeds import Discovery, Feed, Feeds, OpmlImport, RefreshReport
from reader.core.library import ArticleFilter, Library
from reader.gui.changes import Changes, Notice
from reader.gui.dialogs import clipboard_urls
from reader.gui.i18n import QT_TRANSLATE_NOOP
from reader.gui.messages import describe
from reader.gui.tasks import Cancelled, Task, TaskContext, TaskRunner

log = logging.getLogger(__name__)

#: How often the window looks for feeds that are due (their own interval decides).
CHECK_MS = 60_000
#: The first look, soon after the window opens ("at start when due").
FIRST_CHECK_MS = 4_000

WATCH_EXPLAINED = QT_TRANSLATE_NOOP(
    "SubscribeDialog",
    "This page names no feed. Kliping can watch the page itself: at each refresh, new "
    "links on it that look like articles are saved. This is a page watch, not a feed; "
    "it may miss stories or pick up a few pages that are not articles.",
)


class SubscribeDialog(QDialog):
    """Paste a site's or a feed's address; pick among the feeds found; or watch the page.

    The dialog asks the task runner to find the feeds and shows what came back; it
    writes nothing itself. ``chosen()`` says what to subscribe to after ``accepted``.
    """

    def __init__(
        self, runner: TaskRunner, feeds: Feeds, folders: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.feeds = feeds
        self.discovery: Discovery | None = None
        self.watch = False
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Subscribe"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.address = QLineEdit(self)
        self.address.setAccessibleName(self.tr("Site or feed address"))
        self.address.setPlaceholderText(self.tr("https://www.example.com/ or a feed's address"))
        found = clipboard_urls()
        if found:
            self.address.setText(found[0])
            self.address.selectAll()
        self.find_button = QPushButton(self.tr("&Find Feeds"), self)
        self.find_button.clicked.connect(self.find_feeds)
        row.addWidget(self.address, 1)
        row.addWidget(self.find_button)
        label = QLabel(self.tr("&Address:"), self)
        label.setBuddy(self.address)
        form.addRow(label, row)
        self.folder = QComboBox(self)
        self.folder.setEditable(True)
        self.folder.addItems(["", *folders])
        self.folder.setAccessibleName(self.tr("Folder"))
        line = self.folder.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("No folder"))
        form.addRow(self.tr("F&older:"), self.folder)
        layout.addLayout(form)
        self.status = QLabel(self.tr("Paste a site's address: Kliping finds its feeds."), self)
        self.status.setWordWrap(True)
        self.status.setObjectName("subscribeStatus")
        layout.addWidget(self.status)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Feeds found"))
        self.results.hide()
        layout.addWidget(self.results)
        self.full_text = QCheckBox(
            self.tr("The feed carries whole articles (fetch no pages)"), self
        )
        layout.addWidget(self.full_text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.watch_button = buttons.addButton(
            self.tr("&Watch This Page"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.watch_button.hide()
        self.watch_button.clicked.connect(self._choose_watch)
        self.subscribe_button = buttons.addButton(
            self.tr("&Subscribe"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.subscribe_button.setEnabled(False)
        self.subscribe_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.address.returnPressed.connect(self.find_feeds)
        self.address.textChanged.connect(self._address_changed)
        self.results.itemChanged.connect(lambda _item: self._update_buttons())
        self.finished.connect(self._cancel)

    def _address_changed(self) -> None:
        self.discovery = None
        self.results.clear()
        self.results.hide()
        self.watch_button.hide()
        self._update_buttons()

    def find_feeds(self) -> None:
        """Look for the feeds at the address (on the I/O pool)."""
        url = self.address.text().strip()
        if not url:
            return
        if "://" not in url:
            url = "https://" + url
            self.address.setText(url)
        self._cancel()
        self.status.setText(self.tr("Looking for feeds at {url}…").format(url=url))
        self.find_button.setEnabled(False)
        feeds = self.feeds
        self._task = self.runner.io(
            lambda ctx: feeds.discover(url, ctx.cancel), done=self._found, failed=self._failed
        )

    def _cancel(self, *_args: object) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _found(self, found: Discovery) -> None:
        self._task = None
        self.find_button.setEnabled(True)
        self.discovery = found
        self.results.clear()
        if not found.feeds:
            self.status.setText(self.tr(WATCH_EXPLAINED))
            self.results.hide()
            self.full_text.hide()
            self.watch_button.show()
            self._update_buttons()
            self.adjustSize()
            return
        many = len(found.feeds) > 1
        count = len(found.feeds)
        self.status.setText(
            self.tr("%Ln feeds found; tick the ones to subscribe to.", "", count)
            if many else self.tr("Found this feed:")
        )  # fmt: skip
        for n, feed in enumerate(found.feeds):
            item = QListWidgetItem(
                self.tr("{title}  —  %Ln items, {format}", "", feed.items).format(
                    title=feed.title, format=feed.format.upper())
            )  # fmt: skip
            item.setToolTip(feed.url)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if n == 0 else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, n)
            self.results.addItem(item)
        self.results.setVisible(True)
        self.full_text.show()
        self.results.setMaximumHeight(28 * min(6, len(found.feeds)) + 8)
        self.watch_button.hide()
        self._update_buttons()
        self.adjustSize()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.find_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            return
        self.status.setText(describe(exc))

    def _choose_watch(self) -> None:
        self.watch = True
        self.accept()

    def _update_buttons(self) -> None:
        self.subscribe_button.setEnabled(bool(self.chosen_feeds()))

    def chosen_feeds(self) -> list[Any]:
        """The found feeds that are ticked."""
        if self.discovery is None:
            return []
        picked = []
        for i in range(self.results.count()):
            item = self.results.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                picked.append(self.discovery.feeds[int(item.data(Qt.ItemDataRole.UserRole))])
        return picked

    def page_url(self) -> str:
        """The page to watch (when the reader chose a page watch)."""
        if self.discovery is not None and self.discovery.page_url:
            return self.discovery.page_url
        return self.address.text().strip()


class FeedPropertiesDialog(QDialog):
    """A subscription's title, folder, refresh interval, expiry and full-text choice."""

    def __init__(self, feed: Any, folders: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.setWindowTitle(self.tr("{feed} — Properties").format(feed=feed.display_title))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(feed.title, self)
        self.title.setAccessibleName(self.tr("Title"))
        form.addRow(self.tr("&Title:"), self.title)
        address = QLabel(feed.url + ("  (a page watch, not a feed)" if feed.is_watch else ""))
        address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Address:"), address)
        self.folder = QComboBox(self)
        self.folder.setEditable(True)
        self.folder.addItems(["", *folders])
        self.folder.setEditText(feed.folder)
        form.addRow(self.tr("F&older:"), self.folder)
        self.interval = QSpinBox(self)
        self.interval.setRange(0, 7 * 24 * 60)
        self.interval.setSpecialValueText(self.tr("Default (every 60 minutes)"))
        self.interval.setSuffix(self.tr(" minutes"))
        self.interval.setValue(feed.interval_minutes or 0)
        form.addRow(self.tr("&Refresh every:"), self.interval)
        self.keep = QSpinBox(self)
        self.keep.setRange(0, 36500)
        self.keep.setSpecialValueText(self.tr("Keep everything"))
        self.keep.setSuffix(self.tr(" days"))
        self.keep.setValue(feed.keep_days or 0)
        self.keep.setToolTip(
            self.tr("Read articles older than this are deleted; favourites, tagged and "
                    "highlighted articles are always kept.")
        )  # fmt: skip
        form.addRow(self.tr("Delete &read articles after:"), self.keep)
        self.full_text = QCheckBox(
            self.tr("The feed carries whole articles (fetch no pages)"), self
        )
        self.full_text.setChecked(feed.full_text)
        self.full_text.setVisible(not feed.is_watch)
        form.addRow("", self.full_text)
        if feed.error:
            error = QLabel(self.tr("Last refresh failed: {reason}").format(reason=feed.error), self)
            error.setWordWrap(True)
            form.addRow("", error)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, Any]:
        """What ``Feeds.edit`` is to be given."""
        return {
            "title": self.title.text(), "folder": self.folder.currentText(),
            "interval": self.interval.value(), "keep_days": self.keep.value(),
            "full_text": self.full_text.isChecked(),
        }  # fmt: skip


class FeedsController(QObject):
    """The window's feed commands: subscribe, refresh (by hand and when due), mark read,
    unsubscribe. It holds no window: it reports what changed, and each part of the window
    refreshes itself from that.

    Args:
        lib: The library the feeds save into.
        runner: The task runner the jobs go through.
        parent: The widget the dialogs and menus open over.
        subscriptions: The subscriptions the sidebar shows (for the folders offered, the
            feeds of a folder, a feed's properties).

    Signals:
        changed(Changes): What a command changed (subscriptions, new articles, flags).
        failed(object): An expected failure (a core error or its words), for the window's
            one door.
        noticed(Notice): A confirmation ("Subscribed to …", a refresh's summary).
        status(str): The refresh's progress for the status bar; "" when it is over.
    """

    changed = Signal(object)
    failed = Signal(object)
    noticed = Signal(object)
    status = Signal(str)

    def __init__(
        self,
        lib: Library,
        runner: TaskRunner,
        *,
        parent: QWidget,
        subscriptions: Callable[[], Mapping[int, Feed]],
    ) -> None:
        super().__init__(parent)
        self.lib = lib
        self.runner = runner
        self._parent = parent
        self._subscriptions = subscriptions
        self.feeds = Feeds(lib)
        self.refreshing: Task | None = None
        self.stopped = False
        self.dialog: SubscribeDialog | None = None
        self.properties_dialog: FeedPropertiesDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.refresh_due)
        self.first = QTimer(self, singleShot=True, interval=FIRST_CHECK_MS)
        self.first.timeout.connect(self.refresh_due)

    def start(self) -> None:
        """Refresh due feeds now and then while the window is open."""
        if self.lib.read_only:
            return
        self.first.start()
        self.timer.start()

    def stop(self) -> None:
        """No more refreshes (the window is closing); a running one is cancelled."""
        self.stopped = True
        self.timer.stop()
        self.first.stop()
        if self.refreshing is not None:
            self.refreshing.cancel()

    def _folders(self) -> list[str]:
        return sorted({f.folder for f in self._subscriptions().values() if f.folder})

    def _notice(self, text: str) -> None:
        self.noticed.emit(Notice(text))

    # -- subscribing ------------------------------------------------------------------------

    def subscribe(self) -> None:
        """The Subscribe dialog."""
        dialog = SubscribeDialog(self.runner, self.feeds, self._folders(), self._parent)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._subscribe(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _subscribe(self, dialog: SubscribeDialog) -> None:
        folder = dialog.folder.currentText().strip()
        full_text = dialog.full_text.isChecked()
        feeds = self.feeds
        if dialog.watch:
            url = dialog.page_url()

            def watch(ctx: TaskContext) -> list[Any]:
                return [feeds.watch(url, folder=folder, cancel=ctx.cancel)]

            self.runner.io(watch, done=self._subscribed)
            return
        chosen = dialog.chosen_feeds()

        def job(ctx: TaskContext) -> list[Any]:
            return [
                feeds.subscribe(f.url, title=f.title, site_url=f.site_url, folder=folder,
                                full_text=full_text)
                for f in chosen
            ]  # fmt: skip

        self.runner.write(job, done=self._subscribed)

    def _subscribed(self, added: list[Any]) -> None:
        if self.stopped:
            return
        names = ", ".join(f.display_title for f in added)
        if added and added[0].is_watch:
            text = self.tr("Watching the page {names}. Fetching its articles…")
        else:
            text = self.tr("Subscribed to {names}. Fetching its articles…")
        self._notice(text.format(names=names))
        self.changed.emit(Changes(feeds=True))
        self.refresh([f.id for f in added])

    # -- refreshing -------------------------------------------------------------------------

    def refresh_all(self) -> None:
        """Refresh every feed now (F5)."""
        self.refresh(None)

    def refresh_due(self) -> None:
        """The timer: refresh the feeds whose time has come, if any and none is running."""
        if self.refreshing is not None or self.lib.read_only or self.stopped:
            return
        feeds = self.feeds

        def done(due: list[Any]) -> None:
            if due and self.refreshing is None:
                self.refresh([f.id for f in due], quiet=True)

        self.runner.io(lambda ctx: feeds.due(), done=done, key="feeds-due")

    def refresh(self, ids: list[int] | None, *, quiet: bool = False) -> None:
        """Refresh these feeds (all when None) on the I/O pool, with progress."""
        if self.stopped:
            return
        if self.refreshing is not None:
            if not quiet:
                self._notice(self.tr("Feeds are being refreshed already."))
            return
        feeds = self.feeds
        self.status.emit(self.tr("Refreshing feeds…"))

        def job(ctx: TaskContext) -> RefreshReport:
            return feeds.refresh(
                ids, cancel=ctx.cancel,
                progress=lambda done, total, report: ctx.progress((done, total, report.line)),
            )  # fmt: skip

        def progress(value: tuple[int, int, str]) -> None:
            done, total, _line = value
            self.status.emit(
                self.tr("Refreshing feeds… {done} of %Ln", "", total).format(
                    done=QLocale().toString(done))
            )  # fmt: skip
            self.changed.emit(Changes(counts=True))

        self.refreshing = self.runner.io(
            job, progress=progress,
            done=lambda report: self._refreshed(report, quiet),
            failed=self._refresh_failed,
        )  # fmt: skip

    def _refreshed(self, report: RefreshReport, quiet: bool) -> None:
        self.refreshing = None
        if self.stopped:
            return
        self.status.emit("")
        new_ids = tuple(i for f in report.feeds for i in f.article_ids)
        self.changed.emit(Changes(articles=new_ids, arrived=bool(new_ids), feeds=True))
        failed = report.failed
        if failed:
            names = "; ".join(f"{f.title or f.url}: {f.error}" for f in failed[:3])
            if len(failed) > 3:
                names = self.tr("{feeds} (and %n more)", "", len(failed) - 3).format(feeds=names)
            self.failed.emit(f"{self._summary(report)} {names}")
        elif not quiet or report.new:
            self._notice(self._summary(report))

    def _summary(self, report: RefreshReport) -> str:
        """Feeds read, new articles, failures: one line in the window's language."""
        read = sum(1 for f in report.feeds if f.status in ("ok", "not-modified"))
        total, new, failed = len(report.feeds), report.new, len(report.failed)
        text = self.tr("{read} of %Ln feeds read", "", total).format(read=QLocale().toString(read))
        parts = [text, self.tr("%Ln new articles", "", new)]
        if failed:
            parts.append(self.tr("%Ln failed", "", failed))
        return QLocale().createSeparatedList(parts) + "."

    def _refresh_failed(self, exc: BaseException) -> None:
        self.refreshing = None
        self.status.emit("")
        if isinstance(exc, KlipingError) and not isinstance(exc, Cancelled):
            self.failed.emit(exc)

    # -- OPML -------------------------------------------------------------------------------

    def import_opml(self) -> None:
        """Subscribe to the feeds of an OPML file (folders kept), then fetch them."""
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import subscriptions"),
            "",
            self.tr("OPML ({patterns});;All files (*)").format(patterns="*.opml *.xml"),
        )
        if not path:
            return
        feeds = self.feeds

        def done(result: OpmlImport) -> None:
            added, there = len(result.added), len(result.existing)
            text = self.tr("Subscribed to %Ln feeds.", "", added)
            if there:
                text = self.tr("Subscribed to {feeds} (%Ln already there).", "", there).format(
                    feeds=self.tr("%Ln feeds", "", added)
                )
            if result.without_password:
                text += " " + self.tr(
                    "%Ln of them had a password in the address, which Kliping does not keep: "
                    "subscribed without it.", "", len(result.without_password),
                )  # fmt: skip
            self._notice(text)
            self.changed.emit(Changes(feeds=True))
            if result.added:
                self.refresh([f.id for f in result.added])

        self.runner.write(lambda ctx: feeds.import_opml(path), done=done)

    def export_opml(self) -> None:
        """Save every subscription as OPML."""
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export subscriptions"),
            "kliping-subscriptions.opml",
            self.tr("OPML ({patterns})").format(patterns="*.opml"),
        )
        if not path:
            return
        feeds = self.feeds

        def job(ctx: TaskContext) -> int:
            text = feeds.export_opml()
            try:
                Path(path).write_text(text, encoding="utf-8")
            except OSError as exc:
                raise KlipingError(
                    f"Could not write {path}: {exc.strerror or exc}.",
                    reason="write-failed",
                    file=str(path),
                ) from exc
            return len(feeds.list())

        self.runner.io(
            job,
            done=lambda n: self._notice(
                self.tr("Exported %Ln subscriptions to {file}.", "", n).format(file=path)
            ),
        )

    # -- the sidebar's commands ---------------------------------------------------------------

    def menu(self, key: str, where: QPoint) -> None:
        """The context menu of a feed, a folder or the Feeds section."""
        menu = QMenu(self._parent)
        kind, _, name = key.partition(":")
        if kind == "feed":
            feed_id = int(name)
            menu.addAction(self.tr("Refresh"), lambda: self.refresh([feed_id]))
            menu.addAction(self.tr("Mark All Read"), lambda: self.mark_read(feed=feed_id))
            menu.addAction(self.tr("Properties…"), lambda: self.properties(feed_id))
            menu.addSeparator()
            menu.addAction(self.tr("Unsubscribe…"), lambda: self.unsubscribe(feed_id))
        elif kind == "folder":
            ids = [f.id for f in self._subscriptions().values() if f.folder == name]
            menu.addAction(self.tr("Refresh Folder"), lambda: self.refresh(ids))
            menu.addAction(self.tr("Mark All Read"), lambda: self.mark_read(folder=name))
        else:
            menu.addAction(self.tr("Subscribe…"), self.subscribe)
            menu.addAction(self.tr("Refresh All Feeds"), self.refresh_all)
        menu.exec(where)

    def mark_read(self, *, feed: int | None = None, folder: str | None = None) -> None:
        """Mark every article of a feed or folder read."""
        lib = self.lib

        def job(ctx: TaskContext) -> list[int]:
            ids = [a.id for a in lib.list(ArticleFilter(is_read=False, feed=feed, folder=folder))]
            if ids:
                lib.mark(ids, read=True)
            return ids

        def done(ids: list[int]) -> None:
            n = len(ids)
            self._notice(self.tr("Marked %n article(s) read.", "", n))
            self.changed.emit(Changes(articles=tuple(ids), flags={"is_read": True}, counts=True))

        self.runner.write(job, done=done)

    def properties(self, feed_id: int) -> None:
        """Edit a subscription: title, folder, interval, expiry, full text."""
        feed = self._subscriptions().get(feed_id)
        if feed is None:
            return
        dialog = FeedPropertiesDialog(feed, self._folders(), self._parent)
        self.properties_dialog = dialog
        feeds = self.feeds

        def saved(changed: Any) -> None:
            self.changed.emit(Changes(feeds=True))
            self._notice(
                self.tr("Saved the properties of {feed}.").format(feed=changed.display_title)
            )

        def save() -> None:
            changes = dialog.changes()
            self.runner.write(lambda ctx: feeds.edit(feed_id, **changes), done=saved)

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def unsubscribe(self, feed_id: int) -> None:
        """Unsubscribe after asking (the articles stay)."""
        feed = self._subscriptions().get(feed_id)
        if feed is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Unsubscribe"),
            self.tr("Unsubscribe from {feed}? The %n article(s) already saved stay in the "
                    "library.", "", feed.total).format(feed=feed.display_title),
            QMessageBox.StandardButton.Cancel, self._parent,
        )  # fmt: skip
        yes = box.addButton(self.tr("Unsubscribe"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(yes)
        feeds = self.feeds

        def answered() -> None:
            if box.clickedButton() is yes:
                self.runner.write(
                    lambda ctx: feeds.remove([feed_id]),
                    done=lambda gone: self._unsubscribed(gone),
                )

        box.finished.connect(answered)
        box.open()

    def _unsubscribed(self, gone: list[Any]) -> None:
        self.changed.emit(Changes(feeds=True, feeds_gone=tuple(f.id for f in gone)))
        self._notice(
            self.tr("Unsubscribed from {feed}; its articles stay.").format(
                feed=gone[0].display_title
            )
        )
