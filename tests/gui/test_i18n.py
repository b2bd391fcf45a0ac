"""The window in the reader's language: translation files complete and current, the
language chosen from the system and the preferences, plural forms, local dates, core
errors worded in the window, and right-to-left articles in the reader and the list."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_kit import make_window, screenshot
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from reader.core.errors import FetchError, ImportExportError, LibraryBusyError
from reader.core.library import Library
from reader.gui import i18n
from reader.gui.application import make_app
from reader.gui.article_list import Row
from reader.gui.article_view import article_html
from reader.gui.formatting import display_date
from reader.gui.messages import describe
from reader.gui.settings import Preferences, load_preferences, open_settings, save_preferences

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
ARABIC_PAGE = ROOT / "tests" / "data" / "i18n" / "ar-mina-sayd.html"
#: How many plural forms each language has (Qt's rules, as lupdate writes them).
PLURAL_FORMS = {"en": 2, "id": 1, "de": 2, "es": 2, "fr": 2, "pt_BR": 2, "ru": 3,
                "zh_CN": 1, "ja": 1}  # fmt: skip


@pytest.fixture
def language() -> Iterator[object]:
    """Install a window language for the test; English again afterwards."""
    app = make_app()

    def use(code: str) -> list[str]:
        return i18n.install(code, app)

    yield use
    i18n.install(i18n.SOURCE_LANGUAGE, app)
    QLocale.setDefault(QLocale.c())


def _ts(code: str) -> Path:
    return TS_DIR / f"kliping_{code}.ts"


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (str(ctx.findtext("name")), msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def marked_strings() -> set[tuple[str, str]]:
    """(context, source) of every string the code marks, read with Python's own parser:
    ``self.tr("…")`` in a class, ``Name.tr("…")``, ``translate("Ctx", "…")`` and
    ``QT_TRANSLATE_NOOP("Ctx", "…")`` - so a string lupdate could not read fails too."""
    found: set[tuple[str, str]] = set()
    for path in sorted((ROOT / "reader").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))

        class Visitor(ast.NodeVisitor):
            def __init__(self) -> None:
                self.classes: list[str] = []

            def visit_ClassDef(self, node: ast.ClassDef) -> None:
                self.classes.append(node.name)
                self.generic_visit(node)
                self.classes.pop()

            def visit_Call(self, node: ast.Call) -> None:
                func, args = node.func, node.args
                name = getattr(func, "attr", None) or getattr(func, "id", None)

                def text(i: int) -> str | None:
                    arg = args[i] if len(args) > i else None
                    ok = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                    return arg.value if ok else None  # type: ignore[union-attr]

                if name in ("translate", "QT_TRANSLATE_NOOP") and text(0) and text(1):
                    found.add((str(text(0)), str(text(1))))
                elif name == "tr" and isinstance(func, ast.Attribute) and text(0):
                    receiver = getattr(func.value, "id", None)
                    inside = self.classes[-1] if self.classes else None
                    context = inside if receiver == "self" else receiver
                    if context:
                        found.add((context, str(text(0))))
                self.generic_visit(node)

        Visitor().visit(tree)
    return found


# -- the translation files ------------------------------------------------------------


def test_every_language_has_its_files() -> None:
    shipped = {p.stem.removeprefix("kliping_") for p in TS_DIR.glob("kliping_*.ts")}
    assert shipped == set(i18n.LANGUAGES)
    for code in i18n.LANGUAGES:
        assert (TS_DIR / f"kliping_{code}.qm").is_file(), f"{code}: run make translations"
    assert len(i18n.LANGUAGES) == len(set(i18n.LANGUAGES.values()))


def test_ts_files_are_what_lupdate_makes_of_the_sources(tmp_path: Path) -> None:
    """A string added to the code without `make translations` fails here (lupdate would
    add it unfinished), and so does one left over from a string since removed."""
    for code in i18n.LANGUAGES:
        copy = tmp_path / _ts(code).name
        shutil.copy(_ts(code), copy)
        extra = ["-pluralonly"] if code == i18n.SOURCE_LANGUAGE else []
        subprocess.run(
            [str(BIN / "pyside6-lupdate"), "-extensions", "py", "-no-obsolete", "-locations",
             "none", *extra, "reader", "-ts", str(copy)],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
        assert copy.read_text(encoding="utf-8") == _ts(code).read_text(encoding="utf-8"), (
            f"{_ts(code).name} is out of date with the code: run make translations and "
            "translate what it adds"
        )


def test_every_marked_string_is_in_every_translation() -> None:
    marked = marked_strings()
    assert ("Actions", "&File") in marked and ("Messages", "%Ln saved") in marked
    for code in i18n.LANGUAGES:
        if code == i18n.SOURCE_LANGUAGE:
            continue
        have = {(ctx, str(msg.findtext("source"))) for ctx, msg in _messages(_ts(code))}
        missing = sorted(marked - have)
        assert not missing, f"{code}: not in {_ts(code).name}: {missing[:5]}"


@pytest.mark.parametrize("code", sorted(i18n.LANGUAGES))
def test_translations_are_finished_and_keep_their_placeholders(code: str) -> None:
    for ctx, msg in _messages(_ts(code)):
        source = str(msg.findtext("source"))
        where = f"{code} {ctx} {source!r}"
        tr = msg.find("translation")
        assert tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete"), (
            f"{where} is not finished"
        )
        plural = "%n" in source or "%Ln" in source
        assert (msg.get("numerus") == "yes") == plural, f"{where}: %n without plural forms"
        forms = [f.text or "" for f in tr.findall("numerusform")] if plural else [tr.text or ""]
        if plural:
            assert len(forms) == PLURAL_FORMS[code], f"{where}: {len(forms)} plural forms"
        for form in forms:
            assert form.strip(), f"{where} has an empty translation"
            assert set(re.findall(r"\{\w+\}", form)) == set(re.findall(r"\{\w+\}", source)), (
                f"{where}: placeholders differ in {form!r}"
            )
            if "&" in source.replace("&nbsp;", "") and "<" not in source:
                assert form.count("&") == 1, f"{where}: one & (the access key) in {form!r}"
        if plural:  # the count is shown, except where a language says "the one" instead
            assert any(("%n" in f or "%Ln" in f) for f in forms), f"{where} drops the count"
            assert "%n" in forms[-1] or "%Ln" in forms[-1], f"{where}: the last form drops it"


def test_compiled_files_are_up_to_date(tmp_path: Path) -> None:
    for code in i18n.LANGUAGES:
        out = tmp_path / f"kliping_{code}.qm"
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", "-nounfinished", "-removeidentical",
             str(_ts(code)), "-qm", str(out)],
            check=True, capture_output=True,
        )  # fmt: skip
        assert out.read_bytes() == (TS_DIR / out.name).read_bytes(), (
            f"kliping_{code}.qm is older than its .ts: run make translations"
        )


def test_the_installed_package_carries_the_compiled_files() -> None:
    folder = i18n.translations_folder()
    assert {p.name for p in folder.glob("*.qm")} >= {f"kliping_{c}.qm" for c in i18n.LANGUAGES}
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"**/*.qm"' in pyproject


# -- choosing the language --------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "id_ID.UTF-8"}, "id"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "id_ID.UTF-8"}, "id"),
        ({"LANG": "id_ID.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "id:en"}, "id"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "xx:id"}, "id"),
        ({"LANG": "C", "LANGUAGE": "id"}, None),  # glibc ignores LANGUAGE under C
        ({"LANG": "sw_KE.UTF-8"}, None),
        ({}, None),
    ],
)
def test_the_system_language_follows_the_posix_variables(env, expected) -> None:
    assert i18n.system_language(env) == expected


def test_kliping_lang_then_the_preference_then_the_system() -> None:
    system = {"LANG": "id_ID.UTF-8"}
    assert i18n.choose_language("", system) == "id"
    assert i18n.choose_language("en", system) == "en"
    assert i18n.choose_language("en", {**system, "KLIPING_LANG": "id"}) == "id"
    assert i18n.choose_language("", {"LANG": "sw_KE.UTF-8"}) == "en"
    assert i18n.match_language("in_ID") == "id"
    assert i18n.match_language("pt_PT.UTF-8") == i18n.match_language("pt-BR")
    assert i18n.match_language("zh_TW") is None


def test_languages_are_named_in_themselves() -> None:
    names = dict(i18n.language_choices())
    assert names["id"] == "Bahasa Indonesia" and names["en"] == "English"
    assert next(iter(names)) == "en"


# -- the window in Indonesian -------------------------------------------------------------


def test_the_main_window_speaks_indonesian(
    qtbot, library: Library, tmp_path: Path, language
) -> None:
    assert language("id") == ["kliping_id"]  # Qt ships no Indonesian: ours covers its buttons
    win = make_window(qtbot, library, tmp_path)
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus == ["&Berkas", "&Feed", "&Sunting", "&Artikel", "&Tampilan", "Ba&ntuan"]
    assert win.actions_.preferences.text() == "Preferensi…"
    assert win.status_label.text() == "6 artikel"
    assert win.sidebar.label_of("unread") == "Belum dibaca"
    assert "Tidak ada artikel yang dibuka" in win.view.toPlainText()
    assert win.search.placeholderText().startswith("Cari semua")
    win.list.setCurrentIndex(win.model.index(0))
    qtbot.waitUntil(lambda: win.view.article is not None)
    assert "mnt baca" in win.view.toPlainText()
    screenshot(win, "i18n-id-main")


def test_qt_standard_buttons_are_translated(qtbot, language) -> None:
    from PySide6.QtWidgets import QLineEdit, QMessageBox

    language("id")  # Qt has no Indonesian: these come from kliping_id.qm (QT_STRINGS)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = [a.text().split("\t")[0] for a in edit.createStandardContextMenu().actions()]
    assert menu == ["&Urungkan", "U&langi", "", "Po&tong", "&Salin", "T&empel", "Hapus", "",
                    "Pilih Semua"]  # fmt: skip
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setDetailedText("traceback")
    box.show()
    assert "Tampilkan Rincian..." in [b.text() for b in box.buttons()]
    language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_preferences_offer_the_languages_and_say_when_they_apply(
    qtbot, window, tmp_path: Path
) -> None:
    from reader.gui.dialogs import PreferencesDialog

    dialog = PreferencesDialog(window.prefs, window.lib.folder, window)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[0] == "System language" and "Bahasa Indonesia" in names
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    assert "next time Kliping starts" in dialog.language_note.text()
    window.apply_preferences(dialog.preferences())
    assert "new language" in window.message_bar.text
    prefs = load_preferences(open_settings(tmp_path / "config" / "kliping.ini"))
    assert prefs.language == "id"
    assert i18n.choose_language(prefs.language, {"LANG": "en_US.UTF-8"}) == "id"


def test_an_unknown_language_preference_falls_back_to_the_system(tmp_path: Path) -> None:
    settings = open_settings(tmp_path / "x.ini")
    save_preferences(settings, Preferences(language="tlh"))
    assert load_preferences(settings).language == ""


# -- plurals, dates, numbers --------------------------------------------------------------


def test_english_plurals(language) -> None:
    language("en")
    say = QCoreApplication.translate
    assert say("MainWindow", "%Ln article(s)", "", 1) == "1 article"
    assert say("MainWindow", "%Ln article(s)", "", 12345) == "12,345 articles"
    assert say("Operations", "Deleted %n article(s).", "", 1) == "Deleted 1 article."


def test_indonesian_has_one_form_and_local_numbers(language) -> None:
    language("id")
    say = QCoreApplication.translate
    assert say("MainWindow", "%Ln article(s)", "", 1) == "1 artikel"
    assert say("MainWindow", "%Ln article(s)", "", 12345) == "12.345 artikel"
    assert say("Byline", "%Ln min read", "", 2) == "2 mnt baca"


def test_dates_are_written_the_local_way(language) -> None:
    language("id")
    assert display_date("2019-07-15", long=True) == "15 Juli 2019"
    assert display_date("2019-07-05") == "5 Jul 2019"
    QLocale.setDefault(QLocale("de"))
    assert display_date("2019-07-15", long=True) == "15. Juli 2019"
    QLocale.setDefault(QLocale("ja"))
    assert display_date("2019-07-15", long=True) == "2019年7月15日"
    QLocale.setDefault(QLocale("ru"))
    assert display_date("2019-07-15", long=True) == "15 июля 2019\u202fг."  # narrow nbsp
    assert display_date("not a date") == ""


# -- core errors worded by the window -----------------------------------------------------


def test_core_errors_are_worded_from_their_facts(language) -> None:
    refused = FetchError("127.0.0.1 refused the connection.", reason="refused", host="127.0.0.1")
    status = FetchError("x answered 403 Forbidden.", reason="http-status", url="x", status=403)
    busy = LibraryBusyError("Another Kliping is writing to this library; try again shortly.",
                            reason="busy")  # fmt: skip
    plain = ImportExportError("notes.csv line 3: no url column.")
    language("en")
    assert describe(refused) == "127.0.0.1 refused the connection."
    assert describe(plain) == "notes.csv line 3: no url column."  # English: the core's words
    language("id")
    assert describe(refused) == "127.0.0.1 menolak koneksi."
    assert describe(status).startswith("x menjawab 403: situs ini mungkin perlu masuk akun")
    assert describe(busy).startswith("Kliping lain sedang menulis")
    # No reason the window knows: what kind of failure it is, never English pieces.
    assert describe(plain) == "Berkas tidak dapat diimpor atau diekspor; alasannya ada di log."
    assert describe(ValueError("bug")).startswith("Terjadi kesalahan di dalam Kliping")


def test_a_failed_save_is_shown_in_the_window_language(
    qtbot, empty_library: Library, tmp_path: Path, language
) -> None:
    import socket

    language("id")
    win = make_window(qtbot, empty_library, tmp_path)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    [row] = win.ops.save_items([f"http://127.0.0.1:{port}/berita"])
    qtbot.waitUntil(lambda: row.finished, timeout=15000)
    assert row.status.text() == "Gagal: 127.0.0.1 menolak koneksi."
    win.show_error(FetchError("x", reason="refused", host="127.0.0.1"))
    assert win.message_bar.text == "127.0.0.1 menolak koneksi."
    screenshot(win, "i18n-id-error")


# -- right-to-left articles ---------------------------------------------------------------


@pytest.fixture
def arabic(empty_library: Library) -> int:
    return empty_library.save_file(ARABIC_PAGE).id


def test_an_arabic_article_reads_right_to_left_in_an_english_window(
    qtbot, empty_library: Library, arabic: int, tmp_path: Path, language
) -> None:
    language("en")
    rec = empty_library.get(arabic)
    assert rec.language == "ar"
    assert article_html(rec).startswith('<div dir="rtl" lang="ar">')
    # The Arabic author's name does not pull the date that follows it into its run.
    assert "سلمى الحداد\u200e" in article_html(rec)
    win = make_window(qtbot, empty_library, tmp_path)
    win.list.setCurrentIndex(win.model.index(0))
    qtbot.waitUntil(lambda: win.view.article is not None)
    block = win.view.document().begin()
    directions = {}
    while block.isValid():
        if block.text().strip():
            directions[block.text()[:20]] = block.textDirection()
        block = block.next()
    body = [d for t, d in directions.items() if "الصيادين" in t or "صيادو" in t]
    assert body and all(d == Qt.LayoutDirection.RightToLeft for d in body)
    # The byline is in the window's language: left to right, set on the article's side.
    byline = [d for t, d in directions.items() if t.startswith("By ")]
    assert byline == [Qt.LayoutDirection.LeftToRight]
    row = win.model.row_at(0)
    assert row is not None and row.direction == "rtl"
    screenshot(win, "i18n-rtl-article")


def test_list_rows_know_their_direction() -> None:
    from dataclasses import dataclass

    @dataclass
    class Summary:
        id: int = 1
        title: str = "שלום עולם"
        url: str = "https://example.org/a"
        display_site: str = "example.org"
        published: str | None = None
        saved_at: str = "2024-01-01T00:00:00Z"
        reading_minutes: int = 2
        excerpt: str = ""
        is_read: bool = False
        is_favorite: bool = False
        is_archived: bool = False

    assert Row.from_summary(Summary()).direction == "rtl"
    assert Row.from_summary(Summary(title="Hello")).direction == "ltr"


def test_exports_keep_an_arabic_article_right_to_left(
    empty_library: Library, arabic: int, tmp_path: Path
) -> None:
    import zipfile

    from reader.core.exporters import export

    english = empty_library.save_file(
        ROOT / "tests" / "data" / "pages" / "en-harbourledger-solar.html"
    )
    [page] = export(empty_library, [arabic, english.id], "html", tmp_path / "both.html")
    text = page.read_text(encoding="utf-8")
    assert f'<article id="a{arabic}" lang="ar" dir="rtl">' in text
    assert f'<article id="a{english.id}" lang="en" dir="ltr">' in text
    [book] = export(empty_library, [arabic], "epub", tmp_path / "book.epub")
    with zipfile.ZipFile(book) as z:
        chapter = z.read(f"OEBPS/text/a{arabic}.xhtml").decode("utf-8")
        opf = z.read("OEBPS/content.opf").decode("utf-8")
    assert 'lang="ar" xml:lang="ar" dir="rtl"' in chapter
    assert 'page-progression-direction="rtl"' in opf


def test_russian_has_three_plural_forms(language) -> None:
    language("ru")
    say = QCoreApplication.translate
    forms = {n: say("MainWindow", "%Ln article(s)", "", n) for n in (1, 3, 5, 11, 21, 22, 1234)}
    assert forms == {
        1: "1 статья", 3: "3 статьи", 5: "5 статей", 11: "11 статей", 21: "21 статья",
        22: "22 статьи", 1234: "1\xa0234 статьи",
    }  # fmt: skip
    assert say("Operations", "Deleted %n article(s).", "", 5) == "Удалено 5 статей."


@pytest.mark.parametrize("code", sorted(set(i18n.LANGUAGES) - {"en"}))
def test_every_language_translates_the_window_and_qt_buttons(
    qtbot, empty_library: Library, tmp_path: Path, language, code: str
) -> None:
    loaded = language(code)
    assert f"kliping_{code}" in loaded
    if code not in i18n.WITHOUT_QT_TRANSLATION:
        assert f"qtbase_{code}" in loaded
    win = make_window(qtbot, empty_library, tmp_path)
    menus = [a.text() for a in win.menuBar().actions()]
    # File, Edit, View and Help: none is English ("Article" and "Feeds" may be).
    assert len(menus) == 6
    assert not {menus[0], menus[2], menus[4], menus[5]} & {"&File", "&Edit", "&View", "&Help"}
    keys = [m[m.index("&") + 1].lower() for m in menus]
    assert len(set(keys)) == len(keys), f"two menus share an access key: {menus}"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    assert win.view.toPlainText().strip() and "library is empty" not in win.view.toPlainText()


def test_the_window_in_japanese(qtbot, library: Library, tmp_path: Path, language) -> None:
    language("ja")
    win = make_window(qtbot, library, tmp_path)
    assert win.menuBar().actions()[0].text() == "ファイル(&F)"
    assert win.status_label.text() == "6 件の記事"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    assert display_date("2024-08-07") == "2024年8月7日"
