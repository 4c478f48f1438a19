"""How the window reads from the back of a room: presentation mode (full screen, large
text; the zoom keys still zoom, the text size is on Ctrl+Alt+= and Ctrl+Alt+-), the text
size everywhere, and the theme."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QObject, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from egov_timeline.domain.i18n import tr
from egov_timeline.ui.actions import WindowActions
from egov_timeline.ui.settings import Preferences
from egov_timeline.ui.timeline.theme import THEMES
from egov_timeline.ui.view_context import ViewContext

_SK = QKeySequence.StandardKey


class Presentation(QObject):
    """Signals `text_scale_changed(scale)`: the docks widen with the text."""

    text_scale_changed = Signal(float)

    def __init__(
        self,
        window: QMainWindow,
        context: ViewContext,
        preferences: Preferences,
        actions: WindowActions,
        notify: Callable[[str, int], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.preferences = preferences
        self.actions = actions
        self.notify = notify
        self.presenting = False
        self.text_scale = 1.0
        self._normal_scale = 1.0
        self._geometry_before: QByteArray | None = None
        self._base_point_size = window.font().pointSizeF()
        self.theme_actions = actions.choices(
            "theme",
            ((name, tr(spec["title"], context.language)) for name, spec in THEMES.items()),
            "light",
            self.apply_theme,
            self,
        )
        context.theme_changed.connect(lambda name: self.theme_actions[name].setChecked(True))

    @property
    def usual_point_size(self) -> float:
        """The text size at 100 %."""
        return self._base_point_size

    @Slot()
    def toggle(self) -> None:
        self.set_presenting(not self.presenting)

    @Slot(bool)
    def set_presenting(self, on: bool) -> None:
        if on == self.presenting:
            return
        self.presenting = on
        a = self.actions
        a["presentation"].setChecked(on)
        window = self.window
        if on:
            self._normal_scale = self.text_scale
            self._geometry_before = window.saveGeometry()
            window.menuBar().hide()
            window.showFullScreen()
            self.set_text_scale(max(self.preferences["presentation_scale"], self.text_scale))
        else:
            self.preferences["presentation_scale"] = self.text_scale
            window.menuBar().show()
            window.showNormal()
            if self._geometry_before is not None:
                window.restoreGeometry(self._geometry_before)
            self.set_text_scale(self._normal_scale)

    def change_text_scale(self, direction: int) -> None:
        self.set_text_scale(self.text_scale + 0.25 * direction)

    def set_text_scale(self, scale: float) -> None:
        """Scale all text, the timeline included: 100% to 250%."""
        scale = scale if math.isfinite(scale) else 1.0
        scale = max(1.0, min(2.5, round(scale * 4) / 4))
        self.text_scale = scale
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        font = app.font()
        font.setPointSizeF(self._base_point_size * scale)
        app.setFont(font)
        from egov_timeline.ui.fonts import refresh_scaled_fonts

        refresh_scaled_fonts(self.window)
        self.text_scale_changed.emit(scale)
        self.notify(self.tr("Text size {percent}%").format(percent=round(scale * 100)), 3000)
        if not self.presenting:
            self.preferences["text_scale"] = scale

    def apply_theme(self, name: str) -> None:
        """Colours for the whole app; each part takes the theme from the view context."""
        from egov_timeline.ui.themes import palette_for

        if name not in THEMES:
            name = "light"
        self.context.set_theme(name)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setPalette(palette_for(self.context.theme()))
        self.preferences["theme"] = name
