"""Tool bars that fit the window: with large text (presentation mode, a projector at 150 %
and more) a bar's text shrinks, down to the usual size and no further, until the bar fits
the window's width, so that nothing (the search field, the filter's "Clear filter") is
pushed into the "»" overflow. The timeline, the details and the quiz keep the large text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QToolBar, QWidget

from egov_timeline.ui.fonts import scaled_font

STEP = 0.05  # of the text size, per try


class FittingBars(QObject):
    def __init__(
        self, window: QWidget, bars: list[QToolBar], usual_point_size: Callable[[], float]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.bars = bars
        self.usual_point_size = usual_point_size  # the text at 100 %
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(60)  # once a drag of the window's edge pauses
        self._later.timeout.connect(self.fit)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self._later.start()
        return False

    @Slot()
    def fit(self) -> None:
        """Each bar at the largest text, from the app's down to the usual, that fits."""
        current = QApplication.font().pointSizeF()
        usual = self.usual_point_size()
        floor = min(1.0, usual / current) if current > 0 and usual > 0 else 1.0
        room = self.window.width() - 12
        for bar in self.bars:
            factor = 1.0
            scaled_font(bar, factor)
            while bar.sizeHint().width() > room and factor > floor:
                factor = max(floor, factor - STEP)
                scaled_font(bar, factor)
