"""What the window's commands do to the library: save, flag, tag, delete (with undo),
re-fetch, re-clean, highlight, import and export.

Each command starts a job through the task runner and updates the window when the
answer comes back; nothing here blocks the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from reader.core.errors import KlipingError
from reader.core.library import Library, SaveResult
from reader.gui.article_view import locate
from reader.gui.dialogs import ExportDialog, TagsDialog, clipboard_urls
from reader.gui.i18n import translate
from reader.gui.messages import describe, import_summary
from reader.gui.save_panel import SaveRow
from reader.gui.tasks import Cancelled, TaskContext

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow

log = logging.getLogger(__name__)

UNDO_MS = 8000
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".mhtml")


class Operations:
    """The library commands of one window."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the window's language (context "Operations", as lupdate reads it)."""
        return translate("Operations", text, disambiguation, n)

    def __init__(self, win: MainWindow, lib: Library) -> None:
        self.win = win
        self.lib = lib
        self.undo_ms = UNDO_MS
        self._pending_delete: tuple[list[int], list[Any]] | None = None
        self._delete_timer = QTimer(win, singleShot=True)
        self._delete_timer.timeout.connect(self.commit_delete)

    # -- saving -------------------------------------------------------------------------

    def save_items(self, items: Sequence[str]) -> list[SaveRow]:
        """Save URLs and HTML files, each with its own progress row."""
        rows = []
        for item in items:
            item = item.strip()
            if not item:
                continue
            if item.lower().startswith(("http://", "https://")):
                rows.append(self._save(item, partial(self._save_url, item)))
            elif item.startswith("file:") or Path(item).suffix.lower() in PAGE_SUFFIXES:
                from PySide6.QtCore import QUrl

                path = QUrl(item).toLocalFile() if item.startswith("file:") else item
                rows.append(self._save(Path(path).name, partial(self._save_file, path)))
            else:
                self.win.show_error(
                    self.tr("Not a web address or an HTML file: {item}").format(item=item)
                )
        return rows

    def _save_url(self, url: str, ctx: TaskContext) -> SaveResult:
        return self.lib.save_url(url, progress=ctx.progress, cancel=ctx.cancel)

    def _save_file(self, path: str, ctx: TaskContext) -> SaveResult:
        return self.lib.save_file(path, progress=ctx.progress, cancel=ctx.cancel)

    def _refetch(self, article_id: int, ctx: TaskContext) -> SaveResult:
        return self.lib.refetch(article_id, progress=ctx.progress, cancel=ctx.cancel)

    def _reclean(self, article_id: int, ctx: TaskContext) -> SaveResult:
        return self.lib.reclean(article_id)

    def _save(self, label: str, job: Callable[[TaskContext], SaveResult]) -> SaveRow:
        row = self.win.save_panel.add(label)
        task = self.win.runner.io(
            job, progress=row.set_stage, done=lambda r: self._saved(row, r),
            failed=lambda exc: self._save_failed(row, exc, task.cancelled),
        )  # fmt: skip
        row.cancel_requested.connect(task.cancel)
        return row

    def _saved(self, row: SaveRow, result: SaveResult) -> None:
        row.set_title(result.title)
        if result.status == "duplicate":
            row.set_done(
                "duplicate",
                self.tr("Already in the library — not saved twice"),
                result.id,
            )
        else:
            again, missing = result.status == "refreshed", result.missing_images
            if missing and again:
                text = self.tr("Saved again · %n image(s) not saved", "", missing)
            elif missing:
                text = self.tr("Saved · %n image(s) not saved", "", missing)
            elif again:
                text = self.tr("Saved again")
            else:
                text = self.tr("Saved")
            row.set_done("saved", text, result.id)
            # Show the new article only when nothing is being read: a batch of saves
            # finishing must not pull the reader away from the article in front of them.
            idle = self.win.view.article is None
            self.win.library_changed(select=result.id if idle else None)
        self.win.save_panel.row_finished()

    def _save_failed(self, row: SaveRow, exc: BaseException, cancelled: bool) -> None:
        if cancelled or isinstance(exc, Cancelled):
            row.set_done("cancelled", self.tr("Cancelled"))
        else:
            row.set_done(
                "failed",
                self.tr("Failed: {reason}").format(reason=describe(exc))
                if isinstance(exc, KlipingError)
                else self.tr("Failed: a bug (see the log)"),
            )
        self.win.save_panel.row_finished()

    def paste_urls(self) -> None:
        """Save the addresses on the clipboard."""
        urls = clipboard_urls()
        if urls:
            self.save_items(urls)
        else:
            self.win.show_error(self.tr("The clipboard holds no web address to save."))

    # -- flags, tags --------------------------------------------------------------------

    def _targets(self) -> list[int]:
        return self.win.selected_ids()

    def _mark(self, ids: list[int], field: str, value: bool) -> None:
        row_field = {"read": "is_read", "favorite": "is_favorite", "archived": "is_archived"}
        self.win.model.update_rows(ids, **{row_field[field]: value})
        self.win.runner.write(
            lambda ctx: self.lib.mark(ids, **{field: value}),
            done=lambda _r: self.win.counts_changed(),
            failed=self._mark_failed,
        )  # fmt: skip
        self.win.update_actions()

    def _mark_failed(self, exc: BaseException) -> None:
        self.win.show_error(exc)
        self.win.model.reload()  # show the flags as they really are

    def _toggle(self, field: str, attr: str) -> None:
        ids = self._targets()
        if not ids:
            return
        # Like a mail client: if any selected article lacks the flag, set it on all.
        value = not all(getattr(r, attr) for r in self.win.model.rows_for(ids))
        self._mark(ids, field, value)

    def toggle_favorite(self) -> None:
        """Favourite / unfavourite the selection."""
        self._toggle("favorite", "is_favorite")

    def toggle_archived(self) -> None:
        """Archive / unarchive the selection."""
        self._toggle("archived", "is_archived")

    def toggle_read(self) -> None:
        """Mark the selection read / unread."""
        self._toggle("read", "is_read")

    def mark_read(self, article_id: int) -> None:
        """Mark one article read (opening it does this)."""
        self._mark([article_id], "read", True)

    def edit_tags(self) -> None:
        """Add or remove tags on the selection."""
        ids = self._targets()
        if not ids:
            return
        self.win.runner.io(
            lambda ctx: ([t for t, _n in self.lib.tags()],
                         sorted({t for r in self.lib.get_many(ids) for t in r.tags},
                                key=str.lower)),
            done=lambda known_current: self._tags_dialog(ids, *known_current),
        )  # fmt: skip

    def _tags_dialog(self, ids: list[int], known: list[str], current: list[str]) -> None:
        dialog = TagsDialog(known, current, self.win)
        self.win.tags_dialog = dialog  # tests reach the open dialog here
        dialog.accepted.connect(lambda: self._apply_tags(ids, dialog.added(), dialog.removed()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _apply_tags(self, ids: list[int], added: list[str], removed: list[str]) -> None:
        if not added and not removed:
            return

        def job(ctx: TaskContext) -> None:
            if added:
                self.lib.tag(ids, added)
            if removed:
                self.lib.untag(ids, removed)

        self.win.runner.write(job, done=lambda _r: self.win.tags_changed(ids))

    # -- delete with undo ---------------------------------------------------------------

    def delete_selected(self) -> None:
        """Take the selection out of the list now; delete it after the undo window."""
        ids = self._targets()
        if not ids:
            return
        self.commit_delete()
        removed = self.win.model.hide(ids)
        self._pending_delete = (ids, removed)
        self.win.article_removed(ids, removed[0][0] if removed else 0)
        n = len(ids)
        self.win.show_message(
            self.tr("Deleted %n article(s).", "", n),
            action=(self.tr("Undo"), self.undo_delete), timeout_ms=self.undo_ms,
        )  # fmt: skip
        self._delete_timer.start(self.undo_ms)

    def undo_delete(self) -> None:
        """Bring back the articles of the last delete."""
        self._delete_timer.stop()
        if self._pending_delete is None:
            return
        ids, removed = self._pending_delete
        self._pending_delete = None
        self.win.model.unhide(removed)
        self.win.select_id(ids[0])

    def commit_delete(self) -> None:
        """Delete for good what is waiting in the undo window (also on quit)."""
        self._delete_timer.stop()
        if self._pending_delete is None:
            return
        ids, _removed = self._pending_delete
        self._pending_delete = None

        def done(_n: object) -> None:
            self.win.model.forget_hidden(ids)
            self.win.counts_changed()

        self.win.runner.write(lambda ctx: self.lib.delete(ids), done=done)

    # -- re-fetch, re-clean ---------------------------------------------------------------

    def refetch(self) -> None:
        """Fetch the selected articles again, each with a progress row."""
        for article_id in self._targets():
            title = self._title(article_id)
            self._save(title, partial(self._refetch, article_id))

    def reclean(self) -> None:
        """Clean the selected articles' saved pages again (no network)."""
        for article_id in self._targets():
            self._save(self._title(article_id), partial(self._reclean, article_id))

    def _title(self, article_id: int) -> str:
        row = self.win.model.row_at(self.win.model.index_of(article_id).row())
        return row.title if row is not None else self.tr("Article {id}").format(id=article_id)

    # -- highlights -----------------------------------------------------------------------

    def highlight(self, with_note: bool = False) -> None:
        """Keep the reader's selection as a highlight (optionally asking for a note)."""
        view = self.win.view
        rec = view.article
        quote = view.selected_quote()
        if rec is None or not quote:
            self.win.show_message(
                self.tr("Select some text in the article first, then highlight it.")
            )
            return
        note = ""
        if with_note:
            note, ok = QInputDialog.getMultiLineText(
                self.win, self.tr("Highlight"), self.tr("Note:")
            )
            if not ok:
                return
        where = locate(rec.text, quote)
        start, end = where if where else (None, None)
        article_id = rec.id
        self.win.runner.write(
            lambda ctx: self.lib.add_highlight(article_id, quote, note, start, end),
            done=lambda _id: self.win.highlights_changed(article_id),
        )  # fmt: skip
        cursor = view.textCursor()
        cursor.clearSelection()
        view.setTextCursor(cursor)

    def edit_article_note(self) -> None:
        """Write or change the reader's note on the open article ("" removes it)."""
        rec = self.win.view.article
        if rec is None:
            self.win.show_message("Open an article first, then write a note on it.")
            return
        note, ok = QInputDialog.getMultiLineText(self.win, "Note", "Your note on the article:",
                                                 rec.note)  # fmt: skip
        if not ok or note.strip() == rec.note.strip():
            return
        article_id = rec.id
        self.win.runner.write(
            lambda ctx: self.lib.set_note(article_id, note),
            done=lambda _none: self.win.open_article(article_id),
        )

    def edit_note(self, hl: dict[str, Any]) -> None:
        """Change a highlight's note."""
        note, ok = QInputDialog.getMultiLineText(
            self.win, self.tr("Highlight note"), self.tr("Note:"),
            str(hl.get("note") or ""),
        )  # fmt: skip
        if not ok:
            return
        self.win.runner.write(
            lambda ctx: self.lib.update_highlight(int(hl["id"]), note),
            done=self._redraw_highlights(self.win.current_id()),
        )

    def delete_highlight(self, hl: dict[str, Any]) -> None:
        """Remove a highlight."""
        self.win.runner.write(
            lambda ctx: self.lib.delete_highlight(int(hl["id"])),
            done=self._redraw_highlights(self.win.current_id()),
        )

    def _redraw_highlights(self, article_id: int | None) -> Callable[[object], None]:
        def done(_result: object) -> None:
            if article_id is not None:
                self.win.highlights_changed(article_id)

        return done

    # -- import, export -------------------------------------------------------------------

    def import_file(self, path: str | None = None) -> SaveRow | None:
        """Import another reader's export (or a Kliping backup)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.win, self.tr("Import articles"), str(Path.home()),
                self.tr("Exports ({patterns});;All files (*)").format(
                    patterns="*.json *.html *.htm *.csv *.zip *.xml *.txt *.enex"),
            )  # fmt: skip
            if not path:
                return None
        row = self.win.save_panel.add(self.tr("Import {file}").format(file=Path(path).name))
        row.set_stage("reading")

        def job(ctx: TaskContext) -> Any:
            from reader.core.importers import import_path

            return import_path(self.lib, Path(path), progress=ctx.progress, cancel=ctx.cancel)

        def progressed(p: Any) -> None:
            total, failed = p.total, p.failed
            done_of = self.tr("{done} of %n entries", "", total).format(
                done=QLocale().toString(p.done)
            )
            if failed:
                done_of = self.tr("{progress} · %n failed", "", failed).format(progress=done_of)
            row.set_stage(done_of)

        def done(report: Any) -> None:
            line, banner, full = import_summary(report)
            row.set_done("done", line)
            row.status.setToolTip(full)
            self.win.save_panel.row_finished()
            self.win.show_message(banner, timeout_ms=15000)
            self.win.library_changed()

        task = self.win.runner.io(
            job, progress=progressed, done=done,
            failed=lambda exc: self._save_failed(row, exc, task.cancelled),
        )  # fmt: skip
        row.cancel_requested.connect(task.cancel)
        return row

    def export(self, choice: tuple[str, bool, Path] | None = None) -> SaveRow | None:
        """Export the selection or the whole library."""
        ids = self._targets()
        if choice is None:
            dialog = ExportDialog(len(ids), self.win)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            choice = dialog.choice()
        fmt, only_selected, dest = choice
        wanted = ids if only_selected and ids else None
        row = self.win.save_panel.add(
            self.tr("Export ({format}) to {folder}").format(format=fmt, folder=dest)
        )
        row.set_stage("exporting")

        def job(ctx: TaskContext) -> list[Path]:
            from reader.core.exporters import export

            def progress(done: int, total: int) -> None:
                ctx.progress((done, total))

            return list(export(self.lib, wanted, fmt, dest, progress=progress))

        def done(paths: list[Path]) -> None:
            n = len(paths)
            text = self.tr("Exported to {folder} (%n file(s))", "", n)
            row.set_done("done", text.format(folder=dest))
            self.win.save_panel.row_finished()
            message = self.tr("Exported to {folder} (%n file(s)).", "", n)
            self.win.show_message(message.format(folder=dest))

        def progressed(value: Any) -> None:
            if isinstance(value, tuple) and len(value) == 2:
                done, total = value
                row.set_stage(
                    self.tr("{done} of %n articles", "", total).format(
                        done=QLocale().toString(done)
                    )
                )

        task = self.win.runner.io(
            job, progress=progressed, done=done,
            failed=lambda exc: self._save_failed(row, exc, task.cancelled),
        )  # fmt: skip
        row.cancel_requested.connect(task.cancel)
        return row
