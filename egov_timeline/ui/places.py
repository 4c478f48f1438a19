"""Where file dialogs open: in the folder last used for a file or a pack, else in the
user's documents folder (never wherever the app happened to be started)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from egov_timeline.ui.settings import WindowState


class Places:
    def __init__(self, state: WindowState) -> None:
        self.state = state

    def folder(self) -> Path:
        """The folder a dialog starts in."""
        last = self.state["last_folder"]
        if last:
            return Path(last)
        location = QStandardPaths.StandardLocation.DocumentsLocation
        documents = QStandardPaths.writableLocation(location)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def suggest(self, file_name: str) -> str:
        """A file of that name in the folder a dialog starts in."""
        return str(self.folder() / file_name)

    def saved(self, file_path: str | Path) -> None:
        """A file was saved there: the next dialog starts in its folder."""
        self._remember(Path(file_path).parent)

    def opened_pack(self, pack_folder: str | Path) -> None:
        """A pack was opened from there: the next dialog starts among its siblings."""
        self._remember(Path(pack_folder).parent)

    def _remember(self, folder: Path) -> None:
        if folder.is_dir():
            self.state["last_folder"] = str(folder)
