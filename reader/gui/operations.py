"""What the window's commands do to the library: save, flag, tag, delete (with undo),
re-fetch, re-clean, highlight, import and export.

Each command starts a job through the task runner; nothing here blocks the GUI thread.
The operations hold no window: they emit what changed (:class:`~reader.gui.changes.Changes`,
on ``changed``), failures for the window's one door (``failed``) and confirmations
(``noticed``), and each widget refreshes itself from them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QWidget

from reader.core.errors import KlipingError
from reader.core.library import ArticleRecord, Library, SaveResult
from reader.core.urls import is_http
from reader.gui.article_list import Row
from reader.gui.article_view import locate
from reader.gui.changes import Changes, Notice
from reader.gui.dialogs import ExportDialog, TagsDialog, clipboard_urls
from reader.gui.i18n import Context, translate
from reader.gui.messages import describe, import_summary
from reader.gui.save_panel import SavePanel, SaveRow
from reader.gui.tasks import Cancelled, TaskContext, TaskRunner

log = logging.getLogger(__name__)

UNDO_MS = 8000
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".mhtml")
# The tags confirmation was the window's words: they keep its context (and translations).
MainWindow = Context("MainWindow")


class Operations(QObject):
    """The library commands of one window.

    Args:
        lib: The library the commands change.
        runner: The task runner their jobs go through.
        save_panel: Where saves, imports and exports show their progress rows.
        parent: The widget the commands' dialogs open over.
        selection: The articles a command acts on (the selected ones, else the current).
        rows: The list's loaded rows of some articles (their titles and flags).

    Signals:
        changed(Changes): What a command changed; each widget refreshes itself from it.
        failed(BaseException): An expected failure, for the window's one door.
        noticed(Notice): A confirmation or hint (with Undo after a delete).
    """

    changed = Signal(object)
    failed = Signal(object)
    noticed = Signal(object)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the window's language (context "Operations", as lupdate reads it)."""
        return translate("Operations", text, disambiguation, n)

    def __init__(
        self,
        lib: Library,
        runner: TaskRunner,
        save_panel: SavePanel,
        *,
        parent: QWidget,
        selection: Callable[[], list[int]],
        rows: Callable[[Iterable[int]], list[Row]],
    ) -> None:
        super().__init__(parent)
        self.lib = lib
        self.runner = runner
        self.save_panel = save_panel
        self._parent = parent
        self._selection = selection
        self._rows = rows
        self.undo_ms = UNDO_MS
        self.tags_dialog: TagsDialog | None = None
        self._pending_delete: list[int] | None = None
        self._delete_timer = QTimer(self, singleShot=True)
        self._delete_timer.timeout.connect(self.commit_delete)

    # -- saving -------------------------------------------------------------------------

    def save_items(self, items: Sequence[str]) -> list[SaveRow]:
        """Save URLs and HTML files, each with its own progress row."""
        rows = []
        for item in items:
            item = item.strip()
            if not item:
                continue
            if is_http(item):
                rows.append(self._save(item, partial(self._save_url, item)))
            elif item.startswith("file:") or Path(item).suffix.lower() in PAGE_SUFFIXES:
                from PySide6.QtCore import QUrl

                path = QUrl(item).toLocalFile() if item.startswith("file:") else item
                rows.append(self._save(Path(path).name, partial(self._save_file, path)))
            else:
                self.failed.emit(
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
        row = self.save_panel.add(label)
        task = self.runner.io(
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
            self.changed.emit(Changes(articles=(result.id,), saved=result.id, counts=True))
        self.save_panel.row_finished()

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
        self.save_panel.row_finished()

    def paste_urls(self) -> None:
        """Save the addresses on the clipboard."""
        urls = clipboard_urls()
        if urls:
            self.save_items(urls)
        else:
            self.failed.emit(self.tr("The clipboard holds no web address to save."))

    # -- flags, tags --------------------------------------------------------------------

    def _targets(self) -> list[int]:
        return self._selection()

    def _mark(self, ids: list[int], field: str, value: bool) -> None:
        row_field = {"read": "is_read", "favorite": "is_favorite", "archived": "is_archived"}
        self.changed.emit(Changes(articles=tuple(ids), flags={row_field[field]: value}))
        self.runner.write(
            lambda ctx: self.lib.mark(ids, **{field: value}),
            done=lambda _r: self.changed.emit(Changes(articles=tuple(ids), counts=True)),
            failed=self._mark_failed,
        )  # fmt: skip

    def _mark_failed(self, exc: BaseException) -> None:
        self.failed.emit(exc)
        self.changed.emit(Changes(stale=True))  # show the flags as they really are

    def _toggle(self, field: str, attr: str) -> None:
        ids = self._targets()
        if not ids:
            return
        # Like a mail client: if any selected article lacks the flag, set it on all.
        value = not all(getattr(r, attr) for r in self._rows(ids))
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
        self.runner.io(
            lambda ctx: ([t for t, _n in self.lib.tags()],
                         sorted({t for r in self.lib.get_many(ids) for t in r.tags},
                                key=str.lower)),
            done=lambda known_current: self._tags_dialog(ids, *known_current),
        )  # fmt: skip

    def _tags_dialog(self, ids: list[int], known: list[str], current: list[str]) -> None:
        dialog = TagsDialog(known, current, self._parent)
        self.tags_dialog = dialog  # tests reach the open dialog here
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

        def done(_result: object) -> None:
            self.changed.emit(Changes(articles=tuple(ids), counts=True))
            n = len(ids)
            self.noticed.emit(Notice(MainWindow.tr("Tags updated on %n article(s).", "", n)))

        self.runner.write(job, done=done)

    # -- delete with undo ---------------------------------------------------------------

    def delete_selected(self) -> None:
        """Take the selection out of the list now; delete it after the undo window."""
        ids = self._targets()
        if not ids:
            return
        self.commit_delete()
        self._pending_delete = ids
        self.changed.emit(Changes(articles=tuple(ids), hidden=True))
        n = len(ids)
        self.noticed.emit(Notice(
            self.tr("Deleted %n article(s).", "", n),
            action=(self.tr("Undo"), self.undo_delete), timeout_ms=self.undo_ms,
        ))  # fmt: skip
        self._delete_timer.start(self.undo_ms)

    def undo_delete(self) -> None:
        """Bring back the articles of the last delete."""
        self._delete_timer.stop()
        if self._pending_delete is None:
            return
        ids = self._pending_delete
        self._pending_delete = None
        self.changed.emit(Changes(articles=tuple(ids), restored=True))

    def commit_delete(self) -> None:
        """Delete for good what is waiting in the undo window (also on quit)."""
        self._delete_timer.stop()
        if self._pending_delete is None:
            return
        ids = self._pending_delete
        self._pending_delete = None

        def done(_n: object) -> None:
            self.changed.emit(Changes(articles=tuple(ids), deleted=True, counts=True))

        self.runner.write(lambda ctx: self.lib.delete(ids), done=done)

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
        rows = self._rows([article_id])
        return rows[0].title if rows else self.tr("Article {id}").format(id=article_id)

    # -- highlights -----------------------------------------------------------------------

    def highlight(self, rec: ArticleRecord | None, quote: str, with_note: bool = False) -> bool:
        """Keep ``quote``, selected in the open article ``rec``, as a highlight (optionally
        asking for a note). Returns whether a highlight is being kept."""
        if rec is None or not quote:
            self.noticed.emit(
                Notice(self.tr("Select some text in the article first, then highlight it."))
            )
            return False
        note = ""
        if with_note:
            note, ok = QInputDialog.getMultiLineText(
                self._parent, self.tr("Highlight"), self.tr("Note:")
            )
            if not ok:
                return False
        where = locate(rec.text, quote)
        start, end = where if where else (None, None)
        article_id = rec.id
        self.runner.write(
            lambda ctx: self.lib.add_highlight(article_id, quote, note, start, end),
            done=self._redraw_highlights(article_id),
        )  # fmt: skip
        return True

    def edit_article_note(self, rec: ArticleRecord | None) -> None:
        """Write or change the reader's note on the open article ``rec`` ("" removes it)."""
        if rec is None:
            self.noticed.emit(Notice("Open an article first, then write a note on it."))
            return
        note, ok = QInputDialog.getMultiLineText(self._parent, "Note", "Your note on the article:",
                                                 rec.note)  # fmt: skip
        if not ok or note.strip() == rec.note.strip():
            return
        article_id = rec.id
        self.runner.write(
            lambda ctx: self.lib.set_note(article_id, note),
            done=lambda _none: self.changed.emit(Changes(articles=(article_id,), note=True)),
        )

    def edit_note(self, hl: dict[str, Any], article_id: int | None) -> None:
        """Change a highlight's note (of the article ``article_id``)."""
        note, ok = QInputDialog.getMultiLineText(
            self._parent, self.tr("Highlight note"), self.tr("Note:"),
            str(hl.get("note") or ""),
        )  # fmt: skip
        if not ok:
            return
        self.runner.write(
            lambda ctx: self.lib.update_highlight(int(hl["id"]), note),
            done=self._redraw_highlights(article_id),
        )

    def delete_highlight(self, hl: dict[str, Any], article_id: int | None) -> None:
        """Remove a highlight (of the article ``article_id``)."""
        self.runner.write(
            lambda ctx: self.lib.delete_highlight(int(hl["id"])),
            done=self._redraw_highlights(article_id),
        )

    def _redraw_highlights(self, article_id: int | None) -> Callable[[object], None]:
        def done(_result: object) -> None:
            if article_id is not None:
                self.changed.emit(Changes(articles=(article_id,), highlights=True))

        return done

    # -- import, export -------------------------------------------------------------------

    def import_file(self, path: str | None = None) -> SaveRow | None:
        """Import another reader's export (or a Kliping backup)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self._parent, self.tr("Import articles"), str(Path.home()),
                self.tr("Exports ({patterns});;All files (*)").format(
                    patterns="*.json *.html *.htm *.csv *.zip *.xml *.txt *.enex"),
            )  # fmt: skip
            if not path:
                return None
        row = self.save_panel.add(self.tr("Import {file}").format(file=Path(path).name))
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
            self.save_panel.row_finished()
            self.noticed.emit(Notice(banner, timeout_ms=15000))
            self.changed.emit(Changes(added=True, counts=True))

        task = self.runner.io(
            job, progress=progressed, done=done,
            failed=lambda exc: self._save_failed(row, exc, task.cancelled),
        )  # fmt: skip
        row.cancel_requested.connect(task.cancel)
        return row

    def export(self, choice: tuple[str, bool, Path] | None = None) -> SaveRow | None:
        """Export the selection or the whole library."""
        ids = self._targets()
        if choice is None:
            dialog = ExportDialog(len(ids), self._parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            choice = dialog.choice()
        fmt, only_selected, dest = choice
        wanted = ids if only_selected and ids else None
        row = self.save_panel.add(
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
            self.save_panel.row_finished()
            message = self.tr("Exported to {folder} (%n file(s)).", "", n)
            self.noticed.emit(Notice(message.format(folder=dest)))

        def progressed(value: Any) -> None:
            if isinstance(value, tuple) and len(value) == 2:
                done, total = value
                row.set_stage(
                    self.tr("{done} of %n articles", "", total).format(
                        done=QLocale().toString(done)
                    )
                )

        task = self.runner.io(
            job, progress=progressed, done=done,
            failed=lambda exc: self._save_failed(row, exc, task.cancelled),
        )  # fmt: skip
        row.cancel_requested.connect(task.cancel)
        return row
