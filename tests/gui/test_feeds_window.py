"""Feeds in the window: subscribe, the sidebar's Feeds section, refresh, new articles
arriving while the reader reads."""

from __future__ import annotations

from gui_kit import make_window, screenshot
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from reader.core.feeds import Feeds
from reader.gui.changes import Changes
from reader.gui.feeds import FeedsController
from reader.gui.tasks import TaskRunner

try:
    from tests.feeds_kit import NewsSite
except ImportError:  # tests/ is not a package
    from feeds_kit import NewsSite  # type: ignore[no-redef]


def _sidebar_item(win, key):
    return win.sidebar._items.get(key)


def _wait_idle(qtbot, win, timeout=30000):
    qtbot.waitUntil(lambda: win.feeds.refreshing is None and win.runner.pending == 0,
                    timeout=timeout)  # fmt: skip


def test_subscribe_to_a_site_pick_its_feeds_and_read_them(
    qtbot, empty_library, tmp_path, http_server
) -> None:
    site = NewsSite(http_server, "warta")
    site.add_stories(4)
    home = site.home(
        [(site.rss(), "application/rss+xml", "Berita"), (site.json_feed(), "application/json", "J")]
    )
    win = make_window(qtbot, empty_library, tmp_path)
    QGuiApplication.clipboard().setText(home)
    qtbot.keyClick(
        win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = win.feeds.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.address.text() == home  # from the clipboard
    dialog.folder.setEditText("Ekonomi")
    dialog.find_feeds()
    qtbot.waitUntil(lambda: dialog.results.count() == 2, timeout=15000)
    assert "2 feeds found" in dialog.status.text()
    assert [f.title for f in dialog.chosen_feeds()] == ["Warta Ledger"]  # the first is ticked
    screenshot(dialog, "feeds-subscribe-dialog")
    dialog.subscribe_button.click()
    qtbot.waitUntil(lambda: _sidebar_item(win, "folder:Ekonomi") is not None, timeout=15000)
    _wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: win.model.rowCount() == 4, timeout=15000)
    folder = _sidebar_item(win, "folder:Ekonomi")
    feed = _sidebar_item(win, "feed:1")
    assert feed.parent() is folder
    assert feed.text(0) == "Warta Ledger" and feed.text(1) == "4"
    assert folder.text(1) == "4"
    screenshot(win, "feeds-sidebar")
    # Limiting the list to the feed, then mark all read.
    win.sidebar.select("feed:1")
    qtbot.waitUntil(lambda: not win.model.loading and win.model.rowCount() == 4)
    assert win.list_header.text() == "Warta Ledger"
    win.feeds.mark_read(feed=1)
    qtbot.waitUntil(lambda: _sidebar_item(win, "feed:1").text(1) == "", timeout=10000)
    qtbot.waitUntil(lambda: all(win.model.row_at(i).is_read for i in range(4)), timeout=5000)


def test_a_page_without_a_feed_offers_a_page_watch(qtbot, empty_library, tmp_path, http_server):
    site = NewsSite(http_server, "plain")
    site.add_stories(2)
    home = site.home()
    win = make_window(qtbot, empty_library, tmp_path)
    win.feeds.subscribe()
    dialog = win.feeds.dialog
    dialog.address.setText(home)
    dialog.find_feeds()
    qtbot.waitUntil(dialog.watch_button.isVisible, timeout=15000)
    assert "page watch, not a feed" in dialog.status.text()
    assert not dialog.subscribe_button.isEnabled()
    screenshot(dialog, "feeds-page-watch-offer")
    dialog.watch_button.click()
    qtbot.waitUntil(lambda: _sidebar_item(win, "feed:1") is not None, timeout=15000)
    _wait_idle(qtbot, win)
    assert Feeds(empty_library).get(1).is_watch
    assert "page watch" in _sidebar_item(win, "feed:1").toolTip(0)
    qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=10000)


