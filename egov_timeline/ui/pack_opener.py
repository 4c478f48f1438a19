"""File → Open Content Pack: a folder is checked in full before it is shown; a pack with
problems lists them (file, line, item, field) and the pack already open stays open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from egov_timeline.ui.places import Places
from egov_timeline.ui.view_context import ViewContext


class PackOpener(QObject):
    def __init__(
        self,
        context: ViewContext,
        window: QWidget,
        notify: Callable[[str, int], None],
        places: Places,
    ) -> None:
        super().__init__(window)
        self.places = places
        self.context = context
        self.window = window
        self.notify = notify
        # Replaced by tests: modal dialogs would block them.
        self.ask_folder: Callable[[], str] = self._ask_folder
        self.show_problems: Callable[..., None] = self._show_problems

    @Slot()
    def open_dialog(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.places.opened_pack(folder)
            self.open(Path(folder))

    def open(self, folder: Path) -> bool:
        """Check the pack in `folder`; show it if sound, else list its problems and keep the
        current one."""
        from egov_timeline.domain.loading.loader import load_pack

        result = load_pack(folder)
        if not result.ok or result.pack is None:
            self.show_problems(folder, result.problems)
            return False
        self.context.set_pack(result.pack)
        self.notify(self.tr("Opened {folder}").format(folder=folder), 8000)
        return True

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self.window, self.tr("Open a content pack folder"), str(self.places.folder())
        )

    def _show_problems(
        self, folder: Path, problems: Sequence[object], at_start: bool = False
    ) -> None:
        from egov_timeline.ui.dialogs import ProblemsDialog

        ProblemsDialog(folder, problems, self.window, at_start).exec()
