"""What the timeline draws many times, drawn once into a pixmap and copied after: a label's
text (copying its pixels costs a tenth of drawing its glyphs again, even from a
`QStaticText`), and the ends of a bar, whose middle is one column stretched (a third of the
cost of a rounded rectangle with antialiasing).

Only for the screen: on paper (PDF, SVG) text must stay text. Copies are put at whole pixels,
where a label's copy is what drawing it there gives, to a shade (tested); a bar or a marker
differs by no more than its antialiasing would at a neighbouring fraction of a pixel.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPixmap,
    QStaticText,
)

from egov_timeline.ui.timeline.theme import marker_path


def _blank(width: float, height: float, ratio: float) -> QPixmap:
    """A transparent pixmap of this logical size for a screen of this pixel ratio."""
    pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def _outlined(pixmap: QPixmap, pen: QPen, brush: QBrush) -> QPainter:
    """A painter on the pixmap, antialiased, with the pen and brush set."""
    q = QPainter(pixmap)
    q.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    q.setPen(pen)
    q.setBrush(brush)
    return q


# A frame names ~100 labels (~1 MB of images at a pixel ratio of 1, four times that at 2); a
# zoom makes new shortened ones. Past this many bytes of images (times the ratio squared),
# or texts seen, the cache starts again rather than grow without end.
MAX_SPRITE_BYTES = 4 * 1024 * 1024
MAX_SEEN = 5000


class TextSprites:
    def __init__(self) -> None:
        self._images: dict[tuple, tuple[QPixmap, int]] = {}
        self._seen: set[tuple] = set()
        self._bytes = 0  # held by the images
        self._metrics: dict[int, tuple[QFont, QFontMetricsF]] = {}

    @property
    def bytes_held(self) -> int:
        return self._bytes

    def clear(self) -> None:
        self._images.clear()
        self._bytes = 0
        self._seen.clear()
        self._metrics.clear()

    def draw(
        self,
        p: QPainter,
        x: float,
        y: float,
        text: str,
        font: QFont,
        colour: QColor,
        ratio: float = 1.0,
    ) -> bool:
        """Text with its top left at (x, y), moved to the nearest device pixel; `ratio` is
        the device's pixel ratio. False the first time a text is asked for: the caller
        draws it there itself (`snapped`), and its image is made if it is asked for again,
        so that the first frame (the window's first paint) costs no more than before and
        a label seen once in passing costs nothing."""
        key = (text, id(font), colour.rgba(), ratio)
        found = self._images.get(key)
        if found is None:
            if key not in self._seen:
                if len(self._seen) >= MAX_SEEN:
                    self._seen.clear()
                self._seen.add(key)
                return False
            if self._bytes >= MAX_SPRITE_BYTES * ratio * ratio:
                self._images.clear()
                self._bytes = 0
            found = self._images[key] = self._draw(text, font, colour, ratio)
            self._bytes += found[0].width() * found[0].height() * 4
        pixmap, pad = found
        if ratio == 1.0:  # whole numbers: the quickest way Qt copies a pixmap
            p.drawPixmap(round(x) - pad, round(y), pixmap)
        else:
            p.drawPixmap(QPointF(round(x * ratio) / ratio - pad, round(y * ratio) / ratio), pixmap)
        return True

    @staticmethod
    def snapped(x: float, y: float, ratio: float = 1.0) -> QPointF:
        """Where `draw` puts a text's top left: the nearest device pixel."""
        return QPointF(round(x * ratio) / ratio, round(y * ratio) / ratio)

    def _draw(self, text: str, font: QFont, colour: QColor, ratio: float) -> tuple[QPixmap, int]:
        found = self._metrics.get(id(font))
        if found is None:  # holds the font: no other font takes its id while images stand
            found = self._metrics[id(font)] = (font, QFontMetricsF(font))
        fm = found[1]
        # room for glyphs that reach past their advance (italics, some Hangul) either side
        pad = math.ceil(fm.height() / 4)
        w = math.ceil(fm.horizontalAdvance(text)) + 2 * pad
        h = math.ceil(fm.height()) + 2
        image = _blank(w, h, ratio)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.setFont(font)
        p.setPen(colour)
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)  # content text is never markup
        p.drawStaticText(QPointF(pad, 0), static)
        p.end()
        return image, pad


# A bar's end: its rounded corner (radius 3) and outline (up to 2.4 px) fit in this many
# pixels from its edge; the pen reaches this far outside it.
BAR_END = 5
BAR_MARGIN = 2