def test_a_failing_feed_is_marked_with_its_reason(qtbot, empty_library, tmp_path, http_server):
    Feeds(empty_library).subscribe(http_server.url("/status/500"), title="Broken news")
    win = make_window(qtbot, empty_library, tmp_path)
    win.feeds.refresh_all()
    _wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "500" in (_sidebar_item(win, "feed:1").toolTip(0) or ""),
                    timeout=10000)  # fmt: skip
    item = _sidebar_item(win, "feed:1")
    assert not item.icon(0).isNull()
    shown = win.message_bar.label.text()
    assert "Broken news" in shown and "500" in shown
    screenshot(win, "feeds-error-mark")


def test_new_articles_arrive_without_moving_the_reader(
    qtbot, library, tmp_path, http_server
) -> None:
    site = NewsSite(http_server, "live")
    site.add_stories(14)
    feeds = Feeds(library)
    feed = feeds.subscribe(site.rss())
    feeds.refresh()
    win = make_window(qtbot, library, tmp_path)
    rows = win.model.rowCount()
    win.list.scrollTo(win.model.index(8), win.list.ScrollHint.PositionAtTop)
    win.list.setCurrentIndex(win.model.index(9))
    qtbot.waitUntil(lambda: win.view.article is not None, timeout=10000)
    reading = win.view.article.id
    top_before = win.list.indexAt(win.list.viewport().rect().topLeft()).row()
    first_visible = win.model.row_at(top_before).id
    site.add_stories(3, start=14)
    site.rss()
    win.feeds.refresh([feed.id])
    _wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: win.model.rowCount() == rows + 3, timeout=10000)
    assert win.view.article is not None and win.view.article.id == reading  # still open
    assert win.current_id() == reading
    top_after = win.list.indexAt(win.list.viewport().rect().topLeft()).row()
    assert win.model.row_at(top_after).id == first_visible  # the view did not move
    assert {win.model.row_at(i).title for i in range(3)} == {s.title for s in site.stories[14:]}


def test_due_feeds_refresh_by_themselves(qtbot, empty_library, tmp_path, http_server) -> None:
    site = NewsSite(http_server, "auto")
    site.add_stories(2)
    Feeds(empty_library).subscribe(site.rss())
    win = make_window(qtbot, empty_library, tmp_path)
    assert win.feeds.timer.isActive()
    win.feeds.refresh_due()  # what the timer does
    qtbot.waitUntil(lambda: win.lib.count() == 2, timeout=20000)
    _wait_idle(qtbot, win)
    assert Feeds(empty_library).due() == []  # not due again for an hour
    win.feeds.refresh_due()
    _wait_idle(qtbot, win)
    assert win.lib.count() == 2


def test_an_article_saved_from_its_feeds_text_says_so(
    qtbot, empty_library, tmp_path, http_server
) -> None:
    site = NewsSite(http_server, "pay")
    stories = site.add_stories(1)
    http_server.set(f"/pay/articles/{stories[0].slug}.html", "Subscribers only", status=403)
    Feeds(empty_library).subscribe(site.rss(content=True))
    Feeds(empty_library).refresh()
    win = make_window(qtbot, empty_library, tmp_path)
    win.list.setCurrentIndex(win.model.index(0))
    qtbot.waitUntil(lambda: win.view.article is not None, timeout=10000)
    text = win.view.toPlainText()
    assert "could not be fetched" in text and "text its feed carried" in text
    assert stories[0].text_marker() in text


def test_feed_properties_set_the_interval_and_expiry(qtbot, empty_library, tmp_path, http_server):
    feed = Feeds(empty_library).subscribe(http_server.url("/f.xml"), title="Old")
    win = make_window(qtbot, empty_library, tmp_path)
    qtbot.waitUntil(lambda: _sidebar_item(win, f"feed:{feed.id}") is not None, timeout=10000)
    win.feeds.properties(feed.id)
    dialog = win.feeds.properties_dialog
    dialog.title.setText("New title")
    dialog.folder.setEditText("World")
    dialog.interval.setValue(15)
    dialog.keep.setValue(30)
    screenshot(dialog, "feeds-properties")
    dialog.accept()
    qtbot.waitUntil(lambda: _sidebar_item(win, "folder:World") is not None, timeout=10000)
    saved = Feeds(empty_library).get(feed.id)
    assert (saved.title, saved.folder, saved.interval_minutes, saved.keep_days) == (
        "New title", "World", 15, 30,
    )  # fmt: skip


