"""How the screen draws the timeline fast and what it must still look like: text, bars and
markers copied from images drawn once look as drawing them there would, and every pixel of
a frame is painted (the view paints over its last frame, never a cleared one)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QStaticText

from egov_timeline.domain.timeline import TimelineContent
from egov_timeline.domain.timescale import TimeScale, fit
from egov_timeline.ui.timeline.painter import PaintState, TimelinePainter
from egov_timeline.ui.timeline.sprites import BarSprites, MarkerSprites, TextSprites
from egov_timeline.ui.timeline.theme import THEMES, Theme, marker_path

UNPAINTED = QColor("#FF00FE")  # a colour no theme uses


def _canvas(w: int = 420, h: int = 60, colour: str = "#F4F0E8") -> QImage:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


def _painted(draw: Callable[[QPainter], object], pen=None, brush=None) -> QImage:
    """A canvas with `draw` done on it, antialiased, with the pen and brush set; a copy
    that answers False (it drew nothing) fails here."""
    image = _canvas()
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if pen is not None:
        p.setPen(pen)
    if brush is not None:
        p.setBrush(brush)
    answer = draw(p)
    p.end()
    assert answer is not False
    return image


def _largest_difference(a: QImage, b: QImage) -> int:
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            ca, cb = a.pixelColor(x, y), b.pixelColor(x, y)
            worst = max(
                worst,
                abs(ca.red() - cb.red()),
                abs(ca.green() - cb.green()),
                abs(ca.blue() - cb.blue()),
            )
    return worst


@pytest.mark.parametrize(
    "text", ["National Computerization Agency", "전자정부법 · 2001년 3월 28일", "Kim Dae-jung"]
)
def test_a_label_copied_from_its_image_is_the_label_drawn_there(qapp, text):
    font = QFont(qapp.font())
    colour = QColor("#1B1B1B")
    drawn, copied = _canvas(), _canvas()
    p = QPainter(drawn)
    p.setFont(font)
    p.setPen(colour)
    p.drawStaticText(QPointF(12, 9), QStaticText(text))
    p.end()
    sprites = TextSprites()
    p = QPainter(copied)
    # the first time, the caller draws the text itself (where `snapped` says); then copies
    assert not sprites.draw(p, 12.2, 8.8, text, font, colour)
    assert sprites.snapped(12.2, 8.8) == QPointF(12, 9)
    assert sprites.draw(p, 12.2, 8.8, text, font, colour)  # to the nearest pixel
    p.end()
    # the same pixels, give or take a rounding of the blend (1 in 255)
    assert _largest_difference(drawn, copied) <= 2
    assert _largest_difference(copied, _canvas()) > 100  # something was drawn


def test_label_images_take_bounded_memory(qapp, monkeypatch):
    """Zooming makes new shortened labels all the time: their images are let go past a
    bound, and labels are still drawn after."""
    import egov_timeline.ui.timeline.sprites as sprites_module

    monkeypatch.setattr(sprites_module, "MAX_SPRITE_BYTES", 300_000)
    font, colour = QFont(qapp.font()), QColor("#1B1B1B")
    sprites = TextSprites()
    image = _canvas()
    p = QPainter(image)
    largest = 0
    for k in range(400):
        text = f"Label number {k} of many"
        sprites.draw(p, 10, 10, text, font, colour)
        assert sprites.draw(p, 10, 10, text, font, colour)  # seen once: now copied
        largest = max(largest, sprites.bytes_held)
    p.end()
    assert largest <= 300_000 + 40_000  # the bound, and the one image that passed it
    assert sprites.bytes_held > 0


@pytest.mark.parametrize(("width", "top"), [(140, 20.5), (31, 20.0), (12, 21.25)])
def test_a_bar_from_its_three_pieces_looks_like_the_bar_drawn_whole(qapp, width, top):
    pen, brush = QPen(QColor("#0072B2"), 1.2), QBrush(QColor("#B3D4EA"))
    drawn = _painted(lambda p: p.drawRoundedRect(QRectF(30, top, width, 13), 3, 3), pen, brush)
    copied = _painted(lambda p: BarSprites().draw(p, 30, 30 + width, top, 13, pen, brush))
    assert _largest_difference(drawn, copied) <= 12


def test_a_bar_too_narrow_for_its_two_ends_is_left_to_the_caller(qapp):
    pen, brush = QPen(QColor("#0072B2"), 1.2), QBrush(QColor("#B3D4EA"))
    p = QPainter(_canvas())
    assert not BarSprites().draw(p, 30, 38, 20, 13, pen, brush)
    p.end()


@pytest.mark.parametrize("shape", ["circle", "diamond", "square"])
@pytest.mark.parametrize(("x", "y"), [(40.0, 30.0), (61.25, 29.5), (80.75, 30.25)])
def test_a_marker_copied_from_its_image_is_the_marker_drawn_there(qapp, shape, x, y):
    pen, brush = QPen(QColor("#1B1B1B"), 1), QBrush(QColor("#E69F00"))
    drawn = _painted(lambda p: p.drawPath(marker_path(shape, QPointF(x, y), 10)), pen, brush)
    copied = _painted(lambda p: MarkerSprites().draw(p, shape, x, y, 10, pen, brush))
    assert _largest_difference(drawn, copied) <= 12


def _unpainted_pixels(image: QImage) -> int:
    data = bytes(image.constBits())
    pattern = UNPAINTED.rgba().to_bytes(4, "little")
    count, at = 0, data.find(pattern)
    while at != -1:
        count += at % 4 == 0
        at = data.find(pattern, at + 1)
    return count


@pytest.mark.parametrize("theme", list(THEMES))
def test_every_pixel_of_a_frame_is_painted(qapp, bundled_pack, theme):
    """The screen's painter fills no background under the stage bands (they cover it), so
    what lies between, beside and above them must be filled too, at every zoom and with the
    stages hidden, or the last frame would show through."""
    content = TimelineContent(bundled_pack, "en")
    painter = TimelinePainter(content, QFont(qapp.font()), Theme(theme), screen=True)
    width, height = 1274, 846
    plot = painter.plot_width(width)
    views = [
        fit(content.bounds, plot),
        TimeScale.showing(1975.0, 1985.0, plot),  # the fading 1960s-70s band ends
        TimeScale.showing(2013.5, 2030.0, plot),  # past the last stage
        TimeScale.showing(2001.2, 2001.3, plot),
    ]
    for scale in views:
        for hidden in (frozenset(), frozenset({"stage"})):
            image = QImage(width, height, QImage.Format.Format_RGB32)
            image.fill(UNPAINTED)
            frame = painter.frame(scale.clamped(content.bounds), width, height, hidden)
            p = QPainter(image)
            painter.paint(p, frame, PaintState())
            p.end()
            assert _unpainted_pixels(image) == 0, (theme, scale, hidden)


def test_the_unpainted_check_sees_an_unpainted_pixel(qapp):
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    image.setPixelColor(7, 3, UNPAINTED)
    assert _unpainted_pixels(image) == 1


def test_labels_change_colour_with_the_theme(qapp, bundled_pack):
    """Copied labels are kept per colour: the dark theme's labels are not the light's."""
    content = TimelineContent(bundled_pack, "en")
    painter = TimelinePainter(content, QFont(qapp.font()), Theme("light"), screen=True)
    frame = painter.frame(fit(content.bounds, painter.plot_width(1274)), 1274, 846)
    box, _text, _id = frame.labels[0]

    def darkest_in_label(theme: str) -> int:
        painter.theme = Theme(theme)
        image = QImage(1274, 846, QImage.Format.Format_RGB32)
        p = QPainter(image)
        painter.paint(p, frame, PaintState())
        p.end()
        values = [
            image.pixelColor(int(box.x + dx), int(box.y + dy)).lightness()
            for dx in range(int(box.w))
            for dy in range(int(box.h))
        ]
        return min(values) if theme == "light" else max(values)

    assert darkest_in_label("light") < 90  # dark text on a light ground
    assert darkest_in_label("dark") > 170  # light text on a dark ground
