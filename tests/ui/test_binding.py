"""Guards against PySide6 builds that drop a reference to None on void Qt calls.

Measured here: PySide6 6.12.0 on Python 3.11 decrements None's reference count on every
call of a Qt method that returns nothing, and the process aborts with "none_dealloc" after
some thousands of calls. pyproject pins <6.12; this test fails if a bad build gets in anyway.
"""

import sys

import pytest

CALLS = 20_000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_the_reference_count_of_none(qapp):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QGraphicsRectItem

    rect = QGraphicsRectItem(0, 0, 10, 10)
    brush = QBrush(QColor("red"))
    point = QPointF(1, 2)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        rect.setBrush(brush)
        rect.setPos(point)
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10, f"PySide6 lost {lost} references to None in {2 * CALLS} calls"
