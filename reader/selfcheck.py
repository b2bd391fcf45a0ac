"""``kliping --self-check``: prove that this installation (or app bundle) works, end to end.

It is the smoke test CI runs on the built bundle, and the first thing to ask a person
whose copy misbehaves to run. In a throwaway library it loads every data file the
libraries read at run time, saves a page kept inside Kliping (``reader.resources``
``selfcheck/article.html``) from disk, searches it, and opens the main window (offscreen
when there is no display). Each step prints one line; the first failure stops the check
with a message naming what is missing, and the exit status is 1. An error logged by any
library during a step (the cleaner and the language guess log theirs rather than raise)
fails that step too, because it is exactly how a missing data file shows up.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from reader import __version__

log = logging.getLogger(__name__)

#: What the page is about, and words that must find it (the second only by its stem).
PAGE_TITLE = "Lighthouse keepers' logbooks go online after a decade of volunteer work"
SEARCHES = ("logbooks", "storm", '"fog signal"')
#: Site chrome on the page that the cleaner must leave out.
CHROME = ("Accept all", "Share on Facebook", "Most read", "All rights reserved")


# A plural the window shows, which every language (English too) translates. Not a literal
# in the call, so lupdate does not take this check for a string to translate.
PLURAL_PROBE = "%Ln article(s)"


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


class _ErrorLog(logging.Handler):
    """Keeps the ERROR records logged while a step runs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def self_check(out: Any = None) -> int:
    """Run every check; returns 0 when all passed, 1 otherwise.

    Args:
        out: Where to print (default: standard output).
    """
    out = out or sys.stdout
    started = time.monotonic()
    frozen = getattr(sys, "frozen", False)
    where = f"bundle {Path(sys.executable).parent}" if frozen else f"Python {sys.executable}"
    print(f"Kliping {__version__} self-check ({where})", file=out, flush=True)
    _use_offscreen_without_display()
    errors = _ErrorLog()
    root = logging.getLogger()
    root.addHandler(errors)
    workdir = Path(tempfile.mkdtemp(prefix="kliping-selfcheck-"))
    state: dict[str, Any] = {"workdir": workdir}
    steps: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        ("data files", check_data_files),
        ("save a page", check_save),
        ("search", check_search),
        ("read a feed", check_feed),
        ("clean in a worker process", check_cleaner_process),
        ("window", check_window),
        ("translations", check_translations),
        ("quit", check_quit),
    ]
    try:
        for name, step in steps:
            errors.records.clear()
            try:
                detail = step(state)
                if errors.records:
                    first = errors.records[0]
                    raise CheckFailed(f"{first.name} logged an error: {first.getMessage()}")
            except CheckFailed as exc:
                print(f"  FAIL  {name}: {exc}", file=out, flush=True)
                print("Self-check failed.", file=out, flush=True)
                return 1
            except Exception as exc:  # a bug or a broken install: say which step, then why
                log.exception("self-check step %r crashed", name)
                print(f"  FAIL  {name}: {type(exc).__name__}: {exc}", file=out, flush=True)
                print("Self-check failed.", file=out, flush=True)
                return 1
            print(f"  ok    {name}: {detail}", file=out, flush=True)
    finally:
        root.removeHandler(errors)
        if state.get("library") is not None:  # a step failed before "quit" closed it
            try:
                state["library"].close()
            except Exception:
                log.exception("closing the self-check library failed")
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"Self-check passed in {time.monotonic() - started:.1f} s.", file=out, flush=True)
    return 0


