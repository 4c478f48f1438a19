"""The one place that assembles the app: application, settings, pack and main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from egov_timeline import __version__
from egov_timeline.domain.pack import Pack
from egov_timeline.ui.main_window import MainWindow
from egov_timeline.ui.userdata import open_settings


def create_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("egov-timeline")
    app.setOrganizationName("egov-timeline")
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def create_main_window(pack: Pack) -> MainWindow:
    return MainWindow(pack, open_settings())


def run(pack: Pack, pack_dir: Path) -> int:
    app = create_app()
    window = create_main_window(pack)
    window.show()
    return app.exec()