def test_searching_in_a_feed_or_folder_searches_its_articles(
    qtbot, library, tmp_path, http_server
) -> None:
    site = NewsSite(http_server, "scope")
    stories = site.add_stories(3)
    feeds = Feeds(library)
    feed = feeds.subscribe(site.rss(), folder="Lokal")
    feeds.refresh()
    word = "reservoir"  # in the feed's stories and in the library's own Harbour Ledger page
    assert library.search(word).total > library.search(f"feed:{feed.id} {word}").total > 0
    win = make_window(qtbot, library, tmp_path)
    qtbot.waitUntil(lambda: _sidebar_item(win, "folder:Lokal") is not None, timeout=10000)
    for key in (f"feed:{feed.id}", "folder:Lokal"):
        win.sidebar.select(key)
        qtbot.waitUntil(lambda: not win.model.loading)
        win.search.setText(word)
        win._search(word)
        qtbot.waitUntil(lambda: win.model.query and not win.model.loading, timeout=10000)
        ids = {win.model.row_at(i).id for i in range(win.model.rowCount())}
        mine = {a.id for a in library.list() if a.title in {s.title for s in stories}}
        assert ids and ids <= mine, key
        assert win.list_header.text().endswith(f"for “{word}” in {win.sidebar.label_of(key)}")


def test_the_feed_commands_report_what_changed_and_hold_no_window(
    qtbot, empty_library, http_server
) -> None:
    site = NewsSite(http_server, "ops")
    site.add_stories(3)
    feed = Feeds(empty_library).subscribe(site.rss(), folder="News")
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner()
    subscriptions = {f.id: f for f in Feeds(empty_library).list()}
    controller = FeedsController(
        empty_library, runner, parent=parent, subscriptions=lambda: subscriptions
    )
    changes: list[Changes] = []
    status: list[str] = []
    notices: list[str] = []
    controller.changed.connect(changes.append)
    controller.status.connect(status.append)
    controller.noticed.connect(lambda notice: notices.append(notice.text))
    try:
        controller.refresh([feed.id])
        qtbot.waitUntil(lambda: controller.refreshing is None, timeout=20000)
        arrived = [c for c in changes if c.arrived]
        assert len(arrived) == 1 and arrived[0].feeds
        assert sorted(arrived[0].articles) == sorted(a.id for a in empty_library.list())
        assert len(arrived[0].articles) == 3
        assert status[0] and status[-1] == ""  # progress shown, then the window's own count
        assert notices and "3" in notices[-1]
        changes.clear()
        controller.mark_read(folder="News")
        qtbot.waitUntil(lambda: bool(changes), timeout=10000)
        assert changes[-1].flags == {"is_read": True} and changes[-1].counts
        assert sorted(changes[-1].articles) == sorted(arrived[0].articles)
        changes.clear()
        controller._unsubscribed([feed])
        assert changes[-1].feeds_gone == (feed.id,) and changes[-1].feeds
    finally:
        controller.stop()
        runner.shutdown()
    assert not hasattr(controller, "win")


def test_unsubscribing_from_the_feed_in_view_goes_back_to_all_articles(
    qtbot, empty_library, tmp_path, http_server
) -> None:
    site = NewsSite(http_server, "gone")
    site.add_stories(2)
    feeds = Feeds(empty_library)
    feed = feeds.subscribe(site.rss())
    feeds.refresh()
    win = make_window(qtbot, empty_library, tmp_path)
    qtbot.waitUntil(lambda: _sidebar_item(win, f"feed:{feed.id}") is not None, timeout=10000)
    win.sidebar.select(f"feed:{feed.id}")
    assert win.sidebar.current_key() == f"feed:{feed.id}"
    win.runner.write(lambda ctx: win.feeds.feeds.remove([feed.id]), done=win.feeds._unsubscribed)
    qtbot.waitUntil(lambda: _sidebar_item(win, f"feed:{feed.id}") is None, timeout=10000)
    assert win.sidebar.current_key() == "all"
    assert win.lib.count() == 2  # the articles stay