def _use_offscreen_without_display() -> None:
    # On X11/Wayland systems with no display (CI, ssh) the window is drawn offscreen;
    # Windows and macOS always have a window system.
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def check_data_files(state: dict[str, Any]) -> str:
    """Every data file a library opens at run time is there and readable."""
    checked = []
    try:
        from trafilatura.settings import DEFAULT_CONFIG
    except Exception as exc:
        raise CheckFailed(f"trafilatura cannot be imported: {exc}") from exc
    try:
        DEFAULT_CONFIG.getint("DEFAULT", "MIN_EXTRACTED_SIZE")
    except Exception as exc:
        raise CheckFailed(f"trafilatura's settings.cfg is missing or unreadable: {exc}") from exc
    checked.append("trafilatura settings")
    try:
        import justext

        _require(len(justext.get_stoplist("English")) > 100, "justext's English stoplist is empty")
    except ValueError as exc:
        raise CheckFailed(f"justext's stoplists are missing: {exc}") from exc
    checked.append("justext stoplists")
    try:
        from tld import get_fld

        _require(get_fld("https://news.example.co.uk/a") == "example.co.uk", "tld is wrong")
    except Exception as exc:
        raise CheckFailed(f"tld's list of public suffixes is missing: {exc}") from exc
    checked.append("public suffixes")
    try:
        from reader.core import langid

        lang, _ = langid.classify("The keepers wrote down the weather four times a day.")
    except Exception as exc:
        raise CheckFailed(f"the language model (resources/langid) cannot be loaded: {exc}") from exc
    _require(lang == "en", f"the language model guessed {lang!r} for an English sentence")
    checked.append("language model")
    import Stemmer

    _require(Stemmer.Stemmer("english").stemWord("storms") == "storm", "the stemmer is broken")
    _require("indonesian" in Stemmer.algorithms(), "the Indonesian stemmer is missing")
    checked.append("Snowball stemmers")
    try:
        from dateparser import DateDataParser

        parsed = DateDataParser(languages=["en"]).get_date_data("12 March 2024").date_obj
    except Exception as exc:
        raise CheckFailed(f"dateparser's data is missing: {exc}") from exc
    _require(parsed is not None and parsed.year == 2024, "dateparser cannot read a date")
    checked.append("date parser")
    import ssl

    import certifi

    cafile = certifi.where()
    _require(Path(cafile).is_file(), f"the TLS certificate bundle {cafile} is missing")
    ssl.create_default_context(cafile=cafile)
    checked.append("TLS certificates")
    return ", ".join(checked)


def check_save(state: dict[str, Any]) -> str:
    """A page kept on disk is saved, cleaned and its language recognised."""
    from reader.core.errors import KlipingError
    from reader.core.library import Library

    page = resources.files("reader.resources") / "selfcheck" / "article.html"
    if not page.is_file():
        raise CheckFailed(
            "the self-check page (reader.resources/selfcheck/article.html) is missing"
        )
    source = state["workdir"] / "article.html"
    source.write_bytes(page.read_bytes())
    try:
        library = Library.open(state["workdir"] / "library")
        state["library"] = library
        result = library.save_file(source)
        record = library.get(result.id)
    except KlipingError as exc:
        raise CheckFailed(str(exc)) from exc
    state["article_id"] = result.id
    _require(result.status == "saved", f"the page was not saved ({result.status})")
    _require(record.title == PAGE_TITLE, f"the title came out as {record.title!r}")
    _require(record.language == "en", f"its language came out as {record.language!r}")
    _require("automatic since 1987" in record.text, "the article's last paragraph is missing")
    leaked = [c for c in CHROME if c in record.text]
    _require(not leaked, f"site chrome was kept: {leaked}")
    return f"{record.title[:40]}… ({record.language}, {record.word_count} words)"


def check_search(state: dict[str, Any]) -> str:
    """The saved page is found by a word, by a stem and by a phrase."""
    from reader.core.errors import KlipingError

    library = state["library"]
    for query in SEARCHES:
        try:
            results = library.search(query)
        except KlipingError as exc:
            raise CheckFailed(f"searching {query!r} failed: {exc}") from exc
        ids = [hit.id for hit in results.hits]
        _require(state["article_id"] in ids, f"searching {query!r} did not find the page")
    return "found it by " + ", ".join(SEARCHES)


#: A truncated RSS feed: feedparser's strict parser gives up and its loose one (which
#: needs feedparser_sgmllib) reads the item.
_SELFCHECK_RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Self-check news</title>'
    b"<item><title>First</title><link>/a/1</link><description>&lt;p&gt;One&lt;/p&gt;"
    b"</description></item><item><title>Sec"
)


def check_feed(state: dict[str, Any]) -> str:
    """feedparser (and its loose parser) and the JSON Feed reader work."""
    import json

    from reader.core.errors import FeedError
    from reader.core.feeds.parse import parse_feed

    try:
        rss = parse_feed(_SELFCHECK_RSS, "https://selfcheck.invalid/feed.xml")
        doc = {"version": "https://jsonfeed.org/version/1.1", "title": "J",
               "items": [{"id": "1", "url": "/x", "content_text": "Hello"}]}  # fmt: skip
        jf = parse_feed(json.dumps(doc).encode(), "https://selfcheck.invalid/feed.json")
    except FeedError as exc:
        raise CheckFailed(f"reading a feed failed: {exc}") from exc
    links = [i.link for i in rss.items]
    _require("https://selfcheck.invalid/a/1" in links, f"the RSS item came out as {links}")
    _require(
        bool(jf.items) and jf.items[0].link == "https://selfcheck.invalid/x", "JSON Feed unread"
    )
    return f"RSS ({rss.title}, {len(rss.items)} items from a truncated feed) and JSON Feed"


