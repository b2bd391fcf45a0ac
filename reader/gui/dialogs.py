"""Small dialogs: add URLs, tags, preferences, export, about."""

from __future__ import annotations

import dataclasses
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
from reader.gui.settings import FONT_STYLES, SORT_LABELS, THEMES, Preferences

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
        self.setWindowTitle("Add articles")
        layout = QVBoxLayout(self)
        label = QLabel("Paste the address of a page to save (one per line):", self)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName("Addresses to save")
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
        self.save_button = buttons.addButton("Save", QDialogButtonBox.ButtonRole.AcceptRole)
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
        self.setWindowTitle("Tags")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName("Tags to add")
        self.edit.setPlaceholderText("Tags to add, separated by commas")
        self.edit.setMinimumWidth(320)
        completer = _TagCompleter(list(known), self.edit)
        self.edit.setCompleter(completer)
        form.addRow("&Add:", self.edit)
        layout.addLayout(form)
        self.boxes: list[QCheckBox] = []
        if current:
            layout.addWidget(QLabel("Untick a tag to remove it:", self))
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
        self.setWindowTitle("Preferences")
        self._prefs = prefs
        form = QFormLayout(self)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(prefs.library_dir, self)
        self.folder.setPlaceholderText(str(library))
        self.folder.setAccessibleName("Library folder")
        browse = QPushButton("Choose…", self)
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(_buddy("&Library folder:", self.folder), folder_row)
        note = QLabel("A new library folder is used the next time Kliping starts.", self)
        note.setEnabled(False)
        form.addRow("", note)
        self.theme = self._combo([(t, t.capitalize() if t != "system" else "Follow the system")
                                  for t in THEMES], prefs.theme, "Theme")  # fmt: skip
        form.addRow("&Theme:", self.theme)
        self.font_style = self._combo(
            [(s, {"serif": "Serif", "sans": "Sans serif"}[s]) for s in FONT_STYLES],
            prefs.font_style, "Reading font style",
        )  # fmt: skip
        form.addRow("Reading &font:", self.font_style)
        self.family = QFontComboBox(self)
        self.family.setAccessibleName("Font family")
        self.use_family = QCheckBox("Use a specific family:", self)
        self.use_family.setChecked(bool(prefs.font_family))
        if prefs.font_family:
            self.family.setCurrentText(prefs.font_family)
        self.family.setEnabled(bool(prefs.font_family))
        self.use_family.toggled.connect(self.family.setEnabled)
        fam_row = QHBoxLayout()
        fam_row.addWidget(self.use_family)
        fam_row.addWidget(self.family, 1)
        form.addRow("", fam_row)
        self.font_size = self._spin(10, 40, prefs.font_size, " px", "Font size")
        form.addRow("Font &size:", self.font_size)
        self.line_width = self._spin(20, 80, prefs.line_width, " em", "Line width")
        form.addRow("Line &width:", self.line_width)
        self.line_height = self._spin(100, 250, prefs.line_height, " %", "Line height")
        form.addRow("Line &height:", self.line_height)
        self.sort = self._combo(list(SORT_LABELS.items()), prefs.default_sort, "Default sort")
        form.addRow("Default s&ort:", self.sort)
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
        folder = QFileDialog.getExistingDirectory(self, "Library folder", self.folder.text())
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
        ).validated()


#: The window's words for the export formats; which formats there are, and their order,
#: come from the one registry (reader.core.exporters.FORMATS): a format without words
#: here stops the window at its first export dialog, and a test.
_EXPORT_LABELS = {
    "html": "HTML pages",
    "markdown": "Markdown files",
    "epub": "EPUB book",
    "json": "JSON (everything, for backups)",
    "bookmarks": "Bookmarks (for browsers and bookmark managers)",
    "csv": "CSV spreadsheet",
}


def export_formats() -> list[tuple[str, str]]:
    """The export formats the dialog offers, as (key, label), in the registry's order."""
    from reader.core.exporters import FORMATS

    return [(key, _EXPORT_LABELS[key]) for key in FORMATS]


class ExportDialog(QDialog):
    """Choose what to export, in which format, and where."""

    def __init__(self, selected: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        form = QFormLayout(self)
        self.fmt = QComboBox(self)
        self.fmt.setAccessibleName("Export format")
        for key, label in export_formats():
            self.fmt.addItem(label, key)
        form.addRow("&Format:", self.fmt)
        self.only_selected = QCheckBox(f"Only the {selected} selected articles", self)
        self.only_selected.setChecked(selected > 1)
        self.only_selected.setEnabled(selected > 0)
        form.addRow("", self.only_selected)
        row = QHBoxLayout()
        self.dest = QLineEdit(str(Path.home() / "Kliping export"), self)
        self.dest.setAccessibleName("Export folder")
        browse = QPushButton("Choose…", self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.dest, 1)
        row.addWidget(browse)
        form.addRow(_buddy("&Into folder:", self.dest), row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Export into", self.dest.text())
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
    QMessageBox.about(
        parent,
        "About Kliping",
        f"<h3>Kliping {__version__}</h3>"
        "<p>An offline news reader: save articles, read them clean, search everything "
        "you saved.</p>"
        f"<p><b>Library:</b> {library}<br><b>Log:</b> {log_file or 'not written'}</p>"
        "<p>Free software under the GNU GPL, version 3 or later.</p>",
    )
