"""What every part of the window shows by: the pack, the language, both names, the theme.

One `ViewContext` is made per window in `ui/app.py` and handed to each part in its
constructor; parts read it and listen to its signals instead of reaching into the window.
The language is fixed for a window's life: switching it builds a new window (`app.py`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from egov_timeline.domain.pack import Pack


class ViewContext(QObject):
    """Signals `pack_changed(pack)`, `both_names_changed(bool)` and `theme_changed(name)`."""

    pack_changed = Signal(object)
    both_names_changed = Signal(bool)
    theme_changed = Signal(str)

    def __init__(
        self,
        pack: Pack,
        language: str = "en",
        both_names: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self.language = language
        self.both_names = both_names
        self.theme_name = "light"

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.pack_changed.emit(pack)

    def set_both_names(self, on: bool) -> None:
        if on != self.both_names:
            self.both_names = on
            self.both_names_changed.emit(on)

    def set_theme(self, name: str) -> None:
        if name != self.theme_name:
            self.theme_name = name
            self.theme_changed.emit(name)

    def theme(self):
        """The theme's colours and pens, made when asked for (the painter's Theme)."""
        from egov_timeline.ui.timeline.theme import Theme

        return Theme(self.theme_name)