class BarSprites:
    """Rounded bars drawn as three copies: the left end, the middle column stretched, the
    right end. Kept per pen and brush and per the bar's offset within a pixel (its height
    comes from the font)."""

    def __init__(self) -> None:
        # keyed by the pen's and brush's ids: each entry holds them, so no other pen can
        # take an id while it stands
        self._parts: dict[tuple, tuple[QPixmap, QPixmap, QPixmap, QPen, QBrush]] = {}

    def clear(self) -> None:
        self._parts.clear()

    def draw(
        self,
        p: QPainter,
        x0: float,
        x1: float,
        y: float,
        h: float,
        pen: QPen,
        brush: QBrush,
        ratio: float = 1.0,
    ) -> bool:
        """The bar from x0 to x1 with its top at y, its edges at whole pixels. False when it
        is too narrow for its two ends (the caller draws it)."""
        left, right = round(x0), round(x1)
        c, m = BAR_END, BAR_MARGIN
        if right - left < 2 * c + 1 or ratio != int(ratio):
            return False
        top = math.floor(y)
        phase = round((y - top) * 8) / 8
        key = (id(pen), id(brush), phase, h, ratio)
        parts = self._parts.get(key)
        if parts is None:
            if len(self._parts) > 200:
                self._parts.clear()
            parts = self._parts[key] = (*self._cut(pen, brush, phase, h, ratio), pen, brush)
        start, middle, end = parts[:3]
        r = int(ratio)
        height = middle.height() // r
        p.drawPixmap(left - m, top - m, start)
        p.drawPixmap(left + c, top - m, right - left - 2 * c, height, middle)
        p.drawPixmap(right - c, top - m, end)
        return True

    @staticmethod
    def _cut(
        pen: QPen, brush: QBrush, phase: float, h: float, ratio: float
    ) -> tuple[QPixmap, QPixmap, QPixmap]:
        c, m, r = BAR_END, BAR_MARGIN, int(ratio)
        width, height = 2 * c + 1 + 2 * m, math.ceil(phase + h) + 2 * m
        whole = _blank(width, height, r)
        q = _outlined(whole, pen, brush)
        q.drawRoundedRect(QRectF(m, m + phase, 2 * c + 1, h), 3, 3)
        q.end()
        return (
            whole.copy(QRect(0, 0, (m + c) * r, height * r)),
            whole.copy(QRect((m + c) * r, 0, r, height * r)),
            whole.copy(QRect((m + c + 1) * r, 0, (c + m) * r, height * r)),
        )


class MarkerSprites:
    """Point markers (circle, diamond, square) drawn once per pen, brush and quarter-pixel
    offset, then copied."""

    def __init__(self) -> None:
        # keyed by the pen's and brush's ids: each entry holds them (see `BarSprites`)
        self._stamps: dict[tuple, tuple[QPixmap, int, QPen, QBrush]] = {}

    def clear(self) -> None:
        self._stamps.clear()

    def draw(
        self,
        p: QPainter,
        shape: str,
        x: float,
        y: float,
        size: float,
        pen: QPen,
        brush: QBrush,
        ratio: float = 1.0,
    ) -> bool:
        """The marker centred on (x, y). False when the screen's pixel ratio is fractional
        (the caller draws it)."""
        if ratio != int(ratio):
            return False
        left, top = math.floor(x), math.floor(y)
        fx, fy = round((x - left) * 4) / 4, round((y - top) * 4) / 4
        key = (shape, id(pen), id(brush), fx, fy, size, ratio)
        found = self._stamps.get(key)
        if found is None:
            if len(self._stamps) > 400:
                self._stamps.clear()
            found = self._stamps[key] = (
                *self._stamp(shape, fx, fy, size, pen, brush, int(ratio)),
                pen,
                brush,
            )
        pixmap, reach = found[0], found[1]
        p.drawPixmap(left - reach, top - reach, pixmap)
        return True

    @staticmethod
    def _stamp(
        shape: str, fx: float, fy: float, size: float, pen: QPen, brush: QBrush, r: int
    ) -> tuple[QPixmap, int]:
        reach = math.ceil(size * 0.6 + pen.widthF())  # a diamond's tip and its outline
        side = 2 * reach + 2
        pixmap = _blank(side, side, r)
        q = _outlined(pixmap, pen, brush)
        q.drawPath(marker_path(shape, QPointF(reach + fx, reach + fy), size))
        q.end()
        return pixmap, reach
