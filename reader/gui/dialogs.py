"""Small dialogs: add URLs, tags, preferences, export, about."""

from __future__ import annotations

import dataclasses
import html
import logging
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.gui.i18n import QT_TRANSLATE_NOOP, language_choices, translate
from reader.gui.settings import FONT_STYLES, SORT_LABELS, THEME_LABELS, THEMES, Preferences

log = logging.getLogger(__name__)

_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)


def urls_in(text: str) -> list[str]:
    """The http(s) URLs in a piece of text, in order, without repeats."""
    return list(dict.fromkeys(m.group(0).rstrip(").,;]") for m in _URL.finditer(text or "")))


def clipboard_urls() -> list[str]:
    """URLs on the clipboard (as URLs or as text)."""
    data = QGuiApplication.clipboard().mimeData()
    if data is None:
        return []
    found = [u.toString() for u in data.urls() if u.scheme() in ("http", "https")]
    return found or urls_in(data.text())


def _buddy(text: str, widget: QWidget) -> QLabel:
    # A row whose field is a layout gets no buddy from QFormLayout: without one the "&"
    # would show and Alt+letter would do nothing.
    label = QLabel(text, widget.parentWidget())
    label.setBuddy(widget)
    return label


class AddUrlDialog(QDialog):
    """Ask for one or more URLs (one per line), pre-filled from the clipboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add articles"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Paste the address of a page to save (one per line):"), self)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(self.tr("Addresses to save"))
        self.edit.setPlaceholderText("https://…")
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumSize(460, 90)
        self.edit.setMaximumHeight(140)
        label.setBuddy(self.edit)
        found = clipboard_urls()
        if found:
            self.edit.setPlainText("\n".join(found))
            self.edit.selectAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.edit.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        self.save_button.setEnabled(bool(self.urls()))

    def urls(self) -> list[str]:
        """The URLs typed or pasted."""
        return urls_in(self.edit.toPlainText())


class TagsDialog(QDialog):
    """Add tags (with completion) to articles, or take away tags they have."""

    def __init__(
        self, known: Sequence[str], current: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tags"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Tags to add"))
        self.edit.setPlaceholderText(self.tr("Tags to add, separated by commas"))
        self.edit.setMinimumWidth(320)
        completer = _TagCompleter(list(known), self.edit)
        self.edit.setCompleter(completer)
        form.addRow(self.tr("&Add:"), self.edit)
        layout.addLayout(form)
        self.boxes: list[QCheckBox] = []
        if current:
            layout.addWidget(QLabel(self.tr("Untick a tag to remove it:"), self))
            for tag in current:
                box = QCheckBox(tag, self)
                box.setChecked(True)
                self.boxes.append(box)
                layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def added(self) -> list[str]:
        """Tags typed in."""
        return [t.strip() for t in self.edit.text().split(",") if t.strip()]

    def removed(self) -> list[str]:
        """Tags unticked."""
        return [b.text() for b in self.boxes if not b.isChecked()]


class _TagCompleter(QCompleter):
    """Completes the tag after the last comma."""

    def __init__(self, tags: list[str], parent: QLineEdit) -> None:
        super().__init__(parent)
        self.setModel(QStringListModel(tags, self))  # parented: Python would free it
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        edit = self.widget()
        assert isinstance(edit, QLineEdit)
        done = [t.strip() for t in edit.text().split(",")[:-1] if t.strip()]
        return ", ".join([*done, str(index.data())]) + ", "  # type: ignore[attr-defined]


class PreferencesDialog(QDialog):
    """Library folder, theme, fonts and default sort."""

    def __init__(self, prefs: Preferences, library: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._prefs = prefs
        form = QFormLayout(self)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(prefs.library_dir, self)
        self.folder.setPlaceholderText(str(library))
        self.folder.setAccessibleName(self.tr("Library folder"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(_buddy(self.tr("&Library folder:"), self.folder), folder_row)
        note = QLabel(self.tr("A new library folder is used the next time Kliping starts."), self)
        note.setEnabled(False)
        form.addRow("", note)
        self.language = self._combo(
            [("", self.tr("System language")), *language_choices()], prefs.language,
            self.tr("Language"),
        )  # fmt: skip
        form.addRow(self.tr("La&nguage:"), self.language)
        self.language_note = QLabel(
            self.tr("A new language is used the next time Kliping starts."), self
        )
        self.language_note.setEnabled(False)
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        self.theme = self._combo(
            [(t, translate("Settings", THEME_LABELS[t])) for t in THEMES],
            prefs.theme,
            self.tr("Theme"),
        )
        form.addRow(self.tr("&Theme:"), self.theme)
        self.font_style = self._combo(
            [(s, {"serif": self.tr("Serif"), "sans": self.tr("Sans serif")}[s])
             for s in FONT_STYLES],
            prefs.font_style, self.tr("Reading font style"),
        )  # fmt: skip
        form.addRow(self.tr("Reading &font:"), self.font_style)
        self.family = QFontComboBox(self)
        self.family.setAccessibleName(self.tr("Font family"))
        self.use_family = QCheckBox(self.tr("Use a specific family:"), self)
        self.use_family.setChecked(bool(prefs.font_family))
        if prefs.font_family:
            self.family.setCurrentText(prefs.font_family)
        self.family.setEnabled(bool(prefs.font_family))
        self.use_family.toggled.connect(self.family.setEnabled)
        fam_row = QHBoxLayout()
        fam_row.addWidget(self.use_family)
        fam_row.addWidget(self.family, 1)
        form.addRow("", fam_row)
        self.font_size = self._spin(10, 40, prefs.font_size, self.tr(" px"), self.tr("Font size"))
        form.addRow(self.tr("Font &size:"), self.font_size)
        self.line_width = self._spin(
            20, 80, prefs.line_width, self.tr(" em"), self.tr("Line width")
        )
        form.addRow(self.tr("Line &width:"), self.line_width)
        self.line_height = self._spin(
            100, 250, prefs.line_height, self.tr(" %"), self.tr("Line height")
        )
        form.addRow(self.tr("Line &height:"), self.line_height)
        self.sort = self._combo(
            [(k, translate("Settings", v)) for k, v in SORT_LABELS.items()],
            prefs.default_sort,
            self.tr("Default sort"),
        )
        form.addRow(self.tr("Default s&ort:"), self.sort)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _combo(self, items: list[tuple[str, str]], current: str, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        for key, label in items:
            box.addItem(label, key)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def _spin(self, low: int, high: int, value: int, suffix: str, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        return spin

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Library folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def preferences(self) -> Preferences:
        """The preferences as chosen."""
        return dataclasses.replace(
            self._prefs,
            library_dir=self.folder.text().strip(),
            theme=str(self.theme.currentData()),
            font_style=str(self.font_style.currentData()),
            font_family=self.family.currentFont().family() if self.use_family.isChecked() else "",
            font_size=self.font_size.value(),
            line_width=self.line_width.value(),
            line_height=self.line_height.value(),
            default_sort=str(self.sort.currentData()),
            language=str(self.language.currentData() or ""),
        ).validated()


# The window's words for the export formats; which formats there are, and their order,
# come from the one registry (reader.core.exporters.FORMATS): a format without words
# here stops the window at its first export dialog, and a test.
_EXPORT_LABELS = {
    "html": QT_TRANSLATE_NOOP("ExportDialog", "HTML pages"),
    "markdown": QT_TRANSLATE_NOOP("ExportDialog", "Markdown files"),
    "epub": QT_TRANSLATE_NOOP("ExportDialog", "EPUB book"),
    "json": QT_TRANSLATE_NOOP("ExportDialog", "JSON (everything, for backups)"),
    "bookmarks": QT_TRANSLATE_NOOP(
        "ExportDialog", "Bookmarks (for browsers and bookmark managers)"
    ),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV spreadsheet"),
}


def export_formats() -> list[tuple[str, str]]:
    """The export formats the dialog offers, as (key, untranslated label), in the
    registry's order."""
    from reader.core.exporters import FORMATS

    return [(key, _EXPORT_LABELS[key]) for key in FORMATS]


