"""A ring round the pane that has the keyboard: the timeline, the details, the list and the
filter bar each get a border in the theme's selection colour while the focus is in them,
whatever the widget style draws (or does not) for the widget inside."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPen, QRegion
from PySide6.QtWidgets import QApplication, QWidget

from egov_timeline.ui.view_context import ViewContext

RING_WIDTH = 2


class _Ring(QWidget):
    """Drawn over its pane, letting every click through."""

    def __init__(self, pane: QWidget) -> None:
        super().__init__(pane)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.colour = QColor("#D55E00")
        self.hide()

    def resizeEvent(self, _event) -> None:
        # The ring is only its border: what the pane repaints inside (the timeline, every
        # frame) never has to repaint the ring, nor what lies under it.
        w = RING_WIDTH
        inner = QRegion(self.rect().adjusted(w, w, -w, -w))
        self.setMask(QRegion(self.rect()).subtracted(inner))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        half = RING_WIDTH / 2
        p.setPen(QPen(self.colour, RING_WIDTH))
        p.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
        p.end()


class FocusRings(QObject):
    """Shows the ring of the pane holding the focus widget, and no other."""

    def __init__(self, context: ViewContext, panes: list[QWidget]) -> None:
        super().__init__(panes[0])
        self.context = context
        self.rings: dict[QWidget, _Ring] = {}
        for pane in panes:
            self.rings[pane] = _Ring(pane)
            pane.installEventFilter(self)
        self._on_theme()
        context.theme_changed.connect(lambda _name: self._on_theme())
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus)

    def pane_with_focus(self) -> QWidget | None:
        return next((pane for pane, ring in self.rings.items() if ring.isVisible()), None)

    def _on_theme(self) -> None:
        colour = self.context.theme().selection
        for ring in self.rings.values():
            ring.colour = QColor(colour)
            ring.update()

    @Slot(QWidget, QWidget)
    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        for pane, ring in self.rings.items():
            inside = new is not None and (new is pane or pane.isAncestorOf(new))
            if inside:
                ring.setGeometry(QRect(0, 0, pane.width(), pane.height()))
                ring.raise_()
            ring.setVisible(inside)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            ring = self.rings.get(watched)
            if ring is not None:
                ring.setGeometry(QRect(0, 0, watched.width(), watched.height()))
        return False
