"""The window's language: which one, and the translators that speak it.

Strings are marked where they are written, with ``self.tr()`` in QObject classes and
:func:`translate` (``QCoreApplication.translate`` with a fixed context) elsewhere;
``make translations`` collects them into ``resources/translations/kliping_<lang>.ts``
(``pyside6-lupdate``) and compiles the ``.qm`` files the window loads
(``pyside6-lrelease``). Qt's own ``qtbase_<lang>.qm`` translates its standard buttons
and context menus where Qt ships one; our own file covers those we show for languages
Qt has none for (Indonesian), see :data:`QT_STRINGS`.

The language is, in order: ``KLIPING_LANG``, the Language preference, the system's
(``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` on Linux, Qt's idea of the system
locale elsewhere), English.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

# ``QCoreApplication.translate(context, text, disambiguation=None, n=-1)``; lupdate
# reads calls to ``translate("Context", "text")`` by this name.
translate = QCoreApplication.translate


class Context:
    """The words of one translation context, for code outside QObject classes.

    ``Messages = Context("Messages")`` then ``Messages.tr("%n saved", "", n)``: lupdate
    takes the receiver's name as the context and, unlike for ``translate()``, reads the
    count, so plural forms (``%n``) are collected as such. The name of the variable must
    be the context's.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the window's language (``%n``/``%Ln`` replaced by ``n``)."""
        return translate(self.name, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` where it is defined; translate it
    where it is shown (``translate(context, text)``). Typed, unlike PySide6's."""
    return text


# The languages the window speaks, each named in itself (as the Preferences list shows it).
# Each has ``resources/translations/kliping_<code>.ts`` (English only its plural forms).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "id": "Bahasa Indonesia",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
    "ru": "Русский",
    "zh_CN": "简体中文",
    "ja": "日本語",
}
SOURCE_LANGUAGE = "en"
# Languages Qt ships no ``qtbase_*.qm`` for: our own file words Qt's buttons (QT_STRINGS).
WITHOUT_QT_TRANSLATION = frozenset({"id"})

# Qt's own strings on buttons, menus and boxes Kliping shows, for the languages Qt ships
# no ``qtbase_*.qm`` for: lupdate collects them into our files like any other string.
QT_STRINGS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)

_NOT_LANGUAGES = {"", "C", "POSIX"}


def match_language(tag: str) -> str | None:
    """The window language for a locale name ("pt_BR.UTF-8", "de-AT", "zh_Hans"), or None.

    Portuguese of any country gets Brazilian Portuguese; Chinese written in simplified
    characters (mainland, Singapore, ``Hans``) gets Simplified Chinese, traditional
    (Taiwan, Hong Kong, Macau, ``Hant``) none.
    """
    name = tag.split(".", 1)[0].split("@", 1)[0].replace("-", "_").strip()
    if name in _NOT_LANGUAGES:
        return None
    parts = name.split("_")
    lang = parts[0].lower()
    rest = {p.upper() for p in parts[1:]}
    if lang == "in":
        lang = "id"  # Java's and old glibc's code for Indonesian
    if lang == "zh":
        return None if rest & {"TW", "HK", "MO", "HANT"} else "zh_CN"
    if lang == "pt":
        return "pt_BR"
    return lang if lang in LANGUAGES else None


def system_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the system asks for, if the window speaks it."""
    env = os.environ if environ is None else environ
    if sys.platform.startswith("linux") or environ is not None:
        # LANGUAGE is a list by preference; it counts only when a locale is set at all
        # (glibc ignores it under the C locale).
        for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
            value = env.get(var, "")
            if value:
                if value.split(".")[0] in _NOT_LANGUAGES:
                    return None
                break
        for entry in env.get("LANGUAGE", "").split(":"):
            found = match_language(entry)
            if found:
                return found
        for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
            value = env.get(var, "")
            if value:
                return match_language(value)
        return None
    for tag in QLocale.system().uiLanguages():
        found = match_language(tag)
        if found:
            return found
    return None


def choose_language(preference: str = "", environ: Mapping[str, str] | None = None) -> str:
    """``KLIPING_LANG``, else the preference, else the system's language, else English."""
    env = os.environ if environ is None else environ
    for wanted in (env.get("KLIPING_LANG", ""), preference):
        if wanted:
            found = match_language(wanted)
            if found:
                return found
            log.warning("no window language for %r; using the next choice", wanted)
    return system_language(environ) or SOURCE_LANGUAGE


def translations_folder() -> Path:
    """Where Kliping's compiled ``.qm`` files are."""
    return Path(str(resources.files("reader.resources") / "translations"))


def qt_translations_folder() -> Path:
    """Where Qt's own ``qtbase_*.qm`` files are (beside PySide6, or Qt's configured path)."""
    import PySide6

    beside = Path(PySide6.__file__).parent / "Qt" / "translations"
    if beside.is_dir():
        return beside
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def locale_for(language: str) -> QLocale:
    """The locale dates and numbers are written in: the system's, when it speaks
    ``language`` (so en_GB keeps day-month order), else the language's own."""
    system = QLocale.system()
    if match_language(system.name()) == language:
        return system
    return QLocale(language)


_installed: list[QTranslator] = []
_current = [SOURCE_LANGUAGE]


def current_language() -> str:
    """The language :func:`install` last made the window's (English before)."""
    return _current[0]


def install(language: str, app: QCoreApplication | None = None) -> list[str]:
    """Make ``language`` the window's: translators and the default locale.

    Replaces translators installed before (tests switch languages). Returns the files
    loaded, for the log and the self-check.
    """
    app = app or QCoreApplication.instance()
    assert app is not None, "install() needs a QApplication"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    _current[0] = language
    loaded: list[str] = []
    # Qt asks the translator installed last first: ours goes in after Qt's.
    for folder, name in (
        (qt_translations_folder(), f"qtbase_{language}"),
        (translations_folder(), f"kliping_{language}"),
    ):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
        elif language != SOURCE_LANGUAGE and name.startswith("kliping"):
            log.error("the %s translation is missing from %s", language, folder)
    log.info("window language %s (%s)", language, ", ".join(loaded) or "built in")
    return loaded


def language_choices() -> Sequence[tuple[str, str]]:
    """(code, name in itself) for the Preferences list, English first, then by name."""
    rest = sorted((k for k in LANGUAGES if k != SOURCE_LANGUAGE), key=lambda k: LANGUAGES[k])
    return [(SOURCE_LANGUAGE, LANGUAGES[SOURCE_LANGUAGE])] + [(k, LANGUAGES[k]) for k in rest]