class ExportDialog(QDialog):
    """Choose what to export, in which format, and where."""

    def __init__(self, selected: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        form = QFormLayout(self)
        self.fmt = QComboBox(self)
        self.fmt.setAccessibleName(self.tr("Export format"))
        for key, label in export_formats():
            self.fmt.addItem(self.tr(label), key)
        form.addRow(self.tr("&Format:"), self.fmt)
        self.only_selected = QCheckBox(
            self.tr("Only the %n selected article(s)", "", selected), self
        )
        self.only_selected.setChecked(selected > 1)
        self.only_selected.setEnabled(selected > 0)
        form.addRow("", self.only_selected)
        row = QHBoxLayout()
        self.dest = QLineEdit(
            str(Path.home() / self.tr("Kliping export", "the default export folder name")), self
        )
        self.dest.setAccessibleName(self.tr("Export folder"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.dest, 1)
        row.addWidget(browse)
        form.addRow(_buddy(self.tr("&Into folder:"), self.dest), row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export into"), self.dest.text())
        if folder:
            self.dest.setText(folder)

    def choice(self) -> tuple[str, bool, Path]:
        """(format, only the selection, destination folder)."""
        return (
            str(self.fmt.currentData()),
            self.only_selected.isChecked(),
            Path(self.dest.text()).expanduser(),
        )


def about(parent: QWidget, library: Path, log_file: Path | None) -> None:
    """The About box: version, library location, log location."""
    log_text = str(log_file) if log_file else translate("About", "not written")
    QMessageBox.about(
        parent,
        translate("About", "About Kliping"),
        f"<h3>Kliping {__version__}</h3><p>"
        + translate(
            "About",
            "An offline news reader: save articles, read them clean, search everything you saved.",
        )
        + "</p><p>"
        + translate("About", "<b>Library:</b> {library}<br><b>Log:</b> {log}").format(
            library=html.escape(str(library)), log=html.escape(log_text)
        )
        + "</p><p>"
        + translate("About", "Free software under the GNU GPL, version 3 or later.")
        + "</p>",
    )
