"""The one place that assembles the app: application, settings, pack and main window."""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path
from typing import Any

import msgspec
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from egov_timeline import __version__
from egov_timeline.domain.pack import Pack
from egov_timeline.ui import window_memory
from egov_timeline.ui.main_window import MainWindow
from egov_timeline.ui.run_mode import RUN
from egov_timeline.ui.settings import Preferences, WindowState
from egov_timeline.ui.userdata import open_settings
from egov_timeline.ui.view_context import ViewContext


class RunOptions(msgspec.Struct):
    smoke: bool = False
    open_id: str | None = None
    screenshot: Path | None = None
    size: tuple[int, int] | None = None
    started: float = 0.0  # perf_counter() when the process began its work
    language: str = "en"
    language_given: bool = False  # --lang was on the command line
    # --pack named a folder that would not load: listed once the window (with the bundled
    # pack) is up, as File -> Open lists them
    refused: tuple[Path, list[Any]] | None = None


def the_app() -> QApplication:
    """The running application (made by create_app)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create_app() comes first"
    return app


def create_app() -> QApplication:
    if QApplication.instance() is None:
        QApplication(sys.argv[:1])
    app = the_app()
    app.setApplicationName("egov-timeline")
    app.setOrganizationName("egov-timeline")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("egov-timeline")
    return app


def unexpected_error_text(log_path: Path) -> str:
    """The message for an unexpected error: whether the answers are saved is said only as
    it stands (answers the progress file did not take are named, not called saved)."""
    unsaved = []
    app = QApplication.instance()
    widgets = app.topLevelWidgets() if isinstance(app, QApplication) else []
    for widget in widgets:
        message = widget.quiz_controller.state_message() if isinstance(widget, MainWindow) else None
        if message:
            unsaved.append(message)
    details = QCoreApplication.translate(
        "ErrorMessage",
        "The details are in {path}; please send them to whoever looks after this app.",
    ).format(path=log_path)
    if unsaved:
        head = QCoreApplication.translate("ErrorMessage", "Something went wrong.")
        return "\n\n".join([head, *unsaved, details])
    head = QCoreApplication.translate(
        "ErrorMessage", "Something went wrong. The answers you gave before it are saved."
    )
    return f"{head} {details}"


def install_error_handler() -> None:
    """An unexpected error in the window is logged in the user folder and reported in a
    message; the app goes on rather than crash. The message says whether the answers are
    saved only as it stands."""
    import traceback

    from egov_timeline.ui.userdata import LOG_FILE, log, user_data_dir

    def handle(kind, value, tb) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        log("unexpected error:\n" + text)
        say(f"egov-timeline: unexpected error: {kind.__name__}: {value}", sys.stderr)
        if os.environ.get("EGOV_TIMELINE_DEBUG"):
            sys.__excepthook__(kind, value, tb)
            return
        from PySide6.QtWidgets import QMessageBox

        app = QApplication.instance()
        if app is not None and RUN.scripted:
            app.exit(70)  # --smoke or --screenshot: say it on stderr and stop, never wait
            return
        if app is not None and not RUN.error_shown:
            RUN.error_shown = True  # one message, not a cascade
            QMessageBox.warning(
                None, "egov-timeline", unexpected_error_text(user_data_dir() / LOG_FILE)
            )
            RUN.error_shown = False

    sys.excepthook = handle


def say(text: str, stream=None) -> bool:
    """Print a line for a script; False when the stream is closed, full or gone (a full
    disk, a closed pipe): the run goes on and ends as it would have."""
    stream = stream if stream is not None else sys.stdout
    if stream is None:
        return False
    try:
        print(text, file=stream, flush=True)
    except (OSError, ValueError):
        return False
    return True


_translators: list = []  # kept alive while installed


def window_language(preferences: Preferences, requested: str | None = None) -> str:
    """--lang, else the language chosen in the menu last time, else the system's."""
    if requested in ("en", "ko"):
        return requested
    saved = preferences["language"]
    if saved is not None:
        return saved
    from PySide6.QtCore import QLocale

    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def install_translator(language: str) -> bool:
    """Load the interface's translation (resources/i18n/egov_timeline_<lang>.qm)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from egov_timeline.paths import resources_dir

    app = the_app()
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    if language == "en":
        return True
    # Qt's own words too (Close, Cancel, the file and print dialogs), from the Qt install
    qt_words = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_words)
        _translators.append(qt_words)
    translator = QTranslator()
    if translator.load(str(resources_dir() / "i18n" / f"egov_timeline_{language}.qm")):
        app.installTranslator(translator)
        _translators.append(translator)
        return True
    return False


def create_main_window(pack: Pack, language: str | None = None) -> MainWindow:
    settings = open_settings()
    preferences, window_state = Preferences(settings), WindowState(settings)
    language = window_language(preferences, language)
    install_translator(language)
    if language == "ko":
        from egov_timeline.ui.fonts import ensure_hangul_font

        ensure_hangul_font()
    context = ViewContext(pack, language, preferences["both_names"])
    window = MainWindow(context, preferences, window_state)
    window.language_requested.connect(lambda lang, w=window: switch_language(w, lang))
    return window


def switch_language(window: MainWindow, language: str) -> MainWindow:
    """Show the same view in another language: a new window replaces the old one."""
    state = window_memory.snapshot(window)
    window.preferences["language"] = language
    window.save_state()
    new = create_main_window(window.pack, language)
    window_memory.carry_on(new, state)
    # the same store goes on: answers still waiting to be saved are not dropped
    new.quiz_controller.adopt(window.quiz_controller)
    new.show()
    window.keeps_state = False  # its state is already saved
    window.close()
    window.deleteLater()
    return new


def run(pack: Pack, pack_dir: Path, options: RunOptions | None = None) -> int:
    options = options or RunOptions(started=time.perf_counter())
    # The pack lives as long as the app: keep the collector from walking it over and over.
    gc.freeze()
    app = create_app()
    install_error_handler()
    window = create_main_window(pack, options.language if options.language_given else None)
    status = {"code": 0}
    if options.size:
        window.resize(*options.size)
    if options.open_id:
        window.select_item(options.open_id, reveal=False)
        window.timeline.zoom_to_item(options.open_id, animate=False)
    if options.smoke or options.screenshot:
        # A scripted run has nobody to close a dialog: an error ends it instead.
        RUN.scripted = True
        # Nothing here must outlive the check: no saved window state from a scripted run.
        window.keeps_state = False

        def after_first_paint() -> None:
            elapsed = (time.perf_counter() - options.started) * 1000
            if options.smoke:
                say(f"first paint after {elapsed:.0f} ms")
            if options.screenshot:
                QTimer.singleShot(50, save_screenshot)
            else:
                QTimer.singleShot(0, finish_smoke)

        def finish_smoke() -> None:
            window.open_progress()  # the check opens the progress file too, as a start does
            window.hide()
            app.quit()

        def save_screenshot() -> None:
            assert options.screenshot is not None
            from egov_timeline.domain.files import OutputError, replaced_when_done

            picture = window.grab()
            kind = "PNG" if options.screenshot.suffix.lower() == ".png" else "JPG"
            try:
                with replaced_when_done(options.screenshot) as tmp:
                    if not picture.save(str(tmp), kind):
                        raise OutputError(f"could not write {options.screenshot}")
            except OutputError as problem:
                say(f"egov-timeline: {problem}", sys.stderr)
                status["code"] = 1
            else:
                say(f"saved {options.screenshot} ({picture.width()}x{picture.height()})")
            window.hide()
            app.quit()

        window.timeline.first_painted.connect(after_first_paint)
        # offscreen, nothing may be exposed: paint once ourselves so the check never hangs
        QTimer.singleShot(3000, lambda: window.timeline.viewport().repaint())
    from egov_timeline.ui.fonts import ensure_hangul_font

    QTimer.singleShot(0, ensure_hangul_font)  # after the first paint: Korean names need it
    if options.refused is not None:
        folder, problems = options.refused
        QTimer.singleShot(
            0, lambda: window.pack_opener.show_problems(folder, problems, at_start=True)
        )
    window.show()
    code = app.exec()
    return status["code"] or code
