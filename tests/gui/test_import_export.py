"""File → Import… and File → Export… run in the background with a progress row."""

from __future__ import annotations


def test_import_a_list_of_urls(qtbot, window, http_server, tmp_path):
    listing = tmp_path / "reading-list.txt"
    listing.write_text(
        http_server.url("/pages/ja-hokuriku-sake.html")
        + "\n"
        + http_server.url("/pages/zh-jiangnan-shuzi.html")
        + "\n"
        + window.model.row_at(0).url
        + "\n",  # already saved
        encoding="utf-8",
    )
    row = window.ops.import_file(str(listing))
    assert row is not None
    qtbot.waitUntil(lambda: row.finished, timeout=30000)
    assert row.state == "done", row.status.text()
    assert window.lib.count() == 8
    assert "2 saved" in row.status.text() and "1 already" in row.status.text()
    assert "Import of reading-list.txt" in window.message_bar.text
    qtbot.waitUntil(lambda: window.model.rowCount() == 8)


def test_export_the_selection_as_markdown(qtbot, window, tmp_path):
    window.list.setCurrentIndex(window.model.index(0))
    dest = tmp_path / "out"
    row = window.ops.export(("markdown", True, dest))
    assert row is not None
    qtbot.waitUntil(lambda: row.finished, timeout=30000)
    assert row.state == "done", row.status.text()
    files = [p for p in dest.rglob("*.md")]
    assert len(files) == 1
    assert window.model.row_at(0).title.split()[0] in files[0].read_text(encoding="utf-8")


def test_the_export_dialog_offers_every_format_the_core_writes(qtbot):
    from reader.core.exporters import FORMATS
    from reader.gui.dialogs import ExportDialog

    dialog = ExportDialog(2)
    qtbot.addWidget(dialog)
    offered = [dialog.fmt.itemData(i) for i in range(dialog.fmt.count())]
    assert offered == list(FORMATS)
    assert all(dialog.fmt.itemText(i) for i in range(dialog.fmt.count()))