def check_cleaner_process(state: dict[str, Any]) -> str:
    """A cleaner worker process starts from this executable (the frozen app too), cleans
    the self-check page as this process does, and stops (a feed refresh uses them)."""
    from reader.core.cleaning import CleaningPool
    from reader.core.errors import KlipingError

    page = (resources.files("reader.resources") / "selfcheck" / "article.html").read_text(
        encoding="utf-8"
    )
    pool = CleaningPool(1)
    try:
        pool.start()
        _require(pool.running, "no cleaner process could be started")
        worker = pool._all[0].process
        article = pool.clean(page, "https://selfcheck.invalid/article.html")
        _require(pool.running, "the cleaner process could not start (see the log)")
    except KlipingError as exc:
        raise CheckFailed(f"cleaning in a worker process failed: {exc}") from exc
    finally:
        pool.close()
    _require(article.title == PAGE_TITLE, f"the worker's title came out as {article.title!r}")
    _require(not worker.is_alive(), "the cleaner process did not stop")
    return f"process {worker.pid} cleaned the page ({article.word_count} words) and stopped"


def check_window(state: dict[str, Any]) -> str:
    """Qt starts, its plugins load, and the main window is shown."""
    from PySide6.QtGui import QGuiApplication, QIcon, QImageReader
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    platform = QGuiApplication.platformName()
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "jpeg", "gif", "webp", "svg"} - formats
    _require(not missing, f"Qt image format plugins are missing: {sorted(missing)}")
    icon_file = resources.files("reader.resources") / "icons" / "kliping.svg"
    icon = QIcon(str(icon_file))
    _require(not icon.pixmap(64, 64).isNull(), "the app icon cannot be drawn (SVG icon engine)")
    window, kind = _main_window(state)
    try:
        window.setWindowIcon(icon)
        window.show()
        deadline = time.monotonic() + 10
        while not window.isVisible() or window.windowHandle() is None:
            app.processEvents()
            _require(time.monotonic() < deadline, "the window did not appear within 10 s")
        model = getattr(window, "model", None)
        if model is not None:  # the list is filled off the GUI thread: wait for the page
            while model.rowCount() < 1:
                app.processEvents()
                _require(time.monotonic() < deadline, "the saved page is not in the list")
                time.sleep(0.01)
        app.processEvents()
        _require(not window.grab().isNull(), "the window could not be drawn")
        size = f"{window.width()}x{window.height()}"
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return f"{kind} shown on the {platform!r} platform ({size}), {len(formats)} image formats"


def check_translations(state: dict[str, Any]) -> str:
    """Each of the window's languages loads, with Qt's own file where Qt has one."""
    from PySide6.QtWidgets import QApplication

    from reader.gui import i18n

    app = QApplication.instance() or QApplication([sys.argv[0]])
    try:
        for language in i18n.LANGUAGES:
            loaded = i18n.install(language, app)
            folder = i18n.translations_folder()
            _require(f"kliping_{language}" in loaded,
                     f"the {language} translation is missing from {folder}")  # fmt: skip
            if language not in i18n.WITHOUT_QT_TRANSLATION:
                _require(f"qtbase_{language}" in loaded,
                         f"Qt's {language} translation is missing from "
                         f"{i18n.qt_translations_folder()}")  # fmt: skip
            words = i18n.translate("MainWindow", PLURAL_PROBE, "", 2)
            _require(words != "2 article(s)", f"the {language} translation does not translate")
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE, app)
    return f"{len(i18n.LANGUAGES)} languages: " + ", ".join(i18n.LANGUAGES)


def check_quit(state: dict[str, Any]) -> str:
    """The library closes cleanly, as it does when the window quits."""
    library = state.pop("library")
    try:
        library.close()
    except Exception as exc:
        raise CheckFailed(f"closing the library failed: {type(exc).__name__}: {exc}") from exc
    return "the library closed cleanly"


def _main_window(state: dict[str, Any]) -> tuple[Any, str]:
    """Kliping's main window on the self-check library, with settings kept in the workdir."""
    from reader.gui.main_window import MainWindow
    from reader.gui.settings import load_preferences, open_settings

    settings = open_settings(state["workdir"] / "kliping.ini")
    window = MainWindow(state["library"], settings, load_preferences(settings))
    return window, "the main window"
