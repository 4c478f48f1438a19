"""File → Open Content Pack: a folder is checked in full before it is shown; a pack with
problems lists them (file, line, item, field) and the pack already open stays open. File →
New Pack from Spreadsheet makes a pack of a sheet (problems by sheet, row and column) and
opens it; File → Save Spreadsheet Template gives the sheet to start from."""

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
        self.ask_sheet: Callable[[], tuple[str, str]] = self._ask_sheet  # sheet, folder
        self.ask_template_path: Callable[[], str] = self._ask_template_path

    @Slot()
    def from_sheet(self) -> None:
        """A new pack from a spreadsheet, in a new folder beside where the user asks; shown
        when sound, its problems listed otherwise."""
        sheet, parent = self.ask_sheet()
        if not sheet or not parent:
            return
        from egov_timeline.domain.sheet import import_sheet

        source = Path(sheet)
        out = Path(parent) / source.stem
        n = 2
        while out.exists():
            out = Path(parent) / f"{source.stem}-{n}"
            n += 1
        problems = import_sheet(source, out)
        if problems:
            self.show_problems(source, problems, sheet=True)
            return
        self.places.opened_pack(out)
        self.open(out)

    @Slot()
    def save_template(self) -> None:
        import shutil

        from egov_timeline.paths import resources_dir

        path = self.ask_template_path()
        if not path:
            return
        target = Path(path) if path.lower().endswith(".csv") else Path(path + ".csv")
        try:
            shutil.copyfile(resources_dir() / "templates" / "pack-template.csv", target)
        except OSError as exc:
            self.notify(
                self.tr("Could not save {path}: {reason}").format(path=target, reason=exc), 10000
            )
            return
        self.places.saved(target)
        self.notify(self.tr("Saved {path}").format(path=target), 10000)

    def _ask_sheet(self) -> tuple[str, str]:
        sheet, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Make a pack from a spreadsheet"),
            str(self.places.folder()),
            self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv)"),
        )
        if not sheet:
            return "", ""
        folder = QFileDialog.getExistingDirectory(
            self.window,
            self.tr("Where the new pack's folder goes"),
            str(Path(sheet).parent),
        )
        return sheet, folder

    def _ask_template_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the spreadsheet template"),
            self.places.suggest("pack-template.csv"),
            self.tr("Spreadsheet, CSV (*.csv)"),
        )
        return path

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
        self,
        folder: Path,
        problems: Sequence[object],
        at_start: bool = False,
        sheet: bool = False,
    ) -> None:
        from egov_timeline.ui.dialogs import ProblemsDialog

        ProblemsDialog(folder, problems, self.window, at_start, sheet).exec()
